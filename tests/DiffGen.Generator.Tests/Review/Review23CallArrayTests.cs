using System;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-third session's review of calls in methods with loops or arrays: callees with array and span parameters
    /// called inside loops (in ifs, after continue, before break, nested, in while and foreach), twice with different arrays, with
    /// local arrays and stackalloc spans as arguments, results in if tests and while bounds, chains of three, recursion, custom
    /// derivatives, elements at computed indices as arguments, a local function over a call, float twins. Each is checked as the
    /// catalog's cases are (ArrayGradientTests.Check) at points where the method is smooth over the stencil. All right.
    /// </summary>
    public sealed partial class Review23CallArrayTests
    {
        [Fact]
        public void Array_callee_in_a_loop() => ArrayGradientTests.Check(Case("R23CallArrInLoop", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double Sq(double a) => a * a;
[Differentiable] public static double R23CallArrInLoop(double[] w, double[] x, double c)
{
    double s = 0;
    for (int i = 0; i < x.Length; i++)
    {
        s += Dot(w, x) * x[i] * c + Sq(w[i]);
    }
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Array_callee_twice_with_different_arrays() => ArrayGradientTests.Check(Case("R23CallArrTwice", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23CallArrTwice(double[] w, double[] x, double c)
{
    double s = Dot(w, w) * Dot(w, x) + Dot(x, x) * c;
    for (int i = 0; i < w.Length; i++)
    {
        s += Dot(x, w) * w[i] + Dot(w, w) * c;
    }
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Callee_result_in_if_test_and_while_bound() => ArrayGradientTests.Check(Case("R23CallInIfTest", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b;
[Differentiable] public static double R23CallInIfTest(double[] w, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++)
    {
        double g = G(w[i], c);
        if (g > 0) s += g * w[i];
        else s -= g * c;
    }
    double lim = G(c, 1.0);
    int k = 0;
    while (k < w.Length && w[k] < lim) { s += w[k] * lim; k++; }
    return s;
}", (r, n) => new object[] { V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Chain_of_three_array_callees() => ArrayGradientTests.Check(Case("R23Chain3Arr", @"[Differentiable] public static double L1(double[] w) { double s = 0; for (int i = 0; i < w.Length; i++) s += Math.Sin(w[i]); return s; }
[Differentiable] public static double L2(double[] w, double a) => L1(w) * a + a * a;
[Differentiable] public static double L3(double[] w, double a) { double t = L2(w, a); return t * L1(w) + L2(w, t); }
[Differentiable] public static double R23Chain3Arr(double[] w, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++) s += L3(w, w[i] * c);
    return s + L3(w, c);
}", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Custom_derivative_in_a_loop() => ArrayGradientTests.Check(Case("R23CustomInLoop", @"public static double H(double x) => Math.Sin(x) * x;
[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = Math.Cos(x) * x + Math.Sin(x); return H(x); }
[Differentiable] public static double R23CustomInLoop(double[] w, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++) { double h = H(w[i] * c); s += h * h + H(s) * w[i]; }
    return s;
}", (r, n) => new object[] { V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Mutual_recursion_in_a_loop() => ArrayGradientTests.Check(Case("R23RecInLoop", @"[Differentiable] public static double S(double x) => Math.Abs(x) < 0.01 ? x - x * x * x / 6 : 2 * S(x / 2) * Co(x / 2);
[Differentiable] public static double Co(double x) => Math.Abs(x) < 0.01 ? 1 - x * x / 2 : Co(x / 2) * Co(x / 2) - S(x / 2) * S(x / 2);
[Differentiable] public static double R23RecInLoop(double[] w, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++) s += S(w[i] * c) * Co(w[i]);
    return s;
}", (r, n) => new object[] { V(r, n), S(r) }, new[] { 1,2,3 }));

        [Fact]
        public void Array_callee_inside_an_if_in_a_loop() => ArrayGradientTests.Check(Case("R23ArrCalleeInIf", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23ArrCalleeInIf(double[] w, double[] x, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++)
    {
        if (x[i] > 0) { s += Dot(w, x) * w[i]; }
        else s += c * w[i] * x[i];
    }
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Array_callee_after_continue() => ArrayGradientTests.Check(Case("R23ArrCalleeContinue", @"[Differentiable] public static double Norm(double[] a) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * a[i]; return Math.Sqrt(s + 1); }
[Differentiable] public static double R23ArrCalleeContinue(double[] w, double[] x, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++)
    {
        if (x[i] < 0) continue;
        s += Norm(w) * x[i] * c;
    }
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Array_callees_nested_and_in_a_triangular_loop() => ArrayGradientTests.Check(Case("R23ArrCalleeNested", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double L2(double[] w, double a) => Dot(w, w) * a + a * a;
[Differentiable] public static double R23ArrCalleeNested(double[] w, double[] x, double c)
{
    double s = L2(w, Dot(w, x));
    for (int i = 0; i < w.Length; i++)
        for (int j = 0; j < i; j++)
            s += L2(x, w[i] * w[j]) * c;
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Array_callee_with_the_counter_as_int_argument() => ArrayGradientTests.Check(Case("R23ArrCalleeIntArg", @"[Differentiable(""w"", ""c"")] public static double Sub(double[] w, int i, double c) => w[i] * w[i + 1] * c;
[Differentiable] public static double R23ArrCalleeIntArg(double[] w, double c)
{
    double s = 0;
    for (int i = 0; i + 1 < w.Length; i++) s += Sub(w, i, c) * w[i];
    return s;
}", (r, n) => new object[] { V(r, n, 1), S(r) }));

        [Fact]
        public void Array_callee_on_a_local_array() => ArrayGradientTests.Check(Case("R23ArrCalleeLocal", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23ArrCalleeLocal(double[] w, double[] x, double c)
{
    double[] h = new double[w.Length];
    for (int i = 0; i < w.Length; i++) h[i] = Math.Tanh(w[i] * c + x[i]);
    double s = Dot(h, w) + Dot(h, h) * c;
    for (int i = 0; i < w.Length; i++) s += Dot(h, x) * h[i];
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Array_callee_in_a_while_loop() => ArrayGradientTests.Check(Case("R23ArrCalleeWhile", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23ArrCalleeWhile(double[] w, double[] x, double c)
{
    double s = 0;
    int k = 0;
    while (k < w.Length) { s += Dot(w, x) * w[k] * c; k += 2; }
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Span_callee_given_arrays() => ArrayGradientTests.Check(Case("R23SpanCallee", @"[Differentiable] public static double SDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23SpanCallee(double[] w, double[] x, double c)
{
    double s = SDot(w, x) * c;
    for (int i = 0; i < w.Length; i++) s += SDot(x, w) * w[i];
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Array_recursion_through_an_if() => ArrayGradientTests.Check(Case("R23ArrRec", @"[Differentiable(""w"")] public static double SumFrom(double[] w, int k) { double r = 0; if (k < w.Length) r = w[k] * w[k] + SumFrom(w, k + 1) * 0.5; return r; }
[Differentiable] public static double R23ArrRec(double[] w, double c) => SumFrom(w, 0) * c + SumFrom(w, 1);", (r, n) => new object[] { V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Call_before_a_break() => ArrayGradientTests.Check(Case("R23CallBreak", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b;
[Differentiable] public static double R23CallBreak(double[] w, double[] x, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++)
    {
        double g = G(w[i], c);
        s += g * x[i];
        if (s > 1.5) break;
    }
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Chain_of_three_in_a_loop() => ArrayGradientTests.Check(Case("R23CallChainLoop", @"[Differentiable] public static double A(double x) => Math.Sin(x) * x;
[Differentiable] public static double B(double x, double y) => A(x * y) + y * A(y);
[Differentiable] public static double Cc(double x, double y) => B(A(x), y) * B(y, x);
[Differentiable] public static double R23CallChainLoop(double[] w, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++) { double t = Cc(w[i], c); s += t * Cc(c, s * 0.1) + B(t, w[i]); }
    return s;
}", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Call_in_a_foreach() => ArrayGradientTests.Check(Case("R23ForeachCall", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23ForeachCall(double[] w, double c) { double s = 0; foreach (double v in w) s += G(v, c) * v + G(c, s * 0.1); return s; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Call_arguments_at_computed_indices() => ArrayGradientTests.Check(Case("R23CallIdxArgs", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23CallIdxArgs(double[] w, double c) { int n = w.Length; double s = 0; for (int i = 0; i < n; i++) s += G(w[n - 1 - i], w[i / 2]) * G(w[i % 3 < n ? i % 3 : 0], c); return s; }", (r, n) => new object[] { V(r, n), S(r) }, new[] { 1,2,3,5,6 }));

        [Fact]
        public void Call_updating_a_local_array_in_place() => ArrayGradientTests.Check(Case("R23CallLocalArrInPlace", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23CallLocalArrInPlace(double[] w, double c) { double[] h = new double[w.Length]; for (int i = 0; i < w.Length; i++) h[i] = w[i] * c; for (int k = 0; k < 2; k++) for (int i = 0; i < h.Length; i++) h[i] = G(h[i], c) * 0.5; double s = 0; for (int i = 0; i < h.Length; i++) s += h[i]; return s; }", (r, n) => new object[] { V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Call_in_the_test_of_an_if_holding_loops() => ArrayGradientTests.Check(Case("R23CallIfLoopInside", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23CallIfLoopInside(double[] w, double c) { double g = G(c, 0.5); double s = 0; if (g > 0.3) { for (int i = 0; i < w.Length; i++) s += w[i] * g; } else { for (int i = 0; i < w.Length; i++) s -= G(w[i], c); } return s * g; }", (r, n) => new object[] { V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Local_function_over_an_array_call() => ArrayGradientTests.Check(Case("R23LocalFnArrCall", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23LocalFnArrCall(double[] w, double[] x, double c) { double Sc(double u) => u * Dot(w, x); double s = 0; for (int i = 0; i < w.Length; i++) s += Sc(w[i]) * c; return s; }", (r, n) => new object[] { V(r, n), V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Stackalloc_span_to_a_span_callee() => ArrayGradientTests.Check(Case("R23StackallocToCallee", @"[Differentiable] public static double SDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23StackallocToCallee(double[] w, double c) { Span<double> h = stackalloc double[w.Length]; for (int i = 0; i < w.Length; i++) h[i] = Math.Sin(w[i] * c); return SDot(h, w) + SDot(h, h) * c; }", (r, n) => new object[] { V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Span_parameters_to_a_span_callee() => ArrayGradientTests.Check(Case("R23SpanToSpanCallee", @"[Differentiable] public static double SDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23SpanToSpanCallee(Span<double> w, ReadOnlySpan<double> x, double c) { double s = 0; for (int i = 0; i < w.Length; i++) s += SDot(w, x) * w[^(i + 1)] * c; return s + SDot(x, x); }", (r, n) => new object[] { V(r, n), V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Double_callee_with_int_arithmetic() => ArrayGradientTests.Check(Case("R23DoubleDot", @"[Differentiable] public static double DDot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i] * (i / 2 + 1); return s; }
[Differentiable] public static double R23DoubleDot(double[] w, double[] x, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++) { s += DDot(w, x) * w[i] * (i % 3) / 2; s *= 1 + c * 0.1; }
    return s + DDot(w, w) * c;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Float_callee_with_int_arithmetic() => FloatTwin(Case("R23DoubleDot", @"[Differentiable] public static double DDot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i] * (i / 2 + 1); return s; }
[Differentiable] public static double R23DoubleDot(double[] w, double[] x, double c)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++) { s += DDot(w, x) * w[i] * (i % 3) / 2; s *= 1 + c * 0.1; }
    return s + DDot(w, w) * c;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }), "R23FloatDot", @"[Differentiable] public static float FDot(float[] a, float[] b) { float s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i] * (i / 2 + 1); return s; }
[Differentiable] public static float R23FloatDot(float[] w, float[] x, float c)
{
    float s = 0;
    for (int i = 0; i < w.Length; i++) { s += FDot(w, x) * w[i] * (i % 3) / 2; s *= 1 + c * 0.1f; }
    return s + FDot(w, w) * c;
}");

        [Fact]
        public void Float_span_callee() => FloatTwin(Case("R23SpanToSpanCallee", @"[Differentiable] public static double SDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23SpanToSpanCallee(Span<double> w, ReadOnlySpan<double> x, double c) { double s = 0; for (int i = 0; i < w.Length; i++) s += SDot(w, x) * w[^(i + 1)] * c; return s + SDot(x, x); }", (r, n) => new object[] { V(r, n), V(r, n), S(r) }, new[] { 1,2,3,5 }), "R23FloatSpanCallee", @"[Differentiable] public static float SDotF(ReadOnlySpan<float> a, ReadOnlySpan<float> b) { float s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static float R23FloatSpanCallee(Span<float> w, ReadOnlySpan<float> x, float c) { float s = 0; for (int i = 0; i < w.Length; i++) s += SDotF(w, x) * w[^(i + 1)] * c; return s + SDotF(x, x); }");

        [Fact]
        public void Array_callees_in_a_generic_type() => ArrayGradientTests.Check(Case("R23GenericArrCallee", @"[Differentiable] public static double R23GenericArrCallee(double[] w, double[] x, double c) { double s = 0; for (int i = 0; i < w.Length; i++) s += Box<int>.Dot(w, x) * w[i] * c + Box<string>.Sq(w[i]); return s; }
}
public static partial class Box<T>
{
[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double Sq(double a) => a * a * a;", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Data_array_to_a_callee() => ArrayGradientTests.Check(Case("R23DataArrToCallee", @"[Differentiable(""c"")] public static double Scale(double[] data, double c) { double s = 0; for (int i = 0; i < data.Length; i++) s += data[i] * data[i] * c * c; return s; }
[Differentiable(""w"", ""c"")] public static double R23DataArrToCallee(double[] w, double[] x, double c) { double s = 0; for (int i = 0; i < w.Length; i++) s += Scale(x, c * w[i]) * w[i]; return s; }", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Int_array_field_to_a_callee() => ArrayGradientTests.Check(Case("R23IntArrToCallee", @"public static readonly int[] Idx = { 0, 0, 1, 0 };
[Differentiable(""w"", ""c"")] public static double Pick(double[] w, int[] idx, double c) { double s = 0; for (int i = 0; i < idx.Length; i++) s += w[idx[i] % w.Length] * c; return s; }
[Differentiable] public static double R23IntArrToCallee(double[] w, double c) => Pick(w, Idx, c) * c + Pick(w, Idx, w[0]);", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Loop_bound_from_a_stopped_call() => ArrayGradientTests.Check(Case("R23BoundFromCall", @"[Differentiable] public static double G(double a) => a * a + 1;
[Differentiable] public static double R23BoundFromCall(double[] w, double c) { int m = (int)Gradient.Stop(Math.Floor(G(c))); double s = 0; for (int i = 0; i < m && i < w.Length; i++) s += w[i] * G(w[i] * c); return s; }", (r, n) => new object[] { V(r, n), Draw.Uniform(r, 0.5, 2) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Matrix_field_to_a_callee() => ArrayGradientTests.Check(Case("R23MatrixToCallee", @"public static readonly double[,] M = { { 1, 2, 0.5 }, { -1, 0.5, 2 }, { 0.3, 0.2, 0.1 } };
[Differentiable(""w"", ""c"")] public static double Quad(double[] w, double[,] m, double c) { double s = 0; for (int i = 0; i < w.Length; i++) for (int j = 0; j < w.Length; j++) s += w[i] * m[i, j] * w[j] * c; return s; }
[Differentiable] public static double R23MatrixToCallee(double[] w, double c) => Quad(w, M, c) + Quad(w, M, c * c) * w[0];", (r, n) => new object[] { V(r, n), S(r) }, new[] { 2,3 }));

        [Fact]
        public void Running_max_of_a_call() => ArrayGradientTests.Check(Case("R23RunMaxCall", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23RunMaxCall(double[] w, double c) { double max = -1e9; for (int i = 0; i < w.Length; i++) max = Math.Max(max, G(w[i], c)); return max * c; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Running_min_of_a_call_argument_first() => ArrayGradientTests.Check(Case("R23RunMinCallRev", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23RunMinCallRev(double[] w, double c) { double min = 1e9; for (int i = 0; i < w.Length; i++) min = Math.Min(G(w[i], c * w[i]) * c, min); return min + c; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Running_max_of_an_array_call() => ArrayGradientTests.Check(Case("R23RunMaxArrCall", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23RunMaxArrCall(double[] w, double[] x, double c) { double max = -1e9; for (int i = 0; i < w.Length; i++) max = Math.Max(max, Dot(w, x) * w[i] + c * x[i]); return max; }", (r, n) => new object[] { V(r, n), V(r, n), S(r) }, new[] { 1,2,3,4 }));

        [Fact]
        public void Running_max_of_a_custom_call() => ArrayGradientTests.Check(Case("R23RunMaxCustom", @"public static double H(double x) => Math.Sin(x) * x;
[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = Math.Cos(x) * x + Math.Sin(x); return H(x); }
[Differentiable] public static double R23RunMaxCustom(double[] w, double c) { double max = -1e9; for (int i = 0; i < w.Length; i++) max = Math.Max(max, H(w[i] * c)); return max; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Running_max_of_a_call_beside_other_work() => ArrayGradientTests.Check(Case("R23RunMaxTwoCalls", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23RunMaxTwoCalls(double[] w, double c) { double max = -1e9; double s = 0; for (int i = 0; i < w.Length; i++) { max = Math.Max(max, G(w[i], c)); s += G(c, w[i]) * max; } return max + s; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Clamp_of_a_call_with_variable_bounds() => ArrayGradientTests.Check(Case("R23ClampVarCall", @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23ClampVarCall(double[] w, double c) { double s = 0; for (int i = 0; i < w.Length; i++) { double g = G(w[i], c); s += Math.Clamp(g, -Math.Abs(c), Math.Abs(c) + 0.5) * w[i]; } return s; }", (r, n) => new object[] { V(r, n), S(r) }));
    }
}
