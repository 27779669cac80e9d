using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>The same families as statements: locals assigned per branch, else-if chains, early returns, bool locals with &amp;&amp; and ||.</summary>
    public static partial class RelatedConditionCases
    {
        // ---- Complementary tests (x < 1, x ≥ 1), each branch reading sin(xy). ----

        /// <summary>x &lt; 1: f = sin²(xy) · sin(xy)·y.</summary>
        [Differentiable]
        public static double ComplementaryLocalsBelow([SampleRange(0.2, 0.9)] double x, [SampleRange(0.5, 2)] double y)
        {
            double s = Math.Sin(x * y);
            double a;
            if (x < 1)
            {
                a = s * s;
            }
            else
            {
                a = x;
            }

            double b;
            if (x >= 1)
            {
                b = Math.Cos(s);
            }
            else
            {
                b = s * y;
            }

            return a * b;
        }

        /// <summary>x &gt; 1: f = x · cos(sin(xy)).</summary>
        [Differentiable]
        public static double ComplementaryLocalsAbove([SampleRange(1.1, 2)] double x, [SampleRange(0.5, 2)] double y)
        {
            double s = Math.Sin(x * y);
            double a;
            if (x < 1)
            {
                a = s * s;
            }
            else
            {
                a = x;
            }

            double b;
            if (x >= 1)
            {
                b = Math.Cos(s);
            }
            else
            {
                b = s * y;
            }

            return a * b;
        }

        // ---- Early returns on x ≥ 1 and x > 0.5, then a test on y; three parameters. ----

        /// <summary>x &gt; 1: f = u·sin y, u = tanh(xz) + y.</summary>
        [Differentiable]
        public static double EarlyReturnsFirst([SampleRange(1.1, 2)] double x, [SampleRange(0.2, 2)] double y, [SampleRange(-1, 1)] double z)
        {
            double u = Math.Tanh(x * z) + y;
            if (x >= 1)
            {
                return u * Math.Sin(y);
            }

            double v = Math.Exp(0.5 * u);
            if (x > 0.5)
            {
                return v * u;
            }

            return v + (y > 1 ? u * u : v * z);
        }

        /// <summary>0.5 &lt; x &lt; 1: f = v·u, v = e^(u/2).</summary>
        [Differentiable]
        public static double EarlyReturnsSecond([SampleRange(0.6, 0.9)] double x, [SampleRange(0.2, 2)] double y, [SampleRange(-1, 1)] double z)
        {
            double u = Math.Tanh(x * z) + y;
            if (x >= 1)
            {
                return u * Math.Sin(y);
            }

            double v = Math.Exp(0.5 * u);
            if (x > 0.5)
            {
                return v * u;
            }

            return v + (y > 1 ? u * u : v * z);
        }

        /// <summary>x &lt; 0.5, y &gt; 1: f = v + u².</summary>
        [Differentiable]
        public static double EarlyReturnsLastAbove([SampleRange(-1, 0.4)] double x, [SampleRange(1.1, 2)] double y, [SampleRange(-1, 1)] double z)
        {
            double u = Math.Tanh(x * z) + y;
            if (x >= 1)
            {
                return u * Math.Sin(y);
            }

            double v = Math.Exp(0.5 * u);
            if (x > 0.5)
            {
                return v * u;
            }

            return v + (y > 1 ? u * u : v * z);
        }

        /// <summary>x &lt; 0.5, y &lt; 1: f = v + v·z.</summary>
        [Differentiable]
        public static double EarlyReturnsLastBelow([SampleRange(-1, 0.4)] double x, [SampleRange(0, 0.9)] double y, [SampleRange(-1, 1)] double z)
        {
            double u = Math.Tanh(x * z) + y;
            if (x >= 1)
            {
                return u * Math.Sin(y);
            }

            double v = Math.Exp(0.5 * u);
            if (x > 0.5)
            {
                return v * u;
            }

            return v + (y > 1 ? u * u : v * z);
        }

        // ---- bool locals: both > 0 with &&, either > 0 with ||, and a shared √(1 + x²y²). ----

        /// <summary>x, y &gt; 0.</summary>
        [Differentiable]
        public static double AndOrSharedBothPositive([SampleRange(0.2, 2)] double x, [SampleRange(0.2, 2)] double y)
        {
            bool both = x > 0 && y > 0;
            double p = Math.Sqrt(1 + (x * x * y * y));
            double q = both ? p * x : Math.Atan(p);
            double r = x > 0 || y > 0 ? Math.Log(p) * y : p;
            return (q * r) + (both ? r : q);
        }

        /// <summary>y &lt; 0 &lt; x: || holds, && does not.</summary>
        [Differentiable]
        public static double AndOrSharedOnePositive([SampleRange(0.2, 2)] double x, [SampleRange(-2, -0.2)] double y)
        {
            bool both = x > 0 && y > 0;
            double p = Math.Sqrt(1 + (x * x * y * y));
            double q = both ? p * x : Math.Atan(p);
            double r = x > 0 || y > 0 ? Math.Log(p) * y : p;
            return (q * r) + (both ? r : q);
        }

        /// <summary>x, y &lt; 0: neither holds.</summary>
        [Differentiable]
        public static double AndOrSharedBothNegative([SampleRange(-2, -0.2)] double x, [SampleRange(-2, -0.2)] double y)
        {
            bool both = x > 0 && y > 0;
            double p = Math.Sqrt(1 + (x * x * y * y));
            double q = both ? p * x : Math.Atan(p);
            double r = x > 0 || y > 0 ? Math.Log(p) * y : p;
            return (q * r) + (both ? r : q);
        }

        // ---- An else-if chain assigning two locals, then a test by x ≤ y reading cosh(x − y) again. ----

        /// <summary>x &lt; y: the first branch, then c = b·cosh(x − y).</summary>
        [Differentiable]
        public static double ChainThenRelatedFirst([SampleRange(0.2, 0.8)] double x, [SampleRange(1, 1.5)] double y, [SampleRange(0.5, 2)] double z)
        {
            double a;
            double b;
            if (x < y)
            {
                a = Math.Cosh(x - y);
                b = z * a;
            }
            else if (x < z)
            {
                a = Math.Log(1 + (z * z));
                b = a * x;
            }
            else
            {
                a = x;
                b = Math.Sin(z);
            }

            double c;
            if (x <= y)
            {
                c = b * Math.Cosh(x - y);
            }
            else
            {
                c = a + b;
            }

            return a * c;
        }

        /// <summary>y &lt; x &lt; z: the second branch, then c = a + b.</summary>
        [Differentiable]
        public static double ChainThenRelatedSecond([SampleRange(1, 1.4)] double x, [SampleRange(0.2, 0.8)] double y, [SampleRange(1.6, 2)] double z)
        {
            double a;
            double b;
            if (x < y)
            {
                a = Math.Cosh(x - y);
                b = z * a;
            }
            else if (x < z)
            {
                a = Math.Log(1 + (z * z));
                b = a * x;
            }
            else
            {
                a = x;
                b = Math.Sin(z);
            }

            double c;
            if (x <= y)
            {
                c = b * Math.Cosh(x - y);
            }
            else
            {
                c = a + b;
            }

            return a * c;
        }

        /// <summary>x &gt; y, z: the last branch, then c = a + b.</summary>
        [Differentiable]
        public static double ChainThenRelatedLast([SampleRange(1.6, 2)] double x, [SampleRange(0.2, 0.8)] double y, [SampleRange(0.5, 1.4)] double z)
        {
            double a;
            double b;
            if (x < y)
            {
                a = Math.Cosh(x - y);
                b = z * a;
            }
            else if (x < z)
            {
                a = Math.Log(1 + (z * z));
                b = a * x;
            }
            else
            {
                a = x;
                b = Math.Sin(z);
            }

            double c;
            if (x <= y)
            {
                c = b * Math.Cosh(x - y);
            }
            else
            {
                c = a + b;
            }

            return a * c;
        }
    }
}
