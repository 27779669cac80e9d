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
    /// The twenty-second session's notebook sweep (84 methods: 67 double and 5 float accepted and right, 12 declined; no wrong
    /// value or gradient, no uncompilable code, no crash): training loops with gated updates over epochs, time series, integrators,
    /// option pricing, likelihoods, layers and inner optimization loops, written as a data scientist writes them. Each accepted
    /// case is checked as the catalog's are (<see cref="ArrayGradientTests.Check(ArrayCase)"/>). Every case's points are drawn
    /// where the method itself is smooth over the whole finite-difference stencil (<see cref="Smooth"/>: the second
    /// differences of the original method at the stencil's six step sizes agree), so a gate, a max or a clamp flipping within
    /// the step never makes the oracle wrong.
    /// </summary>
    public sealed partial class NotebookSweep22Tests
    {
        private static ArrayCase C(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? ArrayCase.WithEmpty, Accept = p => Smooth(c, p) };
            return c;
        }

        private static int[] Small => new[] { 1, 2, 3, 4 };

        private static int[] Labels(Random r, int n, int classes) => Enumerable.Range(0, n).Select(_ => r.Next(classes)).ToArray();

        private static double[] Signs(Random r, int n) => Enumerable.Range(0, n).Select(_ => Sign(r)).ToArray();

        private static double[,] Matrix(Random r, int rows, int cols, double min, double max)
        {
            var m = new double[rows, cols];
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m[i, j] = Uniform(r, min, max);
            return m;
        }

        /// <summary>
        /// Whether the original method is smooth around the point along every differentiated coordinate, over the stencil
        /// Richardson uses (steps 1e-2·max(1, |x|) halved): the second differences (f(x+h) + f(x−h) − 2f(x))/h² at successive
        /// steps agree to 10 % (or to rounding). A jump or a kink within the stencil makes them grow as 1/h² or 1/h.
        /// </summary>
        internal static bool Smooth(ArrayCase c, object[] p)
        {
            CompiledCase compiled = CompiledCase.For(c);
            try
            {
                foreach (CaseParameter q in compiled.Differentiated)
                {
                    if (q.Kind == ParameterKind.Scalar)
                    {
                        if (!SmoothAt(t => compiled.Value(Arguments.With(p, q.Position, t)), (double)p[q.Position]))
                        {
                            return false;
                        }

                        continue;
                    }

                    var values = (double[])p[q.Position];
                    for (int j = 0; j < values.Length; j++)
                    {
                        int index = j;
                        if (!SmoothAt(t => compiled.Value(Arguments.WithElement(p, q.Position, index, t)), values[j]))
                        {
                            return false;
                        }
                    }
                }
            }
            catch (Exception)
            {
                return false;
            }

            return true;
        }

        private static bool SmoothAt(Func<double, double> f, double x)
        {
            double f0 = f(x);
            if (!double.IsFinite(f0))
            {
                return false;
            }

            double h = 1e-2 * Math.Max(1, Math.Abs(x));
            double previous = 0;
            for (int k = 0; k < 6; k++, h /= 2)
            {
                double plus = f(x + h), minus = f(x - h);
                if (!double.IsFinite(plus) || !double.IsFinite(minus))
                {
                    return false;
                }

                double curvature = (plus + minus - (2 * f0)) / (h * h);
                double noise = 1e-9 * Math.Max(1, Math.Abs(f0)) / (h * h);
                if (k > 0 && Math.Abs(curvature - previous) > (0.1 * Math.Max(Math.Abs(curvature), Math.Abs(previous))) + noise)
                {
                    return false;
                }

                previous = curvature;
            }

            // A jump small beside the curvature still moves the differences: Richardson over a stencil a tenth as wide must agree.
            double coarse = Richardson.Derivative(f, x), fine = Richardson.Derivative(f, x, 1e-3);
            return Math.Abs(coarse - fine) <= (3e-8 * Math.Abs(coarse)) + (3e-10 * Math.Max(1, Math.Abs(f0)));
        }

        internal static IEnumerable<ArrayCase> Accepted => TrainingCases.Concat(ModelCases);

        public static TheoryData<string> AcceptedNames() => new TheoryData<string>(Accepted.Select(c => c.Name));

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Gradient_and_partials_match_finite_differences(string name) => ArrayGradientTests.Check(Accepted.Single(c => c.Name == name));

        /// <summary>
        /// Declined with DIFF015 ("Reading an element of the local array 'w' into a value that the same loop iteration overwrites
        /// afterwards is not supported yet"), each a training loop as a notebook writes it. Nothing else is reported for them.
        /// What docs/supported.md says ("An update made only sometimes"): the writes are made where one test holds (one if, no else;
        /// nested ifs with no else), and such a loop may stand inside an epoch loop. So documented: two tests in one iteration
        /// (S22TwoIfs, S22GatedAfterFirstEpoch, S22GatedSwitch, S22GatedSkipData: a continue on the labels before the gate), an else
        /// inside the gate (S22NestedIfElse), the multi-class perceptron (its argmax is a second if over a buffer filled from w).
        /// Not said by the page: an else side that writes (S22HingeElse, S22GateElseOtherArray; declined with one epoch too). Also
        /// declined when the sweep was made, accepted and right since the twenty-second session's nested undo: inside an epoch
        /// loop, a scalar the iteration carries that the gate updates (S22PerceptronBias, its float twin, S22GatedScalarStateElse)
        /// or that reads the score every iteration (S22CarriedBiasAlways), now with the training cases.
        /// </summary>
        internal static readonly ArrayCase[] Declined =
        {
            C("S22HingeElse", """
                [Differentiable("w0", "rate", "lambda")] public static double S22HingeElse(double[] w0, double rate, double lambda, double[] x, double[] y) {
                    int d = w0.Length; double[] w = new double[d]; for (int j = 0; j < d; j++) w[j] = w0[j];
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double m = 0; for (int j = 0; j < d; j++) m += w[j] * x[s * d + j];
                            if (y[s] * m < 1) { for (int j = 0; j < d; j++) w[j] -= rate * (lambda * w[j] - y[s] * x[s * d + j]); }
                            else { for (int j = 0; j < d; j++) w[j] -= rate * lambda * w[j]; } }
                    double obj = 0;
                    for (int s = 0; s < y.Length; s++) { double m = 0; for (int j = 0; j < d; j++) m += w[j] * x[s * d + j]; obj += Math.Log(1 + Math.Exp(-y[s] * m)); }
                    for (int j = 0; j < d; j++) obj += 0.5 * lambda * w[j] * w[j];
                    return obj; }
                """, (r, n) => new object[] { Vector(r, 2, -1.5, 1.5), Uniform(r, 0.05, 0.3), Uniform(r, 0.05, 0.5), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GateElseOtherArray", """
                [Differentiable("w0", "u0", "rate")] public static double S22GateElseOtherArray(double[] w0, double[] u0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] u = (double[])u0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double a = 0, c = 0; for (int j = 0; j < d; j++) { a += w[j] * x[s * d + j]; c += u[j] * x[s * d + j]; }
                            if (a > c) { for (int j = 0; j < d; j++) w[j] -= rate * (a - y[s]) * x[s * d + j]; }
                            else { for (int j = 0; j < d; j++) u[j] -= rate * (c - y[s]) * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * u[j] + w[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1) }),
            C("S22TwoIfs", """
                [Differentiable("w0", "rate")] public static double S22TwoIfs(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double p = 0; for (int j = 0; j < d; j++) p += w[j] * x[s * d + j];
                            double e = p - y[s];
                            if (Math.Abs(e) > 0.2) { for (int j = 0; j < d; j++) w[j] -= rate * e * x[s * d + j]; }
                            double n2 = 0; for (int j = 0; j < d; j++) n2 += w[j] * w[j];
                            if (n2 > 1.2) { for (int j = 0; j < d; j++) w[j] *= 0.9; } }
                    double loss = 0; for (int j = 0; j < d; j++) loss += (w[j] - 0.3) * (w[j] - 0.3);
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.5), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1) }),
            C("S22GatedAfterFirstEpoch", """
                [Differentiable("w0", "rate")] public static double S22GatedAfterFirstEpoch(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            double e = sc - y[s];
                            if (epoch > 0 && e * e > 0.05) { for (int j = 0; j < d; j++) w[j] -= rate * e * x[s * d + j]; }
                            if (epoch == 0) { for (int j = 0; j < d; j++) w[j] -= 0.5 * rate * e * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += Math.Cos(w[j]) + w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1) }),
            C("S22GatedSwitch", """
                [Differentiable("w0", "rate")] public static double S22GatedSwitch(double[] w0, double rate, double[] x, int[] labels) {
                    int d = 2; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < labels.Length; s++) {
                            double sc = w[0] * x[s * d] + w[1] * x[s * d + 1] + w[2];
                            switch (labels[s]) {
                                case 0:
                                    if (sc > -0.5) { w[0] -= rate * x[s * d]; w[1] -= rate * x[s * d + 1]; w[2] -= rate; }
                                    break;
                                default:
                                    if (sc < 0.5) { w[0] += rate * x[s * d]; w[1] += rate * x[s * d + 1]; w[2] += rate; }
                                    break; } }
                    return w[0] * w[0] + w[1] * w[2] + w[2]; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Labels(r, n, 2) }),
            C("S22GatedSkipData", """
                [Differentiable("w0", "rate")] public static double S22GatedSkipData(double[] w0, double rate, double[] x, int[] labels) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < labels.Length; s++) {
                            if (labels[s] == 1) continue;
                            double t = labels[s] == 0 ? -1 : 1;
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (t * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * t * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Labels(r, n, 3) }),
            C("S22NestedIfElse", """
                [Differentiable("w0", "rate")] public static double S22NestedIfElse(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double m = 0; for (int j = 0; j < d; j++) m += w[j] * x[s * d + j];
                            if (y[s] * m < 1) {
                                if (y[s] * m < 0) { for (int j = 0; j < d; j++) w[j] += 2 * rate * y[s] * x[s * d + j]; }
                                else { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } } }
                    double loss = 0; for (int j = 0; j < d; j++) loss += Math.Sin(w[j]) * (j + 1);
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22MulticlassPerceptron", """
                [Differentiable("w0", "rate")] public static double S22MulticlassPerceptron(double[] w0, double rate, double[] x, int[] labels) {
                    int k = 3; int d = 2; double[] w = (double[])w0.Clone(); double[] sc = new double[k];
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < labels.Length; s++) {
                            for (int c = 0; c < k; c++) { sc[c] = 0; for (int j = 0; j < d; j++) sc[c] += w[c * d + j] * x[s * d + j]; }
                            int pred = 0; for (int c = 1; c < k; c++) if (sc[c] > sc[pred]) pred = c;
                            if (pred != labels[s]) { for (int j = 0; j < d; j++) { w[labels[s] * d + j] += rate * x[s * d + j]; w[pred * d + j] -= rate * x[s * d + j]; } } }
                    double l = 0; for (int i = 0; i < w.Length; i++) l += w[i] * w[i] * (i + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Labels(r, n, 3) }),
        };

        public static TheoryData<string> DeclinedNames() => new TheoryData<string>(Declined.Select(c => c.Name));

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Gated_updates_the_generator_declines(string name)
        {
            ArrayCase c = Declined.Single(d => d.Name == name);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == "DIFF015") && diagnostics.Any(d => d.GetMessage().StartsWith("Reading an element of the local array '", StringComparison.Ordinal)),
                name + ":\n" + string.Join("\n", diagnostics));
        }

        /// <summary>
        /// The hinge step with weight decay in the gate's else (S22HingeElse, S22GateElseOtherArray writes another array there
        /// and keeps the general message) says what is not supported and the two ways out the sweep checked (S22HingeChoiceEpochs).
        /// </summary>
        [Fact]
        public void Writes_on_both_sides_of_the_gate_say_how_to_write_the_update()
        {
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(Declined.Single(d => d.Name == "S22HingeElse")));
            Assert.Contains(diagnostics, d => d.Id == "DIFF015" && d.GetMessage().Contains("overwrites afterwards on both sides of an if (its else writes the array too)", StringComparison.Ordinal)
                && d.GetMessage().Contains("write the update once, every iteration, with the choice inside it", StringComparison.Ordinal));
        }

        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("S22PerceptronBias", """
                [Differentiable("w0", "b0", "rate")] public static float S22PerceptronBiasFloat(float[] w0, float b0, float rate, float[] x, float[] y) {
                    int d = w0.Length; float[] w = (float[])w0.Clone(); float b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            float score = b; for (int j = 0; j < d; j++) score += w[j] * x[s * d + j];
                            if (y[s] * score < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    float loss = b * b; for (int j = 0; j < d; j++) loss += w[j] * w[j];
                    return loss; }
                """),
            ("S22DeadZoneLmsEpochs", """
                [Differentiable("w0", "mu")] public static float S22DeadZoneLmsEpochsFloat(float[] w0, float mu, float[] xs, float[] ds) {
                    int m = w0.Length; float[] w = (float[])w0.Clone(); float sse = 0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int t = m - 1; t < xs.Length; t++) {
                            float yh = 0; for (int k = 0; k < m; k++) yh += w[k] * xs[t - k];
                            float e = ds[t] - yh;
                            if (MathF.Abs(e) > 0.15f) { for (int k = 0; k < m; k++) w[k] += mu * e * xs[t - k]; }
                            if (epoch == 2) sse += e * e; }
                    return sse; }
                """),
            ("S22HeatSwap", """
                [Differentiable("u0", "alpha")] public static float S22HeatSwapFloat(float[] u0, float alpha, int steps) {
                    int n = u0.Length; float[] u = new float[n]; float[] next = new float[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int st = 0; st < steps; st++) {
                        for (int i = 0; i < n; i++) { float left = i > 0 ? u[i - 1] : 0; float right = i + 1 < n ? u[i + 1] : 0; next[i] = u[i] + alpha * (left - 2 * u[i] + right); }
                        (u, next) = (next, u); }
                    float s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """),
            ("S22Garch11", """
                [Differentiable("omega", "alpha", "beta")] public static float S22Garch11Float(float omega, float alpha, float beta, float[] ret) {
                    float h = omega / (1 - alpha - beta); float nll = 0;
                    for (int t = 0; t < ret.Length; t++) { nll += 0.5f * (MathF.Log(h) + ret[t] * ret[t] / h); h = omega + alpha * ret[t] * ret[t] + beta * h; }
                    return nll; }
                """),
            ("S22MaskedAttention", """
                [Differentiable("q", "k", "v", "temp")] public static float S22MaskedAttentionFloat(float[] q, float[] k, float[] v, float temp, int[] mask) {
                    int t = mask.Length; float total = 0; float[] a = new float[t];
                    for (int i = 0; i < t; i++) {
                        float mx = -1e30f;
                        for (int j = 0; j < t; j++) { a[j] = mask[j] == 0 || j > i ? -1e9f : q[i] * k[j] / temp; mx = MathF.Max(mx, a[j]); }
                        float z = 0; for (int j = 0; j < t; j++) { a[j] = MathF.Exp(a[j] - mx); z += a[j]; }
                        float o = 0; for (int j = 0; j < t; j++) o += a[j] / z * v[j];
                        total += o * o + o; }
                    return total; }
                """),
            ("S22HoltWinters", """
                [Differentiable("alpha", "beta", "gamma", "season0")] public static float S22HoltWintersFloat(float alpha, float beta, float gamma, float[] season0, float[] y) {
                    int p = season0.Length; float[] season = new float[p]; for (int k = 0; k < p; k++) season[k] = season0[k];
                    float level = y.Length > 0 ? y[0] : 0; float trend = 0; float sse = 0;
                    for (int t = 0; t < y.Length; t++) {
                        int s = t % p;
                        float fc = level + trend + season[s]; float err = y[t] - fc; sse += err * err;
                        float newLevel = alpha * (y[t] - season[s]) + (1 - alpha) * (level + trend);
                        trend = beta * (newLevel - level) + (1 - beta) * trend;
                        season[s] = gamma * (y[t] - newLevel) + (1 - gamma) * season[s];
                        level = newLevel; }
                    return sse; }
                """),
        };

        public static TheoryData<int> FloatIndexes() => new TheoryData<int>(Enumerable.Range(0, Floats.Length));

        [Theory]
        [MemberData(nameof(FloatIndexes))]
        public void Float_gradient_matches_its_double_twin(int i)
        {
            ArrayCase twin = Accepted.Single(c => c.Name == Floats[i].Twin);
            ArrayGradientTests.Check(ArrayCase.FloatTwinOf(twin, Floats[i].Source), twin);
        }
    }
}
