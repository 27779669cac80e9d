using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// An adversarial pass over gates around stacked gates (commit d154468: InForce combines a loop's own gate, early stopping
    /// or a gating if, with the stacked gates of loops inside it, and gives a loop inside a gate on demand so the loop around
    /// it can put its writes back by the stacked outcomes). Per-element gates (for (i ...) if (g[i] > 0) a[i] = f(a[i])) in an
    /// iteration that reads the elements first, one, two and three loops deep; early stopping of the outer loop before inner
    /// gated loops, with and without reads in the inner iteration, on the elements or on a parameter, three gates deep; an outer
    /// gating if (or its else) around one or two gated loops, beside an outer rescale; gates on different arrays at different
    /// levels; two arrays under one inner gate, under two tests, in two loops; the gated loop inside an if on the counter or a
    /// parameter; computed indices (a[(i + it) % n], gate too); gate tests on data, on a parameter, on an outer local, on an
    /// array the outer loop writes, on the counters' parity, on a scalar the gated writes change; a gate within a gate;
    /// samples' stacked gate beside a per-element gate under early stopping; 600 and 30 x 20 iterations (the stacks grow);
    /// seven float twins. All accepted ones are right against Richardson differences at smooth points
    /// (<see cref="NotebookSweep22Tests.Smooth"/>); none was found wrong, uncompilable or crashing.
    /// Declined (DIFF015), documented: early stopping in a loop inside another (GgStopTwoDeep), a break gate in the inner
    /// loop (GgInnerBreakGate). Not said by the page: the outer loop's early stopping and an if of its body together
    /// (GgStopAndIfAndInner; each alone is accepted, GgStopBeforeUnread, GgOuterIfAroundInner, and three deep with the break
    /// one level up, GgThreeGates); an inner gate written as if (test) continue; (GgContinueGate), though the page says
    /// such a continue "is read as the gate" in exactly this shape (the if form, GgBase, is accepted); a second array under
    /// the inner gate that the outer iteration reads first when the inner iteration also reads the first array before its
    /// write (GgOwnUndoAndOtherArray, its twin named z, GgOwnUndoBothRead; without the inner read, GgTwoArraysOneReadFirst,
    /// accepted).
    /// </summary>
    public sealed partial class GatesAroundGatesReviewTests
    {
        private static ArrayCase C(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? ArrayCase.WithEmpty, Accept = p => NotebookSweep22Tests.Smooth(c, p) };
            return c;
        }

        /// <summary>a0 (n), y, g (n): the per-element shapes' arguments.</summary>
        private static object[] A(Random r, int n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1) };

        /// <summary>a0 (n), b0 (n), y, g (n), h (n).</summary>
        private static object[] AB(Random r, int n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1) };

        private static ArrayCase[]? all;

        /// <summary>Every case of the review, in the order of its two case files.</summary>
        internal static ArrayCase[] All => all ??= CasesPart1.Concat(CasesPart2).ToArray();

        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("GgBase", """
                [Differentiable("a0", "y")] public static float GgBaseFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int it = 0; it < 3; it++) {
                        float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = MathF.Sin(a[i] + y); }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgStopBeforeRead", """
                [Differentiable("a0", "y")] public static float GgStopBeforeReadFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int it = 0; it < 4; it++) {
                        float size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 2) break;
                        for (int i = 0; i < n; i++) { float p = a[i] * a[i] * y; s += p; if (g[i] > 0) a[i] = a[i] * 1.4f + 0.1f * p; } }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgOuterIfTwoDeep", """
                [Differentiable("a0", "y")] public static float GgOuterIfTwoDeepFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int r = 0; r < 2; r++)
                        for (int it = 0; it < 2; it++) {
                            float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += e * y;
                            if (e < 1.5f) { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3f + 0.2f * y; } }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgComputedIndex", """
                [Differentiable("a0", "y")] public static float GgComputedIndexFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int it = 0; it < 3; it++) {
                        float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] * (i + 1);
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[(i + it) % n] = MathF.Sin(a[(i + it) % n] + y); }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgDifferentArraysDeep", """
                [Differentiable("a0", "b0", "y")] public static float GgDifferentArraysDeepFloat(float[] a0, float[] b0, float y, float[] g, float[] h) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float[] b = (float[])b0.Clone(); float s = 0;
                    for (int r = 0; r < 2; r++) {
                        float q = 0; for (int i = 0; i < n; i++) q += b[i] * b[i];
                        s += q;
                        for (int i = 0; i < n; i++) if (h[i] > 0) b[i] = b[i] * 0.7f + 0.2f * y;
                        for (int it = 0; it < 2; it++) {
                            float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] + b[i];
                            s += e * y;
                            for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = MathF.Sin(a[i] + y) + 0.1f * b[i]; } }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i];
                    return s + t; }
                """),
            ("GgManyIterationsDeep", """
                [Differentiable("a0", "y")] public static float GgManyIterationsDeepFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int r = 0; r < 30; r++) {
                        float size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 50) break;
                        for (int it = 0; it < 20; it++) {
                            float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += 0.01f * e * y;
                            for (int i = 0; i < n; i++) if (g[(i + it) % n] > 0) a[i] = 0.98f * a[i] + 0.02f * MathF.Sin(a[i] + y); } }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgStopBeforeUnread", """
                [Differentiable("a0", "y")] public static float GgStopBeforeUnreadFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone();
                    for (int it = 0; it < 4; it++) {
                        float size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 2) break;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.4f + 0.1f * y; }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * a[i] * (i + 1);
                    return t; }
                """),
        };

        /// <summary>Declined with DIFF015, each with the message's start.</summary>
        internal static readonly Dictionary<string, string> Declined = new Dictionary<string, string>
        {
            ["GgStopTwoDeep"] = ReadOverwritten,
            ["GgInnerBreakGate"] = ReadOverwritten,
            ["GgStopAndIfAndInner"] = ReadOverwritten,
            ["GgContinueGate"] = ReadOverwritten,
            ["GgOwnUndoAndOtherArray"] = ReadOverwrittenB,
            ["GgOwnUndoAndOtherArrayZ"] = ReadOverwrittenB,
            ["GgOwnUndoBothRead"] = ReadOverwrittenB,
        };

        private const string ReadOverwritten = "Reading an element of the local array 'a' into a value that the same loop iteration overwrites afterwards";

        private const string ReadOverwrittenB = "Reading an element of the local array 'b' into a value that the same loop iteration overwrites afterwards";

        internal static IEnumerable<ArrayCase> Accepted => All.Where(c => !Declined.ContainsKey(c.Name));

        public static TheoryData<string> AcceptedNames() => new TheoryData<string>(Accepted.Select(c => c.Name));

        public static TheoryData<string> DeclinedNames() => new TheoryData<string>(Declined.Keys);

        public static TheoryData<int> FloatIndexes() => new TheoryData<int>(Enumerable.Range(0, Floats.Length));

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Gradient_and_partials_match_finite_differences(string name) => ArrayGradientTests.Check(All.Single(c => c.Name == name));

        [Theory]
        [MemberData(nameof(FloatIndexes))]
        public void Float_gradient_matches_its_double_twin(int i)
        {
            ArrayCase twin = All.Single(c => c.Name == Floats[i].Twin);
            ArrayGradientTests.Check(ArrayCase.FloatTwinOf(twin, Floats[i].Source), twin);
        }

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Gates_around_gates_the_generator_declines(string name)
        {
            ArrayCase c = All.Single(d => d.Name == name);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == "DIFF015") && diagnostics.Any(d => d.GetMessage().StartsWith(Declined[name], StringComparison.Ordinal)),
                name + ":\n" + string.Join("\n", diagnostics));
        }

        [Fact]
        public void Every_case_is_named_once()
        {
            Assert.Equal(All.Length, All.Select(c => c.Name).Distinct().Count());
            Assert.All(Declined.Keys, k => Assert.Contains(All, c => c.Name == k));
        }
    }
}
