using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The meeting review, [DerivativeOf] custom derivatives inside loops and arrays: on gathered elements with a data argument,
    /// nested in each other over a double loop, with integer and constant arguments, with an argument for a parameter the
    /// derivative has no output for (inactive through Gradient.Stop, data, or a local carried from data; active only through a
    /// loop's back edge or a local array, which is DIFF016), with a data array and a ReadOnlySpan parameter, with a local array
    /// argument the iteration then overwrites, in a recurrence, in place over outer iterations, in switch sections, in a while
    /// loop left on data, as a running maximum's and minimum's candidate, in a sum from zero's term, in float with counters
    /// converted, and replacing the derivative of a [Differentiable] method (a straight-through estimator). Central differences
    /// are the oracle, or derivatives by hand where a stop or the replaced derivative makes them none.
    /// </summary>
    public sealed class MeetingReviewCustomTests
    {
        /// <summary>Originals DiffGen does not read (no attribute), each with its right derivative, in the class of every case.</summary>
        internal const string Originals = """
            public static double H(double x) => Math.Sin(x) * x;
            [DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = Math.Cos(x) * x + Math.Sin(x); return H(x); }
            public static double P(double a, double b) => a * a * b + Math.Exp(0.5 * b);
            [DerivativeOf(nameof(P))] public static double PD(double a, double b, out double dA, out double dB) { dA = 2 * a * b; dB = a * a + 0.5 * Math.Exp(0.5 * b); return P(a, b); }
            public static double Pb(double a, double b) => a * a * b + Math.Exp(0.5 * b);
            [DerivativeOf(nameof(Pb))] public static double PbD(double a, double b, out double dB) { dB = a * a + 0.5 * Math.Exp(0.5 * b); return Pb(a, b); }
            public static double Q(double a, int k) => Math.Pow(a, k);
            [DerivativeOf(nameof(Q))] public static double QD(double a, int k, out double dA) { dA = k * Math.Pow(a, k - 1); return Q(a, k); }
            public static double Dot(double[] a, double b) { double s = 0; foreach (double v in a) s += Math.Sin(v * b); return s; }
            [DerivativeOf(nameof(Dot))] public static double DotD(double[] a, double b, out double dB) { double d = 0; foreach (double v in a) d += v * Math.Cos(v * b); dB = d; return Dot(a, b); }
            public static double SpanSum(ReadOnlySpan<double> a, double b) { double s = 0; foreach (double v in a) s += v * b * b; return s; }
            [DerivativeOf(nameof(SpanSum))] public static double SpanSumD(ReadOnlySpan<double> a, double b, out double dB) { double s = 0; foreach (double v in a) s += 2 * v * b; dB = s; return SpanSum(a, b); }
            public static float Hf(float x) => MathF.Sin(x) * x;
            [DerivativeOf(nameof(Hf))] public static float HfD(float x, out float dX) { dX = MathF.Cos(x) * x + MathF.Sin(x); return Hf(x); }
            public static float Pf(float a, float b) => a * a * b + MathF.Exp(0.5f * b);
            [DerivativeOf(nameof(Pf))] public static float PfD(float a, float b, out float dA, out float dB) { dA = 2 * a * b; dB = a * a + 0.5f * MathF.Exp(0.5f * b); return Pf(a, b); }

            """;

        private static int[] Indices(Random r, int n, int size) => Enumerable.Range(0, n).Select(_ => size == 0 ? 0 : r.Next(size)).ToArray();

        private static ArrayCase Case(string name, string method, Func<Random, int, object[]> arguments, int[]? sizes = null) =>
            new ArrayCase(name, Originals + method, arguments) { Sizes = sizes ?? ArrayCase.WithEmpty };

        // Custom calls on gathered elements, repeated indices included, with a data argument for P's second parameter (its
        // derivative dB is computed and not used): s += H(w[idx[i]])·x[i] + P(w[idx[i]], x[i]).
        [Fact]
        public void Custom_calls_on_a_gather_with_a_data_argument() => MeetingReviewCheck.Fd(Case("MtgCustomGather", """
            [Differentiable("w")]
            public static double MtgCustomGather(double[] w, int[] idx, double[] x)
            {
                double s = 0;
                for (int i = 0; i < idx.Length; i++) s += H(w[idx[i]]) * x[i] + P(w[idx[i]], x[i]);
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n + 2, n), Vector(r, n + 2, -1, 1) }, ArrayCase.NonEmpty));

        // Custom calls nested in each other over a double loop: s += H(P(w[i], H(w[j])·y)).
        [Fact]
        public void Custom_calls_nested_over_a_double_loop() => MeetingReviewCheck.Fd(Case("MtgCustomNested", """
            [Differentiable]
            public static double MtgCustomNested(double[] w, double y)
            {
                double s = 0;
                for (int i = 0; i < w.Length; i++)
                    for (int j = 0; j < w.Length; j++)
                        s += H(P(w[i], H(w[j]) * y));
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }));

        // Integer and constant arguments: the counter converted (P(i, w[i])), a constant (P(w[i], 2.0)), the counter scaled, an
        // integer parameter from int data (Q(w[i], k[i])) and the counter itself (Q(w[i], i)).
        [Fact]
        public void Custom_calls_with_integer_and_constant_arguments() => MeetingReviewCheck.Fd(Case("MtgCustomIntegers", """
            [Differentiable("w")]
            public static double MtgCustomIntegers(double[] w, int[] k)
            {
                double s = 0;
                for (int i = 0; i < w.Length; i++) s += P(w[i], 2.0) + P(i, w[i]) + P(w[i], i * 0.5) + Q(w[i], k[i]) + Q(w[i], i);
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5), Indices(r, n, 4) }));

        // Pb has no output for its first parameter: its argument must carry no derivative. Here it is a local carried from data
        // (u = u/2 + x[i]), a stopped element, and data: accepted (no DIFF016), and ∂F/∂w[i] = Σ ∂Pb/∂b = u² + x²·4 + w[i]² +
        // 3·e^(w[i]/2)/2 (the stopped w[i] contributes only through b).
        [Fact]
        public void Custom_call_with_an_inactive_argument_through_stop_data_and_a_carried_local() => MeetingReviewCheck.ByHand(
            Case("MtgCustomInactive", """
                [Differentiable("w")]
                public static double MtgCustomInactive(double[] w, double[] x)
                {
                    double s = 0;
                    double u = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        u = u * 0.5 + x[i];
                        s += Pb(u, w[i]) + Pb(Gradient.Stop(w[i]), w[i]) + Pb(x[i] * 2, w[i]);
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5), Vector(r, n, -1, 1) }),
            a =>
            {
                var w = (double[])a[0];
                var x = (double[])a[1];
                var d = new double[w.Length];
                double u = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    u = (u * 0.5) + x[i];
                    d[i] = (u * u) + (w[i] * w[i]) + (4 * x[i] * x[i]) + (3 * 0.5 * Math.Exp(0.5 * w[i]));
                }

                return new object[] { d };
            });

        // The argument for Pb's first parameter becomes active only through the loop's back edge (u = u·w[i] after the call):
        // the first iteration sees u = 1, data; the second sees w[0]. No derivative can flow through it: DIFF016, rightly.
        [Fact]
        public void Custom_call_argument_active_through_the_back_edge_is_DIFF016() => MeetingReviewCheck.Declined(
            Case("MtgCustomBackEdge", """
                [Differentiable("w")]
                public static double MtgCustomBackEdge(double[] w)
                {
                    double u = 1, s = 0;
                    for (int i = 0; i < w.Length; i++) { s += Pb(u, w[i]); u = u * w[i]; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),
            "DIFF016",
            "The argument 'u' depends on a differentiated parameter");

        // The same through an element of a local array written later in the iteration (u[i + 1] = u[i]·w[i]): DIFF016 too.
        [Fact]
        public void Custom_call_argument_active_through_a_local_array_is_DIFF016() => MeetingReviewCheck.Declined(
            Case("MtgCustomArrayBackEdge", """
                [Differentiable("w")]
                public static double MtgCustomArrayBackEdge(double[] w)
                {
                    double[] u = new double[w.Length + 1];
                    u[0] = 1;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) { s += Pb(u[i], w[i]); u[i + 1] = u[i] * w[i]; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),
            "DIFF016",
            "The argument 'u[i]' depends on a differentiated parameter");

        // A data array (Dot's first parameter, no output) and a ReadOnlySpan parameter (SpanSum's): a parameter array and a local
        // array passed, the scalar argument an element.
        [Fact]
        public void Custom_calls_with_data_array_and_span_parameters() => MeetingReviewCheck.Fd(Case("MtgCustomArrays", """
            [Differentiable("w")]
            public static double MtgCustomArrays(double[] w, double[] x)
            {
                double[] u = new double[x.Length];
                for (int k = 0; k < x.Length; k++) u[k] = x[k] * 2;
                double s = 0;
                for (int i = 0; i < w.Length; i++) s += Dot(x, w[i]) * w[i] + SpanSum(u, w[i]) + SpanSum(x, w[i] * w[i]);
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, 3, -1, 1) }));

        // A local array passed (as data) to a custom call, then overwritten later in the same iteration by a loop of its own: the
        // reverse sweep, calling DotD again for the iteration, must pass the array as the call saw it.
        [Fact]
        public void Custom_call_passed_a_local_array_the_iteration_then_overwrites() => MeetingReviewCheck.Fd(Case("MtgCustomArrayOverwritten", """
            [Differentiable("w")]
            public static double MtgCustomArrayOverwritten(double[] w, double[] x)
            {
                double[] u = new double[x.Length];
                for (int k = 0; k < x.Length; k++) u[k] = x[k];
                double s = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    double d = Dot(u, w[i]);
                    s += d * d * w[i];
                    for (int k = 0; k < u.Length; k++) u[k] = u[k] * 0.5 + x[k] * x[k];
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, 3, -1, 1) }));

        // A recurrence through custom calls: h ← H(h·w[i]) + 0.1·P(h, w[i]) from h = y (h on a tape).
        [Fact]
        public void Custom_calls_in_a_recurrence() => MeetingReviewCheck.Fd(Case("MtgCustomRecurrence", """
            [Differentiable]
            public static double MtgCustomRecurrence(double[] w, double y)
            {
                double h = y;
                for (int i = 0; i < w.Length; i++) h = H(h * w[i]) + P(h, w[i]) * 0.1;
                return h;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }));

        // A custom call applied in place over outer iterations, each element reading its neighbour (u[(i + 1) mod n], which the
        // same pass writes later, or wrote already for the last element).
        [Fact]
        public void Custom_call_in_place_over_outer_iterations() => MeetingReviewCheck.Fd(Case("MtgCustomInPlace", """
            [Differentiable]
            public static double MtgCustomInPlace(double[] w, double y)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[i] = w[i] * y;
                for (int t = 0; t < 3; t++)
                    for (int i = 0; i < u.Length; i++) u[i] = H(u[i]) + u[(i + 1) % u.Length] * 0.3;
                double s = 0;
                for (int i = 0; i < u.Length; i++) s += u[i] * u[i];
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }));

        // Custom calls in the sections of a switch on int data, one of them nested and one on a gathered element, with the
        // counter as an argument.
        [Fact]
        public void Custom_calls_in_switch_sections_on_int_data() => MeetingReviewCheck.Fd(Case("MtgCustomSwitch", """
            [Differentiable("w")]
            public static double MtgCustomSwitch(double[] w, int[] idx)
            {
                double s = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    switch (idx[i])
                    {
                        case 0: s += H(w[i]); break;
                        case 1: s += Pb(i, w[i]) * H(w[idx[i]]); break;
                        default: s -= H(H(w[i])); break;
                    }
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, Math.Min(n, 3)) }));

        // A custom call on a scattered element, read into a local, written back through the same index, and the local read
        // with another element: h = H(u[idx[i]]); u[idx[i]] = h/2; s += h·u[i] (repeated indices).
        [Fact]
        public void Custom_call_on_a_scattered_element_written_back() => MeetingReviewCheck.Fd(Case("MtgCustomScatter", """
            [Differentiable("w")]
            public static double MtgCustomScatter(double[] w, int[] idx)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[i] = w[i];
                double s = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    double h = H(u[idx[i]]);
                    u[idx[i]] = h * 0.5;
                    s += h * u[i];
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Indices(r, n, n) }));

        // A custom call in a while loop that leaves by a break on data.
        [Fact]
        public void Custom_call_in_a_while_loop_left_by_break() => MeetingReviewCheck.Fd(Case("MtgCustomWhileBreak", """
            [Differentiable("w")]
            public static double MtgCustomWhileBreak(double[] w, int[] idx)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[i] = w[i] * w[i];
                double s = 0;
                int k = 0;
                while (k < idx.Length)
                {
                    if (idx[k] == 0) break;
                    s += P(u[k], w[k]) * H(s * 0.1);
                    k++;
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, 4) }));

        // Custom calls as the candidates of running extremes (each kept by its own loop: only the index of the last move is
        // kept), on elements and on a gather: m = max(m, H(w[i])), q = min(H(w[idx[i]])·w[i], q), and max(m2, P(w[i], x[i])).
        [Fact]
        public void Custom_calls_as_running_extreme_candidates() => MeetingReviewCheck.Fd(Case("MtgCustomExtremes", """
            [Differentiable("w")]
            public static double MtgCustomExtremes(double[] w, int[] idx, double[] x)
            {
                double m = -10;
                for (int i = 0; i < w.Length; i++) m = Math.Max(m, H(w[i]));
                double q = 10;
                for (int i = 0; i < idx.Length; i++) q = Math.Min(H(w[idx[i]]) * w[i], q);
                double m2 = -10;
                for (int i = 0; i < w.Length; i++) m2 = Math.Max(m2, P(w[i], x[i]));
                return m * q + m + m2 * m2;
            }
            """, (r, n) => new object[] { Vector(r, n, 0.1, 2), Indices(r, n, n), Vector(r, n, 0.5, 1) }) with
        {
            Accept = a =>
            {
                var w = (double[])a[0];
                var idx = (int[])a[1];
                var x = (double[])a[2];
                return NoTies(w.Select(v => Math.Sin(v) * v)) && NoTies(idx.Select((k, i) => Math.Sin(w[k]) * w[k] * w[i])) && NoTies(w.Select((v, i) => (v * v * x[i]) + Math.Exp(0.5 * x[i])));
            },
        });

        /// <summary>Whether the values (with the start values −10 and 10 of the extremes) are pairwise 0.05 apart: no tie moves within a difference step.</summary>
        private static bool NoTies(System.Collections.Generic.IEnumerable<double> values)
        {
            double[] sorted = values.Append(-10).Append(10).OrderBy(v => v).ToArray();
            return Enumerable.Range(1, sorted.Length - 1).All(i => sorted[i] - sorted[i - 1] > 0.05);
        }

        // A custom call in the term of a sum from zero, beside the value the sum's shares are taken from (c = w[0], not
        // stopped): z += exp(H(w[i]) − c); the share of c is −dZ·z at once.
        [Fact]
        public void Custom_call_in_the_term_of_a_sum_from_zero() => MeetingReviewCheck.Fd(Case("MtgCustomSumFromZero", """
            [Differentiable("w")]
            public static double MtgCustomSumFromZero(double[] w)
            {
                double c = w.Length > 0 ? w[0] : 0;
                double z = 0;
                for (int i = 0; i < w.Length; i++) z += Math.Exp(H(w[i]) - c);
                return Math.Log(z + 1e-3) + c;
            }
            """, (r, n) => new object[] { Vector(r, n, -2, 2) }));

        // Float: custom calls with counters converted, (float)i / n and i·0.5f; the double method is the oracle.
        [Fact]
        public void Float_custom_calls_with_converted_counters() => MeetingReviewCheck.Fd(
            MeetingReviewCheck.FloatTwin("MtgCustomFloatCountersF", FloatCustomTwin, Originals + """
                [Differentiable]
                public static float MtgCustomFloatCountersF(float[] w, float y)
                {
                    int n = w.Length;
                    float s = 0;
                    for (int i = 0; i < n; i++) s += Hf(w[i] * (i * 0.5f)) + Pf(w[i], (float)i / n) * y;
                    return s;
                }
                """),
            FloatCustomTwin);

        private static readonly ArrayCase FloatCustomTwin = new ArrayCase("MtgCustomFloatCounters", Originals + """
            [Differentiable]
            public static double MtgCustomFloatCounters(double[] w, double y)
            {
                int n = w.Length;
                double s = 0;
                for (int i = 0; i < n; i++) s += H(w[i] * (i * 0.5)) + P(w[i], (double)i / n) * y;
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) });

        // A [Differentiable] method given a custom derivative as well (a straight-through estimator: round forward, 1 back):
        // the custom one takes precedence in loops too. R(a) = round(a); F = Σ R(3·w[i])·w[i]: ∂F/∂w[i] = 3·w[i] + round(3·w[i]).
        [Fact]
        public void Custom_derivative_replacing_a_generated_one_in_a_loop() => MeetingReviewCheck.ByHand(
            Case("MtgCustomStraightThrough", """
                [Differentiable] public static double R(double a) => Gradient.Stop(Math.Round(a)) * 1.0;
                [DerivativeOf(nameof(R))] public static double RD(double a, out double dA) { dA = 1; return R(a); }
                [Differentiable]
                public static double MtgCustomStraightThrough(double[] w)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += R(w[i] * 3) * w[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),
            a => new object[] { ((double[])a[0]).Select(v => (3 * v) + Math.Round(3 * v)).ToArray() });

        // Was a bug: two [DerivativeOf] methods for one original, here a straight-through estimator in the caller's type (dX = 1) beside
        // a derivative in the original's type (dX = 0), or two in one type: no diagnostic, and the first one found is used (the
        // original's type first, then declaration order, so across partial files the order of the files decides), in loops and
        // without. F = Σ Q(w[i])·y gets dW = 0 although the caller declared dX = 1 for Q. Expected: a diagnostic at the derivative
        // that is never used (or at both), as DIFF020 reports an attribute that names more than one method.
        // DIFF020 at the caller's derivative now, naming the other.
        [Fact]
        public void Two_custom_derivatives_for_one_original_are_reported()
        {
            const string Source = """
                using System;
                using DiffGen;
                namespace Review
                {
                public static partial class Lib
                {
                    public static double Q(double x) => Math.Round(x * 4) / 4;
                    [DerivativeOf(nameof(Q))] public static double QZero(double x, out double dX) { dX = 0; return Q(x); }
                }
                public static partial class C
                {
                    [DerivativeOf(typeof(Lib), nameof(Lib.Q))] public static double QStraightThrough(double x, out double dX) { dX = 1; return Lib.Q(x); }
                    [Differentiable] public static double F(double[] w, double y) { double s = 0; for (int i = 0; i < w.Length; i++) s += Lib.Q(w[i]) * y; return s; }
                }
                }
                """;
            var diagnostics = GeneratorHarness.Analyze(Source);
            Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF020", diagnostic.Id);
            Assert.StartsWith("'QStraightThrough' cannot be a custom derivative: 'Lib.QZero' is a custom derivative of 'Lib.Q' too", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        // An instance method with a custom instance derivative of its own, array fields as data (a bias and an int index map),
        // an auto-property read by the derivative: each step reads the hidden buffer through the map (h[Map[j + 1]]).
        [Fact]
        public void Instance_custom_call_with_array_fields_as_an_index_map() => ReviewInstance();

        private static void ReviewInstance()
        {
            const string Source = """
                using System;
                using DiffGen;
                namespace Review
                {
                public partial class Layer
                {
                    public double[] Bias = { 0.1, -0.2, 0.3 };
                    public int[] Map = { 2, 0, 1, 1 };
                    public double Scale { get; init; } = 1.5;
                    public double Act(double z) => Math.Tanh(z * Scale);
                    [DerivativeOf(nameof(Act))] public double ActD(double z, out double dZ) { double t = Math.Tanh(z * Scale); dZ = (1 - t * t) * Scale; return t; }
                    [Differentiable("w")]
                    public double Loss(double[] w, double[] x)
                    {
                        double[] h = new double[Bias.Length];
                        double s = 0;
                        for (int t = 0; t < x.Length; t++)
                        {
                            for (int j = 0; j < h.Length; j++) h[j] = Act(w[Map[j]] * x[t] + Bias[j] + h[Map[j + 1]] * 0.5);
                            s += h[Map[^1]] * h[0];
                        }
                        return s;
                    }
                    public double W(double[] w, double[] x, double[] dW) => LossGradient(w, x, dW);
                }
                }
                """;
            // The wrapper W calls the generated gradient, so the input compiles only with the generator's output.
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(Source));
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the wrapper");
            Type type = run.Load().GetType("Review.Layer", throwOnError: true)!;
            object layer = Activator.CreateInstance(type)!;
            var loss = type.GetMethod("Loss")!;
            var wrapper = type.GetMethod("W")!;
            var random = new Random(17);
            foreach (int n in new[] { 0, 1, 3, 5 })
            {
                double[] w = Vector(random, 3, -1, 1);
                double[] x = Vector(random, n, -1, 1);
                double[] dW = Enumerable.Repeat(double.NaN, 3).ToArray();
                double value = (double)wrapper.Invoke(layer, new object[] { w, x, dW })!;
                Assert.Equal((double)loss.Invoke(layer, new object[] { w, x })!, value, 12);
                for (int j = 0; j < 3; j++)
                {
                    int k = j;
                    double expected = Richardson.Derivative(t => { double[] moved = (double[])w.Clone(); moved[k] = t; return (double)loss.Invoke(layer, new object[] { moved, x })!; }, w[k]);
                    Assert.True(Math.Abs(expected - dW[j]) <= 1e-7 * Math.Max(1, Math.Abs(expected)), "n = " + n + ": dW[" + j + "] expected " + expected + ", got " + dW[j] + "\n" + run.SourceFor("Loss"));
                }
            }
        }
    }
}
