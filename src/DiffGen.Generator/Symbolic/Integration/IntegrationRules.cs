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
    internal static partial class IntegrationRules
    {
        public static readonly IntegrationRule Constant = new IntegrationRule("constant", "∫ c dx = c·x", OfConstant);

        public static readonly IntegrationRule Linearity = new IntegrationRule("linearity", "∫ (a·f + b·g) dx = a·∫ f dx + b·∫ g dx", OfSum);

        public static readonly IntegrationRule ConstantMultiple = new IntegrationRule("constant multiple", "∫ c·f dx = c·∫ f dx", OfConstantMultiple);

        public static readonly IntegrationRule Power = new IntegrationRule("power rule", "∫ xⁿ dx = xⁿ⁺¹/(n + 1), n ≠ −1", OfPower);

        public static readonly IntegrationRule Reciprocal = new IntegrationRule("reciprocal", "∫ 1/x dx = ln|x|", OfReciprocal);

        public static readonly IntegrationRule Exponential = new IntegrationRule("exponential", "∫ eˣ dx = eˣ; ∫ aˣ dx = aˣ/ln a", OfExponential);

        public static readonly IntegrationRule Logarithm = new IntegrationRule("logarithm", "∫ ln x dx = x·ln x − x", OfLogarithm);

        public static readonly IntegrationRule Trigonometric = new IntegrationRule(
            "trigonometric", "∫ sin x dx = −cos x; ∫ cos x dx = sin x; ∫ tan x dx = −ln|cos x|; ∫ 1/cos²x dx = tan x; ∫ 1/sin²x dx = −cos x/sin x; ∫ 1/cos x dx = ln|1/cos x + tan x|; ∫ 1/sin x dx = ln|1/sin x − cos x/sin x|", OfTrigonometric);

        public static readonly IntegrationRule PowerReduction = new IntegrationRule(
            "power reduction", "∫ sin²x dx = x/2 − sin(2x)/4; ∫ cos²x dx = x/2 + sin(2x)/4", OfSquaredSineOrCosine);

        public static readonly IntegrationRule SineCosinePowers = new IntegrationRule(
            "powers of sine and cosine", "∫ sinᵐx·cosⁿx dx: n odd, u = sin x; m odd, u = cos x (with sin²x + cos²x = 1); m, n even, sin²x = (1 − cos 2x)/2 and cos²x = (1 + cos 2x)/2", OfSineCosinePowers);

        public static readonly IntegrationRule Hyperbolic = new IntegrationRule(
            "hyperbolic", "∫ sinh x dx = cosh x; ∫ cosh x dx = sinh x; ∫ tanh x dx = ln(cosh x); ∫ 1/cosh²x dx = tanh x; ∫ 1/cosh x dx = atan(sinh x); ∫ sinh²x dx = sinh(2x)/4 − x/2; ∫ cosh²x dx = sinh(2x)/4 + x/2", OfHyperbolic);

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

        public static readonly IntegrationRule ProductToSum = new IntegrationRule(
            "product to sum", "sin a·cos b = (sin(a − b) + sin(a + b))/2; sin a·sin b = (cos(a − b) − cos(a + b))/2; cos a·cos b = (cos(a − b) + cos(a + b))/2", OfProductOfSinesAndCosines);

        public static readonly IntegrationRule Rational = new IntegrationRule(
            "rational function", "P/Q = S + R/Q by long division; ∫ R/Q dx by ln|Q| and the arctangent or partial-fraction form (Q of degree 1 or 2)", OfRationalFunction);

        public static readonly IntegrationRule PartialFractionsOfHigherDegree = new IntegrationRule(
            "partial fractions (degree 3 and 4)", "P/Q = S + Σ A/(x − r)ᵏ + Σ (B·x + C)/(x² + p·x + q), Q factored over the rationals, each fraction integrated", OfPartialFractionsOfHigherDegree);

        public static readonly IntegrationRule PartsTwice = new IntegrationRule(
            "integration by parts twice", "∫ eᵃˣ·sin bx dx = eᵃˣ·(a·sin bx − b·cos bx)/(a² + b²); ∫ eᵃˣ·cos bx dx = eᵃˣ·(a·cos bx + b·sin bx)/(a² + b²)", OfExponentialTimesSineOrCosine);

        public static readonly IntegrationRule Parts = new IntegrationRule("integration by parts", "∫ u dv = u·v − ∫ v du", ByParts);

        public static readonly IntegrationRule MultiplyingOut = new IntegrationRule("multiplying out", "(a + b)·c = a·c + b·c, then term by term", ByMultiplyingOut);

        /// <summary>The rows, in the order they are tried.</summary>
        public static IReadOnlyList<IntegrationRule> All { get; } = new[]
        {
            Constant, Linearity, ConstantMultiple, Power, Reciprocal, Exponential, Logarithm, Trigonometric, PowerReduction,
            SineCosinePowers, Hyperbolic, InverseFunctions, Arctangent, PartialFractions, Arcsine, RootOfQuadratic, LinearSubstitution,
            DerivativeDivides, ProductToSum, Rational, PartialFractionsOfHigherDegree, PartsTwice, Parts, MultiplyingOut,
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

        private static Expr LnAbs(Integrator i, Expr u) => i.B.Call(ElementaryFunction.Log, i.B.Call(ElementaryFunction.Abs, u));

        private static bool IsCallOf(Expr f, ElementaryFunction function, Symbol x) =>
            f is FunctionCall call && call.Function == function && ReferenceEquals(call.Arguments[0], x);
    }
}
