using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Branches whose test the simplifier decides: it reads no variable once simplified (y − (π + y) is −π), or
    /// compares a value with itself. The generated code keeps only the side taken: a constant test would be
    /// CS0162 (unreachable code), and u ≥ u CS1718, which break this test project's build (TreatWarningsAsErrors).
    /// </summary>
    public static partial class BranchCases
    {
        /// <summary>The differential fuzzer's shrunk method: −π ≥ 0.25 is false, so F = x: ∂/∂x = 1, ∂/∂y = 0.</summary>
        [Differentiable]
        public static double ConstantTestNotTaken(double x, double y)
        {
            if (y - (Math.PI + y) >= 0.25)
            {
                x = 10 + y;
            }

            return x;
        }

        /// <summary>e &gt; 1 holds and s·1 ≥ s is s ≥ s: F = 10·x·y.</summary>
        [Differentiable]
        public static double ConstantTestTaken(double x, double y)
        {
            double s = x * y;
            if (y - (y - Math.E) > 1)
            {
                s = 10 * s;
            }

            return s * 1 >= s ? s : Math.Exp(s);
        }
    }

    /// <summary>Returns the method takes before a value it cannot compute where it is called.</summary>
    public static partial class BranchCases
    {
        /// <summary>
        /// The differential fuzzer's method (seed 42, branches), shrunk by hand: y &lt; 2 here, so the second return gives 1 and
        /// ∂/∂x = ∂/∂y = 0. The clamp after it reads acosh(1.5 + 3x), NaN for x &lt; −1/6; its rule times the return's adjoint
        /// was 0 · (1 / sinh(NaN)) = NaN until the return's test went outside the clamp's choices (ExprBuilder.Select).
        /// </summary>
        [Differentiable]
        public static double ReturnBeforeNaN([SampleRange(-0.3, -0.2)] double x, [SampleRange(0.1, 1.5)] double y)
        {
            if (y >= 2)
            {
                return 1.0;
            }

            if (2 >= y)
            {
                return 1.0;
            }

            return Math.Clamp(1.0, 1.5 + Math.Acosh(1.5 + x * 3) * y, Math.Acosh(1.5 + Math.Acosh(1.5 + x * 3) * y) + Math.Abs(x) + 0.25);
        }
    }

    /// <summary>The float twins of the decided branches.</summary>
    public static partial class FloatBranchCases
    {
        [Differentiable]
        public static float ConstantTestNotTaken(float x, float y)
        {
            if (y - (MathF.PI + y) >= 0.25f)
            {
                x = 10 + y;
            }

            return x;
        }

        [Differentiable]
        public static float ConstantTestTaken(float x, float y)
        {
            float s = x * y;
            if (y - (y - MathF.E) > 1)
            {
                s = 10 * s;
            }

            return s * 1 >= s ? s : MathF.Exp(s);
        }
    }
}
