using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Generator.Symbolic.Integration;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>Factoring a denominator of degree 3 or 4 over the rationals, as partial fractions need it (coefficients constant first).</summary>
    public sealed class RationalFactorizationTests
    {
        [Fact]
        public void RationalRootsAreFoundWithTheirMultiplicities()
        {
            // (x − 1)(x − 2)(x − 3) = x³ − 6x² + 11x − 6; x²(x + 1)² = x⁴ + 2x³ + x²; (2x − 1)(x² − 1) = 2x³ − x² − 2x + 1.
            Assert.Equal(new[] { "x − 1", "x − 2", "x − 3" }, Describe(new double[] { -6, 11, -6, 1 }).OrderBy(s => s));
            Assert.Equal(new[] { "(x + 1)^2", "x^2" }, Describe(new double[] { 0, 0, 1, 2, 1 }).OrderBy(s => s));
            Assert.Equal(new[] { "x + 1", "x − 0.5", "x − 1" }, Describe(new double[] { 1, -2, -1, 2 }).OrderBy(s => s));
        }

        [Fact]
        public void WhatIsLeftIsAQuadraticOrTwo()
        {
            // x³ + x = x(x² + 1); x⁴ + 5x² + 4 = (x² + 1)(x² + 4); x⁴ − 1 = (x − 1)(x + 1)(x² + 1); 0.5·x³ + 0.5·x with rational coefficients.
            Assert.Equal(new[] { "x", "x² + 0x + 1" }, Describe(new double[] { 0, 1, 0, 1 }).OrderBy(s => s));
            Assert.Equal(new[] { "x² + 0x + 1", "x² + 0x + 4" }, Describe(new double[] { 4, 0, 5, 0, 1 }).OrderBy(s => s));
            Assert.Equal(new[] { "x + 1", "x − 1", "x² + 0x + 1" }, Describe(new double[] { -1, 0, 0, 0, 1 }).OrderBy(s => s));
            Assert.Equal(new[] { "x", "x² + 0x + 1" }, Describe(new[] { 0, 0.5, 0, 0.5 }).OrderBy(s => s));
        }

        [Fact]
        public void WhatDoesNotFactorSoIsRefused()
        {
            Assert.Null(RationalFactorization.Of(new double[] { 1, 1, 0, 1 }));          // x³ + x + 1: no rational root
            Assert.Null(RationalFactorization.Of(new double[] { 1, 0, 2, 0, 1 }));       // (x² + 1)²: a quadratic squared
            Assert.Null(RationalFactorization.Of(new double[] { 2, 0, 0, 0, 1 }));       // x⁴ + 2: irreducible over the rationals
            Assert.Null(RationalFactorization.Of(new[] { 1, 3.14159265358979, 0, 1 }));  // π is not a small rational
        }

        private static IEnumerable<string> Describe(double[] p) =>
            RationalFactorization.Of(p)!.Select(f =>
            {
                string N(double v) => v.ToString(CultureInfo.InvariantCulture);
                string text = f.Quadratic is (double b, double c) ? "x² + " + N(b) + "x + " + N(c)
                    : f.Root == 0 ? "x" : f.Root > 0 ? "x − " + N(f.Root) : "x + " + N(-f.Root);
                return f.Multiplicity == 1 ? text : (text == "x" ? "x" : "(" + text + ")") + "^" + f.Multiplicity;
            });
    }
}
