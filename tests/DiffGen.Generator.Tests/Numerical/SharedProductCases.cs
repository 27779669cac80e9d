using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Loop-free methods whose products share factors across statements (y² inside y³, x·y² inside x·y³) and
    /// whose gradients collect the terms that carry one adjoint: the generated code computes them once
    /// (SharedProducts, AdjointSums); checked here against finite differences like every case, and by
    /// <see cref="SharedProductTests"/> for their shape and for the value the gradient returns.
    /// </summary>
    public static partial class SharedProductCases
    {
        /// <summary>The example: a = x·y² − x and b = x·y³ − x.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double PowersAcrossStatements(double x, double y)
        {
            double a = x * y * y - x;
            double b = x * y * y * y - x;
            return a * b;
        }

        /// <summary>The benchmark's Himmelblau + Beale, with the powers the source computes once.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double HimmelblauBeale(double x, double y)
        {
            double xx = x * x;
            double yy = y * y;
            double yyy = yy * y;
            double a = xx + y - 11;
            double b = x + yy - 7;
            double c = 1.5 - x + x * y;
            double d = 2.25 - x + x * yy;
            double e = 2.625 - x + x * yyy;
            return a * a + b * b + c * c + d * d + e * e;
        }

        /// <summary>Beale's terms written without locals: x·y, x·y², x·y³ in one expression each.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double BealeInline(double x, double y)
        {
            double c = 1.5 - x + x * y;
            double d = 2.25 - x + x * y * y;
            double e = 2.625 - x + x * y * y * y;
            return c * c + d * d + e * e;
        }

        /// <summary>3·x·y·z² is printed with its number first (3 * x * y * z * z): it is neither shared nor written with x·y·z.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double ScaledTermOfTheValue(double x, double y, double z) => x * y * z + x * y + 3 * x * y * z * z;

        /// <summary>The source's own square, <c>yy</c>, stays the local everything reads.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double UserSquare(double x, double y)
        {
            double yy = y * y;
            return x * yy * yy + Math.Sin(y * y * y) + x * yy;
        }

        /// <summary>Products on the two sides of a branch.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double ProductsOnBranches(double x, double y)
        {
            if (x > 0.25)
            {
                return x * y * y * y;
            }

            return x * y * y + y * y * y;
        }

        /// <summary>Powers above 3 (printed with Math.Pow) beside the products they divide.</summary>
        [Differentiable, SampleRange(0.5, 1.5)]
        public static double HigherPowers(double x, double y) => x * Math.Pow(y, 5) + x * x * y * y * y + y * y;

        /// <summary>A product passed to another method (its gradient is called) and the same factors outside the call.</summary>
        [Differentiable, SampleRange(-1.5, 1.5)]
        public static double ProductsUnderACall(double x, double y) => Cube(x * y * y) + x * y * y * y;

        [Differentiable, SampleRange(-1.5, 1.5)]
        public static double Cube(double u) => u * u * u;

        /// <summary>A call whose guard is a branch's test (it may only run there), with products around it.</summary>
        [Differentiable, SampleRange(-1.5, 1.5)]
        public static double GuardedCallBesideProducts(double x, double y) => x > 0 ? Cube(x * y * y) * y : x * y * y * y;
    }
}
