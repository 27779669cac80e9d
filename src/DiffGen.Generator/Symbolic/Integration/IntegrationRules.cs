using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>
    /// The table of integration rules, a row per rule, in the order a student tries them: split the integrand
    /// (linearity), then the table of known antiderivatives (powers, exponentials, logarithms, trigonometric and
    /// hyperbolic functions, the inverse-trigonometric forms), then the methods that transform it (substitution,
    /// parts, multiplying out). A rule in the table of known antiderivatives applies to the variable itself;
    /// f(a·x + b) reaches it through the linear substitution. Every result is checked by differentiating it
    /// (<see cref="AntiderivativeCheck"/>) before anything is emitted.
    /// </summary>
    internal static class IntegrationRules
    {
        public static readonly IntegrationRule Constant = new IntegrationRule("constant", "∫ c dx = c·x", OfConstant);

        public static readonly IntegrationRule Linearity = new IntegrationRule("linearity", "∫ (a·f + b·g) dx = a·∫ f dx + b·∫ g dx", OfSum);

        public static readonly IntegrationRule ConstantMultiple = new IntegrationRule("constant multiple", "∫ c·f dx = c·∫ f dx", OfConstantMultiple);

        public static readonly IntegrationRule Power = new IntegrationRule("power rule", "∫ xⁿ dx = xⁿ⁺¹/(n + 1), n ≠ −1", OfPower);

        public static readonly IntegrationRule Reciprocal = new IntegrationRule("reciprocal", "∫ 1/x dx = ln|x|", OfReciprocal);

        public static readonly IntegrationRule Exponential = new IntegrationRule("exponential", "∫ eˣ dx = eˣ; ∫ aˣ dx = aˣ/ln a", OfExponential);

        public static readonly IntegrationRule Logarithm = new IntegrationRule("logarithm", "∫ ln x dx = x·ln x − x", OfLogarithm);

        public static readonly IntegrationRule Trigonometric = new IntegrationRule(
            "trigonometric", "∫ sin x dx = −cos x; ∫ cos x dx = sin x; ∫ tan x dx = −ln|cos x|; ∫ 1/cos²x dx = tan x; ∫ 1/sin²x dx = −cos x/sin x", OfTrigonometric);

        public static readonly IntegrationRule PowerReduction = new IntegrationRule(
            "power reduction", "∫ sin²x dx = x/2 − sin(2x)/4; ∫ cos²x dx = x/2 + sin(2x)/4", OfSquaredSineOrCosine);

        public static readonly IntegrationRule Hyperbolic = new IntegrationRule(
            "hyperbolic", "∫ sinh x dx = cosh x; ∫ cosh x dx = sinh x; ∫ tanh x dx = ln(cosh x); ∫ 1/cosh²x dx = tanh x", OfHyperbolic);

        public static readonly IntegrationRule InverseFunctions = new IntegrationRule(
            "inverse function (by parts)", "∫ atan x dx = x·atan x − ln(1 + x²)/2; ∫ asin x dx = x·asin x + √(1 − x²); ∫ acos x dx = x·acos x − √(1 − x²)", OfInverseFunction);

        public static readonly IntegrationRule Arctangent = new IntegrationRule(
            "arctangent form", "∫ 1/(1 + x²) dx = atan x; 1/(a·x² + b·x + c) by completing the square", OfReciprocalQuadratic);

        public static readonly IntegrationRule PartialFractions = new IntegrationRule(
            "partial fractions", "1/(a·(x − r)·(x − s)) = (1/(x − r) − 1/(x − s))/(a·(r − s)), each → ln|x − r|", OfReciprocalQuadraticWithRoots);

        public static readonly IntegrationRule Arcsine = new IntegrationRule(
            "arcsine form", "∫ 1/√(1 − x²) dx = asin x; 1/√(c + b·x − a·x²) by completing the square", OfArcsineForm);

        public static readonly IntegrationRule RootOfQuadratic = new IntegrationRule(
            "inverse hyperbolic form", "∫ 1/√(x² + c) dx = ln|x + √(x² + c)|", OfRootOfQuadratic);

        public static readonly IntegrationRule LinearSubstitution = new IntegrationRule(
            "linear substitution", "∫ f(a·x + b) dx = F(a·x + b)/a, where F′ = f", (integrator, f, x) => BySubstitution(integrator, f, x, linear: true));

        public static readonly IntegrationRule DerivativeDivides = new IntegrationRule(
            "substitution (derivative divides)", "∫ f(g(x))·g′(x) dx = F(g(x)), where F′ = f", (integrator, f, x) => BySubstitution(integrator, f, x, linear: false));

        public static readonly IntegrationRule Rational = new IntegrationRule(
            "rational function", "P/Q = S + R/Q by long division; ∫ R/Q dx by ln|Q| and the arctangent or partial-fraction form (Q of degree 1 or 2)", OfRationalFunction);

        public static readonly IntegrationRule Parts = new IntegrationRule("integration by parts", "∫ u dv = u·v − ∫ v du", ByParts);

        public static readonly IntegrationRule MultiplyingOut = new IntegrationRule("multiplying out", "(a + b)·c = a·c + b·c, then term by term", ByMultiplyingOut);

        /// <summary>The rows, in the order they are tried.</summary>
        public static IReadOnlyList<IntegrationRule> All { get; } = new[]
        {
            Constant, Linearity, ConstantMultiple, Power, Reciprocal, Exponential, Logarithm, Trigonometric, PowerReduction,
            Hyperbolic, InverseFunctions, Arctangent, PartialFractions, Arcsine, RootOfQuadratic, LinearSubstitution,
            DerivativeDivides, Rational, Parts, MultiplyingOut,
        };

        private static RuleOutcome Found(Expr result) => new RuleOutcome(result);

        private static RuleOutcome Found(Expr result, string form) => new RuleOutcome(result) { Form = form };

        private static RuleOutcome? OfConstant(Integrator i, Expr f, Symbol x) =>
            i.DependsOn(f, x) ? null : Found(i.B.Multiply(f, x));

        private static RuleOutcome? OfSum(Integrator i, Expr f, Symbol x)
        {
            if (!(f is Sum sum))
            {
                return null;
            }

            var terms = new List<SumTerm>();
            if (sum.Offset != 0)
            {
                terms.Add(new SumTerm(sum.Offset, x));
            }

            foreach (SumTerm term in sum.Terms)
            {
                Expr? integral = i.Integrate(term.Term, x);
                if (integral == null)
                {
                    return null;
                }

                terms.Add(new SumTerm(term.Coefficient, integral));
            }

            return Found(i.B.Sum(0, terms));
        }

        private static RuleOutcome? OfConstantMultiple(Integrator i, Expr f, Symbol x)
        {
            if (!(f is Product product))
            {
                return null;
            }

            var constant = product.Factors.Where(factor => !i.DependsOn(factor.Base, x)).ToList();
            if (product.Coefficient == 1 && constant.Count == 0)
            {
                return null;
            }

            Expr rest = i.B.Product(1, product.Factors.Where(factor => i.DependsOn(factor.Base, x)));
            Expr? integral = i.Integrate(rest, x);
            return integral == null ? null : Found(i.B.Product(product.Coefficient, constant.Append(new Factor(integral, 1))));
        }

        /// <summary>x itself, or xⁿ: the exponent; null for anything else.</summary>
        private static double? PowerOf(Expr f, Symbol x) =>
            LonePower(f) is (Expr @base, double exponent) && ReferenceEquals(@base, x) ? exponent : (double?)null;

        /// <summary>
        /// The base and exponent of a lone power uⁿ (coefficient 1), or of u itself. A root stays a factor of its own in a
        /// product (1/√u is (√u)⁻¹), so powers of powers are multiplied out here: (u^½)⁻¹ is u^−½.
        /// </summary>
        private static (Expr Base, double Exponent) LonePower(Expr f)
        {
            double exponent = 1;
            while (f is Product { Coefficient: 1, Factors.Count: 1 } p)
            {
                exponent *= p.Factors[0].Exponent;
                f = p.Factors[0].Base;
            }

            return (f, exponent);
        }

        private static RuleOutcome? OfPower(Integrator i, Expr f, Symbol x) =>
            PowerOf(f, x) is double n && n != -1 ? Found(i.B.Scale(1 / (n + 1), i.B.Power(x, n + 1))) : null;

        private static RuleOutcome? OfReciprocal(Integrator i, Expr f, Symbol x) =>
            PowerOf(f, x) == -1 ? Found(LnAbs(i, x)) : null;

        private static Expr LnAbs(Integrator i, Expr u) => i.B.Call(ElementaryFunction.Log, i.B.Call(ElementaryFunction.Abs, u));

        private static bool IsCallOf(Expr f, ElementaryFunction function, Symbol x) =>
            f is FunctionCall call && call.Function == function && ReferenceEquals(call.Arguments[0], x);

        private static RuleOutcome? OfExponential(Integrator i, Expr f, Symbol x)
        {
            if (IsCallOf(f, ElementaryFunction.Exp, x))
            {
                return Found(f, "∫ eˣ dx = eˣ");
            }

            // aˣ with a constant base a > 0, a ≠ 1.
            if (f is FunctionCall { Function: ElementaryFunction.Pow } pow && ReferenceEquals(pow.Arguments[1], x)
                && i.Number(pow.Arguments[0]) is double a && a > 0 && a != 1)
            {
                return Found(i.B.Divide(f, i.B.Call(ElementaryFunction.Log, pow.Arguments[0])), "∫ aˣ dx = aˣ/ln a");
            }

            return null;
        }

        private static RuleOutcome? OfLogarithm(Integrator i, Expr f, Symbol x)
        {
            ExprBuilder b = i.B;
            if (IsCallOf(f, ElementaryFunction.Log, x))
            {
                return Found(b.Subtract(b.Multiply(x, f), x), "∫ ln x dx = x·ln x − x");
            }

            // log₁₀ x = ln x / ln 10, log₂ x = ln x / ln 2: x·log x − x / ln base.
            double? lnBase = IsCallOf(f, ElementaryFunction.Log10, x) ? Math.Log(10) : IsCallOf(f, ElementaryFunction.Log2, x) ? Math.Log(2) : (double?)null;
            return lnBase is double l ? Found(b.Subtract(b.Multiply(x, f), b.Scale(1 / l, x)), "∫ log x dx = x·log x − x/ln(base)") : null;
        }

        private static RuleOutcome? OfTrigonometric(Integrator i, Expr f, Symbol x)
        {
            ExprBuilder b = i.B;
            Expr Sin() => b.Call(ElementaryFunction.Sin, x);
            Expr Cos() => b.Call(ElementaryFunction.Cos, x);
            if (IsCallOf(f, ElementaryFunction.Sin, x))
            {
                return Found(b.Negate(Cos()), "∫ sin x dx = −cos x");
            }

            if (IsCallOf(f, ElementaryFunction.Cos, x))
            {
                return Found(Sin(), "∫ cos x dx = sin x");
            }

            if (IsCallOf(f, ElementaryFunction.Tan, x))
            {
                return Found(b.Negate(LnAbs(i, Cos())), "∫ tan x dx = −ln|cos x|");
            }

            (Expr @base, double exponent) = LonePower(f);
            if (exponent == -2 && IsCallOf(@base, ElementaryFunction.Cos, x))
            {
                return Found(b.Call(ElementaryFunction.Tan, x), "∫ 1/cos²x dx = tan x");
            }

            if (exponent == -2 && IsCallOf(@base, ElementaryFunction.Sin, x))
            {
                return Found(b.Negate(b.Divide(Cos(), Sin())), "∫ 1/sin²x dx = −cos x/sin x");
            }

            return null;
        }

        private static RuleOutcome? OfSquaredSineOrCosine(Integrator i, Expr f, Symbol x)
        {
            ExprBuilder b = i.B;
            (Expr @base, double exponent) = LonePower(f);
            if (exponent != 2)
            {
                return null;
            }

            // sin²x = (1 − cos 2x)/2 and cos²x = (1 + cos 2x)/2.
            Expr sinTwoX = b.Call(ElementaryFunction.Sin, b.Scale(2, x));
            return IsCallOf(@base, ElementaryFunction.Sin, x) ? Found(b.Sum(0, new[] { new SumTerm(0.5, x), new SumTerm(-0.25, sinTwoX) }), "∫ sin²x dx = x/2 − sin(2x)/4")
                : IsCallOf(@base, ElementaryFunction.Cos, x) ? Found(b.Sum(0, new[] { new SumTerm(0.5, x), new SumTerm(0.25, sinTwoX) }), "∫ cos²x dx = x/2 + sin(2x)/4")
                : null;
        }

        private static RuleOutcome? OfHyperbolic(Integrator i, Expr f, Symbol x)
        {
            ExprBuilder b = i.B;
            if (IsCallOf(f, ElementaryFunction.Sinh, x))
            {
                return Found(b.Call(ElementaryFunction.Cosh, x), "∫ sinh x dx = cosh x");
            }

            if (IsCallOf(f, ElementaryFunction.Cosh, x))
            {
                return Found(b.Call(ElementaryFunction.Sinh, x), "∫ cosh x dx = sinh x");
            }

            if (IsCallOf(f, ElementaryFunction.Tanh, x))
            {
                return Found(b.Call(ElementaryFunction.Log, b.Call(ElementaryFunction.Cosh, x)), "∫ tanh x dx = ln(cosh x)");
            }

            (Expr @base, double exponent) = LonePower(f);
            return exponent == -2 && IsCallOf(@base, ElementaryFunction.Cosh, x) ? Found(b.Call(ElementaryFunction.Tanh, x), "∫ 1/cosh²x dx = tanh x") : null;
        }

        private static RuleOutcome? OfInverseFunction(Integrator i, Expr f, Symbol x)
        {
            ExprBuilder b = i.B;
            Expr xf = b.Multiply(x, f);
            Expr oneMinusSquare = b.Sum(1, new[] { new SumTerm(-1, b.Square(x)) });
            if (IsCallOf(f, ElementaryFunction.Atan, x))
            {
                return Found(b.Sum(0, new[] { new SumTerm(1, xf), new SumTerm(-0.5, b.Call(ElementaryFunction.Log, b.Sum(1, new[] { new SumTerm(1, b.Square(x)) }))) }), "∫ atan x dx = x·atan x − ln(1 + x²)/2");
            }

            if (IsCallOf(f, ElementaryFunction.Asin, x))
            {
                return Found(b.Add(xf, b.Power(oneMinusSquare, 0.5)), "∫ asin x dx = x·asin x + √(1 − x²)");
            }

            if (IsCallOf(f, ElementaryFunction.Acos, x))
            {
                return Found(b.Subtract(xf, b.Power(oneMinusSquare, 0.5)), "∫ acos x dx = x·acos x − √(1 − x²)");
            }

            return null;
        }

        /// <summary>The coefficients c, b, a of c + b·x + a·x² when <paramref name="q"/> is such a polynomial with numbers for coefficients and a ≠ 0.</summary>
        private static (double C, double B, double A)? Quadratic(Integrator i, Expr q, Symbol x)
        {
            if (!(q is Sum sum))
            {
                return null;
            }

            double c = sum.Offset, b = 0, a = 0;
            foreach (SumTerm term in sum.Terms)
            {
                if (i.Number(term.Term) is double k)
                {
                    c += term.Coefficient * k;
                }
                else if (PowerOf(term.Term, x) == 1)
                {
                    b += term.Coefficient;
                }
                else if (PowerOf(term.Term, x) == 2)
                {
                    a += term.Coefficient;
                }
                else
                {
                    return null;
                }
            }

            return a == 0 ? null : (c, b, a);
        }

        /// <summary>
        /// q^exponent with q = a·x² + b·x + c (numbers), written as a·(x + h)² + d by completing the square: (a, h, d),
        /// with x + h as a node.
        /// </summary>
        private static (double A, Expr Shifted, double D, double H)? CompletedSquare(Integrator i, Expr f, Symbol x, double exponent)
        {
            (Expr @base, double power) = LonePower(f);
            if (power != exponent || !((Quadratic(i, @base, x)) is (double c, double b, double a)))
            {
                return null;
            }

            double h = b / (2 * a);
            return (a, i.B.Sum(h, new[] { new SumTerm(1, x) }), c - b * b / (4 * a), h);
        }

        private static RuleOutcome? OfReciprocalQuadratic(Integrator i, Expr f, Symbol x)
        {
            // 1/(a·(x + h)² + d) with a·d > 0 = (1/d)·1/(1 + k²(x + h)²), k = √(a/d): (1/(d·k))·atan(k·(x + h)).
            if (!(CompletedSquare(i, f, x, -1) is (double a, Expr shifted, double d, double h)) || a * d <= 0)
            {
                return null;
            }

            double k = Math.Sqrt(a / d);
            return Found(i.B.Scale(1 / (d * k), i.B.Call(ElementaryFunction.Atan, i.B.Scale(k, shifted))));
        }

        private static RuleOutcome? OfReciprocalQuadraticWithRoots(Integrator i, Expr f, Symbol x)
        {
            if (!(CompletedSquare(i, f, x, -1) is (double a, Expr shifted, double d, double h)) || a * d > 0)
            {
                return null;
            }

            ExprBuilder b = i.B;
            if (d == 0)
            {
                // 1/(a·(x + h)²) = (x + h)⁻²/a: −1/(a·(x + h)).
                return Found(b.Scale(-1 / a, b.Reciprocal(shifted)));
            }

            // Roots x = −h ± √(−d/a), r > s: 1/(a(x − r)(x − s)) = (1/(x − r) − 1/(x − s))/(a(r − s)).
            double root = Math.Sqrt(-d / a);
            double r = -h + root, s = -h - root;
            Expr xMinusR = b.Sum(-r, new[] { new SumTerm(1, x) });
            Expr xMinusS = b.Sum(-s, new[] { new SumTerm(1, x) });
            return Found(b.Scale(1 / (a * (r - s)), b.Subtract(LnAbs(i, xMinusR), LnAbs(i, xMinusS))));
        }

        private static RuleOutcome? OfArcsineForm(Integrator i, Expr f, Symbol x)
        {
            // 1/√(d − |a|·(x + h)²) with a < 0 < d: (1/√|a|)·asin(√(|a|/d)·(x + h)).
            if (!(CompletedSquare(i, f, x, -0.5) is (double a, Expr shifted, double d, double h)) || a >= 0 || d <= 0)
            {
                return null;
            }

            return Found(i.B.Scale(1 / Math.Sqrt(-a), i.B.Call(ElementaryFunction.Asin, i.B.Scale(Math.Sqrt(-a / d), shifted))));
        }

        private static RuleOutcome? OfRootOfQuadratic(Integrator i, Expr f, Symbol x)
        {
            // 1/√(a·((x + h)² + d/a)) with a > 0: (1/√a)·ln|x + h + √((x + h)² + d/a)|.
            if (!(CompletedSquare(i, f, x, -0.5) is (double a, Expr shifted, double d, double h)) || a <= 0 || d == 0)
            {
                return null;
            }

            ExprBuilder b = i.B;
            Expr root = b.Power(b.Sum(d / a, new[] { new SumTerm(1, b.Square(shifted)) }), 0.5);
            return Found(b.Scale(1 / Math.Sqrt(a), LnAbs(i, b.Add(shifted, root))));
        }

        /// <summary>
        /// u = g(x) for a part g of the integrand (an argument, a base): the integrand over g′(x) must be a function of u
        /// alone, f(u), then ∫ f(u) du with u put back. <paramref name="linear"/>: only g with a constant derivative
        /// (a·x + b), else only the others.
        /// </summary>
        private static RuleOutcome? BySubstitution(Integrator i, Expr f, Symbol x, bool linear)
        {
            ExprBuilder b = i.B;
            int tried = 0;
            foreach (Expr u in Integrator.Nodes(f).Where(n => !ReferenceEquals(n, f) && !n.IsLeaf && !(n is Condition) && i.DependsOn(n, x)).ToList())
            {
                Expr du = i.Derivative(u, x);
                if (i.DependsOn(du, x) == linear || (du is Constant c && c.Value == 0) || ++tried > 16)
                {
                    if (tried > 16)
                    {
                        break;
                    }

                    continue;
                }

                Symbol newVariable = i.NewVariable();
                Expr inU = Substitution.Replace(b, b.Divide(f, du), u, newVariable);
                if (i.DependsOn(inU, x))
                {
                    continue;
                }

                Expr? integral = i.TryInSubstitution(inU, newVariable);
                if (integral == null)
                {
                    continue;
                }

                return new RuleOutcome(Substitution.Replace(b, integral, newVariable, u))
                {
                    NewVariable = newVariable,
                    Substituted = u,
                    Differential = du,
                    NonZero = ParameterFactors(i, du, x),
                };
            }

            return null;
        }

        /// <summary>
        /// The factors of <paramref name="du"/> that read a parameter but not the variable (k in 2·k·t): dividing by du divides by
        /// them, so the antiderivative holds where they are not 0.
        /// </summary>
        private static IReadOnlyList<Expr> ParameterFactors(Integrator i, Expr du, Symbol x)
        {
            IEnumerable<Expr> factors = du is Product product ? product.Factors.Select(f => f.Base) : new[] { du };
            return factors.Where(f => !i.DependsOn(f, x) && i.Number(f) == null).ToList();
        }

        /// <summary>How a student picks u in ∫ u dv (LIATE): logarithms, then inverse trigonometric functions, then powers of x and polynomials; never the rest.</summary>
        private static int? PartsRank(Integrator i, Factor factor, Symbol x)
        {
            bool positiveWhole = factor.Exponent >= 1 && factor.Exponent == Math.Floor(factor.Exponent);
            return factor.Base switch
            {
                FunctionCall { Function: ElementaryFunction.Log or ElementaryFunction.Log10 or ElementaryFunction.Log2 } when positiveWhole => 0,
                FunctionCall { Function: ElementaryFunction.Atan or ElementaryFunction.Asin or ElementaryFunction.Acos } when factor.Exponent == 1 => 1,
                Symbol s when ReferenceEquals(s, x) && positiveWhole => 2,
                Sum sum when positiveWhole && Quadratic(i, sum, x) != null => 2,
                _ => null,
            };
        }

        /// <summary>The coefficients (constant first) of <paramref name="e"/> as a polynomial in x with numbers for coefficients, or null.</summary>
        private static double[]? Polynomial(Integrator i, Expr e, Symbol x)
        {
            const int MaxDegree = 8;
            if (i.Number(e) is double number)
            {
                return new[] { number };
            }

            switch (e)
            {
                case Symbol s when ReferenceEquals(s, x):
                    return new[] { 0.0, 1 };
                case Sum sum:
                    double[] total = { sum.Offset };
                    foreach (SumTerm term in sum.Terms)
                    {
                        double[]? p = Polynomial(i, term.Term, x);
                        if (p == null)
                        {
                            return null;
                        }

                        total = Add(total, p, term.Coefficient);
                    }

                    return total;
                case Product product:
                    double[] result = { product.Coefficient };
                    foreach (Factor factor in product.Factors)
                    {
                        double[]? p = Polynomial(i, factor.Base, x);
                        if (p == null || factor.Exponent < 1 || factor.Exponent != Math.Floor(factor.Exponent))
                        {
                            return null;
                        }

                        for (int k = 0; k < factor.Exponent; k++)
                        {
                            result = Multiply(result, p);
                            if (result.Length > MaxDegree + 1)
                            {
                                return null;
                            }
                        }
                    }

                    return result;
                default:
                    return null;
            }
        }

        private static double[] Add(double[] a, double[] b, double scale)
        {
            var sum = new double[Math.Max(a.Length, b.Length)];
            for (int k = 0; k < sum.Length; k++)
            {
                sum[k] = (k < a.Length ? a[k] : 0) + (scale * (k < b.Length ? b[k] : 0));
            }

            return Trim(sum);
        }

        private static double[] Multiply(double[] a, double[] b)
        {
            var product = new double[a.Length + b.Length - 1];
            for (int j = 0; j < a.Length; j++)
            {
                for (int k = 0; k < b.Length; k++)
                {
                    product[j + k] += a[j] * b[k];
                }
            }

            return Trim(product);
        }

        private static double[] Trim(double[] p)
        {
            int length = p.Length;
            while (length > 1 && p[length - 1] == 0)
            {
                length--;
            }

            return p.Take(length).ToArray();
        }

        /// <summary>c₀ + c₁·x + c₂·x² + … as a DAG node.</summary>
        private static Expr FromPolynomial(ExprBuilder b, double[] p, Symbol x) =>
            b.Sum(p[0], p.Skip(1).Select((c, k) => new SumTerm(c, b.Power(x, k + 1))).Where(t => t.Coefficient != 0));

        /// <summary>
        /// P(x)/Q(x) with numbers for coefficients and Q of degree 1 or 2: long division P = S·Q + R, then ∫ S term by term,
        /// and R/Q as (r₁/2a)·Q′/Q (ln|Q|) plus a constant over Q (the arctangent or partial-fraction form).
        /// </summary>
        private static RuleOutcome? OfRationalFunction(Integrator i, Expr f, Symbol x)
        {
            if (!(f is Product product) || product.Factors.All(factor => factor.Exponent > 0))
            {
                return null;
            }

            ExprBuilder b = i.B;
            double[]? numerator = Polynomial(i, b.Product(product.Coefficient, product.Factors.Where(factor => factor.Exponent > 0)), x);
            double[]? denominator = Polynomial(i, b.Product(1, product.Factors.Where(factor => factor.Exponent < 0).Select(factor => new Factor(factor.Base, -factor.Exponent))), x);
            if (numerator == null || denominator == null || denominator.Length < 2 || denominator.Length > 3)
            {
                return null;
            }

            // Long division.
            int degree = denominator.Length - 1;
            double lead = denominator[degree];
            var remainder = new double[Math.Max(numerator.Length, degree)];
            Array.Copy(numerator, remainder, numerator.Length);
            var quotient = new double[Math.Max(1, numerator.Length - degree)];
            for (int k = numerator.Length - 1; k >= degree; k--)
            {
                double c = remainder[k] / lead;
                quotient[k - degree] = c;
                for (int j = 0; j <= degree; j++)
                {
                    remainder[k - degree + j] -= c * denominator[j];
                }
            }

            var terms = new List<SumTerm>();
            for (int k = 0; k < quotient.Length; k++)
            {
                if (quotient[k] != 0)
                {
                    terms.Add(new SumTerm(quotient[k] / (k + 1), b.Power(x, k + 1)));
                }
            }

            Expr q = FromPolynomial(b, denominator, x);
            double r0 = remainder[0], r1 = degree == 2 ? remainder[1] : 0;
            if (degree == 1)
            {
                // r₀/(q₁·x + q₀): (r₀/q₁)·ln|Q|.
                terms.Add(new SumTerm(r0 / denominator[1], LnAbs(i, q)));
            }
            else
            {
                // (r₁·x + r₀)/Q = (r₁/2a)·Q′/Q + (r₀ − r₁·b/2a)/Q.
                double a = denominator[2], bq = denominator[1];
                if (r1 != 0)
                {
                    terms.Add(new SumTerm(r1 / (2 * a), LnAbs(i, q)));
                }

                double rest = r0 - (r1 * bq / (2 * a));
                if (rest != 0)
                {
                    Expr? overQ = i.Try(b.Reciprocal(q), x);
                    if (overQ == null)
                    {
                        return null;
                    }

                    terms.Add(new SumTerm(rest, overQ));
                }
            }

            return Found(b.Sum(0, terms));
        }

        private static RuleOutcome? ByParts(Integrator i, Expr f, Symbol x)
        {
            // Two factors or more, or a power of a logarithm alone (∫ ln²x dx: u = ln²x, dv = dx).
            if (!(f is Product { Coefficient: 1 } product)
                || (product.Factors.Count < 2 && !(product.Factors.Count == 1 && PartsRank(i, product.Factors[0], x) == 0)))
            {
                return null;
            }

            var ranked = product.Factors.Select(factor => (Factor: factor, Rank: PartsRank(i, factor, x))).Where(r => r.Rank != null).OrderBy(r => r.Rank).ToList();
            if (ranked.Count == 0)
            {
                return null;
            }

            ExprBuilder b = i.B;
            Factor chosen = ranked[0].Factor;
            Expr u = b.Power(chosen.Base, chosen.Exponent);
            Expr dv = b.Product(1, product.Factors.Where(factor => !ReferenceEquals(factor.Base, chosen.Base)));
            Expr? v = i.Try(dv, x);
            if (v == null)
            {
                return null;
            }

            Expr du = i.Derivative(u, x);
            Expr? rest = i.Try(b.Multiply(v, du), x);
            return rest == null ? null : new RuleOutcome(b.Subtract(b.Multiply(u, v), rest)) { Substituted = u, Differential = dv, Parts = (du, v) };
        }

        private static RuleOutcome? ByMultiplyingOut(Integrator i, Expr f, Symbol x)
        {
            if (!(f is Product { Coefficient: 1 } product))
            {
                return null;
            }

            int index = -1;
            for (int k = 0; k < product.Factors.Count; k++)
            {
                Factor factor = product.Factors[k];
                if (factor.Base is Sum && factor.Exponent >= 1 && factor.Exponent <= 8 && factor.Exponent == Math.Floor(factor.Exponent)
                    && (factor.Exponent > 1 || product.Factors.Count > 1))
                {
                    index = k;
                    break;
                }
            }

            if (index < 0)
            {
                return null;
            }

            ExprBuilder b = i.B;
            var sum = (Sum)product.Factors[index].Base;
            var others = product.Factors.Where((_, k) => k != index).Append(new Factor(sum, product.Factors[index].Exponent - 1)).ToList();
            var terms = new List<SumTerm>();
            if (sum.Offset != 0)
            {
                terms.Add(new SumTerm(sum.Offset, b.Product(1, others)));
            }

            foreach (SumTerm term in sum.Terms)
            {
                terms.Add(new SumTerm(term.Coefficient, b.Product(1, others.Append(new Factor(term.Term, 1)))));
            }

            Expr expanded = b.Sum(0, terms);
            if (ReferenceEquals(expanded, f))
            {
                return null;
            }

            Expr? integral = i.Try(expanded, x);
            return integral == null ? null : Found(integral);
        }
    }
}
