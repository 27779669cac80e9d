using System;
using DiffGen;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Branches: if / else if / else (nested, with and without braces), early returns, ?: inside
    /// expressions, conditions joined by &amp;&amp;, || and !, and bool locals. The derivative is that
    /// of the branch taken, so each function is checked away from its branch boundaries.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The sample points are random inside each [SampleRange], so one method whose range straddled a
    /// boundary would exercise each side with fewer than 20 points, and some could land within the
    /// finite-difference step of the boundary. Each function is therefore written once per branch
    /// (or path through its branches), with the same body and ranges that keep every point on that
    /// branch: the suffix names the branch. The oracle moves one argument by up to
    /// h = 0.01·max(1, |arg|), so every range keeps the conditions at least that far from flipping.
    /// </para>
    /// <para>The same body is repeated verbatim within a group: keep the copies identical when editing.</para>
    /// </remarks>
    public static partial class BranchCases
    {
        // ---- ReLU of an affine map: z if z > 0, else 0 (early return, braces). ----

        /// <summary>z = w·x + b ≥ 0.75: ∂/∂w = x, ∂/∂b = 1, ∂/∂x = w.</summary>
        [Differentiable, SampleRange(0.5, 2)]
        public static double ReluActive(double w, double b, double x)
        {
            double z = (w * x) + b;
            if (z > 0)
            {
                return z;
            }

            return 0;
        }

        /// <summary>z = w·x + b ≤ −0.75: the result is the constant 0.</summary>
        [Differentiable, SampleRange(0.5, 2)]
        public static double ReluInactive(double w, [SampleRange(-1, -0.5)] double b, [SampleRange(-2, -0.5)] double x)
        {
            double z = (w * x) + b;
            if (z > 0)
            {
                return z;
            }

            return 0;
        }

        // ---- Leaky ReLU with a differentiated slope: a local declared without a value, assigned in both branches. ----

        /// <summary>z = x·y − 1 ≥ 1.25.</summary>
        [Differentiable, SampleRange(1.5, 2)]
        public static double LeakyReluPositive(double x, double y, [SampleRange(0.01, 0.2)] double alpha)
        {
            double z = (x * y) - 1;
            double a;
            if (z >= 0)
            {
                a = z;
            }
            else
            {
                a = alpha * z;
            }

            return a;
        }

        /// <summary>z = x·y − 1 ≤ −0.28.</summary>
        [Differentiable]
        public static double LeakyReluNegative([SampleRange(0.2, 0.6)] double x, [SampleRange(0.5, 1.2)] double y, [SampleRange(0.01, 0.2)] double alpha)
        {
            double z = (x * y) - 1;
            double a;
            if (z >= 0)
            {
                a = z;
            }
            else
            {
                a = alpha * z;
            }

            return a;
        }

        // ---- Huber loss, delta differentiated too; Math.Abs in the condition and in the value. ----

        /// <summary>|r| ≤ 0.5 &lt; delta: ½r², no dependence on delta.</summary>
        [Differentiable]
        public static double HuberQuadratic([SampleRange(0.5, 1)] double prediction, [SampleRange(0.5, 1)] double target, [SampleRange(1, 2)] double delta)
        {
            double r = prediction - target;
            if (Math.Abs(r) <= delta)
            {
                return 0.5 * r * r;
            }

            return delta * (Math.Abs(r) - (0.5 * delta));
        }

        /// <summary>r ≥ 2 &gt; delta: delta·(r − ½delta).</summary>
        [Differentiable]
        public static double HuberLinearAbove([SampleRange(3, 4)] double prediction, [SampleRange(0, 1)] double target, [SampleRange(0.5, 1.5)] double delta)
        {
            double r = prediction - target;
            if (Math.Abs(r) <= delta)
            {
                return 0.5 * r * r;
            }

            return delta * (Math.Abs(r) - (0.5 * delta));
        }

        /// <summary>r ≤ −2, |r| &gt; delta: delta·(−r − ½delta).</summary>
        [Differentiable]
        public static double HuberLinearBelow([SampleRange(-1, 0)] double prediction, [SampleRange(2, 3)] double target, [SampleRange(0.5, 1.5)] double delta)
        {
            double r = prediction - target;
            if (Math.Abs(r) <= delta)
            {
                return 0.5 * r * r;
            }

            return delta * (Math.Abs(r) - (0.5 * delta));
        }

        // ---- sin(x)·y clipped to [lo, hi]: if / else if / else without braces, bounds differentiated. ----

        /// <summary>s = sin(x)·y ≤ −1.07 &lt; lo: the result is lo.</summary>
        [Differentiable]
        public static double ClipBelow([SampleRange(-1.4, -0.8)] double x, [SampleRange(1.5, 2)] double y, [SampleRange(-0.6, -0.4)] double lo, [SampleRange(0.4, 0.6)] double hi)
        {
            double s = Math.Sin(x) * y;
            if (s < lo)
                return lo;
            else if (s > hi)
                return hi;
            else
                return s;
        }

        /// <summary>|s| ≤ 0.3 &lt; |lo|, hi: the result is s.</summary>
        [Differentiable]
        public static double ClipInside([SampleRange(-0.3, 0.3)] double x, [SampleRange(0.5, 1)] double y, [SampleRange(-0.6, -0.4)] double lo, [SampleRange(0.4, 0.6)] double hi)
        {
            double s = Math.Sin(x) * y;
            if (s < lo)
                return lo;
            else if (s > hi)
                return hi;
            else
                return s;
        }

        /// <summary>s ≥ 1.07 &gt; hi: the result is hi.</summary>
        [Differentiable]
        public static double ClipAbove([SampleRange(0.8, 1.4)] double x, [SampleRange(1.5, 2)] double y, [SampleRange(-0.6, -0.4)] double lo, [SampleRange(0.4, 0.6)] double hi)
        {
            double s = Math.Sin(x) * y;
            if (s < lo)
                return lo;
            else if (s > hi)
                return hi;
            else
                return s;
        }

        // ---- Guarded sinc: an early return keeps sqrt and the division out of the origin. ----

        /// <summary>sin(r)/r with r = √(x² + y²), and 1 at the origin (checked there by <see cref="Sinc_is_finite_at_the_origin"/>).</summary>
        [Differentiable]
        public static double Sinc(double x, double y)
        {
            double r2 = (x * x) + (y * y);
            if (r2 < 1e-12)
            {
                return 1;
            }

            double r = Math.Sqrt(r2);
            return Math.Sin(r) / r;
        }

        /// <summary>At (0, 0) the guard is taken: the value is 1 and the partials 0, not NaN from 0/0 computed outside the branch.</summary>
        [Fact]
        public static void Sinc_is_finite_at_the_origin()
        {
            double value = SincGradient(0, 0, out double dX, out double dY);
            Assert.Equal(1.0, value);
            Assert.Equal(0.0, dX);
            Assert.Equal(0.0, dY);
            Assert.Equal(0.0, SincPartialX(0, 0));
            Assert.Equal(0.0, SincPartialY(0, 0));

            // Just inside the guard too, where sqrt(r2) would be tiny but not zero.
            value = SincGradient(1e-7, -1e-7, out dX, out dY);
            Assert.Equal(1.0, value);
            Assert.Equal(0.0, dX);
            Assert.Equal(0.0, dY);
        }

        // ---- An else-if chain with four pieces of t = x + y/2, the result scaled by x. ----

        /// <summary>t ∈ [0.3, 0.8]: f = t².</summary>
        [Differentiable]
        public static double FourPiecesFirst([SampleRange(0.2, 0.4)] double x, [SampleRange(0.2, 0.8)] double y)
        {
            double t = x + (0.5 * y);
            double f;
            if (t < 1)
            {
                f = t * t;
            }
            else if (t < 2)
            {
                f = (2 * t) - 1;
            }
            else if (t < 3)
            {
                f = Math.Log(t) + y;
            }
            else
            {
                f = Math.Sqrt(t) * y;
            }

            return f * x;
        }

        /// <summary>t ∈ [1.2, 1.7]: f = 2t − 1.</summary>
        [Differentiable]
        public static double FourPiecesSecond([SampleRange(1.1, 1.4)] double x, [SampleRange(0.2, 0.6)] double y)
        {
            double t = x + (0.5 * y);
            double f;
            if (t < 1)
            {
                f = t * t;
            }
            else if (t < 2)
            {
                f = (2 * t) - 1;
            }
            else if (t < 3)
            {
                f = Math.Log(t) + y;
            }
            else
            {
                f = Math.Sqrt(t) * y;
            }

            return f * x;
        }

        /// <summary>t ∈ [2.2, 2.8]: f = ln t + y.</summary>
        [Differentiable]
        public static double FourPiecesThird([SampleRange(2.1, 2.4)] double x, [SampleRange(0.2, 0.8)] double y)
        {
            double t = x + (0.5 * y);
            double f;
            if (t < 1)
            {
                f = t * t;
            }
            else if (t < 2)
            {
                f = (2 * t) - 1;
            }
            else if (t < 3)
            {
                f = Math.Log(t) + y;
            }
            else
            {
                f = Math.Sqrt(t) * y;
            }

            return f * x;
        }

        /// <summary>t ≥ 3.45: f = √t·y.</summary>
        [Differentiable]
        public static double FourPiecesFourth([SampleRange(3.2, 4)] double x, [SampleRange(0.5, 1)] double y)
        {
            double t = x + (0.5 * y);
            double f;
            if (t < 1)
            {
                f = t * t;
            }
            else if (t < 2)
            {
                f = (2 * t) - 1;
            }
            else if (t < 3)
            {
                f = Math.Log(t) + y;
            }
            else
            {
                f = Math.Sqrt(t) * y;
            }

            return f * x;
        }

        // ---- && : every way through the short circuit. ----

        /// <summary>Both comparisons hold: x·y + 1.</summary>
        [Differentiable, SampleRange(0.5, 2)]
        public static double AndBoth(double x, double y)
        {
            if (x > 0 && y > 0)
            {
                return (x * y) + 1;
            }

            return Math.Exp(x) - y;
        }

        /// <summary>The left comparison fails: eˣ − y.</summary>
        [Differentiable]
        public static double AndLeftFails([SampleRange(-2, -0.5)] double x, [SampleRange(0.5, 2)] double y)
        {
            if (x > 0 && y > 0)
            {
                return (x * y) + 1;
            }

            return Math.Exp(x) - y;
        }

        /// <summary>The right comparison fails: eˣ − y.</summary>
        [Differentiable]
        public static double AndRightFails([SampleRange(0.5, 2)] double x, [SampleRange(-2, -0.5)] double y)
        {
            if (x > 0 && y > 0)
            {
                return (x * y) + 1;
            }

            return Math.Exp(x) - y;
        }

        // ---- || : every way through the short circuit. ----

        /// <summary>The left comparison holds: x²·y.</summary>
        [Differentiable]
        public static double OrLeft([SampleRange(-2, -1.2)] double x, [SampleRange(0.5, 1.5)] double y)
        {
            if (x < -1 || y > 2)
            {
                return x * x * y;
            }

            return Math.Sin(x) * y;
        }

        /// <summary>Only the right comparison holds: x²·y.</summary>
        [Differentiable]
        public static double OrRight([SampleRange(0, 1)] double x, [SampleRange(2.5, 3)] double y)
        {
            if (x < -1 || y > 2)
            {
                return x * x * y;
            }

            return Math.Sin(x) * y;
        }

        /// <summary>Neither holds: sin(x)·y.</summary>
        [Differentiable]
        public static double OrNeither([SampleRange(-0.8, 0.8)] double x, [SampleRange(0.5, 1.8)] double y)
        {
            if (x < -1 || y > 2)
            {
                return x * x * y;
            }

            return Math.Sin(x) * y;
        }

        // ---- ! around a comparison of a product. ----

        /// <summary>x·y ≤ 0.64, so !(x·y &gt; 1) holds: x + y².</summary>
        [Differentiable, SampleRange(0.3, 0.8)]
        public static double NotSmallProduct(double x, double y)
        {
            if (!(x * y > 1))
            {
                return x + (y * y);
            }

            return x * Math.Log(x * y);
        }

        /// <summary>x·y ≥ 1.69: x·ln(x·y).</summary>
        [Differentiable, SampleRange(1.3, 2)]
        public static double NotLargeProduct(double x, double y)
        {
            if (!(x * y > 1))
            {
                return x + (y * y);
            }

            return x * Math.Log(x * y);
        }

        // ---- bool locals holding conditions, combined with && and !. ----

        /// <summary>Inside the unit disc, left half: x·y + y.</summary>
        [Differentiable]
        public static double DiscInsideLeft([SampleRange(-0.6, -0.2)] double x, [SampleRange(-0.5, 0.5)] double y)
        {
            bool inside = (x * x) + (y * y) < 1;
            bool right = x > 0;
            if (inside && !right)
            {
                return (x * y) + y;
            }

            if (inside)
            {
                return (x * x) - y;
            }

            return Math.Sqrt((x * x) + (y * y));
        }

        /// <summary>Inside the unit disc, right half: x² − y.</summary>
        [Differentiable]
        public static double DiscInsideRight([SampleRange(0.2, 0.6)] double x, [SampleRange(-0.5, 0.5)] double y)
        {
            bool inside = (x * x) + (y * y) < 1;
            bool right = x > 0;
            if (inside && !right)
            {
                return (x * y) + y;
            }

            if (inside)
            {
                return (x * x) - y;
            }

            return Math.Sqrt((x * x) + (y * y));
        }

        /// <summary>Outside the unit disc: √(x² + y²).</summary>
        [Differentiable]
        public static double DiscOutside([SampleRange(1.2, 2)] double x, [SampleRange(-1, 1)] double y)
        {
            bool inside = (x * x) + (y * y) < 1;
            bool right = x > 0;
            if (inside && !right)
            {
                return (x * y) + y;
            }

            if (inside)
            {
                return (x * x) - y;
            }

            return Math.Sqrt((x * x) + (y * y));
        }

        // ---- A bool local reassigned in one branch (its value after the if is a choice too). ----

        /// <summary>y ≤ 1 and x &gt; y: flip stays true, x·y².</summary>
        [Differentiable]
        public static double FlipKept([SampleRange(1.5, 2)] double x, [SampleRange(0.3, 0.9)] double y)
        {
            bool flip = x > y;
            if (y > 1)
                flip = !flip;
            if (flip)
                return x * y * y;
            return x + y;
        }

        /// <summary>y &gt; 1 and x &lt; y: flip turns true, x·y².</summary>
        [Differentiable]
        public static double FlipTurnedOn([SampleRange(0.3, 0.9)] double x, [SampleRange(1.5, 2)] double y)
        {
            bool flip = x > y;
            if (y > 1)
                flip = !flip;
            if (flip)
                return x * y * y;
            return x + y;
        }

        /// <summary>y &gt; 1 and x &gt; y: flip turns false, x + y.</summary>
        [Differentiable]
        public static double FlipTurnedOff([SampleRange(2.5, 3)] double x, [SampleRange(1.5, 2)] double y)
        {
            bool flip = x > y;
            if (y > 1)
                flip = !flip;
            if (flip)
                return x * y * y;
            return x + y;
        }

        /// <summary>y ≤ 1 and x &lt; y: flip stays false, x + y.</summary>
        [Differentiable]
        public static double FlipStaysOff([SampleRange(0.1, 0.3)] double x, [SampleRange(0.5, 0.9)] double y)
        {
            bool flip = x > y;
            if (y > 1)
                flip = !flip;
            if (flip)
                return x * y * y;
            return x + y;
        }

        // ---- Locals reassigned differently in each branch and used after the if. ----

        /// <summary>x &gt; y: a = (x + y)², b = e^(x·y).</summary>
        [Differentiable]
        public static double ReassignedWhenGreater([SampleRange(1.5, 2)] double x, [SampleRange(0.5, 1)] double y)
        {
            double a = x + y;
            double b = x * y;
            if (x > y)
            {
                a = a * a;
                b = Math.Exp(b);
            }
            else
            {
                b = b - x;
            }

            return (a * b) + Math.Sin(a);
        }

        /// <summary>x &lt; y: a = x + y, b = x·y − x.</summary>
        [Differentiable]
        public static double ReassignedOtherwise([SampleRange(0.5, 1)] double x, [SampleRange(1.5, 2)] double y)
        {
            double a = x + y;
            double b = x * y;
            if (x > y)
            {
                a = a * a;
                b = Math.Exp(b);
            }
            else
            {
                b = b - x;
            }

            return (a * b) + Math.Sin(a);
        }

        // ---- Nested ifs without braces, one return per quadrant (the inner else binds to the inner if). ----

        /// <summary>x &gt; 0, y &gt; 0: x·y.</summary>
        [Differentiable, SampleRange(0.5, 2)]
        public static double QuadrantUpperRight(double x, double y)
        {
            if (x > 0)
                if (y > 0)
                    return x * y;
                else
                    return x - (y * y);
            else if (y > 0)
                return Math.Exp(x) * y;
            else
                return (x * x) + y;
        }

        /// <summary>x &gt; 0, y &lt; 0: x − y².</summary>
        [Differentiable]
        public static double QuadrantLowerRight([SampleRange(0.5, 2)] double x, [SampleRange(-2, -0.5)] double y)
        {
            if (x > 0)
                if (y > 0)
                    return x * y;
                else
                    return x - (y * y);
            else if (y > 0)
                return Math.Exp(x) * y;
            else
                return (x * x) + y;
        }

        /// <summary>x &lt; 0, y &gt; 0: eˣ·y.</summary>
        [Differentiable]
        public static double QuadrantUpperLeft([SampleRange(-2, -0.5)] double x, [SampleRange(0.5, 2)] double y)
        {
            if (x > 0)
                if (y > 0)
                    return x * y;
                else
                    return x - (y * y);
            else if (y > 0)
                return Math.Exp(x) * y;
            else
                return (x * x) + y;
        }

        /// <summary>x &lt; 0, y &lt; 0: x² + y.</summary>
        [Differentiable, SampleRange(-2, -0.5)]
        public static double QuadrantLowerLeft(double x, double y)
        {
            if (x > 0)
                if (y > 0)
                    return x * y;
                else
                    return x - (y * y);
            else if (y > 0)
                return Math.Exp(x) * y;
            else
                return (x * x) + y;
        }

        // ---- Nested ifs without braces that assign (no return), and an if without else around them. ----

        /// <summary>x &gt; 1, y &gt; 1: s = x·y.</summary>
        [Differentiable, SampleRange(1.5, 2)]
        public static double NestedAssignBoth(double x, double y)
        {
            double s = x;
            if (x > 1)
                if (y > 1)
                    s = x * y;
                else
                    s = x / y;
            return s + Math.Cos(y);
        }

        /// <summary>x &gt; 1, y &lt; 1: s = x/y.</summary>
        [Differentiable]
        public static double NestedAssignInnerElse([SampleRange(1.5, 2)] double x, [SampleRange(0.3, 0.8)] double y)
        {
            double s = x;
            if (x > 1)
                if (y > 1)
                    s = x * y;
                else
                    s = x / y;
            return s + Math.Cos(y);
        }

        /// <summary>x &lt; 1: s stays x.</summary>
        [Differentiable]
        public static double NestedAssignSkipped([SampleRange(0.2, 0.8)] double x, [SampleRange(0.5, 2)] double y)
        {
            double s = x;
            if (x > 1)
                if (y > 1)
                    s = x * y;
                else
                    s = x / y;
            return s + Math.Cos(y);
        }

        // ---- ?: inside a larger expression. ----

        /// <summary>y &gt; 1: ln x + x·y².</summary>
        [Differentiable]
        public static double TernaryInExpressionAbove(double x, [SampleRange(1.2, 2)] double y) =>
            Math.Log(x) + (x * (y > 1 ? y * y : (2 * y) - 1));

        /// <summary>y &lt; 1: ln x + x·(2y − 1).</summary>
        [Differentiable]
        public static double TernaryInExpressionBelow(double x, [SampleRange(0.3, 0.8)] double y) =>
            Math.Log(x) + (x * (y > 1 ? y * y : (2 * y) - 1));

        // ---- An early return from inside a nested if; the outer if has no else. ----

        /// <summary>s = x + y ≥ 2.3 and x &gt; y: returns s·x from inside.</summary>
        [Differentiable]
        public static double EarlyNestedReturn([SampleRange(1.8, 2.5)] double x, [SampleRange(0.5, 1)] double y)
        {
            double s = x + y;
            if (s > 2)
            {
                if (x > y)
                {
                    return s * x;
                }

                s = s * s;
            }

            return s + (y * x);
        }

        /// <summary>s ≥ 2.3 and x &lt; y: s is squared, then s² + y·x.</summary>
        [Differentiable]
        public static double EarlyNestedFallsThrough([SampleRange(0.5, 1)] double x, [SampleRange(1.8, 2.5)] double y)
        {
            double s = x + y;
            if (s > 2)
            {
                if (x > y)
                {
                    return s * x;
                }

                s = s * s;
            }

            return s + (y * x);
        }

        /// <summary>s ≤ 1.6: s + y·x.</summary>
        [Differentiable, SampleRange(0.2, 0.8)]
        public static double EarlyNestedSkipped(double x, double y)
        {
            double s = x + y;
            if (s > 2)
            {
                if (x > y)
                {
                    return s * x;
                }

                s = s * s;
            }

            return s + (y * x);
        }

        // ---- An int parameter in the conditions (> and !=), and in the values. ----

        /// <summary>n ∈ {3, 4, 5}: xⁿ/n.</summary>
        [Differentiable("x")]
        public static double IntegerConditionLarge(double x, [SampleRange(3, 5)] int n)
        {
            if (n > 2)
            {
                return Math.Pow(x, n) / n;
            }

            if (n != 0)
            {
                return n * x * x;
            }

            return Math.Exp(x);
        }

        /// <summary>n ∈ {1, 2}: n·x².</summary>
        [Differentiable("x")]
        public static double IntegerConditionSmall(double x, [SampleRange(0.6, 2.4)] int n)
        {
            if (n > 2)
            {
                return Math.Pow(x, n) / n;
            }

            if (n != 0)
            {
                return n * x * x;
            }

            return Math.Exp(x);
        }

        /// <summary>n = 0: eˣ.</summary>
        [Differentiable("x")]
        public static double IntegerConditionZero(double x, [SampleRange(-0.4, 0.4)] int n)
        {
            if (n > 2)
            {
                return Math.Pow(x, n) / n;
            }

            if (n != 0)
            {
                return n * x * x;
            }

            return Math.Exp(x);
        }

        // ---- Math.Max, Min and Abs beside a branch (x < y throughout, away from Max's and Min's kink). ----

        /// <summary>|x − y| ∈ [0.1, 0.45] &lt; 0.5: max(x, y)².</summary>
        [Differentiable]
        public static double MaxMinClose([SampleRange(1, 1.2)] double x, [SampleRange(1.3, 1.45)] double y)
        {
            double m = Math.Max(x, y);
            if (Math.Abs(x - y) < 0.5)
                return m * m;
            return Math.Min(x, y) * m + Math.Abs(x - y);
        }

        /// <summary>|x − y| ≥ 0.6: min(x, y)·max(x, y) + |x − y|.</summary>
        [Differentiable]
        public static double MaxMinFar([SampleRange(0.5, 0.9)] double x, [SampleRange(1.5, 2)] double y)
        {
            double m = Math.Max(x, y);
            if (Math.Abs(x - y) < 0.5)
                return m * m;
            return Math.Min(x, y) * m + Math.Abs(x - y);
        }

        // ---- Gradient.Stop inside a branch, around a value whose derivative is 0 anyway (so finite differences still apply; see StopInBranch for one that matters). ----

        /// <summary>x &gt; 1: x·⌊y⌋ + y with ⌊y⌋ = 1 stopped.</summary>
        [Differentiable]
        public static double StopFloorTaken([SampleRange(1.5, 2)] double x, [SampleRange(1.2, 1.8)] double y)
        {
            if (x > 1)
            {
                return (x * Gradient.Stop(Math.Floor(y))) + y;
            }

            return x * y;
        }

        /// <summary>x &lt; 1: x·y.</summary>
        [Differentiable]
        public static double StopFloorSkipped([SampleRange(0.2, 0.8)] double x, [SampleRange(1.2, 1.8)] double y)
        {
            if (x > 1)
            {
                return (x * Gradient.Stop(Math.Floor(y))) + y;
            }

            return x * y;
        }

        // ---- Softplus written piecewise for numerical stability (?: as the whole result). ----

        /// <summary>z = x·y ≥ 22.5: z itself.</summary>
        [Differentiable]
        public static double SoftplusLarge([SampleRange(15, 20)] double x, [SampleRange(1.5, 2)] double y)
        {
            double z = x * y;
            return z > 20 ? z : Math.Log(1 + Math.Exp(z));
        }

        /// <summary>|z| ≤ 4: ln(1 + eᶻ).</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double SoftplusModerate(double x, double y)
        {
            double z = x * y;
            return z > 20 ? z : Math.Log(1 + Math.Exp(z));
        }

        // ---- Smooth step between two differentiated edges: 0, t²(3 − 2t), 1. ----

        /// <summary>t ≤ −0.5: 0.</summary>
        [Differentiable]
        public static double SmoothStepBelow([SampleRange(-2, -1)] double x, [SampleRange(0, 0.5)] double edge0, [SampleRange(1.5, 2)] double edge1)
        {
            double t = (x - edge0) / (edge1 - edge0);
            if (t <= 0)
            {
                return 0;
            }

            if (t >= 1)
            {
                return 1;
            }

            return t * t * (3 - (2 * t));
        }

        /// <summary>t ∈ [0.2, 0.8]: t²(3 − 2t), depending on x and both edges.</summary>
        [Differentiable]
        public static double SmoothStepInside([SampleRange(0.8, 1.2)] double x, [SampleRange(0, 0.5)] double edge0, [SampleRange(1.5, 2)] double edge1)
        {
            double t = (x - edge0) / (edge1 - edge0);
            if (t <= 0)
            {
                return 0;
            }

            if (t >= 1)
            {
                return 1;
            }

            return t * t * (3 - (2 * t));
        }

        /// <summary>t ≥ 1.25: 1.</summary>
        [Differentiable]
        public static double SmoothStepAbove([SampleRange(3, 4)] double x, [SampleRange(0, 0.5)] double edge0, [SampleRange(1.5, 2)] double edge1)
        {
            double t = (x - edge0) / (edge1 - edge0);
            if (t <= 0)
            {
                return 0;
            }

            if (t >= 1)
            {
                return 1;
            }

            return t * t * (3 - (2 * t));
        }

        // ---- A C¹ quadratic spline with three pieces (x², 2x − 1, −x² + 6x − 5), scaled by y. ----

        /// <summary>x &lt; 1: x²·y.</summary>
        [Differentiable]
        public static double SplineLeft([SampleRange(-1, 0.8)] double x, double y)
        {
            double p;
            if (x < 1)
                p = x * x;
            else if (x < 2)
                p = (2 * x) - 1;
            else
                p = (-x * x) + (6 * x) - 5;
            return p * y;
        }

        /// <summary>1 &lt; x &lt; 2: (2x − 1)·y.</summary>
        [Differentiable]
        public static double SplineMiddle([SampleRange(1.2, 1.8)] double x, double y)
        {
            double p;
            if (x < 1)
                p = x * x;
            else if (x < 2)
                p = (2 * x) - 1;
            else
                p = (-x * x) + (6 * x) - 5;
            return p * y;
        }

        /// <summary>x &gt; 2: (−x² + 6x − 5)·y.</summary>
        [Differentiable]
        public static double SplineRight([SampleRange(2.2, 3)] double x, double y)
        {
            double p;
            if (x < 1)
                p = x * x;
            else if (x < 2)
                p = (2 * x) - 1;
            else
                p = (-x * x) + (6 * x) - 5;
            return p * y;
        }

        /// <summary>
        /// Gradient.Stop of a value that does depend on x inside a branch: finite differences of the
        /// function are not the oracle here, so the partials are worked by hand, treating the stopped
        /// value as a constant. Not in the catalog for that reason.
        /// </summary>
        public static partial class StopInBranch
        {
            /// <summary>x &gt; 0: stop(x·y)·x, so ∂/∂x = x·y and ∂/∂y = 0. Otherwise x·y + x: ∂/∂x = y + 1, ∂/∂y = x.</summary>
            [Differentiable]
            public static double Scaled(double x, double y)
            {
                if (x > 0)
                {
                    return Gradient.Stop(x * y) * x;
                }

                return (x * y) + x;
            }

            [Theory]
            [InlineData(0.5, 1.5)]
            [InlineData(2.0, -0.75)]
            [InlineData(-1.5, 2.0)]
            [InlineData(-0.25, -3.0)]
            public static void Stopped_value_is_a_constant_in_the_branch_taken(double x, double y)
            {
                double expectedX = x > 0 ? x * y : y + 1;
                double expectedY = x > 0 ? 0 : x;
                Assert.Equal(expectedX, ScaledPartialX(x, y), 12);
                Assert.Equal(expectedY, ScaledPartialY(x, y), 12);
                double value = ScaledGradient(x, y, out double dX, out double dY);
                Assert.Equal(Scaled(x, y), value, 12);
                Assert.Equal(expectedX, dX, 12);
                Assert.Equal(expectedY, dY, 12);
            }
        }
    }

    /// <summary>Float versions of some branch cases, checked against their double twins in <see cref="BranchCases"/>.</summary>
    public static partial class FloatBranchCases
    {
        [Differentiable]
        public static float HuberQuadratic([SampleRange(0.5, 1)] float prediction, [SampleRange(0.5, 1)] float target, [SampleRange(1, 2)] float delta)
        {
            float r = prediction - target;
            if (MathF.Abs(r) <= delta)
            {
                return 0.5f * r * r;
            }

            return delta * (MathF.Abs(r) - (0.5f * delta));
        }

        [Differentiable]
        public static float HuberLinearAbove([SampleRange(3, 4)] float prediction, [SampleRange(0, 1)] float target, [SampleRange(0.5, 1.5)] float delta)
        {
            float r = prediction - target;
            if (MathF.Abs(r) <= delta)
            {
                return 0.5f * r * r;
            }

            return delta * (MathF.Abs(r) - (0.5f * delta));
        }

        [Differentiable]
        public static float HuberLinearBelow([SampleRange(-1, 0)] float prediction, [SampleRange(2, 3)] float target, [SampleRange(0.5, 1.5)] float delta)
        {
            float r = prediction - target;
            if (MathF.Abs(r) <= delta)
            {
                return 0.5f * r * r;
            }

            return delta * (MathF.Abs(r) - (0.5f * delta));
        }

        [Differentiable]
        public static float SoftplusLarge([SampleRange(15, 20)] float x, [SampleRange(1.5, 2)] float y)
        {
            float z = x * y;
            return z > 20 ? z : MathF.Log(1 + MathF.Exp(z));
        }

        [Differentiable, SampleRange(-2, 2)]
        public static float SoftplusModerate(float x, float y)
        {
            float z = x * y;
            return z > 20 ? z : MathF.Log(1 + MathF.Exp(z));
        }

        [Differentiable]
        public static float ClipInside([SampleRange(-0.3, 0.3)] float x, [SampleRange(0.5, 1)] float y, [SampleRange(-0.6, -0.4)] float lo, [SampleRange(0.4, 0.6)] float hi)
        {
            float s = MathF.Sin(x) * y;
            if (s < lo)
                return lo;
            else if (s > hi)
                return hi;
            else
                return s;
        }

        [Differentiable]
        public static float ClipAbove([SampleRange(0.8, 1.4)] float x, [SampleRange(1.5, 2)] float y, [SampleRange(-0.6, -0.4)] float lo, [SampleRange(0.4, 0.6)] float hi)
        {
            float s = MathF.Sin(x) * y;
            if (s < lo)
                return lo;
            else if (s > hi)
                return hi;
            else
                return s;
        }
    }
}
