using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of kept buffers in rows (KeptBuffers, GradientWriter.KeptBuffers): a local array a counting loop fills anew each
    /// iteration and alone uses is filled in its row of a tape by the forward iteration and read there by the reverse one.
    /// Every case: generated and compiled with zero diagnostics, its gradient and partials against Richardson differences at
    /// 12 or more points and its returned value against the method's (ArrayGradientTests.Check), and whether it has rows
    /// (true: must, false: must not, null: right either way).
    /// </summary>
    public sealed class KeptRowsReviewTests
    {
        private static readonly Func<Random, int, object[]> WC = (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, 3, -1, 1) };

        private static readonly Dictionary<string, (ArrayCase Case, bool? Rows)> Cases = new (ArrayCase, bool?)[]
        {
            // Filled by plain statements; the loop carries s and runs backwards on its own.
            (new ArrayCase("KrPlain", """
                [Differentiable("x", "a")] public static double KrPlain(double[] x, double a) {
                    double[] q = new double[2]; double s = 0.5;
                    for (int i = 0; i < x.Length; i++) { q[0] = x[i] * a; q[1] = Math.Sin(x[i]) - a; s = Math.Sin(s) + q[0] * q[1] + q[1] * q[1]; }
                    return s * s + a; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }), true),
            // The same, the loop last and fused with its reverse.
            (new ArrayCase("KrPlainFused", """
                [Differentiable("x", "a")] public static double KrPlainFused(double[] x, double a) {
                    double[] q = new double[2]; double s = 0;
                    for (int i = 0; i < x.Length; i++) { q[0] = x[i] * a; q[1] = Math.Sin(x[i]) - a; s += Math.Exp(q[0] * q[1]) + q[1] * q[0]; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }), null),
            // Two buffers (GMM's shape), the second filled from the first, read at shifted and mirrored indices; d from a parameter.
            (new ArrayCase("KrTwoBuffers", """
                [Differentiable("mu", "x")] public static double KrTwoBuffers(double[] mu, double[] x, int d) {
                    int k = mu.Length / d; double[] xc = new double[d]; double[] y = new double[d]; double total = 0;
                    for (int ik = 0; ik < k; ik++) {
                        for (int id = 0; id < d; id++) xc[id] = x[id] - mu[ik * d + id];
                        for (int id = 0; id < d; id++) y[id] = Math.Tanh(xc[id]) * xc[(id + 1) % d];
                        double sq = 0; for (int id = 0; id < d; id++) sq += y[id] * xc[d - 1 - id] + Math.Exp(-y[id] * y[id]);
                        total = Math.Sin(total) + sq; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, 3 * n), Vector(r, 3), 3 }), true),
            // Three deep, renewed by the middle loop (the outer one runs backwards, recomputing its iterations).
            (new ArrayCase("KrMiddle", """
                [Differentiable("w", "x")] public static double KrMiddle(double[] w, double[] x, int m) {
                    double[] h = new double[m]; double total = 0;
                    for (int e = 0; e < 2; e++)
                        for (int s = 0; s < x.Length / m; s++) {
                            for (int j = 0; j < m; j++) h[j] = w[j % w.Length] * x[s * m + j] + e + total * 0.1;
                            double a = 0; for (int j = 0; j < m; j++) a += Math.Tanh(h[j]) * h[(j + 1) % m];
                            total = total * 0.9 + a * a; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n + 1, -1, 1), Vector(r, 2 * n, -1, 1), 2 }), true),
            // Declared in an outer loop, its length growing with the outer counter (was a bug: did not compile). Tame (t / 8):
            // with t / 2 the gradient reaches 90 and the differences' step leaves 1e-6 of error.
            (new ArrayCase("KrDeclaredInOuter", """
                [Differentiable] public static double KrDeclaredInOuter(double[] x) {
                    double s = 0.3;
                    for (int r = 0; r < 3; r++) {
                        double[] q = new double[r + x.Length / 2];
                        for (int i = 0; i < x.Length; i++) {
                            for (int j = 0; j < q.Length; j++) q[j] = x[(i + j) % x.Length] * (r + 1) + s;
                            double t = 0; for (int j = 0; j < q.Length; j++) t += Math.Sin(q[j]) * q[q.Length - 1 - j];
                            s = Math.Cos(s) + t * 0.125; }
                    }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty }, true),
            // Declared in an outer loop with a fixed length (was a bug: the same).
            (new ArrayCase("KrDeclaredInOuterFixed", """
                [Differentiable("w")] public static double KrDeclaredInOuterFixed(double[] w, double[] c) {
                    int d = c.Length; double total = 0.5;
                    for (int r = 0; r < 2; r++) {
                        double[] q = new double[d];
                        for (int k = 0; k < w.Length; k++) {
                            for (int i = 0; i < d; i++) q[i] = w[k] * c[i] + r;
                            double t = 0; for (int i = 0; i < d; i++) t += Math.Sin(q[i]) * q[i];
                            total = Math.Sin(total) + t; }
                    }
                    return total; }
                """, WC), true),
            // From 1 with <=, read at the counter's index and at one read from a local int[].
            (new ArrayCase("KrFromOneLessOrEqual", """
                [Differentiable("mu")] public static double KrFromOneLessOrEqual(double[] mu, double[] x) {
                    int d = x.Length; int[] idx = { 2, 0, 1 }; double[] q = new double[d + 1]; double total = 1;
                    for (int k = 1; k <= mu.Length; k++) {
                        for (int i = 0; i < q.Length; i++) q[i] = Math.Sin(mu[k - 1] * (i + 1)) + x[i % d];
                        total = total * (1 + 0.1 * q[k % q.Length]) + q[idx[k % 3] % q.Length] * q[0]; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, 2, -1, 1) }), true),
            // Counting down with >=, from a local changed after the loop.
            (new ArrayCase("KrDown", """
                [Differentiable("w")] public static double KrDown(double[] w, double[] c) {
                    int d = c.Length; int hi = w.Length - 1; double[] q = new double[d]; double total = 0.5;
                    for (int k = hi; k >= 0; k--) {
                        for (int i = 0; i < d; i++) q[i] = w[k] * c[i] + k;
                        double t = 0; for (int i = 0; i < d; i++) t += Math.Sin(q[i]) * q[d - 1 - i];
                        total = Math.Sin(total) * 0.5 + t; }
                    hi = 7;
                    return total * hi; }
                """, WC), true),
            // Counting down with >, filled then updated in place in the iteration (q[i] = ..; q[i] *= ..): taped, not rows.
            (new ArrayCase("KrDownInPlace", """
                [Differentiable("w")] public static double KrDownInPlace(double[] w, int d) {
                    double[] q = new double[d]; double total = 0;
                    for (int k = w.Length - 1; k > 0; k--) {
                        for (int i = 0; i < d; i++) { q[i] = w[k] * (i + 1); q[i] *= w[k - 1]; }
                        double t = 0; for (int i = 0; i < d; i++) t += Math.Sin(q[i]);
                        total = Math.Exp(-total * total) + t; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), 3 }), false),
            // The renewing loop inside an if, the buffer inside an if on the counter, read through a ?:.
            (new ArrayCase("KrInIf", """
                [Differentiable("w")] public static double KrInIf(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double total = 0.5;
                    if (w.Length > 1)
                        for (int k = 0; k < w.Length; k++) {
                            double t = w[k];
                            if (k % 2 == 0) {
                                for (int i = 0; i < d; i++) q[i] = w[k] * c[i];
                                for (int i = 0; i < d; i++) t += Math.Exp(q[i]) * q[i];
                                t += k % 4 == 0 ? q[0] : q[d - 1]; }
                            total = Math.Sin(total) + t; }
                    return total; }
                """, WC), null),
            // A continue (taken apart into a flag: rows are right), a break (not counting: no rows).
            (new ArrayCase("KrContinue", """
                [Differentiable("w")] public static double KrContinue(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double total = 0.5;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) q[i] = w[k] * c[i];
                        if (k % 3 == 1) continue;
                        double t = 0; for (int i = 0; i < d; i++) t += q[i] * q[i];
                        total = Math.Sin(total) + t; }
                    return total; }
                """, WC), null),
            (new ArrayCase("KrBreak", """
                [Differentiable("w")] public static double KrBreak(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double total = 0.5;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) q[i] = w[k] * c[i];
                        double t = 0; for (int i = 0; i < d; i++) t += q[i] * q[i];
                        total = Math.Sin(total) + t;
                        if (k == 4) break; }
                    return total; }
                """, WC), false),
            // Passed to a differentiable callee: no rows.
            (new ArrayCase("KrCallee", """
                [Differentiable] public static double KrCalleeDot(double[] u, double[] v) {
                    double s = 0;
                    for (int i = 0; i < u.Length; i++) s += u[i] * Math.Sin(v[i]);
                    return s; }

                [Differentiable("w")] public static double KrCallee(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double total = 0.5;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) q[i] = w[k] * c[i];
                        total = Math.Sin(total) + KrCalleeDot(q, q); }
                    return total; }
                """, WC), false),
            // One buffer's length read after the loop, another's element written before it.
            (new ArrayCase("KrMentionedOutside", """
                [Differentiable("w")] public static double KrMentionedOutside(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double[] p = new double[d]; double total = 0.5;
                    p[0] = 1;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) { q[i] = w[k] * c[i]; p[i] = w[k] - c[i]; }
                        double t = 0; for (int i = 0; i < d; i++) t += Math.Sin(q[i] * p[i]);
                        total = Math.Sin(total) + t; }
                    return total * q.Length; }
                """, WC), null),
            // stackalloc of a length computed from a parameter (empty when d is 0).
            (new ArrayCase("KrStackalloc", """
                [Differentiable("w")] public static double KrStackalloc(double[] w, int d) {
                    Span<double> q = stackalloc double[2 * d + 1]; double total = 0.1;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < 2 * d + 1; i++) q[i] = w[k] * (i - d);
                        double t = 0; for (int i = 0; i < q.Length; i++) t += Math.Cos(q[i]) * q[i];
                        total = total * Math.Sin(total) + t; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), n % 3 }), true),
            // Rows in rows: a buffer of the outer loop, read by an inner loop with a buffer of its own.
            (new ArrayCase("KrRowsInRows", """
                [Differentiable("w")] public static double KrRowsInRows(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double[] p = new double[d]; double total = 0.5;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) q[i] = w[k] * c[i];
                        double t = 0; for (int j = 0; j < 3; j++)
                        {
                            for (int i = 0; i < d; i++) p[i] = q[i] * (j + 1) + t;
                            for (int i = 0; i < d; i++) t = Math.Sin(t) + p[i] * q[(i + j) % d]; }
                        total = Math.Sin(total) + t; }
                    return total; }
                """, WC), true),
            // A buffer next to an array the loop changes in place (taped, undone).
            (new ArrayCase("KrWithCarriedArray", """
                [Differentiable("w", "c")] public static double KrWithCarriedArray(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double[] u = new double[d];
                    for (int i = 0; i < d; i++) u[i] = c[i];
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) q[i] = Math.Sin(w[k] * c[i]);
                        for (int i = 0; i < d; i++) u[i] = u[i] * Math.Cos(u[i]) + q[i] * q[(i + 1) % d]; }
                    double s = 0;
                    for (int i = 0; i < d; i++) s += u[i] * u[i];
                    return s; }
                """, WC), true),
            // Read, then added to in the same iteration: no rows.
            (new ArrayCase("KrReadThenAccumulate", """
                [Differentiable("w")] public static double KrReadThenAccumulate(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double total = 0.5;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) q[i] = w[k] * c[i];
                        double t = 0; for (int i = 0; i < d; i++) { t += Math.Sin(q[i]); q[i] += t * w[k]; }
                        for (int i = 0; i < d; i++) t += q[i] * q[i];
                        total = Math.Sin(total) + t; }
                    return total; }
                """, WC), false),
            // Read at k and d - 1 - k: in range while w.Length <= 3; past it, see An_index_past_the_buffer_throws_as_in_the_method.
            (new ArrayCase("KrOutOfRange", """
                [Differentiable("w")] public static double KrOutOfRange(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double total = 0.5;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) q[i] = w[k] * c[i] + 1;
                        total = Math.Sin(total) + q[k] * q[d - 1 - k]; }
                    return total; }
                """, WC) { Sizes = new[] { 0, 1, 2, 3 } }, true),
            // Filled by Array.Copy and Array.Fill, copied by Array.Copy into an array read after the loop; c empty at times.
            (new ArrayCase("KrArrayCopy", """
                [Differentiable("w", "c")] public static double KrArrayCopy(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double[] p = new double[d]; double[] last = new double[d]; double total = 0.5;
                    for (int k = 0; k < w.Length; k++) {
                        Array.Copy(c, q, d);
                        Array.Fill(p, w[k]);
                        double t = 0; for (int i = 0; i < d; i++) t += Math.Sin(q[i] * p[i] + total);
                        Array.Copy(q, last, d);
                        total = Math.Sin(total) + t; }
                    return total + (d > 0 ? last[0] : 0); }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n % 4, -1, 1) }), true),
            // Locals named as the rows and tapes would be.
            (new ArrayCase("KrNames", """
                [Differentiable("w")] public static double KrNames(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double qKept = 0.5;
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i < d; i++) q[i] = w[k] * c[i];
                        double qRow = 0;
                        for (int i = 0; i < d; i++) qRow += Math.Sin(q[i]) * q[i];
                        double qRow2 = qRow * qKept;
                        qKept = Math.Sin(qKept) + qRow2; }
                    return qKept; }
                """, WC), true),
            // The renewing loop counts from a local the outer loop sets to a bound reading the outer counter.
            (new ArrayCase("KrTriangular", """
                [Differentiable("w")] public static double KrTriangular(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double total = 0.5;
                    for (int r = 0; r < w.Length; r++) {
                        int lo = r % 2 + r;
                        for (int k = lo; k < w.Length + r; k++) {
                            for (int i = 0; i < d; i++) q[i] = w[k % w.Length] * c[i] + r;
                            double t = 0; for (int i = 0; i < d; i++) t += Math.Sin(q[i]) * q[(i + k) % d];
                            total = Math.Sin(total) + t; }
                    }
                    return total; }
                """, WC), true),
            // A foreach as the renewing loop, then a loop with a buffer of its own filled with <=.
            (new ArrayCase("KrForeachThenFor", """
                [Differentiable("w")] public static double KrForeachThenFor(double[] w, double[] c) {
                    int d = c.Length; double[] q = new double[d]; double[] p = new double[d + 1]; double total = 0.5;
                    foreach (double wk in w) {
                        for (int i = 0; i < d; i++) q[i] = wk * c[i];
                        double t = 0; for (int i = 0; i < d; i++) t += Math.Sin(q[i]) * q[i];
                        total = Math.Sin(total) + t; }
                    for (int k = 0; k < w.Length; k++) {
                        for (int i = 0; i <= d; i++) p[i] = w[k] * total + i;
                        total = Math.Cos(total) + Math.Sin(p[k % p.Length] * p[d]); }
                    return total * total; }
                """, WC), true),
        }.ToDictionary(c => c.Item1.Name, c => c, StringComparer.Ordinal);

        private static readonly string[] CheckedApart = { "KrDeclaredInOuter", "KrDeclaredInOuterFixed" };

        public static TheoryData<string> Names() => new TheoryData<string>(Cases.Keys.Except(CheckedApart));

        public static TheoryData<string> AllNames() => new TheoryData<string>(Cases.Keys);

        [Theory]
        [MemberData(nameof(Names))]
        public void Gradient_matches_finite_differences(string name) => ArrayGradientTests.Check(Cases[name].Case);

        /// <summary>
        /// Was a bug (fixed in the twenty-first session): a buffer declared in an outer loop's body: the kept tape's rent,
        /// <c>Tape.Rent(x.Length * q.Length)</c>, reads the buffer, yet TapeHoisting took it out of the reverse sweep's outer
        /// loop (an array declaration defined nothing in its CodeLine, so q did not count as varying), above q's
        /// declaration: CS0103. An array declaration now says it makes its array anew (alsoDefines).
        /// </summary>
        [Fact]
        public void Buffer_declared_in_an_outer_loop_of_growing_length() => ArrayGradientTests.Check(Cases["KrDeclaredInOuter"].Case);

        [Fact]
        public void Buffer_declared_in_an_outer_loop_of_fixed_length() => ArrayGradientTests.Check(Cases["KrDeclaredInOuterFixed"].Case);

        /// <summary>Generated without compiling (so for the bug cases too): rows where expected.</summary>
        [Theory]
        [MemberData(nameof(AllNames))]
        public void Rows_where_expected(string name)
        {
            (ArrayCase c, bool? rows) = Cases[name];
            string generated = GeneratorHarness.Run(GeneratorHarness.Compile(CompiledCase.SourceOf(c))).SourceFor(c.Name);
            if (rows != null)
            {
                Assert.True(rows == Regex.IsMatch(generated, @"Row\d* = new global::System.Span<"), name + (rows == true ? " has no rows" : " has rows") + ":\n" + generated);
            }
        }

        [Fact]
        public void Float_gradient_matches_its_double_twin()
        {
            ArrayCase twin = Cases["KrTwoBuffers"].Case;
            ArrayCase c = ArrayCase.FloatTwinOf(twin, """
                [Differentiable("mu", "x")] public static float KrTwoBuffersFloat(float[] mu, float[] x, int d) {
                    int k = mu.Length / d; float[] xc = new float[d]; float[] y = new float[d]; float total = 0;
                    for (int ik = 0; ik < k; ik++) {
                        for (int id = 0; id < d; id++) xc[id] = x[id] - mu[ik * d + id];
                        for (int id = 0; id < d; id++) y[id] = MathF.Tanh(xc[id]) * xc[(id + 1) % d];
                        float sq = 0; for (int id = 0; id < d; id++) sq += y[id] * xc[d - 1 - id] + MathF.Exp(-y[id] * y[id]);
                        total = MathF.Sin(total) + sq; }
                    return total; }
                """);
            ArrayGradientTests.Check(c, twin);
            Assert.Matches(@"Row\d* = new global::System.Span<float>", CompiledCase.For(c).GeneratedSource);
        }

        /// <summary>Read at k and d - 1 - k past the buffer's ends (k = 3 of d = 3, and -1): the gradient throws as the method does.</summary>
        [Theory]
        [InlineData(4)]
        [InlineData(6)]
        public void An_index_past_the_buffer_throws_as_in_the_method(int iterations)
        {
            CompiledCase compiled = CompiledCase.For(Cases["KrOutOfRange"].Case);
            object[] point = { Enumerable.Range(0, iterations).Select(i => (0.1 * i) - 0.2).ToArray(), new[] { 0.3, -0.2, 0.7 } };
            Exception expected = Assert.ThrowsAny<Exception>(() => compiled.Value(point));
            Exception actual = Assert.ThrowsAny<Exception>(() => compiled.Gradient(point, compiled.NewOutputs(point, 0)));
            Assert.Equal(expected.GetType(), actual.GetType());
        }
    }
}
