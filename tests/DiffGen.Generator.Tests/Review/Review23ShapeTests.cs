using System;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-third session's review of parameter shapes and names: several arrays of different lengths, elements at
    /// computed indices (i·d + j, n − 1 − i, i / 2, i % 3, ^(i + 1)), Span and ReadOnlySpan parameters, parameters and locals named
    /// like generated members (x2, value, result, lr2 beside a copied lr, dW, wTape, returnedEarly, s2 beside SSA's s2, dT, dX,
    /// dXSum, a parameter f in F), keywords as names, shadowing by local functions and sibling scopes, const locals, static fields
    /// and properties, reassigned parameters and tuple swaps. All right.
    /// </summary>
    public sealed partial class Review23ShapeTests
    {
        [Fact]
        public void Parameters_named_like_generated_locals() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x2, double value, double result) { double dX2 = x2 * value; double dValue = result * result; return dX2 + dValue * x2 + Math.Exp(value) * result; }",
            "F", new object[] { 0.7, -0.4, 0.3 }, new object[] { -1.1, 0.9, 1.2 }, new object[] { 1.6, 1.3, -0.8 });

        [Fact]
        public void Keywords_as_names() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double @double, double @in) { double @return = @double * @in; return @return * @return + Math.Sin(@in); }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Local_functions_shadowing_parameters() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double Sq(double x) => x * x; static double Cu(double y) => y * y * y; return Sq(y) * x + Cu(x) + Sq(x + y); }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Static_fields_properties_and_consts() => LoopFreeCheck.Check(
            @"public static double Scale = 2.5;
public static int N { get; } = 3;
public const double K = 0.75;
[Differentiable] public static double F(double x, double y) => Scale * x * y + N / 2 * x + x * N / 2 + K * y * y + Math.Pow(x, N);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void User_s2_beside_reassigned_s() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double s = x; s = s * y; double s2 = s + 1; s = s2 * s; double s3 = s * x; return s3 + s2 * s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void User_s2_beside_reassigned_s_loop_route() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double s = x; int k = 2; s = s * y * k; double s2 = s + 1; s = s2 * s; double s3 = s * x; return s3 + s2 * s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Parameter_named_like_the_value_local() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double f) { double t = x * f; return t * t + f; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Locals_named_like_adjoints() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double t = x * y; double dT = t * t; double dX = Math.Sin(x); double dY = dX * y; return t * dT + dX * dY; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Locals_named_like_adjoints_and_sums_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double t = x * y; double dT = t * t; double dX = Math.Sin(x); double dYSum = dX * y; double dXSum = 0; for (int i = 0; i < 3; i++) dXSum += x * i * dT + y * dYSum; return t * dT + dX * dXSum; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Sibling_scopes_with_one_name() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double s; if (x > 0) { double t = x * x; s = t * y; } else { double t = y * y; s = t * x + t; } { double t = s * x; s += t; } return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.2 });

        [Fact]
        public void Sibling_loops_with_one_name() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) { double t = x * i; s += t * y; } for (int i = 0; i < 3; i++) { double t = y * i + s; s += t * x; } return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.2 });

        [Fact]
        public void Tuple_swaps_of_parameters() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { (x, y) = (x * y, x + y); (x, y) = (y, x); var (a, b) = (x * x, y - x); return a * b + x; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Reassigned_parameters() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { x = x * y; y += x; x *= y; return x + y * y; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Parameter_reassigned_after_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) { s += x * y; } x = s * x; return x + y; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Index_from_end_on_a_local_array() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double[] a = { x, y, x * y, Math.Sin(x) }; double s = 0; for (int i = 0; i < a.Length; i++) s += a[^(i + 1)] * a[i] * (i + 1) / 2 + a[^1]; return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Const_locals_in_indices() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { const int d = 2; const double h = 0.5; double[] a = new double[2 * d]; for (int i = 0; i < a.Length; i++) a[i] = x * i / d + y * (i / d) + h * (i % d); double s = 0; for (int i = 0; i < d; i++) s += a[i * d + 1] * a[i * d]; return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Computed_indices() => ArrayGradientTests.Check(Case("R23ComputedIdx", @"[Differentiable(""a"", ""b"")] public static double R23ComputedIdx(double[] a, double[] b, int d)
{
    int n = a.Length / d;
    double s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < d; j++)
            s += a[i * d + j] * b[j] * (i + 1) + a[a.Length - 1 - (i * d + j)] * a[i * d + j] / 2;
    for (int i = 0; i < a.Length; i++)
        s += a[i / 2] * a[i] * (i / 2) + b[i % 3] * a[i] * (i % 3) + i / 2 * b[(i + 1) % d];
    return s;
}", (r, n) => new object[] { Draw.Vector(r, n * 3), Draw.Vector(r, 3), 3 }, new[] { 1,2,3,4 }));

        [Fact]
        public void Arrays_of_different_lengths() => ArrayGradientTests.Check(Case("R23DiffLengths", @"[Differentiable] public static double R23DiffLengths(double[] a, double[] b, double[] c)
{
    double s = 0;
    for (int i = 0; i < a.Length; i++)
        s += a[i] * b[i + 1] * c[2 * i] + c[2 * i + 1] * b[i] + b[b.Length - 1 - i] * a[a.Length - 1 - i];
    return s * b[0] + c[c.Length - 1];
}", (r, n) => new object[] { V(r, n), V(r, n, 1), Draw.Vector(r, n * 2) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Span_and_read_only_span_parameters() => ArrayGradientTests.Check(Case("R23Spans", @"[Differentiable] public static double R23Spans(ReadOnlySpan<double> x, Span<double> y, double c)
{
    double s = 0;
    for (int i = 0; i < x.Length; i++) s += x[i] * y[y.Length - 1 - i] * c + Math.Sin(y[i]);
    foreach (double v in y) s += v * v * c;
    return s;
}", (r, n) => new object[] { V(r, n), V(r, n), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Loop_locals_named_like_generated_members() => ArrayGradientTests.Check(Case("R23GenNames", @"[Differentiable] public static double R23GenNames(double[] w, double lr, double lr2)
{
    double dW = 0;
    double wTape = 1;
    double result = 0;
    int returnedEarly = 0;
    for (int i = 0; i < w.Length; i++)
    {
        lr *= 0.9;
        dW += w[i] * lr + lr2 * w[i] * w[i];
        wTape = wTape * (1 + 0.1 * w[i]);
        result += dW * returnedEarly;
    }
    return dW + wTape * lr + result;
}", (r, n) => new object[] { V(r, n), S(r), S(r) }, new[] { 1,2,3,5 }));

        [Fact]
        public void Static_size_table_and_scale() => ArrayGradientTests.Check(Case("R23StaticSize", @"public static int N { get; } = 3;
public static readonly double[] Table = { 0.5, -1.5, 2.0 };
public static double Scale = 1.25;
[Differentiable] public static double R23StaticSize(double[] w, double c) { double[] h = new double[N]; double s = 0; for (int i = 0; i < N; i++) { h[i] = w[i] * Table[i] * Scale + c; s += h[i] * h[i] * (N - i) / 2; } return s; }", (r, n) => new object[] { Draw.Vector(r, 3), S(r) }, new[] { 1 }));

        [Fact]
        public void Local_named_like_a_hoisted_constant_call() => ArrayGradientTests.Check(Case("R23NameExpMinus1", @"[Differentiable] public static double R23NameExpMinus1(double[] w, double c) { double expMinus1 = c * 2; double log2 = c + 1; double s = 0; for (int i = 0; i < w.Length; i++) s += w[i] * Math.Exp(-1) * expMinus1 + Math.Log(2) * log2 * w[i] * w[i]; return s; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Local_named_taken() => ArrayGradientTests.Check(Case("R23NameTaken", @"[Differentiable] public static double R23NameTaken(double[] w, double c) { int taken = 3; double s = 0; if (c > 0) { for (int i = 0; i < w.Length; i++) s += w[i] * c * taken; } else { for (int i = 0; i < w.Length; i++) s -= w[i] * w[i]; } return s + taken; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Local_named_skipped() => ArrayGradientTests.Check(Case("R23NameSkipped", @"[Differentiable] public static double R23NameSkipped(double[] w, double[] x, double c) { int skipped = 1; double s = 0; for (int i = 0; i < w.Length; i++) { if (x[i] < -1) continue; for (int j = 0; j <= i; j++) s += w[j] * x[i] * c * skipped; } return s; }", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Locals_named_returnedValue_and_returnedEarly() => ArrayGradientTests.Check(Case("R23NameReturned", @"[Differentiable] public static double R23NameReturned(double[] w, double c) { double returnedValue = 2; int returnedEarly = 5; double s = 0; for (int i = 0; i < w.Length; i++) { s += w[i] * w[i] * c; if (s > 3) return s * returnedValue + returnedEarly; } return s + returnedValue; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Local_named_result() => ArrayGradientTests.Check(Case("R23NameResult", @"[Differentiable] public static double R23NameResult(double[] w, double c) { double result = c * c; double s = 0; for (int i = 0; i < w.Length; i++) s += w[i] * result; if (s > 2) return s * 2; return s + result; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Local_named_fill() => ArrayGradientTests.Check(Case("R23NameFill", @"[Differentiable] public static double R23NameFill(double[] w, double c) { double fill = c * 3; double[] u = new double[w.Length]; Array.Fill(u, c * c); double s = 0; for (int i = 0; i < w.Length; i++) s += u[i] * w[i] + fill; return s; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Locals_named_nextV_and_nextX() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double v) { double nextV = 0.5; double nextX = 0.25; for (int i = 0; i < 3; i++) (x, v) = (x + v * 0.1 * nextV, v - 0.3 * x * 0.1 + nextX); return x * v; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Local_named_maxAt() => ArrayGradientTests.Check(Case("R23NameMaxAt", @"[Differentiable] public static double R23NameMaxAt(double[] w, double c) { int maxAt = 1; double max = -1e9; for (int i = 0; i < w.Length; i++) max = Math.Max(max, w[i] * c); return max * maxAt; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Local_named_once() => ArrayGradientTests.Check(Case("R23NameOnce", @"[Differentiable] public static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
[Differentiable] public static double R23NameOnce(double[] w, double[] x, double c) { int once = 1; double s = 0; for (int i = 0; i < w.Length; i++) { if (x[i] > 0) s += Dot(w, x) * once; } return s * c; }", (r, n) => new object[] { V(r, n), V(r, n), S(r) }));

        [Fact]
        public void Locals_named_like_a_tape_and_an_adjoint() => ArrayGradientTests.Check(Case("R23NameTape", @"[Differentiable] public static double R23NameTape(double[] w, double c) { double acc = 0; double accTape = 0.5; double dAcc = 2; for (int i = w.Length - 1; i >= 0; i--) acc = acc * c + w[i] * accTape * dAcc; return acc; }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Locals_named_expTape_and_exp() => ArrayGradientTests.Check(Case("R23NameExpTape", @"[Differentiable] public static double R23NameExpTape(double[] w, double c) { double expTape = 0.5; double exp = 2; double sum = 0; for (int i = 0; i < w.Length; i++) sum += Math.Exp(w[i] * c) * expTape + exp; return Math.Log(sum); }", (r, n) => new object[] { V(r, n), S(r) }));

        [Fact]
        public void Locals_named_like_adjoint_sums() => ArrayGradientTests.Check(Case("R23NameDSum", @"[Differentiable] public static double R23NameDSum(double[] w, double c) { double dCSum = 0.5; double dC = 2; double dW = 3; double sum = 0; for (int i = 0; i < w.Length; i++) sum += w[i] * c * dCSum + dC * dW * w[i]; return sum / (w.Length + 1); }", (r, n) => new object[] { V(r, n), S(r) }));
    }
}
