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
