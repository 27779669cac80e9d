using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Literals
{
    public sealed class LiteralTextReviewTests
    {
        internal const string Source = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Review
    {
        private const double Tol = 1e-12;
        private const double Big = 1.7976931348623157E+308;

        [Differentiable]
        public static float FloatLits(float w) => 1e-3f * w * w + (1f - 0.9f) * w + (float)1e-3 * w + 2.5E-5F * MathF.Exp(w) + 1E+3f * w;

        [Differentiable]
        public static double DoubleWithFloatLits(double x) => 1e-3f * x * x + 1e-3 * x + 0.1f * x;

        [Differentiable]
        public static double Negatives(double x, double y) => -1e-3 * x + (- -1e-3) * y + (x - -1e-3) * y - (-(1e-3)) * x * x + -(-1e-3) * y * y;

        [Differentiable]
        public static double NegatedPositiveText(double x, double y) => y - (-(-1e-3)) * x - (-(-2e-3) * x * y);

        [Differentiable]
        public static double IntegerParts(double x, double y) => (1 / 3 * 0.5) * x + (2 * 3) / 4.0 * y + (1 + 2) * 1e-3 * x * y + (7 / 2 + 0.5) * y * y;

        [Differentiable]
        public static double Extremes(double x) => 1e308 * x * 1e-308 + 4.9e-324 * x + 1e-320 * x + x / 1.7976931348623157E+308 + Big * 1e-300 * x;

        [Differentiable]
        public static double Spellings(double x) => 1_000.5e-3 * x + 1E+3 * x * x + 1e+03 * x + 2.5e-05 * x * x * x + 0x1F * 1e-3 * x + 0b101 * x + 1E3 * x;

        [Differentiable]
        public static double TwoWays(double x) => 1e-3 * x + 0.001 * x * x + (1.0 / 1000) * x * x * x;

        [Differentiable]
        public static double ConstLocals(double x)
        {
            const double eps = 1e-8;
            const double scale = 2.5E-5;
            return x * scale + eps * x * x + Tol;
        }

        [Differentiable]
        public static double EarlyReturn(double x)
        {
            if (x < 1e-12) return 1e-3;
            return x * 1e-3 + 2e-3;
        }

        [Differentiable]
        public static double Ternary(double x) => x > 1e-3 ? 1e-3 * x * x : (1 - 0.9) * x;

        [Differentiable]
        public static double PowRound(double x) => Math.Pow(x, 1e0) + Math.Pow(x, 2.5e0) + Math.Round(x * 1e-3) + Math.Pow(x, 5e-1);

        [Differentiable]
        public static double Stopped(double x) => Gradient.Stop(1e-3 * x) * x + x;

        [Differentiable]
        public static double Inner(double x, double y) => x * y + 1e-3 * x;

        [Differentiable]
        public static double Outer(double x) => Inner(x, 1e-3) + Inner(2.5E-5, x) + Inner(x, (1 - 0.9));

        [Differentiable]
        public static double Spread(double x, double y) => Math.Sqrt(x) + (1 - 0.5) * y + x * x + (4.0 / 2.0) * y + 1e0 * y + 2e0 * x;

        [Differentiable]
        public static double ZeroText(double x, double y) => (1 / 3 * 0.5) + x * y + 0e0 * x;

        [Differentiable]
        public static double Switch(double x, int k)
        {
            switch (k)
            {
                case 0: return 1e-3 * x;
                case 1 when x > 1e-3: return 2.5E-5 * x * x;
                default: return x;
            }
        }

        [Differentiable]
        public static double IntCompare(double x, int n) => n > 1e3 ? x * 1e-3 : x * 2e-3;

        [Differentiable]
        public static double Loop(double[] xs, double g)
        {
            double sum = 1e-3;
            double[] c = new[] { 1e-3, 2.5E-5 };
            for (int i = 0; i < xs.Length; i++)
            {
                if (xs[i] < 1e-12) continue;
                sum += c[i % 2] * xs[i] * g + (1 / 3 * 0.5) * xs[i] + -(-1e-3) * g + (1.0 / 1000) * xs[i] * xs[i] + 0.001 * g * g;
            }

            return sum;
        }

        [Differentiable]
        public static float FloatLoop(float[] xs, float g)
        {
            float sum = 1e-3f;
            for (int i = 0; i < xs.Length; i++)
            {
                sum += 1e-3f * xs[i] * g + (1f - 0.9f) * xs[i] + (float)1e-3 * g * g + 1E+3f * xs[i];
            }

            return sum;
        }
    }
}";

        private static readonly Lazy<GeneratorRun> LazyRun = new Lazy<GeneratorRun>(() => GeneratorHarness.RunAndCompile(Source));

        private static GeneratorRun Run => LazyRun.Value;

        [Fact]
        public void Dump()
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(Source));
            System.IO.Directory.CreateDirectory("/tmp/lit/out");
            foreach (var (hint, text) in run.Sources)
            {
                System.IO.File.WriteAllText("/tmp/lit/out/" + hint.Replace("/", "_"), text);
            }

            System.IO.File.WriteAllText("/tmp/lit/diags.txt", string.Join("\n", run.GeneratorDiagnostics) + "\n----\n" + string.Join("\n", run.Output.GetDiagnostics().Where(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden)));
        }
    }
}
