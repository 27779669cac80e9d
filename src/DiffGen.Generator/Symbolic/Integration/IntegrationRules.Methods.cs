using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <content>The methods that transform the integrand: substitution, integration by parts (u chosen LIATE), multiplying out.</content>
    internal static partial class IntegrationRules
    {
        /// <summary>
        /// u = g(x) for a part g of the integrand (an argument, a base): the integrand over g′(x) must be a function of u
        /// alone, f(u), then ∫ f(u) du with u put back. <paramref name="linear"/>: only g with a constant derivative
        /// (a·x + b), else only the others. g′ as a student writes it is tried first where it differs (u = tan x, du = dx/cos²x).
        /// </summary>
        private static RuleOutcome? BySubstitution(Integrator i, Expr f, Symbol x, bool linear)
        {
            int tried = 0;
            foreach (Expr u in Integrator.Nodes(f).Where(n => !ReferenceEquals(n, f) && !n.IsLeaf && !(n is Condition) && i.DependsOn(n, x)).ToList())
            {
                Expr du = i.Derivative(u, x);
                if (i.DependsOn(du, x) == linear || (du is Constant c && c.Value == 0))
                {
                    continue;
                }

                if (++tried > 16)
                {
                    break;
                }

                RuleOutcome? outcome = (i.StudentsDerivative(u, x) is Expr written ? Substituted(i, f, x, u, written) : null) ?? Substituted(i, f, x, u, du);
                if (outcome != null)
                {
                    return outcome;
                }
            }

            return null;
        }

        /// <summary>∫ f dx with u = g(x) and du = g′(x) dx, when f/g′ is a function of u alone and integrates; else null.</summary>
        private static RuleOutcome? Substituted(Integrator i, Expr f, Symbol x, Expr u, Expr du)
        {
            ExprBuilder b = i.B;
            Symbol newVariable = i.NewVariable();
            Expr inU = Substitution.Replace(b, b.Divide(f, du), u, newVariable);
            if (i.DependsOn(inU, x))
            {
                return null;
            }

            Expr? integral = i.TryInSubstitution(inU, newVariable);
            return integral == null ? null : new RuleOutcome(Substitution.Replace(b, integral, newVariable, u))
            {
                NewVariable = newVariable,
                Substituted = u,
                Differential = du,
                NonZero = ParameterFactors(i, du, x),
            };
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
                FunctionCall { Function: ElementaryFunction.Atan or ElementaryFunction.Asin or ElementaryFunction.Acos or ElementaryFunction.Asinh or ElementaryFunction.Acosh or ElementaryFunction.Atanh }
                    when factor.Exponent == 1 => 1,
                Symbol s when ReferenceEquals(s, x) && positiveWhole => 2,
                Sum sum when positiveWhole && Quadratic(i, sum, x) != null => 2,
                _ => null,
            };
        }


        private static RuleOutcome? ByParts(Integrator i, Expr f, Symbol x)
        {
            // Two factors or more, or a logarithm or an inverse function alone (∫ ln²x dx, ∫ ln(x² + 1) dx, ∫ asinh x dx:
            // u = the function, dv = dx), as a student does.
            IReadOnlyList<Factor>? factors = f is Product { Coefficient: 1 } product ? (IReadOnlyList<Factor>)product.Factors : f is FunctionCall ? new[] { new Factor(f, 1) } : null;
            if (factors == null || (factors.Count < 2 && !(factors.Count == 1 && PartsRank(i, factors[0], x) <= 1)))
            {
                return null;
            }

            var ranked = factors.Select(factor => (Factor: factor, Rank: PartsRank(i, factor, x))).Where(r => r.Rank != null).OrderBy(r => r.Rank).ToList();
            if (ranked.Count == 0)
            {
                return null;
            }

            ExprBuilder b = i.B;
            Factor chosen = ranked[0].Factor;
            Expr u = b.Power(chosen.Base, chosen.Exponent);
            Expr dv = b.Product(1, factors.Where(factor => !ReferenceEquals(factor.Base, chosen.Base)));
            Expr? v = i.Try(dv, x);
            if (v == null)
            {
                return null;
            }

            Expr du = i.StudentsDerivative(u, x) ?? i.Derivative(u, x);
            Expr? rest = i.Try(b.Multiply(v, du), x);
            return rest == null ? null : new RuleOutcome(b.Subtract(b.Multiply(u, v), rest)) { Substituted = u, Differential = dv, Parts = (du, v) };
        }

        /// <summary>
        /// e^(a·x + c)·sin(b·x + d) or ·cos(b·x + d), a and b not 0 (numbers or parameters): by parts twice, the integral
        /// comes back as −(a²/b²) of itself, so I = e^g·(a·sin h − b·cos h)/(a² + b²) (for cos, a·cos h + b·sin h).
        /// </summary>
        private static RuleOutcome? OfExponentialTimesSineOrCosine(Integrator i, Expr f, Symbol x)
        {
            if (!(f is Product { Coefficient: 1, Factors.Count: 2 } product) || product.Factors.Any(factor => factor.Exponent != 1))
            {
                return null;
            }

            Expr? exp = product.Factors.Select(factor => factor.Base).FirstOrDefault(e => e is FunctionCall { Function: ElementaryFunction.Exp });
            var trig = product.Factors.Select(factor => factor.Base).FirstOrDefault(e => e is FunctionCall { Function: ElementaryFunction.Sin or ElementaryFunction.Cos }) as FunctionCall;
            if (exp == null || trig == null)
            {
                return null;
            }

            ExprBuilder b = i.B;
            Expr a = i.Derivative(((FunctionCall)exp).Arguments[0], x), k = i.Derivative(trig.Arguments[0], x);
            if (i.DependsOn(a, x) || i.DependsOn(k, x) || a is Constant { Value: 0 } || k is Constant { Value: 0 })
            {
                return null;
            }

            Expr sin = b.Call(ElementaryFunction.Sin, trig.Arguments[0]), cos = b.Call(ElementaryFunction.Cos, trig.Arguments[0]);
            bool isSine = trig.Function == ElementaryFunction.Sin;
            Expr combination = isSine ? b.Subtract(b.Multiply(a, sin), b.Multiply(k, cos)) : b.Add(b.Multiply(a, cos), b.Multiply(k, sin));
            Expr squares = b.Add(b.Square(a), b.Square(k));
            return new RuleOutcome(b.Divide(b.Multiply(exp, combination), squares))
            {
                Form = isSine ? "∫ eᵃˣ·sin bx dx = eᵃˣ·(a·sin bx − b·cos bx)/(a² + b²)" : "∫ eᵃˣ·cos bx dx = eᵃˣ·(a·cos bx + b·sin bx)/(a² + b²)",
                NonZero = i.Number(squares) == null ? new[] { squares } : System.Array.Empty<Expr>(),
            };
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
