using System;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <content>The forms of a quadratic by completing the square: the arctangent, partial-fraction, arcsine and inverse hyperbolic forms.</content>
    internal static partial class IntegrationRules
    {
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
    }
}
