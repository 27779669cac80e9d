using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>The elementary functions the DAG can hold. <c>√</c>, max, min and log with a base are rewritten into these.</summary>
    internal enum ElementaryFunction
    {
        Sin,
        Cos,
        Tan,
        Asin,
        Acos,
        Atan,
        Atan2,
        Sinh,
        Cosh,
        Tanh,
        Asinh,
        Acosh,
        Atanh,
        Exp,
        Log,
        Log10,
        Log2,
        Cbrt,
        Pow,
        Abs,
        Max,
        Min,
        Sign,
        Floor,
        Ceiling,
        Round,
        Truncate,
        Remainder,
        Stop,
    }

    /// <summary>
    /// ∂f/∂(argument <c>index</c>) at <c>arguments</c>, where <c>self</c> is the value <c>f(arguments)</c>
    /// as the forward sweep has it (under the source's name for it, if any). Rules reuse it where that
    /// keeps the derivative finite wherever f is (exp′ = exp, tanh′ = 1 − tanh², asinh′ = 1/cosh(asinh):
    /// √(u² + 1) overflows at u ≈ 1e154, asinh(u) never).
    /// </summary>
    internal delegate Expr PartialRule(ExprBuilder b, IReadOnlyList<Expr> arguments, Expr self, int index);

    /// <summary>One row of the derivative table.</summary>
    internal sealed class FunctionRule
    {
        public FunctionRule(ElementaryFunction function, string derivativeFormula, Func<double[], double>? evaluate, PartialRule partial)
        {
            Function = function;
            DerivativeFormula = derivativeFormula;
            Evaluate = evaluate;
            Partial = partial;
        }

        public ElementaryFunction Function { get; }

        /// <summary>The <c>System.Math</c> / <c>System.MathF</c> member that computes it.</summary>
        public string MathMember => Function.ToString();

        /// <summary>How a formula writes it: <c>sin</c>, <c>ln</c>, <c>atan2</c>.</summary>
        public string MathName => Function switch
        {
            ElementaryFunction.Log => "ln",
            ElementaryFunction.Log10 => "log₁₀",
            ElementaryFunction.Log2 => "log₂",
            ElementaryFunction.Cbrt => "∛",
            ElementaryFunction.Abs => "abs",
            ElementaryFunction.Sign => "sign",
            ElementaryFunction.Truncate => "trunc",
            _ => Function.ToString().ToLowerInvariant(),
        };

        /// <summary>The rule as a student reads it; docs/supported.md quotes every one (a test checks).</summary>
        public string DerivativeFormula { get; }

        /// <summary>Folds a call with constant arguments; null where netstandard2.0 has no exact counterpart.</summary>
        public Func<double[], double>? Evaluate { get; }

        public PartialRule Partial { get; }

        /// <summary><c>sign</c> returns an integer in C#; the emitter converts it.</summary>
        public bool ReturnsInteger => Function == ElementaryFunction.Sign;
    }

    /// <summary>
    /// The one table of elementary functions and their derivatives, a row per function, in the
    /// spirit of Clad's BuiltinDerivatives.h and Enzyme's InstructionDerivatives.td.
    /// </summary>
    internal static class ElementaryFunctions
    {
        private static readonly FunctionRule[] Rules =
        {
            Row(ElementaryFunction.Sin, "d sin(u) = cos(u) du", a => Math.Sin(a[0]), (b, u, f, i) => b.Call(ElementaryFunction.Cos, u[0])),
            Row(ElementaryFunction.Cos, "d cos(u) = −sin(u) du", a => Math.Cos(a[0]), (b, u, f, i) => b.Negate(b.Call(ElementaryFunction.Sin, u[0]))),
            Row(ElementaryFunction.Tan, "d tan(u) = (1 + tan²(u)) du", a => Math.Tan(a[0]), (b, u, f, i) => b.Add(b.One, b.Square(f))),
            Row(ElementaryFunction.Asin, "d asin(u) = du / √(1 − u²)", a => Math.Asin(a[0]), (b, u, f, i) => b.Power(OneMinusSquare(b, u[0]), -0.5)),
            Row(ElementaryFunction.Acos, "d acos(u) = −du / √(1 − u²)", a => Math.Acos(a[0]), (b, u, f, i) => b.Negate(b.Power(OneMinusSquare(b, u[0]), -0.5))),
            Row(ElementaryFunction.Atan, "d atan(u) = du / (1 + u²)", a => Math.Atan(a[0]), (b, u, f, i) => b.Reciprocal(b.Add(b.One, b.Square(u[0])))),
            Row(ElementaryFunction.Atan2, "d atan2(y, x) = (x dy − y dx) / (x² + y²)", a => Math.Atan2(a[0], a[1]), Atan2Partial),
            Row(ElementaryFunction.Sinh, "d sinh(u) = cosh(u) du", a => Math.Sinh(a[0]), (b, u, f, i) => b.Call(ElementaryFunction.Cosh, u[0])),
            Row(ElementaryFunction.Cosh, "d cosh(u) = sinh(u) du", a => Math.Cosh(a[0]), (b, u, f, i) => b.Call(ElementaryFunction.Sinh, u[0])),
            Row(ElementaryFunction.Tanh, "d tanh(u) = (1 − tanh²(u)) du", a => Math.Tanh(a[0]), (b, u, f, i) => b.Subtract(b.One, b.Square(f))),
            Row(ElementaryFunction.Asinh, "d asinh(u) = du / √(u² + 1) = du / cosh(asinh(u))", null, (b, u, f, i) => b.Reciprocal(b.Call(ElementaryFunction.Cosh, f))),
            Row(ElementaryFunction.Acosh, "d acosh(u) = du / √(u² − 1) = du / sinh(acosh(u))", null, (b, u, f, i) => b.Reciprocal(b.Call(ElementaryFunction.Sinh, f))),
            Row(ElementaryFunction.Atanh, "d atanh(u) = du / (1 − u²)", null, (b, u, f, i) => b.Reciprocal(OneMinusSquare(b, u[0]))),
            Row(ElementaryFunction.Exp, "d exp(u) = exp(u) du", a => Math.Exp(a[0]), (b, u, f, i) => f),
            Row(ElementaryFunction.Log, "d ln(u) = du / u", a => Math.Log(a[0]), (b, u, f, i) => b.Reciprocal(u[0])),
            Row(ElementaryFunction.Log10, "d log₁₀(u) = du / (u · ln 10)", a => Math.Log10(a[0]), (b, u, f, i) => b.Reciprocal(b.Multiply(u[0], Ln10(b)))),
            Row(ElementaryFunction.Log2, "d log₂(u) = du / (u · ln 2)", null, (b, u, f, i) => b.Reciprocal(b.Multiply(u[0], Ln2(b)))),
            Row(ElementaryFunction.Cbrt, "d ∛u = du / (3 · ∛u²)", null, (b, u, f, i) => b.Scale(1.0 / 3.0, b.Power(f, -2))),
            Row(ElementaryFunction.Pow, "d aᵇ = b · aᵇ⁻¹ da + aᵇ · ln(a) db", a => Math.Pow(a[0], a[1]), PowPartial),
            Row(ElementaryFunction.Abs, "d |u| = sign(u) du (0 at u = 0)", a => Math.Abs(a[0]), (b, u, f, i) => SignOf(b, u[0])),
            Row(ElementaryFunction.Max, "d max(a, b) = da if a ≥ b, else db (ties follow a)", a => Math.Max(a[0], a[1]), (b, u, f, i) => Pick(b, ConditionOp.GreaterOrEqual, u, i)),
            Row(ElementaryFunction.Min, "d min(a, b) = da if a ≤ b, else db (ties follow a)", a => Math.Min(a[0], a[1]), (b, u, f, i) => Pick(b, ConditionOp.LessOrEqual, u, i)),
            Row(ElementaryFunction.Sign, "d sign(u) = 0 (undefined at u = 0)", a => Math.Sign(a[0]), (b, u, f, i) => b.Zero),
            Row(ElementaryFunction.Floor, "d ⌊u⌋ = 0 (undefined at integers)", a => Math.Floor(a[0]), (b, u, f, i) => b.Zero),
            Row(ElementaryFunction.Ceiling, "d ⌈u⌉ = 0 (undefined at integers)", a => Math.Ceiling(a[0]), (b, u, f, i) => b.Zero),
            Row(ElementaryFunction.Round, "d round(u) = 0 (undefined at half-integers)", a => Math.Round(a[0]), (b, u, f, i) => b.Zero),
            Row(ElementaryFunction.Truncate, "d trunc(u) = 0 (undefined at integers)", a => Math.Truncate(a[0]), (b, u, f, i) => b.Zero),
            Row(ElementaryFunction.Remainder, "d (a mod b) = da − trunc(a / b) db (undefined where a / b is an integer)", a => a[0] % a[1], RemainderPartial),
            Row(ElementaryFunction.Stop, "d stop(u) = 0 (Gradient.Stop: a value treated as a constant)", a => a[0], (b, u, f, i) => b.Zero),
        };

        public static FunctionRule Rule(ElementaryFunction function) => Rules[(int)function];

        public static IReadOnlyList<FunctionRule> All => Rules;

        private static FunctionRule Row(ElementaryFunction function, string formula, Func<double[], double>? evaluate, PartialRule partial) =>
            new FunctionRule(function, formula, evaluate, partial);

        private static Expr OneMinusSquare(ExprBuilder b, Expr u) => b.Subtract(b.One, b.Square(u));

        private static Expr Ln10(ExprBuilder b) => b.Symbol("ln 10", string.Empty, Math.Log(10), "ln 10");

        private static Expr Ln2(ExprBuilder b) => b.Symbol("ln 2", string.Empty, Math.Log(2), "ln 2");

        /// <summary>1 for the argument max/min returns, 0 for the other; a tie follows the first argument.</summary>
        private static Expr Pick(ExprBuilder b, ConditionOp comparison, IReadOnlyList<Expr> u, int index) =>
            index == 0 ? b.Select(comparison, u[0], u[1], b.One, b.Zero) : b.Select(comparison, u[0], u[1], b.Zero, b.One);

        /// <summary>sign(u) as a choice, 1, −1 or 0: Math.Sign would throw on NaN where Math.Abs returns NaN.</summary>
        private static Expr SignOf(ExprBuilder b, Expr u) =>
            b.Select(ConditionOp.Greater, u, b.Zero, b.One, b.Select(ConditionOp.Less, u, b.Zero, b.Constant(-1), b.Zero));

        private static Expr RemainderPartial(ExprBuilder b, IReadOnlyList<Expr> u, Expr self, int index) =>
            index == 0 ? b.One : b.Negate(b.Call(ElementaryFunction.Truncate, b.Divide(u[0], u[1])));

        private static Expr Atan2Partial(ExprBuilder b, IReadOnlyList<Expr> u, Expr self, int index)
        {
            Expr y = u[0], x = u[1];
            Expr radiusSquared = b.Add(b.Square(x), b.Square(y));
            return index == 0 ? b.Divide(x, radiusSquared) : b.Negate(b.Divide(y, radiusSquared));
        }

        private static Expr PowPartial(ExprBuilder b, IReadOnlyList<Expr> u, Expr self, int index)
        {
            Expr @base = u[0], exponent = u[1];
            return index == 0
                ? b.Multiply(exponent, b.Pow(@base, b.Subtract(exponent, b.One)))
                : b.Multiply(self, b.Call(ElementaryFunction.Log, @base));
        }
    }
}
