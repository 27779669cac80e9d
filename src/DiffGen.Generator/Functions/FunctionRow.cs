using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Functions
{
    /// <summary>How a formula writes a call: <c>sin(u)</c>, <c>|u|</c>, <c>∛u</c>, <c>a mod b</c>, <c>a^b</c>.</summary>
    internal enum MathNotation
    {
        /// <summary><c>name(arguments)</c>.</summary>
        Call,

        /// <summary>The argument between <see cref="FunctionRow.Open"/> and <see cref="FunctionRow.Close"/>: <c>|u|</c>, <c>⌊u⌋</c>.</summary>
        Enclosed,

        /// <summary><see cref="FunctionRow.Open"/> before the argument: <c>∛u</c>.</summary>
        Prefix,

        /// <summary><see cref="FunctionRow.Open"/> between the arguments, at the level of a product: <c>a mod b</c>.</summary>
        Infix,

        /// <summary><c>a^b</c>.</summary>
        Power,
    }

    /// <summary>One row of the table of elementary functions: everything the stages need to know about one function.</summary>
    internal sealed record FunctionRow(ElementaryFunction Function)
    {

        /// <summary>Its name as an identifier: the <c>Math</c> member, or <c>Remainder</c>, <c>Stop</c> (generated names: <c>expX</c>).</summary>
        public string Name => Function.ToString();

        /// <summary>The <c>System.Math</c> member (also <c>double.Name</c>, <c>float.Name</c>) that computes it; null for <c>%</c> and <c>Gradient.Stop</c>.</summary>
        public string? MathMember { get; init; }

        /// <summary>The <c>System.MathF</c> member; null where MathF has none (<see cref="FloatForm"/> then says how float code computes it).</summary>
        public string? MathFMember { get; init; }

        /// <summary>
        /// For float code where MathF has no member: the same value from calls of functions it has, over the
        /// arguments (clamp: <c>Min(Max(u, lo), hi)</c>).
        /// </summary>
        public RuleTerm? FloatForm { get; init; }

        public int MinArity { get; init; } = 1;

        public int MaxArity { get; init; } = 1;

        public bool AcceptsArity(int count) => count >= MinArity && count <= MaxArity;

        /// <summary>How a formula names it: <c>sin</c>, <c>ln</c>, <c>atan2</c>; also in comments (chain rule through ln).</summary>
        public string MathName { get; init; } = string.Empty;

        public MathNotation Notation { get; init; } = MathNotation.Call;

        /// <summary>The symbol before (or between) the arguments, for the notations that have one.</summary>
        public string Open { get; init; } = string.Empty;

        /// <summary>The symbol after the argument of an <see cref="MathNotation.Enclosed"/> call.</summary>
        public string Close { get; init; } = string.Empty;

        /// <summary>The rule as a student reads it; docs/supported.md quotes every one (a test checks).</summary>
        public string DerivativeFormula { get; init; } = string.Empty;

        /// <summary>
        /// ∂f/∂(argument i), one term per argument, over the arguments and the call's own value; null for a
        /// function the DAG holds only with constant arguments (lowering's <c>Sqrt</c>, which otherwise becomes the power ½).
        /// </summary>
        public IReadOnlyList<RuleTerm>? Partials { get; init; }

        /// <summary>Folds a call with constant arguments; null where netstandard2.0 has no exact counterpart.</summary>
        public Func<double[], double>? Evaluate { get; init; }

        /// <summary>Costs far more than a load (exp, log, the trigonometric functions): a loop's reverse sweep stores it rather than computing it again.</summary>
        public bool IsCostly { get; init; }

        /// <summary>
        /// Why no gradient flows through it, where that is so: a piecewise-constant function (DIFF012,
        /// unless inside <c>Gradient.Stop</c>); null for the others.
        /// </summary>
        public string? NoGradientReason { get; init; }

        public bool IsPiecewiseConstant => NoGradientReason != null;

        /// <summary><c>Math.Sign</c> returns an integer in C#; the emitter converts it.</summary>
        public bool ReturnsInteger { get; init; }

        /// <summary>
        /// Whether <c>Math</c> also has integer (or decimal) overloads of it (<c>Math.Abs(2)</c> would return an int,
        /// <c>Math.Floor(2)</c> is ambiguous), so that a whole-number argument is printed with a point (<c>2.0</c>);
        /// <c>Math.Log(2)</c>, with only the double overload, prints as written.
        /// </summary>
        public bool IntegerOverloads { get; init; }
    }
}
