using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Loop-free notebook formulas, checked by <see cref="LoopFreeCheck"/>: closed forms from physics and finance.</content>
    public sealed partial class NotebookSweep23Tests
    {
        [Fact]
        public void Black_Scholes_call_with_a_polynomial_normal_cdf()
        {
            LoopFreeCheck.Check(
                """
                [Differentiable] public static double Ncdf(double x) {
                    double t = 1 / (1 + 0.2316419 * Math.Abs(x));
                    double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
                    double tail = Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI) * poly;
                    return x >= 0 ? 1 - tail : tail; }
                [Differentiable("s", "sigma", "r", "t")] public static double BsCall(double s, double sigma, double r, double t, double k) {
                    double sqrtT = Math.Sqrt(t);
                    double d1 = (Math.Log(s / k) + (r + 0.5 * sigma * sigma) * t) / (sigma * sqrtT);
                    double d2 = d1 - sigma * sqrtT;
                    return s * Ncdf(d1) - k * Math.Exp(-r * t) * Ncdf(d2); }
                """,
                "BsCall",
                new object[] { 100.0, 0.2, 0.03, 1.0, 95.0 },
                new object[] { 80.0, 0.35, 0.01, 0.5, 100.0 },
                new object[] { 120.0, 0.15, 0.05, 2.0, 100.0 },
                new object[] { 101.0, 0.25, 0.0, 0.25, 100.0 });
        }

        [Fact]
        public void Planck_spectral_radiance_with_named_constants()
        {
            LoopFreeCheck.Check(
                """
                const double H = 6.62607015e-34, Cl = 2.99792458e8, Kb = 1.380649e-23;
                [Differentiable] public static double Planck(double lambdaNm, double temperature) {
                    double lam = lambdaNm * 1e-9;
                    return 2 * H * Cl * Cl / Math.Pow(lam, 5) / (Math.Exp(H * Cl / (lam * Kb * temperature)) - 1) * 1e-13; }
                """,
                "Planck",
                new object[] { 500.0, 5800.0 },
                new object[] { 1000.0, 3000.0 },
                new object[] { 2000.0, 1500.0 });
        }

        [Fact]
        public void Morse_potential_and_logistic_growth()
        {
            LoopFreeCheck.Check(
                """
                [Differentiable] public static double Morse(double r, double de, double a, double re) => de * Math.Pow(1 - Math.Exp(-a * (r - re)), 2) - de;
                [Differentiable] public static double Fit(double r, double de, double a, double re, double growth) {
                    double pop = 10 / (1 + (10 - 0.5) / 0.5 * Math.Exp(-growth * r));
                    return Morse(r, de, a, re) * pop; }
                """,
                "Fit",
                new object[] { 1.2, 4.5, 1.9, 0.74, 0.8 },
                new object[] { 0.6, 2.0, 1.0, 1.1, 2.5 },
                new object[] { 3.0, 1.0, 0.5, 1.0, 0.1 });
        }

        /// <summary>
        /// A projectile's range with the sine and cosine taken together: <c>var (sn, cs) = Math.SinCos(theta);</c> is DIFF010 with
        /// its own message; written as the two calls, it is generated and right.
        /// </summary>
        [Fact]
        public void SinCos_deconstruction_is_declined_and_the_two_calls_are_right()
        {
            string declined = """
                [Differentiable] public static double Range(double v, double theta, double h) {
                    var (sn, cs) = Math.SinCos(theta);
                    double vy = v * sn, vx = v * cs;
                    return vx * (vy + Math.Sqrt(vy * vy + 2 * 9.81 * h)) / 9.81; }
                """;
            var diagnostics = GeneratorHarness.Analyze(LoopFreeCheck.Header + "public partial class C\n{\n" + declined + "\n}\n}\n");
            Assert.True(
                diagnostics.Length == 1 && diagnostics[0].Id == "DIFF010"
                && diagnostics[0].GetMessage().StartsWith("The deconstruction 'var (sn, cs) = Math.SinCos(theta)' cannot be differentiated here", StringComparison.Ordinal)
                && diagnostics[0].GetMessage().Contains("assign each local separately (double s = Math.Sin(a); double c = Math.Cos(a);)", StringComparison.Ordinal),
                string.Join("\n", diagnostics));
            LoopFreeCheck.Check(
                declined.Replace("var (sn, cs) = Math.SinCos(theta);", "double sn = Math.Sin(theta), cs = Math.Cos(theta);", StringComparison.Ordinal),
                "Range",
                new object[] { 20.0, 0.6, 1.5 },
                new object[] { 5.0, 1.2, 0.0 },
                new object[] { 50.0, 0.2, 10.0 });
        }
    }
}
