using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>One definite integral with a value known in closed form, and where that value comes from.</summary>
    public sealed record ReferenceIntegral(string Name, Func<double, double> Function, double From, double To, double Exact, string Source);

    /// <summary>
    /// Definite integrals with known values: the fifteen test problems of Bailey, Jeyabalan and Li
    /// (smooth, singular at an end, and over infinite ranges), and a few more that exercise one
    /// feature each. Every closed form was also checked against mpmath 1.3.0's <c>quad</c> at 30
    /// digits (agreement to 1e-16 or better).
    /// </summary>
    public static class ReferenceIntegrals
    {
        /// <summary>D. H. Bailey, K. Jeyabalan, X. S. Li, "A comparison of three high-precision quadrature schemes", Experimental Mathematics 14:3 (2005), 317–329, problems 1–15.</summary>
        private const string Bjl = "Bailey, Jeyabalan & Li (2005), problem ";

        /// <summary>Γ(3/4) and Γ(1/4) to 20 digits: OEIS A068465 and A068466.</summary>
        private const double GammaThreeQuarters = 1.2254167024651776451;
        private const double GammaOneQuarter = 3.6256099082219083119;

        public static readonly IReadOnlyList<ReferenceIntegral> All = new[]
        {
            new ReferenceIntegral("t·ln(1+t)", t => t * Math.Log(1 + t), 0, 1, 0.25, Bjl + "1"),
            new ReferenceIntegral("t²·atan t", t => t * t * Math.Atan(t), 0, 1, (Math.PI - 2 + 2 * Math.Log(2)) / 12, Bjl + "2"),
            new ReferenceIntegral("eᵗ·cos t", t => Math.Exp(t) * Math.Cos(t), 0, Math.PI / 2, (Math.Exp(Math.PI / 2) - 1) / 2, Bjl + "3"),
            new ReferenceIntegral(
                "atan √(2+t²) / ((1+t²)·√(2+t²))",
                t => Math.Atan(Math.Sqrt(2 + t * t)) / ((1 + t * t) * Math.Sqrt(2 + t * t)),
                0,
                1,
                5 * Math.PI * Math.PI / 96,
                Bjl + "4 (Ahmed's integral)"),
            new ReferenceIntegral("√t·ln t", t => Math.Sqrt(t) * Math.Log(t), 0, 1, -4.0 / 9, Bjl + "5"),
            new ReferenceIntegral("√(1−t²)", t => Math.Sqrt(1 - t * t), 0, 1, Math.PI / 4, Bjl + "6 (a quarter of the unit disc)"),
            new ReferenceIntegral(
                "√t / √(1−t²)",
                t => Math.Sqrt(t) / Math.Sqrt(1 - t * t),
                0,
                1,
                2 * Math.Sqrt(Math.PI) * GammaThreeQuarters / GammaOneQuarter,
                Bjl + "7; Γ values from OEIS A068465, A068466"),
            new ReferenceIntegral("ln² t", t => Math.Log(t) * Math.Log(t), 0, 1, 2, Bjl + "8"),
            new ReferenceIntegral("ln cos t", t => Math.Log(Math.Cos(t)), 0, Math.PI / 2, -Math.PI * Math.Log(2) / 2, Bjl + "9"),
            new ReferenceIntegral("√(tan t)", t => Math.Sqrt(Math.Tan(t)), 0, Math.PI / 2, Math.PI / Math.Sqrt(2), Bjl + "10"),
            new ReferenceIntegral("1/(1+t²) on [0, ∞)", t => 1 / (1 + t * t), 0, double.PositiveInfinity, Math.PI / 2, Bjl + "11"),
            new ReferenceIntegral("e⁻ᵗ/√t on [0, ∞)", t => Math.Exp(-t) / Math.Sqrt(t), 0, double.PositiveInfinity, Math.Sqrt(Math.PI), Bjl + "12 (Γ(1/2))"),
            new ReferenceIntegral("e^(−t²/2) on [0, ∞)", t => Math.Exp(-t * t / 2), 0, double.PositiveInfinity, Math.Sqrt(Math.PI / 2), Bjl + "13"),
            new ReferenceIntegral("e⁻ᵗ·cos t on [0, ∞)", t => Math.Exp(-t) * Math.Cos(t), 0, double.PositiveInfinity, 0.5, Bjl + "14"),
            new ReferenceIntegral("ln x·ln(1−x)", x => Math.Log(x) * Math.Log(1 - x), 0, 1, 2 - Math.PI * Math.PI / 6, Bjl + "15"),
            new ReferenceIntegral(
                "e^(−x²) on (−∞, ∞)", x => Math.Exp(-x * x), double.NegativeInfinity, double.PositiveInfinity, Math.Sqrt(Math.PI), "the Gaussian integral, √π"),
            new ReferenceIntegral("eˣ on (−∞, 0]", Math.Exp, double.NegativeInfinity, 0, 1, "antiderivative eˣ"),
            new ReferenceIntegral("1/x² on [1, ∞)", x => 1 / (x * x), 1, double.PositiveInfinity, 1, "antiderivative −1/x"),
            new ReferenceIntegral("1/√x", x => 1 / Math.Sqrt(x), 0, 1, 2, "antiderivative 2√x"),
            new ReferenceIntegral("ln x", Math.Log, 0, 1, -1, "antiderivative x·ln x − x"),
            new ReferenceIntegral("x^(−0.9)", x => Math.Pow(x, -0.9), 0, 1, 10, "antiderivative 10·x^0.1"),
            new ReferenceIntegral(
                "1/√|x − 1/3|", x => 1 / Math.Sqrt(Math.Abs(x - 1.0 / 3)), 0, 1, 2 * Math.Sqrt(1.0 / 3) + 2 * Math.Sqrt(2.0 / 3), "antiderivative ±2√|x − 1/3| on each side"),
            new ReferenceIntegral("sin² x over 30 periods", x => Math.Sin(x) * Math.Sin(x), 0, 60 * Math.PI, 30 * Math.PI, "antiderivative x/2 − sin 2x / 4"),
            new ReferenceIntegral("x·sin x over 10 periods", x => x * Math.Sin(x), 0, 20 * Math.PI, -20 * Math.PI, "antiderivative sin x − x·cos x"),
            new ReferenceIntegral(
                "sin x / x on [0, 100π]", x => Math.Sin(x) / x, 0, 100 * Math.PI, 1.5676132924282873287, "Si(100π), mpmath 1.3.0 si() at 30 digits"),
            new ReferenceIntegral("cos 100x", x => Math.Cos(100 * x), 0, 1, Math.Sin(100) / 100, "antiderivative sin(100x)/100"),
        };

        public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

        public static ReferenceIntegral Find(string name) => All.Single(c => c.Name == name);
    }
}
