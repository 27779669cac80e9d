using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review 23b: ordinary tests in methods with loops and arrays (convergence checks on locals, softmax with z[i] − max,
    /// Huber and hinge over data, clipping, outlier z-scores, early stopping, Neumaier summation, time stepping with t − t0,
    /// max − min ranges) are not reported by the branch-test rule and are right against finite differences.
    /// </summary>
    public sealed class Review23bLoopTests
    {
        [Fact]
        public void Newton_sqrt_with_tolerance() => ArrayGradientTests.Check(Case("R23bNewtonTol", @"[Differentiable] public static double R23bNewtonTol(double a)
{
    double x = 1, prev = 0;
    for (int i = 0; i < 60; i++) { prev = x; x = 0.5 * (x + a / x); if (Math.Abs(x - prev) < 1e-13) break; }
    return x;
}", (r, n) => new object[] { Draw.Uniform(r, 0.5, 4) }, ArrayCase.Scalar));

        [Fact]
        public void Logsumexp_with_max_shift() => ArrayGradientTests.Check(Case("R23bLse", @"[Differentiable] public static double R23bLse(double[] z)
{
    double m = z[0];
    for (int i = 1; i < z.Length; i++) if (z[i] > m) m = z[i];
    double s = 0;
    for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i] - m);
    return Math.Log(s) + m;
}", (r, n) => new object[] { Draw.Separated(r, n) }, ArrayCase.NonEmpty));

        [Fact]
        public void Huber_over_residuals() => ArrayGradientTests.Check(Case("R23bHuber", @"[Differentiable(""w"", ""b"")] public static double R23bHuber(double w, double b, double[] x, double[] y, double delta)
{
    double s = 0;
    for (int i = 0; i < x.Length; i++)
    {
        double r = w * x[i] + b - y[i];
        s += Math.Abs(r) <= delta ? 0.5 * r * r : delta * (Math.Abs(r) - 0.5 * delta);
    }
    return s / Math.Max(1, x.Length);
}", (r, n) => new object[] { S(r), S(r), V(r, n), V(r, n), 0.7 }));

        [Fact]
        public void Huber_float_twin()
        {
            ArrayCase twin = Case("R23bHuberD", @"[Differentiable(""w"", ""b"")] public static double R23bHuberD(double w, double b, double[] x, double[] y)
{
    double s = 0;
    for (int i = 0; i < x.Length; i++) { double r = w * x[i] + b - y[i]; s += Math.Abs(r) <= 0.7 ? 0.5 * r * r : 0.7 * (Math.Abs(r) - 0.35); }
    return s;
}", (r, n) => new object[] { S(r), S(r), V(r, n), V(r, n) });
            ArrayGradientTests.Check(twin);
            FloatTwin(twin, "R23bHuberF", @"[Differentiable(""w"", ""b"")] public static float R23bHuberF(float w, float b, float[] x, float[] y)
{
    float s = 0;
    for (int i = 0; i < x.Length; i++) { float r = w * x[i] + b - y[i]; s += MathF.Abs(r) <= 0.7f ? 0.5f * r * r : 0.7f * (MathF.Abs(r) - 0.35f); }
    return s;
}");
        }

        [Fact]
        public void Hinge_loss_inline_margin() => ArrayGradientTests.Check(Case("R23bHinge", @"[Differentiable(""w"", ""b"")] public static double R23bHinge(double[] w, double b, double[] x, double[] y)
{
    double loss = 0;
    for (int i = 0; i < y.Length; i++)
    {
        double s = b;
        for (int j = 0; j < w.Length; j++) s += w[j] * x[i * w.Length + j];
        if (1 - y[i] * s > 0) loss += 1 - y[i] * s;
    }
    return loss + 0.01 * b * b;
}", (r, n) => new object[] { V(r, 2), S(r), V(r, 2 * n), Enumerable.Range(0, n).Select(i => Draw.Sign(r)).ToArray() }));

        [Fact]
        public void Outlier_clipping_by_z_score() => ArrayGradientTests.Check(Case("R23bClipZ", @"[Differentiable] public static double R23bClipZ(double[] x, double mean, double sd)
{
    double s = 0;
    for (int i = 0; i < x.Length; i++)
    {
        if (x[i] - mean > 2 * sd) s += mean + 2 * sd;
        else if (x[i] - mean < -2 * sd) s += mean - 2 * sd;
        else s += x[i] * x[i];
    }
    return s;
}", (r, n) => new object[] { Draw.Vector(r, n, -4, 4), Draw.Uniform(r, -0.5, 0.5), Draw.Uniform(r, 0.5, 1.5) }));

        [Fact]
        public void Early_stopping_gradient_descent() => ArrayGradientTests.Check(Case("R23bEarlyStop", @"[Differentiable] public static double R23bEarlyStop(double w0, double lr)
{
    double w = w0, loss = 0;
    for (int e = 0; e < 20; e++)
    {
        loss = (w - 3) * (w - 3) + 0.1 * w * w;
        if (loss < 1e-8) break;
        w -= lr * (2 * (w - 3) + 0.2 * w);
    }
    return loss + w;
}", (r, n) => new object[] { Draw.Uniform(r, -2, 2), Draw.Uniform(r, 0.02, 0.05) }, ArrayCase.Scalar));

        [Fact]
        public void Euler_with_elapsed_time_test() => ArrayGradientTests.Check(Case("R23bEuler", @"[Differentiable(""k"", ""y0"")] public static double R23bEuler(double k, double y0, double t0, double dt)
{
    double y = y0, t = t0;
    while (t - t0 < 1.0 - 1e-9) { y += dt * (-k * y); t += dt; }
    return y;
}", (r, n) => new object[] { Draw.Uniform(r, 0.2, 2), Draw.Uniform(r, 0.5, 2), 0.3, 0.05 }, ArrayCase.Scalar));

        [Fact]
        public void Neumaier_sum() => ArrayGradientTests.Check(Case("R23bNeumaier", @"[Differentiable] public static double R23bNeumaier(double[] v)
{
    double s = 0, c = 0;
    for (int i = 0; i < v.Length; i++)
    {
        double t = s + v[i];
        if (Math.Abs(s) >= Math.Abs(v[i])) c += (s - t) + v[i]; else c += (v[i] - t) + s;
        s = t;
    }
    return s + c;
}", (r, n) => new object[] { V(r, n) }));

        [Fact]
        public void Range_with_min_and_max() => ArrayGradientTests.Check(Case("R23bRange", @"[Differentiable] public static double R23bRange(double[] x)
{
    double lo = x[0], hi = x[0];
    for (int i = 1; i < x.Length; i++) { lo = Math.Min(lo, x[i]); hi = Math.Max(hi, x[i]); }
    return hi - lo > 1 ? hi - lo : 1 + 0.1 * (hi - lo);
}", (r, n) => new object[] { Draw.Separated(r, n) }, ArrayCase.NonEmpty));

        [Fact]
        public void Relu_layer_with_threshold_and_leak() => ArrayGradientTests.Check(Case("R23bRelu", @"[Differentiable(""w"")] public static double R23bRelu(double[] w, double[] x, double t)
{
    double s = 0;
    for (int i = 0; i < x.Length; i++) { double a = w[i] * x[i] - t; s += a > 0 ? a : 0.01 * a; }
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), 0.1 }));

        [Fact]
        public void Gradient_clipping_by_norm() => ArrayGradientTests.Check(Case("R23bClipNorm", @"[Differentiable(""g"")] public static double R23bClipNorm(double[] g, double maxNorm)
{
    double n2 = 0;
    for (int i = 0; i < g.Length; i++) n2 += g[i] * g[i];
    double n = Math.Sqrt(n2 + 1e-12);
    double scale = n > maxNorm ? maxNorm / n : 1.0;
    double s = 0;
    for (int i = 0; i < g.Length; i++) s += (i + 1) * g[i] * scale;
    return s;
}", (r, n) => new object[] { V(r, n), 1.5 }, ArrayCase.NonEmpty));

        [Fact]
        public void Mean_centred_positive_part() => ArrayGradientTests.Check(Case("R23bPosPart", @"[Differentiable] public static double R23bPosPart(double[] x, double m)
{
    double s = 0;
    for (int i = 0; i < x.Length; i++) if (x[i] - m > 0) s += (x[i] - m) * (x[i] - m);
    return s;
}", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Fraction_above_half_by_index() => ArrayGradientTests.Check(Case("R23bIndexFrac", @"[Differentiable] public static double R23bIndexFrac(double[] x)
{
    double s = 0;
    int n = x.Length;
    for (int i = 0; i < n; i++) if (i * 1.0 / n > 0.5) s += x[i] * x[i];
    return s;
}", (r, n) => new object[] { V(r, n) }));

        [Fact]
        public void Relative_tolerance_while_condition() => ArrayGradientTests.Check(Case("R23bRelTol", @"[Differentiable] public static double R23bRelTol(double a)
{
    double x = a;
    int i = 0;
    while (Math.Abs(x * x - a) > 1e-14 * a && i < 100) { x = 0.5 * (x + a / x); i++; }
    return x;
}", (r, n) => new object[] { Draw.Uniform(r, 0.5, 4) }, ArrayCase.Scalar));
    }
}
