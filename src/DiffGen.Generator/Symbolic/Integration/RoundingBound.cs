using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>
    /// A running error bound of an antiderivative F: an expression R such that F as the generated code computes it is within
    /// about R units of rounding (one ulp of 1) of F, to first order. F may cancel inside while its value does not show it
    /// (t/2 − sin(2k·t)/(4k) for a small k, ln(k·t + 1)/k, a sum of sines of order 1 for ∫ sin¹²x near 0); R shows it, so
    /// <c>MIntegral</c> uses F(to) − F(from) only where R at the bounds is within the tolerance of the result.
    /// </summary>
    internal static class RoundingBound
    {
        /// <summary>R for <paramref name="f"/>, or null where a node of F has no rule here (F is then not bounded).</summary>
        public static Expr? Of(ExprBuilder b, Expr f)
        {
            var bounds = new Dictionary<Expr, Expr>();
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { f }))
            {
                Expr? bound = Node(b, node, bounds);
                if (bound == null)
                {
                    return null;
                }

                bounds[node] = bound;
            }

            return bounds[f];
        }

        private static Expr Abs(ExprBuilder b, Expr e) => b.ClosedValue(e) is double v ? b.Constant(System.Math.Abs(v))
            : e is FunctionCall { Function: ElementaryFunction.Abs or ElementaryFunction.Exp or ElementaryFunction.Cosh } ? e
            : b.Call(ElementaryFunction.Abs, e);

        private static Expr? Node(ExprBuilder b, Expr node, Dictionary<Expr, Expr> bounds)
        {
            switch (node)
            {
                case Constant c:
                    return b.Constant(System.Math.Abs(c.Value));
                case Symbol s:
                    return b.Constant(s.ConstantValue is double v ? System.Math.Abs(v) : 0);
                case Sum sum:
                {
                    // Each term's own error, plus the rounding of the additions: at most the terms' magnitudes.
                    var terms = new List<SumTerm>();
                    foreach (SumTerm term in sum.Terms)
                    {
                        double k = System.Math.Abs(term.Coefficient);
                        terms.Add(new SumTerm(k, bounds[term.Term]));
                        terms.Add(new SumTerm(k, Abs(b, term.Term)));
                    }

                    return b.Sum(System.Math.Abs(sum.Offset), terms);
                }

                case Product product:
                {
                    // Relative errors add: |e|·R(base)/|base| for each factor, one rounding for each multiplication or power.
                    var relative = new List<SumTerm>();
                    foreach (Factor factor in product.Factors)
                    {
                        relative.Add(new SumTerm(System.Math.Abs(factor.Exponent), b.Divide(bounds[factor.Base], Abs(b, factor.Base))));
                    }

                    return b.Multiply(Abs(b, node), b.Sum(product.Factors.Count + 1, relative));
                }

                case FunctionCall call when call.Arguments.Count == 1 || call.Function == ElementaryFunction.Pow:
                    return Call(b, call, bounds);
                default:
                    return null;
            }
        }

        private static Expr? Call(ExprBuilder b, FunctionCall call, Dictionary<Expr, Expr> bounds)
        {
            Expr value = Abs(b, call);
            Expr u = call.Arguments[call.Function == ElementaryFunction.Pow ? 1 : 0];
            Expr r = bounds[u];

            // |f′(u)|·R(u) + |f(u)|: the argument's error carried through f, and f's own rounding.
            Expr? carried = call.Function switch
            {
                ElementaryFunction.Sin or ElementaryFunction.Cos or ElementaryFunction.Atan or ElementaryFunction.Tanh
                    or ElementaryFunction.Asinh or ElementaryFunction.Abs => r,
                ElementaryFunction.Exp => b.Multiply(value, r),
                ElementaryFunction.Sinh or ElementaryFunction.Cosh => b.Multiply(b.Call(ElementaryFunction.Cosh, u), r),
                ElementaryFunction.Log => b.Divide(r, Abs(b, u)),
                ElementaryFunction.Log10 => b.Scale(1 / System.Math.Log(10), b.Divide(r, Abs(b, u))),
                ElementaryFunction.Log2 => b.Scale(1 / System.Math.Log(2), b.Divide(r, Abs(b, u))),
                ElementaryFunction.Asin or ElementaryFunction.Acos => b.Multiply(r, b.Power(b.Sum(1, new[] { new SumTerm(-1, b.Square(u)) }), -0.5)),
                ElementaryFunction.Pow when b.ClosedValue(call.Arguments[0]) is double a && a > 0 => b.Scale(System.Math.Abs(System.Math.Log(a)), b.Multiply(value, r)),
                _ => null,
            };
            return carried == null ? null : b.Sum(0, new[] { new SumTerm(1, carried), new SumTerm(1, value) });
        }
    }
}
