using System;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <content>The table of known antiderivatives of the variable itself: powers, exponentials, logarithms, trigonometric, hyperbolic and inverse functions.</content>
    internal static partial class IntegrationRules
    {
        private static RuleOutcome? OfPower(Integrator i, Expr f, Symbol x)
        {
            if (CombinedPowerOf(f, x) is double n && n != -1)
            {
                return Found(i.B.Scale(1 / (n + 1), i.B.Power(x, n + 1)));
            }

            // ∛x is defined for x < 0 too, where x^(4/3) is not: F = (3/4)·x·∛x is, everywhere.
            return IsCallOf(f, ElementaryFunction.Cbrt, x) ? Found(i.B.Scale(0.75, i.B.Multiply(x, f)), "∫ ∛x dx = (3/4)·x·∛x") : null;
        }

        private static RuleOutcome? OfReciprocal(Integrator i, Expr f, Symbol x) =>
            CombinedPowerOf(f, x) == -1 ? Found(LnAbs(i, x)) : null;

        /// <summary>
        /// The exponent n of xⁿ, or of a product of powers of x: a root stays a factor of its own (√x·x⁻¹ is two factors),
        /// and the power rule reads it as x^(−1/2), as a student does. Null for anything else.
        /// </summary>
        private static double? CombinedPowerOf(Expr f, Symbol x)
        {
            if (!(f is Product { Coefficient: 1, Factors.Count: > 1 } product))
            {
                return PowerOf(f, x);
            }

            double sum = 0;
            foreach (Factor factor in product.Factors)
            {
                if (!(PowerOf(factor.Base, x) is double exponent))
                {
                    return null;
                }

                sum += factor.Exponent * exponent;
            }

            return sum;
        }

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

            if (exponent == -1 && IsCallOf(@base, ElementaryFunction.Cos, x))
            {
                return Found(LnAbs(i, b.Add(f, b.Call(ElementaryFunction.Tan, x))), "∫ 1/cos x dx = ln|1/cos x + tan x|");
            }

            if (exponent == -1 && IsCallOf(@base, ElementaryFunction.Sin, x))
            {
                return Found(LnAbs(i, b.Subtract(f, b.Divide(Cos(), Sin()))), "∫ 1/sin x dx = ln|1/sin x − cos x/sin x|");
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
            if (exponent == -2 && IsCallOf(@base, ElementaryFunction.Cosh, x))
            {
                return Found(b.Call(ElementaryFunction.Tanh, x), "∫ 1/cosh²x dx = tanh x");
            }

            if (exponent == -1 && IsCallOf(@base, ElementaryFunction.Cosh, x))
            {
                return Found(b.Call(ElementaryFunction.Atan, b.Call(ElementaryFunction.Sinh, x)), "∫ 1/cosh x dx = atan(sinh x)");
            }

            // sinh²x = (cosh 2x − 1)/2 and cosh²x = (cosh 2x + 1)/2.
            Expr sinhTwoX = b.Call(ElementaryFunction.Sinh, b.Scale(2, x));
            return exponent != 2 ? null
                : IsCallOf(@base, ElementaryFunction.Sinh, x) ? Found(b.Sum(0, new[] { new SumTerm(0.25, sinhTwoX), new SumTerm(-0.5, x) }), "∫ sinh²x dx = sinh(2x)/4 − x/2")
                : IsCallOf(@base, ElementaryFunction.Cosh, x) ? Found(b.Sum(0, new[] { new SumTerm(0.25, sinhTwoX), new SumTerm(0.5, x) }), "∫ cosh²x dx = sinh(2x)/4 + x/2")
                : null;
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
    }
}
