using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Choices by related tests (<c>x ≥ 1</c> and <c>x &gt; 1</c>, a test and its complement, one
    /// test used several times, tests on different variables) whose values and derivatives read each
    /// other and share subexpressions. The generated code lays each out in <c>if</c>s: two choices
    /// by one test share an <c>if</c> only when that makes no two <c>if</c>s read each other (issue
    /// 10: <see cref="TanTimesLogCoshBelow"/> drew DIFF900, "the generated statements depend on each
    /// other in a cycle"), and a value needed on the same side of two <c>if</c>s by one test is
    /// computed in the one written first (<see cref="SharedExpNegativeSmall"/> drew the same DIFF900).
    /// </summary>
    /// <remarks>
    /// As in <see cref="BranchCases"/>, each function is written once per branch it can take, with the
    /// same body and ranges that keep every sample point, and the oracle's steps, on that branch: the
    /// suffix names the branch. Keep the copies of a body identical when editing.
    /// </remarks>
    public static partial class RelatedConditionCases
    {
        // ---- Issue 10's expression: each factor's derivative reads the other factor, chosen by a related test. ----

        /// <summary>x &gt; 1: f = x².</summary>
        [Differentiable, SampleRange(1.1, 2)]
        public static double TanTimesLogCoshAbove(double x) => (x >= 1 ? x : Math.Tan(x)) * (x > 1 ? x : Math.Log2(Math.Cosh(x)));

        /// <summary>0 &lt; x &lt; 1: f = tan x · log₂ cosh x.</summary>
        [Differentiable, SampleRange(0.2, 0.9)]
        public static double TanTimesLogCoshBelow(double x) => (x >= 1 ? x : Math.Tan(x)) * (x > 1 ? x : Math.Log2(Math.Cosh(x)));

        /// <summary>x &lt; 0: the same branch as <see cref="TanTimesLogCoshBelow"/>, tan x negative.</summary>
        [Differentiable, SampleRange(-1.2, -0.2)]
        public static double TanTimesLogCoshNegative(double x) => (x >= 1 ? x : Math.Tan(x)) * (x > 1 ? x : Math.Log2(Math.Cosh(x)));

        // ---- One exponential read on the same side of two ifs by y < 0 (the function's and its derivative's). ----

        /// <summary>y &lt; 0, x &gt; 2: f = e^(xy).</summary>
        [Differentiable]
        public static double SharedExpNegativeLarge([SampleRange(2.1, 3)] double x, [SampleRange(-1, -0.1)] double y) =>
            y < 0 ? (x > 2 ? Math.Exp((y < 0 ? y : x) * x) : x * x * (Math.Exp((y < 0 ? y : x) * x) - x)) : Math.Exp((y < 0 ? y : x) * x);

        /// <summary>y &lt; 0, x &lt; 2: f = x²·(e^(xy) − x).</summary>
        [Differentiable]
        public static double SharedExpNegativeSmall([SampleRange(0.2, 1.9)] double x, [SampleRange(-1, -0.1)] double y) =>
            y < 0 ? (x > 2 ? Math.Exp((y < 0 ? y : x) * x) : x * x * (Math.Exp((y < 0 ? y : x) * x) - x)) : Math.Exp((y < 0 ? y : x) * x);

        /// <summary>y &gt; 0: f = e^(x²).</summary>
        [Differentiable]
        public static double SharedExpPositive([SampleRange(0.2, 1)] double x, [SampleRange(0.1, 1)] double y) =>
            y < 0 ? (x > 2 ? Math.Exp((y < 0 ? y : x) * x) : x * x * (Math.Exp((y < 0 ? y : x) * x) - x)) : Math.Exp((y < 0 ? y : x) * x);

        // ---- One test used three times, e^(x − y) on both sides. ----

        /// <summary>x &gt; y: f = e^(x−y) + y·e^(x−y).</summary>
        [Differentiable]
        public static double SameTestThriceGreater([SampleRange(1.5, 2)] double x, [SampleRange(0.5, 1.2)] double y) =>
            (x > y ? Math.Exp(x - y) : x) + ((x > y ? y : Math.Exp(x - y)) * (x > y ? Math.Exp(x - y) : 1));

        /// <summary>x &lt; y: f = x + e^(x−y).</summary>
        [Differentiable]
        public static double SameTestThriceLess([SampleRange(0.5, 1.2)] double x, [SampleRange(1.5, 2)] double y) =>
            (x > y ? Math.Exp(x - y) : x) + ((x > y ? y : Math.Exp(x - y)) * (x > y ? Math.Exp(x - y) : 1));

        // ---- Tests on different variables, each factor reading what the other test chooses. ----

        /// <summary>x, y &gt; 0: f = tan y · ln(1 + x²).</summary>
        [Differentiable]
        public static double CrossedTestsBothPositive([SampleRange(0.2, 1.5)] double x, [SampleRange(0.2, 1.2)] double y) =>
            (x > 0 ? Math.Tan(y) : y) * (y > 0 ? Math.Log(1 + (x * x)) : Math.Tan(y));

        /// <summary>x &lt; 0 &lt; y: f = y · ln(1 + x²).</summary>
        [Differentiable]
        public static double CrossedTestsXNegative([SampleRange(-1.5, -0.2)] double x, [SampleRange(0.2, 1.2)] double y) =>
            (x > 0 ? Math.Tan(y) : y) * (y > 0 ? Math.Log(1 + (x * x)) : Math.Tan(y));

        /// <summary>y &lt; 0 &lt; x: f = tan² y.</summary>
        [Differentiable]
        public static double CrossedTestsYNegative([SampleRange(0.2, 1.5)] double x, [SampleRange(-1.2, -0.2)] double y) =>
            (x > 0 ? Math.Tan(y) : y) * (y > 0 ? Math.Log(1 + (x * x)) : Math.Tan(y));

        /// <summary>x, y &lt; 0: f = y · tan y.</summary>
        [Differentiable]
        public static double CrossedTestsBothNegative([SampleRange(-1.5, -0.2)] double x, [SampleRange(-1.2, -0.2)] double y) =>
            (x > 0 ? Math.Tan(y) : y) * (y > 0 ? Math.Log(1 + (x * x)) : Math.Tan(y));

        // ---- Nested conditionals by x > 0.5 and x ≥ 0.5 (and an inner test each), multiplied. ----

        /// <summary>x &gt; 1.5: f = eˣ · sin x.</summary>
        [Differentiable, SampleRange(1.6, 2)]
        public static double NestedRelatedHigh(double x) =>
            (x > 0.5 ? (x > 1.5 ? Math.Exp(x) : Math.Sin(x)) : x * x) * (x >= 0.5 ? Math.Sin(x) : (x >= -0.5 ? Math.Exp(x) : 1));

        /// <summary>0.5 &lt; x &lt; 1.5: f = sin² x.</summary>
        [Differentiable, SampleRange(0.6, 1.4)]
        public static double NestedRelatedMiddle(double x) =>
            (x > 0.5 ? (x > 1.5 ? Math.Exp(x) : Math.Sin(x)) : x * x) * (x >= 0.5 ? Math.Sin(x) : (x >= -0.5 ? Math.Exp(x) : 1));

        /// <summary>−0.5 &lt; x &lt; 0.5: f = x² · eˣ.</summary>
        [Differentiable, SampleRange(-0.4, 0.4)]
        public static double NestedRelatedLow(double x) =>
            (x > 0.5 ? (x > 1.5 ? Math.Exp(x) : Math.Sin(x)) : x * x) * (x >= 0.5 ? Math.Sin(x) : (x >= -0.5 ? Math.Exp(x) : 1));

        /// <summary>x &lt; −0.5: f = x².</summary>
        [Differentiable, SampleRange(-1.5, -0.6)]
        public static double NestedRelatedLowest(double x) =>
            (x > 0.5 ? (x > 1.5 ? Math.Exp(x) : Math.Sin(x)) : x * x) * (x >= 0.5 ? Math.Sin(x) : (x >= -0.5 ? Math.Exp(x) : 1));

        // ---- A [Differentiable] callee read by both factors, under x ≥ 1 and x > 1. ----

        /// <summary>The callee: x·sin x.</summary>
        [Differentiable]
        public static double Bump(double x) => x * Math.Sin(x);

        /// <summary>x &gt; 1: f = x².</summary>
        [Differentiable, SampleRange(1.1, 2)]
        public static double CalleeInBothFactorsAbove(double x) => (x >= 1 ? x : Bump(x)) * (x > 1 ? x : Math.Exp(Bump(x)));

        /// <summary>x &lt; 1: f = Bump(x) · e^Bump(x).</summary>
        [Differentiable, SampleRange(-0.9, 0.9)]
        public static double CalleeInBothFactorsBelow(double x) => (x >= 1 ? x : Bump(x)) * (x > 1 ? x : Math.Exp(Bump(x)));
    }
}
