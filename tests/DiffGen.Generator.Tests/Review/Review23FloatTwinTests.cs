using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Float twins of the twenty-third session's scalar methods (Review23CallTests, Review23ShapeTests, Review23BranchTests,
    /// Review23FloatIntTests): each double method rewritten in float (float types, MathF, f literals; Math.Clamp kept, which
    /// has a float overload) and checked as the catalog's float cases are, against its double twin at the same points (gradient
    /// and partials to 1e-4), at points where the double twin is smooth over the stencil. All 90 pairs right.
    /// </summary>
    public sealed partial class Review23FloatTwinTests
    {
        internal sealed record Twin(string Name, string Args, string Double, string Float);

        public static TheoryData<string> Names() => new TheoryData<string>(Twins1.Concat(Twins2).Select(t => t.Name));

        [Theory]
        [MemberData(nameof(Names))]
        public void Float_twin_matches_the_double_twin(string name)
        {
            Twin t = Twins1.Concat(Twins2).Single(x => x.Name == name);
            ArrayCase d = Case("R23D_" + t.Name, t.Double, (r, n) => t.Args.Select(a => a == 's' ? (object)S(r) : 5).ToArray(), ArrayCase.Scalar);
            FloatTwin(d, "R23T_" + t.Name, t.Float);
        }

        private static readonly Twin[] Twins1 =
        {
            new Twin("SqrtSquare", "ss",
                @"[Differentiable] public static double R23D_SqrtSquare(double x, double y) => Math.Sqrt(x * x) * y + Math.Sqrt(x * x * y * y);",
                @"[Differentiable] public static float R23T_SqrtSquare(float x, float y) => MathF.Sqrt(x * x) * y + MathF.Sqrt(x * x * y * y);"),
            new Twin("PowSquare15", "ss",
                @"[Differentiable] public static double R23D_PowSquare15(double x, double y) => Math.Pow(x * x, 1.5) + Math.Pow(Math.Pow(y, 2), 0.5) * x;",
                @"[Differentiable] public static float R23T_PowSquare15(float x, float y) => MathF.Pow(x * x, 1.5f) + MathF.Pow(MathF.Pow(y, 2), 0.5f) * x;"),
            new Twin("LogSquare", "ss",
                @"[Differentiable] public static double R23D_LogSquare(double x, double y) => Math.Log(x * x) + Math.Log(y * y * 3) * x;",
                @"[Differentiable] public static float R23T_LogSquare(float x, float y) => MathF.Log(x * x) + MathF.Log(y * y * 3) * x;"),
            new Twin("LogProdNeg", "ss",
                @"[Differentiable] public static double R23D_LogProdNeg(double x, double y) => Math.Log(x * y) + Math.Sqrt(x * y) + Math.Log(x / y) * Math.Sqrt(y / x) + Math.Pow(x * y, 1.5);",
                @"[Differentiable] public static float R23T_LogProdNeg(float x, float y) => MathF.Log(x * y) + MathF.Sqrt(x * y) + MathF.Log(x / y) * MathF.Sqrt(y / x) + MathF.Pow(x * y, 1.5f);"),
            new Twin("CbrtCube", "ss",
                @"[Differentiable] public static double R23D_CbrtCube(double x, double y) => Math.Cbrt(x * x * x) * y + Math.Cbrt(y * y) + Math.Pow(Math.Cbrt(x), 2);",
                @"[Differentiable] public static float R23T_CbrtCube(float x, float y) => MathF.Cbrt(x * x * x) * y + MathF.Cbrt(y * y) + MathF.Pow(MathF.Cbrt(x), 2);"),
            new Twin("ExpLog", "ss",
                @"[Differentiable] public static double R23D_ExpLog(double x, double y) => Math.Exp(2 * Math.Log(x)) * y + Math.Exp(Math.Log(y) * x) + Math.Log(Math.Exp(x * y));",
                @"[Differentiable] public static float R23T_ExpLog(float x, float y) => MathF.Exp(2 * MathF.Log(x)) * y + MathF.Exp(MathF.Log(y) * x) + MathF.Log(MathF.Exp(x * y));"),
            new Twin("SqrtInv", "ss",
                @"[Differentiable] public static double R23D_SqrtInv(double x, double y) => y / Math.Sqrt(x * x) + 1 / Math.Sqrt(y * y * x * x) + Math.Sqrt(1 / (x * x));",
                @"[Differentiable] public static float R23T_SqrtInv(float x, float y) => y / MathF.Sqrt(x * x) + 1 / MathF.Sqrt(y * y * x * x) + MathF.Sqrt(1 / (x * x));"),
            new Twin("AbsSign", "ss",
                @"[Differentiable] public static double R23D_AbsSign(double x, double y) => Math.Abs(x * y) + Math.Abs(x) / x * y + Math.Sign(x) * x * y + Math.Abs(x) * Math.Abs(x);",
                @"[Differentiable] public static float R23T_AbsSign(float x, float y) => MathF.Abs(x * y) + MathF.Abs(x) / x * y + MathF.Sign(x) * x * y + MathF.Abs(x) * MathF.Abs(x);"),
            new Twin("IntDivParam", "si",
                @"[Differentiable] public static double R23D_IntDivParam(double x, int n) => x * x * (n / 2) + Math.Pow(x, n / 2) + x / (n / 2 + 1) + (n % 3) * x;",
                @"[Differentiable] public static float R23T_IntDivParam(float x, int n) => x * x * (n / 2) + MathF.Pow(x, n / 2) + x / (n / 2 + 1) + (n % 3) * x;"),
            new Twin("IntDivConstLocal", "s",
                @"[Differentiable] public static double R23D_IntDivConstLocal(double x) { const int m = 3; const int k = 2; return m / k * x * x + x * (m / 2) + (m % k) * Math.Sin(x) + (double)m / k * x; }",
                @"[Differentiable] public static float R23T_IntDivConstLocal(float x) { const int m = 3; const int k = 2; return m / k * x * x + x * (m / 2) + (m % k) * MathF.Sin(x) + (float)m / k * x; }"),
            new Twin("PowIntFold", "s",
                @"[Differentiable] public static double R23D_PowIntFold(double x) => Math.Pow(x, 1 / 2) + Math.Pow(x, 3 / 2) * x + x * (1 / 3) + 7 / 2 * x;",
                @"[Differentiable] public static float R23T_PowIntFold(float x) => MathF.Pow(x, 1 / 2) + MathF.Pow(x, 3 / 2) * x + x * (1 / 3) + 7 / 2 * x;"),
            new Twin("Atan2Quadrants", "ss",
                @"[Differentiable] public static double R23D_Atan2Quadrants(double x, double y) => Math.Atan2(y, x) + Math.Atan2(x * y, 1 + x * x) * y + Math.Atan2(-y, -x);",
                @"[Differentiable] public static float R23T_Atan2Quadrants(float x, float y) => MathF.Atan2(y, x) + MathF.Atan2(x * y, 1 + x * x) * y + MathF.Atan2(-y, -x);"),
            new Twin("Hypot", "ss",
                @"[Differentiable] public static double R23D_Hypot(double x, double y) => Math.Sqrt(x * x + y * y) + Math.Log(1 + x * x) + Math.Log(1 + Math.Exp(y)) + Math.Log(Math.Sqrt(x * x + y * y + 1));",
                @"[Differentiable] public static float R23T_Hypot(float x, float y) => MathF.Sqrt(x * x + y * y) + MathF.Log(1 + x * x) + MathF.Log(1 + MathF.Exp(y)) + MathF.Log(MathF.Sqrt(x * x + y * y + 1));"),
            new Twin("PowVar", "ss",
                @"[Differentiable] public static double R23D_PowVar(double x, double y) => Math.Pow(x, y) + Math.Pow(2, x * y) + Math.Pow(x, -y) * Math.Pow(y * y + 1, x) + Math.Pow(Math.E, y);",
                @"[Differentiable] public static float R23T_PowVar(float x, float y) => MathF.Pow(x, y) + MathF.Pow(2, x * y) + MathF.Pow(x, -y) * MathF.Pow(y * y + 1, x) + MathF.Pow(MathF.E, y);"),
            new Twin("PowConstVarBaseNeg", "ss",
                @"[Differentiable] public static double R23D_PowConstVarBaseNeg(double x, double y) => Math.Pow(x, 3) * y + Math.Pow(x, -2) + Math.Pow(x * y, 2.0) + Math.Pow(x, 4.0 / 2.0);",
                @"[Differentiable] public static float R23T_PowConstVarBaseNeg(float x, float y) => MathF.Pow(x, 3) * y + MathF.Pow(x, -2) + MathF.Pow(x * y, 2.0f) + MathF.Pow(x, 4.0f / 2.0f);"),
            new Twin("Kinks", "ss",
                @"[Differentiable] public static double R23D_Kinks(double x, double y) => Math.Clamp(x * y, -0.5, 0.8) + Math.Max(x, Math.Min(y, 1)) * x + Math.Min(x * x, y + 1) + Math.Clamp(x, y - 1, y + 1) * y + Math.Abs(x - y) * Math.Sign(y);",
                @"[Differentiable] public static float R23T_Kinks(float x, float y) => Math.Clamp(x * y, -0.5f, 0.8f) + MathF.Max(x, MathF.Min(y, 1)) * x + MathF.Min(x * x, y + 1) + Math.Clamp(x, y - 1, y + 1) * y + MathF.Abs(x - y) * MathF.Sign(y);"),
            new Twin("Guards", "ss",
                @"[Differentiable] public static double R23D_Guards(double x, double y)
{
    if (x < -1) return -x * y;
    if (x > 2) return Math.Log(x) * y;
    double t = x * y;
    if (y > x) return t * x + y;
    if (t < 0) { double u = Math.Exp(t); return u * x; }
    return Math.Sin(t) / x;
}",
                @"[Differentiable] public static float R23T_Guards(float x, float y)
{
    if (x < -1) return -x * y;
    if (x > 2) return MathF.Log(x) * y;
    float t = x * y;
    if (y > x) return t * x + y;
    if (t < 0) { float u = MathF.Exp(t); return u * x; }
    return MathF.Sin(t) / x;
}"),
            new Twin("NestedTernary", "ss",
                @"[Differentiable] public static double R23D_NestedTernary(double x, double y) => x > 0 ? (y > 0 ? (x > y ? x * y : y * y * x) : (x > 1 ? -y : x * Math.Exp(y))) : (y > x ? (y > 0 ? Math.Sin(x * y) : Math.Cos(x) * y) : x * x * x);",
                @"[Differentiable] public static float R23T_NestedTernary(float x, float y) => x > 0 ? (y > 0 ? (x > y ? x * y : y * y * x) : (x > 1 ? -y : x * MathF.Exp(y))) : (y > x ? (y > 0 ? MathF.Sin(x * y) : MathF.Cos(x) * y) : x * x * x);"),
            new Twin("Chain3", "ss",
                @"[Differentiable] public static double A(double x) => Math.Sin(x) * x;
[Differentiable] public static double B(double x, double y) => A(x * y) + y * A(y);
[Differentiable] public static double Cc(double x, double y) => B(A(x), y) * B(y, x);
[Differentiable] public static double R23D_Chain3(double x, double y) => Cc(x, y) + A(Cc(y, x)) + B(x, x);",
                @"[Differentiable] public static float A(float x) => MathF.Sin(x) * x;
[Differentiable] public static float B(float x, float y) => A(x * y) + y * A(y);
[Differentiable] public static float Cc(float x, float y) => B(A(x), y) * B(y, x);
[Differentiable] public static float R23T_Chain3(float x, float y) => Cc(x, y) + A(Cc(y, x)) + B(x, x);"),
            new Twin("TwiceDiffArgs", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b;
[Differentiable] public static double R23D_TwiceDiffArgs(double x, double y) => G(x, y) * G(y, x) + G(x * x, 2.0) - G(3.0, y) / G(y, y);",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b;
[Differentiable] public static float R23T_TwiceDiffArgs(float x, float y) => G(x, y) * G(y, x) + G(x * x, 2.0f) - G(3.0f, y) / G(y, y);"),
            new Twin("CallInTests", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b;
[Differentiable] public static double R23D_CallInTests(double x, double y)
{
    if (G(x, y) > 0.5) return G(x, y) * x;
    if (G(y, x) < -0.5) return G(x, x) + y;
    return G(x, y) > 0 ? y * G(y, x) : G(x + y, y);
}",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b;
[Differentiable] public static float R23T_CallInTests(float x, float y)
{
    if (G(x, y) > 0.5f) return G(x, y) * x;
    if (G(y, x) < -0.5f) return G(x, x) + y;
    return G(x, y) > 0 ? y * G(y, x) : G(x + y, y);
}"),
            new Twin("MutualRec", "s",
                @"[Differentiable] public static double S(double x) => Math.Abs(x) < 0.01 ? x - x * x * x / 6 : 2 * S(x / 2) * Co(x / 2);
[Differentiable] public static double Co(double x) => Math.Abs(x) < 0.01 ? 1 - x * x / 2 : Co(x / 2) * Co(x / 2) - S(x / 2) * S(x / 2);
[Differentiable] public static double R23D_MutualRec(double x) => S(x) * Co(x) + S(x * x);",
                @"[Differentiable] public static float S(float x) => MathF.Abs(x) < 0.01f ? x - x * x * x / 6 : 2 * S(x / 2) * Co(x / 2);
[Differentiable] public static float Co(float x) => MathF.Abs(x) < 0.01f ? 1 - x * x / 2 : Co(x / 2) * Co(x / 2) - S(x / 2) * S(x / 2);
[Differentiable] public static float R23T_MutualRec(float x) => S(x) * Co(x) + S(x * x);"),
            new Twin("ParamNamesGen", "sss",
                @"[Differentiable] public static double R23D_ParamNamesGen(double x2, double value, double result) { double dX2 = x2 * value; double dValue = result * result; return dX2 + dValue * x2 + Math.Exp(value) * result; }",
                @"[Differentiable] public static float R23T_ParamNamesGen(float x2, float value, float result) { float dX2 = x2 * value; float dValue = result * result; return dX2 + dValue * x2 + MathF.Exp(value) * result; }"),
            new Twin("KeywordNames", "ss",
                @"[Differentiable] public static double R23D_KeywordNames(double @double, double @in) { double @return = @double * @in; return @return * @return + Math.Sin(@in); }",
                @"[Differentiable] public static float R23T_KeywordNames(float @float, float @in) { float @return = @float * @in; return @return * @return + MathF.Sin(@in); }"),
            new Twin("ShadowLocalFn", "ss",
                @"[Differentiable] public static double R23D_ShadowLocalFn(double x, double y) { double Sq(double x) => x * x; static double Cu(double y) => y * y * y; return Sq(y) * x + Cu(x) + Sq(x + y); }",
                @"[Differentiable] public static float R23T_ShadowLocalFn(float x, float y) { float Sq(float x) => x * x; static float Cu(float y) => y * y * y; return Sq(y) * x + Cu(x) + Sq(x + y); }"),
            new Twin("StaticMembers", "ss",
                @"public static double Scale = 2.5;
public static int N { get; } = 3;
public const double K = 0.75;
[Differentiable] public static double R23D_StaticMembers(double x, double y) => Scale * x * y + N / 2 * x + x * N / 2 + K * y * y + Math.Pow(x, N);",
                @"public static float Scale = 2.5f;
public static int N { get; } = 3;
public const float K = 0.75f;
[Differentiable] public static float R23T_StaticMembers(float x, float y) => Scale * x * y + N / 2 * x + x * N / 2 + K * y * y + MathF.Pow(x, N);"),
            new Twin("DoubleCompound", "si",
                @"[Differentiable] public static double R23D_DoubleCompound(double x, int n) { double s = x; s += n / 2; s *= n; s -= x * (n % 4); s /= n + 1; return s * x; }",
                @"[Differentiable] public static float R23T_DoubleCompound(float x, int n) { float s = x; s += n / 2; s *= n; s -= x * (n % 4); s /= n + 1; return s * x; }"),
            new Twin("IntRecIf", "si",
                @"[Differentiable] public static double P(double x, int n) { double r = 1; if (n > 0) r = x * P(x, n - 1); return r; }
[Differentiable] public static double R23D_IntRecIf(double x, int n) => P(x, n) + P(x * x, 2);",
                @"[Differentiable] public static float P(float x, int n) { float r = 1; if (n > 0) r = x * P(x, n - 1); return r; }
[Differentiable] public static float R23T_IntRecIf(float x, int n) => P(x, n) + P(x * x, 2);"),
            new Twin("IntRecParam", "si",
                @"[Differentiable] public static double P(double x, int n) { int m = n - 1; double r = 1; if (n > 0) r = x * P(x, m); return r; }
[Differentiable] public static double R23D_IntRecParam(double x, int n) => P(x, n) + P(x * x, 2);",
                @"[Differentiable] public static float P(float x, int n) { int m = n - 1; float r = 1; if (n > 0) r = x * P(x, m); return r; }
[Differentiable] public static float R23T_IntRecParam(float x, int n) => P(x, n) + P(x * x, 2);"),
            new Twin("DefaultArg", "ss",
                @"[Differentiable] public static double G(double a, double b = 2.0) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_DefaultArg(double x, double y) => G(x) + G(y, x) * G(x * y);",
                @"[Differentiable] public static float G(float a, float b = 2.0f) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_DefaultArg(float x, float y) => G(x) + G(y, x) * G(x * y);"),
            new Twin("NamedArgs", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * b;
[Differentiable] public static double R23D_NamedArgs(double x, double y) => G(b: x, a: y) + 2 * G(b: y * y, a: x);",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * b;
[Differentiable] public static float R23T_NamedArgs(float x, float y) => G(b: x, a: y) + 2 * G(b: y * y, a: x);"),
            new Twin("NamedArgsLoop", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * b;
[Differentiable] public static double R23D_NamedArgsLoop(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += G(b: x * i, a: y + s * 0.1); return s; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * b;
[Differentiable] public static float R23T_NamedArgsLoop(float x, float y) { float s = 0; for (int i = 0; i < 3; i++) s += G(b: x * i, a: y + s * 0.1f); return s; }"),
            new Twin("ExtensionCall", "ss",
                @"[Differentiable] public static double R23D_ExtensionCall(double x, double y) => x.Sq() * y + (x * y).Sq();
}
public static partial class Ext
{
[Differentiable] public static double Sq(this double v) => v * v * v;",
                @"[Differentiable] public static float R23T_ExtensionCall(float x, float y) => x.Sq() * y + (x * y).Sq();
}
public static partial class Ext
{
[Differentiable] public static float Sq(this float v) => v * v * v;"),
            new Twin("Overloads", "ss",
                @"[Differentiable] public static double G(double x) => G(x, x * 2) + x;
[Differentiable] public static double G(double x, double y) => Math.Sin(x) * y;
[Differentiable] public static double R23D_Overloads(double x, double y) => G(x) * G(y, x) + G(y);",
                @"[Differentiable] public static float G(float x) => G(x, x * 2) + x;
[Differentiable] public static float G(float x, float y) => MathF.Sin(x) * y;
[Differentiable] public static float R23T_Overloads(float x, float y) => G(x) * G(y, x) + G(y);"),
            new Twin("IntOverflow", "si",
                @"[Differentiable] public static double R23D_IntOverflow(double x, int n) => x * (n * 1000000 * 1000) * 1e-9 + x * x;",
                @"[Differentiable] public static float R23T_IntOverflow(float x, int n) => x * (n * 1000000 * 1000) * 1e-9f + x * x;"),
            new Twin("HypotForms", "ss",
                @"[Differentiable] public static double R23D_HypotForms(double x, double y) => x / Math.Sqrt(x * x + y * y) + (Math.Sqrt(x * x + y * y) - x) + Math.Pow(x * x + y * y, 0.5) * y + Math.Pow(x * x + y * y, -1.5) + Math.Log(x + Math.Sqrt(x * x + 1)) + Math.Log((1 + y / 3) / (1 - y / 3)) / 2;",
                @"[Differentiable] public static float R23T_HypotForms(float x, float y) => x / MathF.Sqrt(x * x + y * y) + (MathF.Sqrt(x * x + y * y) - x) + MathF.Pow(x * x + y * y, 0.5f) * y + MathF.Pow(x * x + y * y, -1.5f) + MathF.Log(x + MathF.Sqrt(x * x + 1)) + MathF.Log((1 + y / 3) / (1 - y / 3)) / 2;"),
            new Twin("LogBase", "ss",
                @"[Differentiable] public static double R23D_LogBase(double x, double y) => Math.Log(x, y) + Math.Log(y, 2) * x + Math.Log10(x * y) + Math.Log2(x + y) + Math.Asinh(x - y) + Math.Acosh(1 + x * x) + Math.Atanh(y / 3);",
                @"[Differentiable] public static float R23T_LogBase(float x, float y) => MathF.Log(x, y) + MathF.Log(y, 2) * x + MathF.Log10(x * y) + MathF.Log2(x + y) + MathF.Asinh(x - y) + MathF.Acosh(1 + x * x) + MathF.Atanh(y / 3);"),
            new Twin("GuardCallTest", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_GuardCallTest(double x, double y)
{
    double g = G(x, y);
    if (g > 1) return g * g;
    if (G(y, x) < -0.5) return Math.Min(g, x) * y;
    double h = Math.Max(G(x * y, 1.0), g);
    return h * Math.Clamp(y, -1, 1);
}",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_GuardCallTest(float x, float y)
{
    float g = G(x, y);
    if (g > 1) return g * g;
    if (G(y, x) < -0.5f) return MathF.Min(g, x) * y;
    float h = MathF.Max(G(x * y, 1.0f), g);
    return h * Math.Clamp(y, -1, 1);
}"),
            new Twin("IndexFromEnd", "ss",
                @"[Differentiable] public static double R23D_IndexFromEnd(double x, double y) { double[] a = { x, y, x * y, Math.Sin(x) }; double s = 0; for (int i = 0; i < a.Length; i++) s += a[^(i + 1)] * a[i] * (i + 1) / 2 + a[^1]; return s; }",
                @"[Differentiable] public static float R23T_IndexFromEnd(float x, float y) { float[] a = { x, y, x * y, MathF.Sin(x) }; float s = 0; for (int i = 0; i < a.Length; i++) s += a[^(i + 1)] * a[i] * (i + 1) / 2 + a[^1]; return s; }"),
            new Twin("ConstLoop", "ss",
                @"[Differentiable] public static double R23D_ConstLoop(double x, double y) { const int d = 2; const double h = 0.5; double[] a = new double[2 * d]; for (int i = 0; i < a.Length; i++) a[i] = x * i / d + y * (i / d) + h * (i % d); double s = 0; for (int i = 0; i < d; i++) s += a[i * d + 1] * a[i * d]; return s; }",
                @"[Differentiable] public static float R23T_ConstLoop(float x, float y) { const int d = 2; const float h = 0.5f; float[] a = new float[2 * d]; for (int i = 0; i < a.Length; i++) a[i] = x * i / d + y * (i / d) + h * (i % d); float s = 0; for (int i = 0; i < d; i++) s += a[i * d + 1] * a[i * d]; return s; }"),
            new Twin("PartialPow", "ss",
                @"[Differentiable] public static double R23D_PartialPow(double x, double y) => Math.Pow(x, y * y) * Math.Pow(y * y + 1, -x) + Math.Pow(Math.Pow(x, y), 2) + Math.Pow(x * 2, 1.5) * Math.Sqrt(Math.Pow(x, 3));",
                @"[Differentiable] public static float R23T_PartialPow(float x, float y) => MathF.Pow(x, y * y) * MathF.Pow(y * y + 1, -x) + MathF.Pow(MathF.Pow(x, y), 2) + MathF.Pow(x * 2, 1.5f) * MathF.Sqrt(MathF.Pow(x, 3));"),
            new Twin("SsaS2", "ss",
                @"[Differentiable] public static double R23D_SsaS2(double x, double y) { double s = x; s = s * y; double s2 = s + 1; s = s2 * s; double s3 = s * x; return s3 + s2 * s; }",
                @"[Differentiable] public static float R23T_SsaS2(float x, float y) { float s = x; s = s * y; float s2 = s + 1; s = s2 * s; float s3 = s * x; return s3 + s2 * s; }"),
            new Twin("SsaS2Loop", "ss",
                @"[Differentiable] public static double R23D_SsaS2Loop(double x, double y) { double s = x; int k = 2; s = s * y * k; double s2 = s + 1; s = s2 * s; double s3 = s * x; return s3 + s2 * s; }",
                @"[Differentiable] public static float R23T_SsaS2Loop(float x, float y) { float s = x; int k = 2; s = s * y * k; float s2 = s + 1; s = s2 * s; float s3 = s * x; return s3 + s2 * s; }"),
            new Twin("ParamF", "ss",
                @"[Differentiable] public static double R23D_ParamF(double x, double f) { double t = x * f; return t * t + f; }",
                @"[Differentiable] public static float R23T_ParamF(float x, float f) { float t = x * f; return t * t + f; }"),
            new Twin("LocalCoCallee", "ss",
                @"[Differentiable] public static double Co(double x) => Math.Cos(x) * x;
[Differentiable] public static double R23D_LocalCoCallee(double x, double y) { double co = y * 2; double dCoDX = x * y; return Co(x) * co + dCoDX * Co(y); }",
                @"[Differentiable] public static float Co(float x) => MathF.Cos(x) * x;
[Differentiable] public static float R23T_LocalCoCallee(float x, float y) { float co = y * 2; float dCoDX = x * y; return Co(x) * co + dCoDX * Co(y); }"),
        };
    }
}
