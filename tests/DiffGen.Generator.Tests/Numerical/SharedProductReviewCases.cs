using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Adversarial methods for shared products (SharedProducts) and collected adjoint sums (AdjointSums): names the
    /// new locals would take (ySquared, xTimesY, massTimesGravity) already held by the source, products with numbers,
    /// quotients, calls, Gradient.Stop, branches and early returns; checked against finite differences like every
    /// case, and by <see cref="SharedProductReviewTests"/> for names and for the value the gradient returns.
    /// </summary>
    public static partial class SharedProductReviewCases
    {
        /// <summary>A static field with the name a shared x·y would get.</summary>
        public static readonly double XTimesYField = 0.5;

        /// <summary>Source locals named like the products the generator shares (ySquared holds x + 1, not y²).</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double LocalsNamedLikeProducts(double x, double y)
        {
            double ySquared = x + 1;
            double xTimesYSquared = ySquared * 2;
            return ySquared * y * y * y + x * y * y * xTimesYSquared + x * y * y;
        }

        /// <summary>A parameter named like a shared product.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double ParameterNamedLikeAProduct(double x, double y, double ySquared) => x * y * y * y + x * y * y + ySquared * y * y;

        /// <summary>Products with numbers: 2·x·y² is a scaled term of the value, x·y³ and 2·x·y beside it.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double ProductsWithNumbers(double x, double y) => 2 * x * y * y + x * y * y * y + 2 * x * y + XTimesYField;

        /// <summary>Quotients beside the products they look like: x / (y·y), 1 / (x·y), y·y·x, x·y.</summary>
        [Differentiable, SampleRange(0.5, 2)]
        public static double QuotientsBesideProducts(double x, double y) => x / (y * y) + y * y * x + 1 / (x * y) + x * y;

        /// <summary>Products in the arguments of another differentiable method, and the same products outside.</summary>
        [Differentiable, SampleRange(-1.2, 1.2)]
        public static double ProductsInArguments(double x, double y) => Cube(x * y) * y + x * y * y * y + Cube(x * y * y);

        [Differentiable, SampleRange(-1.5, 1.5)]
        public static double Cube(double u) => u * u * u;

        /// <summary>A product read only where x &gt; 0 under a square root (NaN elsewhere), and its factors on the other side.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double RootOnOneSide(double x, double y) => x > 0 ? Math.Sqrt(x * y * y) * y : x * y * y * y;

        /// <summary>Early returns, each with a power of y the others divide.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double EarlyReturns(double x, double y)
        {
            if (x < -1)
            {
                return y * y * y;
            }

            double a = x * y * y;
            if (a > 1)
            {
                return a * y;
            }

            return x * y * y * y * y;
        }

        /// <summary>Three bases: x·y·z² holds x·y·z and y·z², which hold x·y.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double ThreeBases(double x, double y, double z) => x * y * z * z + x * y * z + y * z * z + x * y;

        /// <summary>x³·y³ holds x²·y², x³·y², x·y: several divisors, powers of one product (x·y)².</summary>
        [Differentiable, SampleRange(-1.5, 1.5)]
        public static double NestedDivisors(double x, double y) => x * x * x * y * y * y + x * x * y * y + x * y + x * x * x * y * y;

        /// <summary>Fractional and negative powers (never shared) beside whole ones.</summary>
        [Differentiable, SampleRange(0.5, 2)]
        public static double FractionalPowers(double x, double y) => x * Math.Pow(y, -2) + Math.Pow(y, 0.5) * x * y + y * y * x;

        /// <summary>A mass and gravity read through this., with a field named massTimesGravity.</summary>
        public sealed partial class Body
        {
            public double Mass { get; set; } = 3;

            public double gravity = 9.81;

            public double massTimesGravity = 7;

            [Differentiable, SampleRange(-2, 2)]
            public double Energy(double h) => (Mass * gravity * h) + (Mass * gravity * h * h) + (massTimesGravity * h);
        }
    }

    /// <summary>
    /// Cases finite differences are no oracle for (Gradient.Stop) or that have no double twin (float), so not in the
    /// catalog: <see cref="SharedProductReviewTests"/> checks them.
    /// </summary>
    public static partial class SharedProductReviewOtherCases
    {
        /// <summary>A product under Gradient.Stop and the same factors outside it: ∂/∂x = y³, ∂/∂y = x·y² + 3·x·y².</summary>
        [Differentiable]
        public static double StoppedProduct(double x, double y) => Gradient.Stop(x * y * y) * y + x * y * y * y;

        /// <summary>Shared products in float: (x·y)·y and x·(y·y) round differently, so the value must keep the source's order.</summary>
        [Differentiable]
        public static float FloatPowers(float x, float y)
        {
            float a = x * y * y - x;
            float b = x * y * y * y - x;
            return (a * b) + (x * x * y * y);
        }
    }
}
