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
    /// Review of joined nested ifs (ProgramLowering.JoinedTests, a190b3b): in a method with loops or arrays,
    /// <c>if (a) { if (b) { ... } }</c> with no else and nothing else in the outer block is lowered as <c>if (a &amp;&amp; b)</c>.
    /// Every case: generated and compiled with zero diagnostics, value, gradient and partials against Richardson differences
    /// at 12 or more points kept away from every branch flip (GateTrace.Steady; ArrayGradientTests.Check). The inner tests
    /// that read what the outer one guards (x[i] under i &lt; n, w[k - 1] under k &gt; 0) run at the index where the guard
    /// fails, so an unguarded read would throw.
    /// </summary>
    public sealed class JoinedIfsReviewTests
    {
        private static readonly Func<Random, int, object[]> XA = (r, n) => new object[] { Vector(r, n), Uniform(r, 0.3, 1.5) };

        private static readonly Func<Random, int, object[]> Lms = (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.25) };

        private static ArrayCase Case(string name, string source, Func<Random, int, object[]> arguments, int[]? sizes = null) =>
            new ArrayCase(name, source, arguments) { Sizes = sizes ?? ArrayCase.WithEmpty, Accept = GateTrace.Steady(name, source) };

        private static readonly ArrayCase[] Cases =
        {
            // The inner test reads x[i] only where the outer one holds (i runs to x.Length).
            Case("JiRange", """
                [Differentiable] public static double JiRange(double[] x, double a) {
                    double s = 0.5;
                    for (int i = 0; i <= x.Length; i++) { if (i < x.Length) { if (x[i] * a > 0.1) { s += Math.Sin(x[i] * a) * s; } } }
                    return s; }
                """, XA),
            // The previous element under k > 0, the update of a scalar both tests guard, no braces.
            Case("JiPrev", """
                [Differentiable] public static double JiPrev(double[] w, double a) {
                    double s = a;
                    for (int k = 0; k < w.Length; k++) if (k > 0) if (w[k - 1] > w[k] - 0.2) s = s * Math.Cos(w[k - 1]) + w[k] * a;
                    return s * s; }
                """, XA),
            // Three deep: both neighbours under 0 < i < n - 1; an int counter counted under the three.
            Case("JiThreeDeep", """
                [Differentiable] public static double JiThreeDeep(double[] x, double a) {
                    double s = 0; int c = 0;
                    for (int i = 0; i < x.Length; i++) { if (i > 0) { if (i < x.Length - 1) { if (x[i - 1] < x[i + 1]) { c++; s += x[i - 1] * x[i + 1] * a + c; } } } }
                    return s + c * a; }
                """, XA),
            // A gated in-place update of a local array under two nested ifs (the commit's purpose); the inner test reads v.
            Case("JiGated", """
                [Differentiable] public static double JiGated(double[] w0, double[] xs, double[] ys, double rate) {
                    double[] v = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++) {
                        double err = ys[t] - v[0] * xs[t] - v[1];
                        if (t % 2 == 0) { if (Math.Abs(err) > 0.25) { v[0] += rate * err * xs[t]; v[1] *= 1 + rate * err; } } }
                    return v[0] * v[1] + v[1]; }
                """, Lms),
            // Three deep gated, the middle test reading the array too, the update in a loop of its own.
            Case("JiGatedThree", """
                [Differentiable] public static double JiGatedThree(double[] w0, double[] xs, double[] ys, double rate) {
                    double[] v = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++) {
                        double err = ys[t] - v[0] * xs[t] - v[1];
                        if (t > 0) { if (v[1] < 5) { if (err * err > 0.04) { for (int k = 0; k < 2; k++) v[k] += rate * err * (k == 0 ? xs[t] : 1); } } } }
                    return v[0] * v[1] - v[1]; }
                """, Lms),
            // The tested scalar changed by the body the tests guard (the reverse must use the tests' values before it).
            Case("JiSelfChanging", """
                [Differentiable] public static double JiSelfChanging(double[] x, double a) {
                    double s = a;
                    for (int i = 0; i < x.Length; i++) { if (s > 0.2) { if (s < 3) { s = s * (1.5 + 0.2 * x[i]) + 0.1 * x[i]; } } s = s * 0.9 + 0.05 * x[i]; }
                    return s; }
                """, XA),
            // Locals: one declared in the outer block (not joined), one in the inner block of a joined pair, same names in the loop.
            Case("JiLocals", """
                [Differentiable] public static double JiLocals(double[] x, double a) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        if (x[i] > -0.5) { double t = x[i] * a; if (t > 0.1) { s += t * t; } }
                        if (i % 2 == 0) { if (x[i] < 1) { double t = Math.Sin(x[i]) * a; double u = t * s; s = u + t; } } }
                    return s; }
                """, XA),
            Case("JiLocalsFlat", """
                [Differentiable] public static double JiLocalsFlat(double[] x, double a) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        if (x[i] > -0.5) { double t = x[i] * a; s += t * t; }
                        if (x[i] < 1) { double t = Math.Sin(x[i]) * a; s += t; } }
                    return s; }
                """, XA),
            // As JiLocalsFlat, each t the value of a call (the call's own reverse code sets dT back to 0).
            Case("JiLocalsCall", """
                [Differentiable] public static double JiSq(double u) => u * u + 0.5 * u;
                [Differentiable] public static double JiLocalsCall(double[] x, double a) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        if (x[i] > -0.5) { double t = JiSq(x[i] * a); s += t * a; }
                        if (x[i] < 1) { double t = JiSq(Math.Sin(x[i])); s += t * x[i]; } }
                    return s; }
                """, XA),
            // A local of the same name in an if before a loop, in the loop's body and in an if after it: the loop's reverse body
            // sets the method's dT to 0 rather than declaring its own (CS0136 before the twenty-first session).
            Case("JiLocalsIfThenLoop", """
                [Differentiable] public static double JiLocalsIfThenLoop(double[] x, double a) {
                    double s = 0;
                    if (a > 0.2) { double t = x[0] * a; s += t * t; }
                    for (int i = 0; i < x.Length; i++) { double t = Math.Sin(x[i]) * a; s += t * s; }
                    if (a < 2) { double t = Math.Cos(x[0]) * a; s += t; }
                    return s; }
                """, XA, ArrayCase.NonEmpty),
            Case("JiLocalsRenamed", """
                [Differentiable] public static double JiLocalsRenamed(double[] x, double a) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        if (x[i] > -0.5) { double t = x[i] * a; if (t > 0.1) { s += t * t; } }
                        if (i % 2 == 0) { if (x[i] < 1) { double r = Math.Sin(x[i]) * a; double u = r * s; s = u + r; } } }
                    return s; }
                """, XA),
            Case("JiLocalsNoLoop", """
                [Differentiable] public static double JiLocalsNoLoop(double[] x, double a) {
                    double s = 0;
                    if (a > 0.2) { double t = x[0] * a; s += t * t; }
                    if (a < 2) { double t = Math.Sin(x[0]) * a; s += t; }
                    return s; }
                """, XA, ArrayCase.NonEmpty),
            // An else on the inner if, an else on the outer one, an else if: none joined.
            Case("JiElses", """
                [Differentiable] public static double JiElses(double[] x, double a) {
                    double s = 0.3;
                    for (int i = 0; i < x.Length; i++) {
                        if (i % 2 == 0) { if (x[i] > 0) s += x[i] * a; else s -= x[i] * x[i]; }
                        if (i % 3 == 0) { if (x[i] < 0.5) s *= 1 + 0.1 * x[i]; } else s += a * 0.2;
                        if (i > 1) { if (x[i - 2] > 0) s += x[i - 2] * a; } else if (x[i] > 0) s -= a * x[i]; }
                    return s; }
                """, XA),
            // A loop inside the inner if, and a local array filled there (LowerBranchWithLoops).
            Case("JiLoopInside", """
                [Differentiable] public static double JiLoopInside(double[] x, double a) {
                    double s = 0; double[] q = new double[3];
                    for (int i = 0; i < x.Length; i++) { if (i < x.Length - 1) { if (x[i + 1] > x[i] - 0.5) { for (int j = 0; j < 3; j++) q[j] = x[i] * (j + a); for (int j = 0; j < 3; j++) s += Math.Sin(q[j]) * x[i + 1]; } } }
                    return s; }
                """, XA),
            // Nested ifs around a loop, outside any loop, in a method with loops.
            Case("JiAroundLoop", """
                [Differentiable] public static double JiAroundLoop(double[] x, double a) {
                    double s = a;
                    if (x.Length > 1) { if (x[1] > -1.5) { for (int i = 0; i < x.Length; i++) s = s * 0.8 + x[i] * x[1]; } }
                    for (int i = 0; i < x.Length; i++) s += x[i];
                    return s; }
                """, XA),
            // continue, break, return inside the inner if: not joined, still right.
            Case("JiContinue", """
                [Differentiable] public static double JiContinue(double[] x, double a) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) { if (i > 0) { if (x[i - 1] > 0.5) { continue; } } s += x[i] * a * (i + 1); }
                    return s; }
                """, XA),
            Case("JiBreak", """
                [Differentiable] public static double JiBreak(double[] x, double a) {
                    double s = 0.2;
                    for (int i = 0; i < x.Length; i++) { s = s * a + x[i]; if (i > 1) { if (x[i - 1] > 1) { s += x[i - 2]; break; } } }
                    return s; }
                """, XA),
            Case("JiReturn", """
                [Differentiable] public static double JiReturn(double[] x, double a) {
                    double s = 0.2;
                    for (int i = 0; i < x.Length; i++) { s = s * a + Math.Sin(x[i]); if (i > 0) { if (x[i - 1] > 1.2) { return s * x[i - 1]; } } }
                    return s; }
                """, XA),
            // A while loop, the inner test an int counter the body counts; the outer test with &&, the inner with ||.
            Case("JiWhileCounter", """
                [Differentiable] public static double JiWhileCounter(double[] x, double a) {
                    double s = 0; int i = 0; int n = 0;
                    while (i < x.Length) { if (x[i] > -1 && i != 3) { if (n < 2 || x[i] > 1) { n++; s += x[i] * a * n; } } i++; }
                    return s + n; }
                """, XA),
            // An int array the outer test guards the index of.
            Case("JiIntIndex", """
                [Differentiable] public static double JiIntIndex(double[] x, double a) {
                    int[] idx = { 2, -1, 0, 5, 1 }; double s = 0;
                    for (int k = 0; k < x.Length; k++) { if (idx[k % 5] >= 0) { if (idx[k % 5] < x.Length) { s += x[idx[k % 5]] * x[k] * a; } } }
                    return s; }
                """, XA),
        };

        private static readonly ArrayCase[] FloatCases =
        {
            ArrayCase.FloatTwinOf(Find("JiRange"), """
                [Differentiable] public static float JiRangeFloat(float[] x, float a) {
                    float s = 0.5f;
                    for (int i = 0; i <= x.Length; i++) { if (i < x.Length) { if (x[i] * a > 0.1f) { s += MathF.Sin(x[i] * a) * s; } } }
                    return s; }
                """),
            ArrayCase.FloatTwinOf(Find("JiGated"), """
                [Differentiable] public static float JiGatedFloat(float[] w0, float[] xs, float[] ys, float rate) {
                    float[] v = (float[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++) {
                        float err = ys[t] - v[0] * xs[t] - v[1];
                        if (t % 2 == 0) { if (MathF.Abs(err) > 0.25f) { v[0] += rate * err * xs[t]; v[1] *= 1 + rate * err; } } }
                    return v[0] * v[1] + v[1]; }
                """),
        };

        private static ArrayCase Find(string name) => Cases.Single(c => c.Name == name);

        /// <summary>Declined (DIFF015, as documented), not joined: a continue or a return under nested ifs.</summary>
        private static readonly string[] Declined = { "JiContinue", "JiReturn" };

        /// <summary>Wrong gradients, not from the join: two ifs in a row each declaring a local of the same name.</summary>
        private static readonly string[] SameNameLocals = { "JiLocals", "JiLocalsFlat", "JiLocalsNoLoop", "JiLocalsCall", "JiLocalsIfThenLoop" };

        public static TheoryData<string> Names() => new TheoryData<string>(Cases.Select(c => c.Name).Except(Declined).Except(SameNameLocals));

        public static TheoryData<string> SameNameNames() => new TheoryData<string>(SameNameLocals);

        [Theory]
        [MemberData(nameof(Names))]
        public void Gradient_and_partials_match_finite_differences(string name) => ArrayGradientTests.Check(Find(name));

        [Theory]
        [InlineData("JiContinue")]
        [InlineData("JiReturn")]
        public void Continue_and_return_under_nested_ifs_are_declined_not_wrong(string name)
        {
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(Find(name)));
            Assert.True(diagnostics.Length > 0 && diagnostics.All(d => d.Id == "DIFF015"), name + ": " + string.Join("\n", diagnostics));
        }

        /// <summary>
        /// Was a bug (fixed in the twenty-first session: each declaration taken back sets the shared adjoint to 0,
        /// GradientWriter.IsDeclaredAgain), before a190b3b as well: in a method with arrays, two ifs in a row that each
        /// declare a local t share one adjoint dT, declared once before the reverse of the second if and never reset, so the
        /// reverse of the first if adds the second's dT again. JiLocalsFlat at n = 1, x = [-0.356], a = 0.720: dX[0] is
        /// 1.0259, the differences give 0.3058 (the second t's a·cos(x) counted twice); JiLocalsNoLoop (no loop, one array
        /// read): dX[0] 1.906 against 1.179. Renaming one t gives the right gradient (JiLocalsRenamed).
        /// </summary>
        [Theory]
        [MemberData(nameof(SameNameNames))]
        public void Same_named_locals_in_ifs_in_a_row(string name) => ArrayGradientTests.Check(Find(name));

        [Fact]
        public void Same_named_locals_in_ifs_in_a_row_loop_free_scalar() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y) {\n double s = 0;\n if (x > -5) { double t = x * y; s += t * t; }\n if (y < 5) { double t = Math.Sin(x) * y; s += t; }\n return s; }",
            "F", CustomDerivativeReviewTests.Xy);

        /// <summary>The joined test is printed as the source's tests joined with &amp;&amp;, short-circuiting; the unjoined ones as they stand.</summary>
        [Fact]
        public void Joined_tests_read_as_a_and_b()
        {
            Assert.Contains("if (i < x.Length && x[i] * a > 0.1)", CompiledCase.For(Find("JiRange")).GeneratedSource);
            Assert.Contains("if (i > 0 && i < x.Length - 1 && x[i - 1] < x[i + 1])", CompiledCase.For(Find("JiThreeDeep")).GeneratedSource);
            Assert.Contains("if (t % 2 == 0 && global::System.Math.Abs(err) > 0.25)", CompiledCase.For(Find("JiGated")).GeneratedSource);
            Assert.Contains("if (x[i] > -1 && i != 3 && (n < 2 || x[i] > 1))", CompiledCase.For(Find("JiWhileCounter")).GeneratedSource);
            Assert.Contains("i < x.Length - 1 && x[i + 1] > x[i] - 0.5", CompiledCase.For(Find("JiLoopInside")).GeneratedSource);
            string elses = CompiledCase.For(Find("JiElses")).GeneratedSource;
            Assert.DoesNotContain("&&", elses);
        }

        [Theory]
        [InlineData("JiRangeFloat")]
        [InlineData("JiGatedFloat")]
        public void Float_gradient_matches_its_double_twin(string name)
        {
            ArrayCase c = FloatCases.Single(f => f.Name == name);
            ArrayGradientTests.Check(c, Find(c.DoubleTwin!));
        }

    }
}
