using System;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// F(to) − F(from) where F cancels inside while its two values do not show it (the adversarial pass of 2026-12-06):
    /// ln(k·t + 1)/k for a small k, t/2 − sin(2k·t)/(4k), ∫ sin¹²x and ∫ sinh²x near 0. Each was off by 10⁻⁸ to 100 % of
    /// the integral with an estimate of 10⁻¹² of it; F's running error bound at the bounds now sends them to the quadrature.
    /// The exact values are worked by hand (Taylor series) or, for sin¹²x, by composite 20-point Gauss–Legendre.
    /// </summary>
    public sealed class ClosedFormCancellationTests
    {
        private const string Source = @"
using System;
using DiffGen;

namespace Tests
{
    public static partial class Cancelling
    {
        [Integrable(""t"")] public static double LinearReciprocal(double t, double k) => 1 / (k * t + 1);
        [Integrable(""t"")] public static double SineSquared(double t, double k) => Math.Sin(k * t) * Math.Sin(k * t);
        [Integrable] public static double SineTwelfth(double x) => Math.Pow(Math.Sin(x), 12);
        [Integrable] public static double HyperbolicSineSquared(double x) => Math.Sinh(x) * Math.Sinh(x);
    }
}
";

        private static readonly Lazy<Type> Cancelling = new Lazy<Type>(() => IntegralHarness.Load(Source).GetType("Tests.Cancelling")!);

        public static TheoryData<string, double, double, double[], double> Cases() => new TheoryData<string, double, double, double[], double>
        {
            // ln((1 + 3k)/(1 + k))/k = 2 − 4k + O(k²)
            { "LinearReciprocal", 1, 3, new[] { 1e-9 }, 2 - 4e-9 },
            { "LinearReciprocal", 0, 3, new[] { 1e-9 }, 3 - 4.5e-9 },
            // k²(t³/3) − k⁴(t⁵/15) from 1 to 3
            { "SineSquared", 1, 3, new[] { 1e-5 }, (1e-10 * 26 / 3) - (1e-20 * 242 / 15) },
            { "SineSquared", 0, 3, new[] { 1e-9 }, 9e-18 },
            { "SineTwelfth", 0, 0.1, Array.Empty<double>(), 7.560105301617292E-15 },
            // x³/3 + x⁵/15
            { "HyperbolicSineSquared", 0, 1e-5, Array.Empty<double>(), (1e-15 / 3) + (1e-25 / 15) },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void WhereFCancelsInside_TheIntegralIsStillRight_AndItsEstimateHonest(string method, double from, double to, double[] parameters, double exact)
        {
            object[] arguments = new object[] { from, to }.Concat(parameters);
            double integral = (double)Cancelling.Value.Call(method + "Integral", arguments);
            (double withEstimate, double estimate) = Cancelling.Value.CallWithError<double>(method + "Integral", arguments);
            Assert.True(Math.Abs(integral - exact) <= 1e-11 * Math.Abs(exact), method + ": " + integral.ToString("R") + " against " + exact.ToString("R"));
            Assert.Equal(integral, withEstimate);
            Assert.True(Math.Abs(withEstimate - exact) <= (100 * estimate) + (1e-15 * Math.Abs(exact)), method + ": the error " + Math.Abs(withEstimate - exact) + " against the estimate " + estimate);
        }
    }

    internal static class ArrayConcatenation
    {
        public static object[] Concat(this object[] first, double[] rest)
        {
            var all = new object[first.Length + rest.Length];
            first.CopyTo(all, 0);
            for (int i = 0; i < rest.Length; i++)
            {
                all[first.Length + i] = rest[i];
            }

            return all;
        }
    }
}
