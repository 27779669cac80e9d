using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The meeting review, what is declined where features meet: three needless declines (a natural idiom declined while an
    /// equivalent one is generated and right, each asserted as today's diagnostic with the equivalent beside it), and the
    /// documented declines the review ran into (asserted as documented, so that a change shows).
    /// </summary>
    public sealed class MeetingReviewDeclineTests
    {
        private static int[] Indices(Random r, int n, int size) => Enumerable.Range(0, n).Select(_ => size == 0 ? 0 : r.Next(size)).ToArray();

        private static ArrayCase Case(string name, string source, Func<Random, int, object[]> arguments) =>
            new ArrayCase(name, source, arguments) { Sizes = ArrayCase.WithEmpty };

        private static object[] WY(Random r, int n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) };

        private static object[] WX(Random r, int n) => new object[] { Vector(r, n, -1, 1), AwayFromZero(r, n, 0.1, 1) };

        private const string DoubleBuffer = """
            [Differentiable]
            public static double NAME(double[] w, double y)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < u.Length; i++) u[i] = w[i];
                double[] next = new double[LENGTH];
                for (int t = 0; t < 3; t++)
                {
                    for (int i = 0; i < u.Length; i++) next[i] = Math.Tanh(u[i] * y + u[(i + 1) % u.Length]);
                    (u, next) = (next, u);
                }
                double s = 0;
                for (int i = 0; i < u.Length; i++) s += u[i] * u[i];
                return s;
            }
            """;

        // Was a needless decline: a double buffer made as new double[u.Length], the natural way to give it u's length ("both made
        // with new and the same length from values nothing assigns afterwards": u is assigned by the swap itself, though a swap of
        // two arrays of one length keeps it). Read since the nineteenth session, as the buffer made as new double[w.Length] (below).
        [Fact]
        public void Double_buffer_sized_from_the_other_buffer() => MeetingReviewCheck.Fd(
            Case("MtgDecBufferFromOther", DoubleBuffer.Replace("NAME", "MtgDecBufferFromOther").Replace("LENGTH", "u.Length"), WY));

        [Fact]
        public void Double_buffer_sized_from_the_parameter() => MeetingReviewCheck.Fd(
            Case("MtgDecBufferFromParameter", DoubleBuffer.Replace("NAME", "MtgDecBufferFromParameter").Replace("LENGTH", "w.Length"), WY));

        private const string Guarded = """
            [Differentiable("w")]
            public static double NAME(double[] w, double[] x)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[i] = w[i];
                for (int i = 0; i < u.Length; i++)
                {
                    STATEMENT
                }
                double s = 0;
                for (int i = 0; i < u.Length; i++) s += u[i] * u[i];
                return s;
            }
            """;

        private static ArrayCase GuardedCase(string name, string statement) =>
            Case(name, MeetingReviewCustomTests.Originals + Guarded.Replace("NAME", name).Replace("STATEMENT", statement), WX);

        // NEEDLESS: an element updated by a custom call of itself under an if, u[i] = H(u[i]), is declined: the call gets a local
        // of its own before the statement, which then counts as a read the if overwrites afterwards. The message's advice, "read
        // the element in the statement that overwrites it", is what the source does. The same update written inline
        // (Math.Sin(u[i]) * u[i]) is generated and right, and so is the custom call outside the if or chosen by ?: (below).
        [Fact]
        public void Needless_custom_call_updating_its_element_under_an_if_is_declined() => MeetingReviewCheck.Declined(
            GuardedCase("MtgDecCustomUnderIf", "if (x[i] > 0) u[i] = H(u[i]);"),
            "DIFF015",
            "Reading an element of the local array 'u' into a value that the same if overwrites afterwards is not supported yet");

        [Fact]
        public void Inline_update_of_its_element_under_an_if() => MeetingReviewCheck.Fd(GuardedCase("MtgDecInlineUnderIf", "if (x[i] > 0) u[i] = Math.Sin(u[i]) * u[i];"));

        [Fact]
        public void Custom_call_updating_its_element_chosen_by_a_conditional() => MeetingReviewCheck.Fd(GuardedCase("MtgDecCustomChosen", "double h = H(u[i]);\nu[i] = x[i] > 0 ? h : u[i];"));

        // NEEDLESS: the same after a continue on data: declined, while the inline update after the same continue is generated.
        [Fact]
        public void Needless_custom_call_updating_its_element_after_continue_is_declined() => MeetingReviewCheck.Declined(
            GuardedCase("MtgDecCustomAfterContinue", "if (x[i] < 0) continue;\nu[i] = H(u[i]);"),
            "DIFF015",
            "Reading an element of the local array 'u' into a value that the same loop iteration overwrites afterwards is not supported yet");

        [Fact]
        public void Inline_update_of_its_element_after_continue() => MeetingReviewCheck.Fd(GuardedCase("MtgDecInlineAfterContinue", "if (x[i] < 0) continue;\nu[i] = Math.Sin(u[i]) * u[i];"));

        // Documented: a double accumulator in a float method (accumulating in double for accuracy) is declined; declare it float
        // or make the method double.
        [Fact]
        public void Double_accumulator_in_a_float_loop_is_declined() => MeetingReviewCheck.Declined(
            Case("MtgDecDoubleAccumulator", """
                [Differentiable]
                public static float MtgDecDoubleAccumulator(float[] w, float y)
                {
                    double acc = 0;
                    for (int i = 0; i < w.Length; i++) acc += w[i] * y;
                    return (float)acc;
                }
                """, WY),
            "DIFF015",
            "The double local 'acc' in a float method is not supported yet");

        // Documented: a permutation built in the method into a local int[] (an integer array is data given its elements).
        [Fact]
        public void Local_integer_array_written_is_declined() => MeetingReviewCheck.Declined(
            Case("MtgDecBuiltPermutation", """
                [Differentiable("w")]
                public static double MtgDecBuiltPermutation(double[] w, int[] idx)
                {
                    int[] perm = new int[w.Length];
                    for (int i = 0; i < w.Length; i++) perm[i] = idx[i] % w.Length;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[perm[i]] * w[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Indices(r, n, n + 1) }),
            "DIFF015",
            "The local 'perm' of type 'int[]' is not supported yet");

        // Documented: a custom derivative cannot give an array parameter's derivative (its outputs are out scalars): a Span output
        // for it is DIFF021 at the derivative, and the call of the original, left without a derivative, DIFF011.
        [Fact]
        public void Custom_derivative_with_a_span_output_is_DIFF021() => MeetingReviewCheck.Declined(
            Case("MtgDecSpanOutput", """
                public static double Norm2(double[] v) { double s = 0; foreach (double t in v) s += t * t; return s; }
                [DerivativeOf(nameof(Norm2))] public static double Norm2D(double[] v, Span<double> dV) { for (int i = 0; i < v.Length; i++) dV[i] = 2 * v[i]; return Norm2(v); }
                [Differentiable]
                public static double MtgDecSpanOutput(double[] w, double y) => Norm2(w) * y;
                """, WY),
            "DIFF021",
            "'Norm2D' cannot be a custom derivative: it must take the parameters of Norm2(double[] v)",
            "DIFF011");

        // Documented: a custom call in an arm of ?: inside a loop (it would be computed where ?: skips it).
        [Fact]
        public void Custom_call_in_a_conditional_arm_in_a_loop_is_declined() => MeetingReviewCheck.Declined(
            Case("MtgDecCustomInArm", MeetingReviewCustomTests.Originals + """
                [Differentiable("w")]
                public static double MtgDecCustomInArm(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += x[i] > 0 ? H(w[i]) : w[i];
                    return s;
                }
                """, WX),
            "DIFF015",
            "The call to 'H' in an arm of ?: is not supported yet");

        // Documented: a stopped copy of an element that the iteration overwrites after a continue; read in the overwriting
        // statement itself, the same stop is generated (the by-hand check below: u[i] = stop(u[i])·w[i] + u[i], from u = w,
        // gives ∂/∂w[i] = 2·u'·(w[i] + 1) where a continue skips nothing, and 2·w[i] where it does).
        [Fact]
        public void Stopped_copy_before_an_overwrite_after_continue_is_declined() => MeetingReviewCheck.Declined(
            Case("MtgDecStoppedCopyAfterContinue", StoppedAfterContinue.Replace("NAME", "MtgDecStoppedCopyAfterContinue").Replace("UPDATE", "double q = Gradient.Stop(u[i]);\n        u[i] = q * w[i] + u[i];"), (r, n) => new object[] { Vector(r, n), Indices(r, n, 3) }),
            "DIFF015",
            "Reading an element of the local array 'u' into a value that the same loop iteration overwrites afterwards is not supported yet");

        [Fact]
        public void Stop_read_in_the_overwriting_statement_after_continue() => MeetingReviewCheck.ByHand(
            Case("MtgDecStopInStatementAfterContinue", StoppedAfterContinue.Replace("NAME", "MtgDecStopInStatementAfterContinue").Replace("UPDATE", "u[i] = Gradient.Stop(u[i]) * w[i] + u[i];"), (r, n) => new object[] { Vector(r, n), Indices(r, n, 3) }),
            a =>
            {
                var w = (double[])a[0];
                var idx = (int[])a[1];
                return new object[] { w.Select((v, i) => idx[i] == 2 ? 2 * v : 2 * ((v * v) + v) * (v + 1)).ToArray() };
            });

        private const string StoppedAfterContinue = """
            [Differentiable("w")]
            public static double NAME(double[] w, int[] idx)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[i] = w[i];
                for (int i = 0; i < u.Length; i++)
                {
                    if (idx[i] == 2) continue;
                    UPDATE
                }
                double s = 0;
                for (int i = 0; i < u.Length; i++) s += u[i] * u[i];
                return s;
            }
            """;
    }
}
