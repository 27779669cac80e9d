using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The meeting review, MGradient's contract where features meet (supported.md, "What is generated": each output span is
    /// checked for its array's length, ArgumentException otherwise, and cleared; the sweeps then add into it): an array the
    /// method never reads, reads only tests or a stop, or reads only in a loop inside an if not taken; an output the fused loop
    /// writes entry by entry without zeroing it first; spans longer than their arrays; empty arrays through every feature; data
    /// that is NaN or infinite where the method never reads it or reads it only where its value does not reach the result.
    /// Every case of the review is also called twice on the same outputs (<see cref="MeetingReviewCheck"/>).
    /// </summary>
    public sealed class MeetingReviewContractTests
    {
        private static ArrayCase Case(string name, string source, Func<Random, int, object[]> arguments, int[]? sizes = null) =>
            new ArrayCase(name, source, arguments) { Sizes = sizes ?? ArrayCase.WithEmpty };

        private static int[] Indices(Random r, int n, int size) => Enumerable.Range(0, n).Select(_ => size == 0 ? 0 : r.Next(size)).ToArray();

        // An array the method never reads: its output is all zeros after the call (it started as NaN), and a longer one throws.
        [Fact]
        public void Array_never_read_gets_zeros() => MeetingReviewCheck.ByHand(
            Case("MtgCtrUnread", """
                [Differentiable]
                public static double MtgCtrUnread(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < 2; i++) s += y * y;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
            a => new object[] { new double[((double[])a[0]).Length], 4 * (double)a[1] });

        // An array read only in tests (w[i] > 0 chooses y or −y) and through a stop: zeros; ∂F/∂y = Σ ±1 + stop(w[0]).
        [Fact]
        public void Array_read_only_by_tests_and_a_stop_gets_zeros() => MeetingReviewCheck.ByHand(
            Case("MtgCtrTestsOnly", """
                [Differentiable]
                public static double MtgCtrTestsOnly(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] > 0 ? y : -y;
                    return s + Gradient.Stop(w.Length > 0 ? w[0] : 0) * y;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.1, 1), Uniform(r, -1, 1) }),
            a =>
            {
                var w = (double[])a[0];
                return new object[] { new double[w.Length], w.Sum(v => v > 0 ? 1.0 : -1.0) + (w.Length > 0 ? w[0] : 0) };
            });

        // An array read only by a loop inside an if that the point does not take (y < 0 here): its output is all zeros, the
        // other array's output is y everywhere.
        [Fact]
        public void Array_read_only_in_a_loop_inside_an_if_not_taken() => MeetingReviewCheck.ByHand(
            Case("MtgCtrIfNotTaken", """
                [Differentiable]
                public static double MtgCtrIfNotTaken(double[] w, double[] v, double y)
                {
                    double s = 0;
                    if (y > 0)
                    {
                        for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                    }
                    for (int i = 0; i < v.Length; i++) s += v[i] * y;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, 3), Uniform(r, -1.5, -0.5) }),
            a =>
            {
                var v = (double[])a[1];
                return new object[] { new double[((double[])a[0]).Length], v.Select(_ => (double)a[2]).ToArray(), v.Sum() };
            });

        // The last loop is fused (both sweeps in one) and reads every w[i] once at its counter: it writes dW[i] = ... without
        // zeroing dW first. Checked with outputs that start as NaN, twice, and with a longer and a shorter output (throw).
        [Fact]
        public void Output_written_entry_by_entry_by_the_fused_loop() => MeetingReviewCheck.Fd(Case("MtgCtrFusedOutput", """
            [Differentiable("w", "b")]
            public static double MtgCtrFusedOutput(double[] w, double b, double[] x, double[] y)
            {
                double s = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    double r = w[i] * x[i] + b - y[i];
                    s += r * r;
                }
                return s / Math.Max(1, w.Length);
            }
            """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Vector(r, n), Vector(r, n) }));

        // The same with w[i] read only where a label holds (a guarded first contribution): the output keeps its zeroing.
        [Fact]
        public void Output_read_under_a_label_keeps_its_zeros() => MeetingReviewCheck.Fd(Case("MtgCtrFusedGuarded", """
            [Differentiable("w")]
            public static double MtgCtrFusedGuarded(double[] w, int[] labels)
            {
                double s = 0;
                for (int i = 0; i < w.Length; i++) s += labels[i] == 1 ? w[i] * w[i] : 0;
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n), Indices(r, n, 2) }));

        // Spans longer than their arrays throw ArgumentException, naming the output: double and float, an array parameter and a
        // ReadOnlySpan parameter, and an empty array with a span of length 1.
        [Fact]
        public void Longer_spans_throw_naming_the_output()
        {
            const string Source = """
                using System;
                using DiffGen;
                namespace Review
                {
                public static partial class C
                {
                    [Differentiable] public static double F(double[] w, ReadOnlySpan<double> v) { double s = 0; for (int i = 0; i < w.Length; i++) s += w[i] * v[i % v.Length]; return s; }
                    [Differentiable] public static float G(float[] w, float y) { float s = 0; foreach (float q in w) s += q * y; return s; }
                    public static void CallF(int extraW, int extraV) { var w = new double[] { 1, 2, 3 }; var v = new double[] { 4, 5 }; FGradient(w, v, new double[w.Length + extraW], new double[v.Length + extraV]); }
                    public static void CallG(int n, int extra) { var w = new float[n]; GGradient(w, 2f, new float[n + extra], out _); }
                }
                }
                """;
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(Source));
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the callers");
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            void Throws(string method, object[] arguments, string output)
            {
                var thrown = Record.Exception(() => type.GetMethod(method)!.Invoke(null, arguments));
                Assert.True(thrown?.InnerException is ArgumentException e && e.ParamName == output, method + "(" + string.Join(", ", arguments) + "): " + (thrown?.InnerException?.ToString() ?? "no exception"));
            }

            Throws("CallF", new object[] { 1, 0 }, "dW");
            Throws("CallF", new object[] { 0, 1 }, "dV");
            Throws("CallG", new object[] { 3, 1 }, "dW");
            Throws("CallG", new object[] { 0, 1 }, "dW");
            type.GetMethod("CallF")!.Invoke(null, new object[] { 0, 0 });
            type.GetMethod("CallG")!.Invoke(null, new object[] { 0, 0 });
        }

        // Empty arrays through every feature at once: local arrays sized from the empty parameter, a nested loop, a custom call,
        // a stop, a running maximum from a start value, a callee passed the empty local array. At n = 0 only y·y + m·y with
        // m = −1 remains, and the stop reads nothing, so central differences are the oracle there.
        [Fact]
        public void Empty_arrays_through_every_feature() => MeetingReviewCheck.Fd(Case("MtgCtrEmpty", MeetingReviewCustomTests.Originals + """
            [Differentiable] public static double L2(double[] a, double b) { double s = 0; for (int k = 0; k < a.Length; k++) s += a[k] * a[k] * b; return s; }
            [Differentiable]
            public static double MtgCtrEmpty(double[] w, double y)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[i] = H(w[i]) + Gradient.Stop(w[i]) * y;
                for (int t = 0; t < 2; t++) for (int i = 0; i < u.Length; i++) u[i] = Math.Tanh(u[i] + u[(i + 1) % u.Length] * y);
                double m = -1;
                for (int i = 0; i < u.Length; i++) m = Math.Max(m, u[i]);
                return y * y + m * y + L2(u, y);
            }
            """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 1.5) }) with
        {
            // At n > 0 the stop changes the derivative and central differences are no oracle: the empty array is the point here.
            Sizes = new[] { 0 },
        });

        // Data that is NaN wherever a label masks it (x[i] where mask[i] == 0), read only in the arm the mask does not take
        // (?:), or after a continue, into a custom call: the method is finite and so must be the gradient.
        [Fact]
        public void NaN_data_behind_a_mask() => MeetingReviewCheck.Fd(Case("MtgCtrNaNMasked", MeetingReviewCustomTests.Originals + """
            [Differentiable("w")]
            public static double MtgCtrNaNMasked(double[] w, double[] x, int[] mask)
            {
                double s = 0, t = 0;
                for (int i = 0; i < w.Length; i++) s += mask[i] == 1 ? Math.Tanh(w[i] * x[i]) : w[i];
                for (int i = 0; i < w.Length; i++) { if (mask[i] == 0) continue; t += H(w[i] * x[i]); }
                return s * s + t * t;
            }
            """, (r, n) =>
            {
                int[] mask = Indices(r, n, 2);
                double[] x = Vector(r, n).Select((v, i) => mask[i] == 1 ? v : double.NaN).ToArray();
                return new object[] { Vector(r, n), x, mask };
            }));

        // BUG: a [Differentiable] method declared twice with the same parameters (CS0111, as a copy and paste in the editor
        // leaves it) crashes the generator: ArgumentException "The hintName '...F(double__)_....g.cs' of the added source file
        // must be unique", reported as CS8785, and no member of any method is generated, so every caller of G's gradient breaks
        // too. supported.md: while a method has compile errors DiffGen reports nothing for it and generates nothing; the
        // other methods keep theirs.
        [Fact] // was a bug (CS8785): a method declared twice is generated for neither declaration now, as code with compile errors
        public void Duplicated_method_does_not_crash_the_generator()
        {
            const string Source = """
                using System;
                using DiffGen;
                namespace Review
                {
                public static partial class C
                {
                    [Differentiable] public static double F(double[] w) { double s = 0; foreach (double v in w) s += v * v; return s; }
                    [Differentiable] public static double F(double[] w) { double s = 0; for (int i = 0; i < w.Length; i++) s += w[i]; return s; }
                    [Differentiable] public static double G(double x) => x * x;
                }
                }
                """;
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(Source));
            Assert.True(run.GeneratorDiagnostics.All(d => d.Id != "CS8785"), string.Join("\n", run.GeneratorDiagnostics));
            Assert.Contains(run.Sources, s => s.HintName.Contains(".G(", StringComparison.Ordinal));
        }

        // Infinite data whose value reaches the result only through terms that stay finite: min(w, +∞) = w, e^(−∞)·w = 0,
        // w / (1 + ∞²) = 0, max(w², −∞) = w². ∂F/∂w[i] = 1 + 2·w[i] where x[i] = +∞, and the usual terms elsewhere.
        [Fact]
        public void Infinite_data_where_the_method_is_finite() => MeetingReviewCheck.ByHand(
            Case("MtgCtrInfiniteData", """
                [Differentiable("w")]
                public static double MtgCtrInfiniteData(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += Math.Min(w[i], x[i]) + Math.Exp(-x[i]) * w[i] + w[i] / (1 + x[i] * x[i]) + Math.Max(w[i] * w[i], -x[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5), Vector(r, n, 1, 2).Select(v => v > 1.5 ? double.PositiveInfinity : v).ToArray() }),
            a =>
            {
                var w = (double[])a[0];
                var x = (double[])a[1];
                return new object[] { w.Select((v, i) => double.IsPositiveInfinity(x[i]) ? 1 + (2 * v) : 1 + Math.Exp(-x[i]) + (1 / (1 + (x[i] * x[i]))) + (v * v >= -x[i] ? 2 * v : 0)).ToArray() };
            });
    }
}
