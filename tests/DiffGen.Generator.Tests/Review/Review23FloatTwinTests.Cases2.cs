using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    public sealed partial class Review23FloatTwinTests
    {
        private static readonly Twin[] Twins2 =
        {
            new Twin("LocalCoCalleeLoop", "ss",
                @"[Differentiable] public static double Co(double x) => Math.Cos(x) * x;
[Differentiable] public static double R23D_LocalCoCalleeLoop(double x, double y) { double co = y * 2; double dCoDX = x * y; double s = 0; for (int i = 0; i < 2; i++) s += Co(x * i) * co + dCoDX * Co(y); return s; }",
                @"[Differentiable] public static float Co(float x) => MathF.Cos(x) * x;
[Differentiable] public static float R23T_LocalCoCalleeLoop(float x, float y) { float co = y * 2; float dCoDX = x * y; float s = 0; for (int i = 0; i < 2; i++) s += Co(x * i) * co + dCoDX * Co(y); return s; }"),
            new Twin("LocalAdjNames", "ss",
                @"[Differentiable] public static double R23D_LocalAdjNames(double x, double y) { double t = x * y; double dT = t * t; double dX = Math.Sin(x); double dY = dX * y; return t * dT + dX * dY; }",
                @"[Differentiable] public static float R23T_LocalAdjNames(float x, float y) { float t = x * y; float dT = t * t; float dX = MathF.Sin(x); float dY = dX * y; return t * dT + dX * dY; }"),
            new Twin("LocalAdjNamesLoop", "ss",
                @"[Differentiable] public static double R23D_LocalAdjNamesLoop(double x, double y) { double t = x * y; double dT = t * t; double dX = Math.Sin(x); double dYSum = dX * y; double dXSum = 0; for (int i = 0; i < 3; i++) dXSum += x * i * dT + y * dYSum; return t * dT + dX * dXSum; }",
                @"[Differentiable] public static float R23T_LocalAdjNamesLoop(float x, float y) { float t = x * y; float dT = t * t; float dX = MathF.Sin(x); float dYSum = dX * y; float dXSum = 0; for (int i = 0; i < 3; i++) dXSum += x * i * dT + y * dYSum; return t * dT + dX * dXSum; }"),
            new Twin("SiblingScopes", "ss",
                @"[Differentiable] public static double R23D_SiblingScopes(double x, double y) { double s; if (x > 0) { double t = x * x; s = t * y; } else { double t = y * y; s = t * x + t; } { double t = s * x; s += t; } return s; }",
                @"[Differentiable] public static float R23T_SiblingScopes(float x, float y) { float s; if (x > 0) { float t = x * x; s = t * y; } else { float t = y * y; s = t * x + t; } { float t = s * x; s += t; } return s; }"),
            new Twin("SiblingScopesLoop", "ss",
                @"[Differentiable] public static double R23D_SiblingScopesLoop(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) { double t = x * i; s += t * y; } for (int i = 0; i < 3; i++) { double t = y * i + s; s += t * x; } return s; }",
                @"[Differentiable] public static float R23T_SiblingScopesLoop(float x, float y) { float s = 0; for (int i = 0; i < 2; i++) { float t = x * i; s += t * y; } for (int i = 0; i < 3; i++) { float t = y * i + s; s += t * x; } return s; }"),
            new Twin("IntLocalsLoopFree", "si",
                @"[Differentiable] public static double R23D_IntLocalsLoopFree(double x, int n) { int k = n / 2; double t = x * k; k = k + 1; t += x * k * x; k *= 3; t -= k % 4 * x; return t; }",
                @"[Differentiable] public static float R23T_IntLocalsLoopFree(float x, int n) { int k = n / 2; float t = x * k; k = k + 1; t += x * k * x; k *= 3; t -= k % 4 * x; return t; }"),
            new Twin("BigBranches", "ss",
                @"[Differentiable] public static double R23D_BigBranches(double x, double y)
{
    double r = 0;
    if (x > 2) { r = x * y; if (y > 0) r += Math.Sqrt(x); else r -= y * y; }
    else if (x > 1) r = Math.Exp(y) * x;
    else if (x > 0) { if (y > 1) return Math.Log(y) * x; r = x * x * x; }
    else { r = y > x ? Math.Sin(x * y) : Math.Cos(y) * x; if (r > 0.5) r = 0.5 + (r - 0.5) * 0.1; }
    double q = r * r;
    if (q > 1) return Math.Sqrt(q) * y;
    switch (x) { case < -1: q += x; break; case < 0: q -= y; break; default: q *= 2; break; }
    return q + r * x;
}",
                @"[Differentiable] public static float R23T_BigBranches(float x, float y)
{
    float r = 0;
    if (x > 2) { r = x * y; if (y > 0) r += MathF.Sqrt(x); else r -= y * y; }
    else if (x > 1) r = MathF.Exp(y) * x;
    else if (x > 0) { if (y > 1) return MathF.Log(y) * x; r = x * x * x; }
    else { r = y > x ? MathF.Sin(x * y) : MathF.Cos(y) * x; if (r > 0.5f) r = 0.5f + (r - 0.5f) * 0.1f; }
    float q = r * r;
    if (q > 1) return MathF.Sqrt(q) * y;
    switch (x) { case < -1: q += x; break; case < 0: q -= y; break; default: q *= 2; break; }
    return q + r * x;
}"),
            new Twin("TupleSwap", "ss",
                @"[Differentiable] public static double R23D_TupleSwap(double x, double y) { (x, y) = (x * y, x + y); (x, y) = (y, x); var (a, b) = (x * x, y - x); return a * b + x; }",
                @"[Differentiable] public static float R23T_TupleSwap(float x, float y) { (x, y) = (x * y, x + y); (x, y) = (y, x); var (a, b) = (x * x, y - x); return a * b + x; }"),
            new Twin("ParamReassigned", "ss",
                @"[Differentiable] public static double R23D_ParamReassigned(double x, double y) { x = x * y; y += x; x *= y; return x + y * y; }",
                @"[Differentiable] public static float R23T_ParamReassigned(float x, float y) { x = x * y; y += x; x *= y; return x + y * y; }"),
            new Twin("ParamReassignedLoop", "ss",
                @"[Differentiable] public static double R23D_ParamReassignedLoop(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) { s += x * y; } x = s * x; return x + y; }",
                @"[Differentiable] public static float R23T_ParamReassignedLoop(float x, float y) { float s = 0; for (int i = 0; i < 3; i++) { s += x * y; } x = s * x; return x + y; }"),
            new Twin("AtanForms", "ss",
                @"[Differentiable] public static double R23D_AtanForms(double x, double y) => Math.Atan(y / x) + Math.Atan2(y * y, x) * Math.Atan2(x, y) + Math.Atan2(Math.Sin(x), Math.Cos(y)) + Math.Asin(Math.Tanh(x)) + Math.Acos(y / 3);",
                @"[Differentiable] public static float R23T_AtanForms(float x, float y) => MathF.Atan(y / x) + MathF.Atan2(y * y, x) * MathF.Atan2(x, y) + MathF.Atan2(MathF.Sin(x), MathF.Cos(y)) + MathF.Asin(MathF.Tanh(x)) + MathF.Acos(y / 3);"),
            new Twin("FmaCbrt", "ss",
                @"[Differentiable] public static double R23D_FmaCbrt(double x, double y) => Math.FusedMultiplyAdd(x, y, x * x) * Math.Cbrt(x * y) + Math.Cbrt(y) * x + Math.Pow(Math.Abs(x), y);",
                @"[Differentiable] public static float R23T_FmaCbrt(float x, float y) => MathF.FusedMultiplyAdd(x, y, x * x) * MathF.Cbrt(x * y) + MathF.Cbrt(y) * x + MathF.Pow(MathF.Abs(x), y);"),
            new Twin("GenericType", "ss",
                @"[Differentiable] public static double R23D_GenericType(double x, double y) => Box<int>.G(x, y) * Box<string>.G(y, x);
}
public partial class Box<T>
{
[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * Gx(a);
[Differentiable] public static double Gx(double a) => Math.Sin(a) * a;",
                @"[Differentiable] public static float R23T_GenericType(float x, float y) => Box<int>.G(x, y) * Box<string>.G(y, x);
}
public partial class Box<T>
{
[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * Gx(a);
[Differentiable] public static float Gx(float a) => MathF.Sin(a) * a;"),
            new Twin("GenericTypeInner", "ss",
                @"[Differentiable] public static double R23D_GenericTypeInner(double x, double y) => Outer<double>.Inner.G(x, y) + Outer<double>.Inner.H(y, x);
}
public partial class Outer<T>
{
public partial class Inner
{
[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double H(double a, double b) { double s = 0; for (int i = 0; i < 3; i++) s += G(a * i, b) * a; return s; }
}",
                @"[Differentiable] public static float R23T_GenericTypeInner(float x, float y) => Outer<float>.Inner.G(x, y) + Outer<float>.Inner.H(y, x);
}
public partial class Outer<T>
{
public partial class Inner
{
[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float H(float a, float b) { float s = 0; for (int i = 0; i < 3; i++) s += G(a * i, b) * a; return s; }
}"),
            new Twin("LocalFnCalls", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_LocalFnCalls(double x, double y) { double Wrap(double u) => G(u, y) * u; double s = 0; for (int i = 0; i < 3; i++) { s += Wrap(x * i + s * 0.1); } return s + Wrap(y); }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_LocalFnCalls(float x, float y) { float Wrap(float u) => G(u, y) * u; float s = 0; for (int i = 0; i < 3; i++) { s += Wrap(x * i + s * 0.1f); } return s + Wrap(y); }"),
            new Twin("LocalFnCallsLoopFree", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_LocalFnCallsLoopFree(double x, double y) { double Wrap(double u) => G(u, y) * u; return Wrap(x) * Wrap(y * x) + (x > 0 ? Wrap(x) : Wrap(-x)); }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_LocalFnCallsLoopFree(float x, float y) { float Wrap(float u) => G(u, y) * u; return Wrap(x) * Wrap(y * x) + (x > 0 ? Wrap(x) : Wrap(-x)); }"),
            new Twin("DoLoopCall", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_DoLoopCall(double x, double y) { double s = x; int k = 0; do { s = G(s, y) * 0.5 + x; k++; } while (k < 4); return s; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_DoLoopCall(float x, float y) { float s = x; int k = 0; do { s = G(s, y) * 0.5f + x; k++; } while (k < 4); return s; }"),
            new Twin("SwitchCalls", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_SwitchCalls(double x, double y) { double r = 0; for (int i = 0; i < 3; i++) { switch (i) { case 0: r += G(x, y); break; case 1: r *= G(y, r * 0.1); break; default: r -= x * G(r * 0.2, x); break; } } return r; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_SwitchCalls(float x, float y) { float r = 0; for (int i = 0; i < 3; i++) { switch (i) { case 0: r += G(x, y); break; case 1: r *= G(y, r * 0.1f); break; default: r -= x * G(r * 0.2f, x); break; } } return r; }"),
            new Twin("ThrowGuardCall", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_ThrowGuardCall(double x, double y) { if (y > 5) throw new ArgumentOutOfRangeException(nameof(y)); return G(x, y) * G(y, x); }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_ThrowGuardCall(float x, float y) { if (y > 5) throw new ArgumentOutOfRangeException(nameof(y)); return G(x, y) * G(y, x); }"),
            new Twin("PowLoop", "ss",
                @"[Differentiable] public static double R23D_PowLoop(double x, double y) { double s = 0; for (int i = 0; i < 4; i++) s += Math.Pow(x, i) * y + Math.Pow(y * y + 0.5, i + 0.5) + Math.Pow(x - x, 2) + Math.Pow(Math.Abs(x), y * i); return s; }",
                @"[Differentiable] public static float R23T_PowLoop(float x, float y) { float s = 0; for (int i = 0; i < 4; i++) s += MathF.Pow(x, i) * y + MathF.Pow(y * y + 0.5f, i + 0.5f) + MathF.Pow(x - x, 2) + MathF.Pow(MathF.Abs(x), y * i); return s; }"),
            new Twin("DIntDivLoop", "si",
                @"[Differentiable] public static double R23D_DIntDivLoop(double x, int n) { double s = 1; for (int i = 1; i <= n; i++) { s += i / 2 * x; s *= 1 + x / i; s -= (i % 3) * x * 0.5; s += (double)(i / 3) / n; } return s; }",
                @"[Differentiable] public static float R23T_DIntDivLoop(float x, int n) { float s = 1; for (int i = 1; i <= n; i++) { s += i / 2 * x; s *= 1 + x / i; s -= (i % 3) * x * 0.5f; s += (float)(i / 3) / n; } return s; }"),
            new Twin("CollOutName", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_CollOutName(double x, double y) { double dGDA = x * 2; double dGDB = y * y; double g = dGDA + 1; return G(x, y) * dGDA + G(y, x) * dGDB * g; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_CollOutName(float x, float y) { float dGDA = x * 2; float dGDB = y * y; float g = dGDA + 1; return G(x, y) * dGDA + G(y, x) * dGDB * g; }"),
            new Twin("CollOutNameLoop", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_CollOutNameLoop(double x, double y) { double dGDA = x * 2; double dGDB = y * y; double g = dGDA + 1; double g2 = 0.5; double s = 0; for (int i = 0; i < 3; i++) { s += G(x * i, y) * dGDA + G(y, s * 0.1) * dGDB * g * g2; } return s; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_CollOutNameLoop(float x, float y) { float dGDA = x * 2; float dGDB = y * y; float g = dGDA + 1; float g2 = 0.5f; float s = 0; for (int i = 0; i < 3; i++) { s += G(x * i, y) * dGDA + G(y, s * 0.1f) * dGDB * g * g2; } return s; }"),
            new Twin("TwoClassesSameName", "ss",
                @"public static partial class P1 { [Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b); }
public static partial class P2 { [Differentiable] public static double G(double a, double b) => a * a * b; }
[Differentiable] public static double R23D_TwoClassesSameName(double x, double y) => P1.G(x, y) * P2.G(y, x) + P1.G(y, y) - P2.G(x, x);",
                @"public static partial class P1 { [Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b); }
public static partial class P2 { [Differentiable] public static float G(float a, float b) => a * a * b; }
[Differentiable] public static float R23T_TwoClassesSameName(float x, float y) => P1.G(x, y) * P2.G(y, x) + P1.G(y, y) - P2.G(x, x);"),
            new Twin("TwoClassesSameNameLoop", "ss",
                @"public static partial class P1 { [Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b); }
public static partial class P2 { [Differentiable] public static double G(double a, double b) => a * a * b; }
[Differentiable] public static double R23D_TwoClassesSameNameLoop(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += P1.G(x, y + i) * P2.G(y, x * i) + P1.G(s * 0.1, y) - P2.G(x, s * 0.2); return s; }",
                @"public static partial class P1 { [Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b); }
public static partial class P2 { [Differentiable] public static float G(float a, float b) => a * a * b; }
[Differentiable] public static float R23T_TwoClassesSameNameLoop(float x, float y) { float s = 0; for (int i = 0; i < 3; i++) s += P1.G(x, y + i) * P2.G(y, x * i) + P1.G(s * 0.1f, y) - P2.G(x, s * 0.2f); return s; }"),
            new Twin("ShortCircuitCall", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_ShortCircuitCall(double x, double y) => x > 0 && G(x, y) > 0.5 ? G(x, y) * x : (y > 0 || G(y, x) < 0 ? G(y, x) : x * y);",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_ShortCircuitCall(float x, float y) => x > 0 && G(x, y) > 0.5f ? G(x, y) * x : (y > 0 || G(y, x) < 0 ? G(y, x) : x * y);"),
            new Twin("CallArgIsCall", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_CallArgIsCall(double x, double y) => G(G(x, y), G(y, G(x, x))) * G(G(y, y), x);",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_CallArgIsCall(float x, float y) => G(G(x, y), G(y, G(x, x))) * G(G(y, y), x);"),
            new Twin("CallArgIsCallLoop", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double R23D_CallArgIsCallLoop(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) s += G(G(x, y * i), G(s * 0.1, G(x, x))) * G(G(y, y), x); return s; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b * b;
[Differentiable] public static float R23T_CallArgIsCallLoop(float x, float y) { float s = 0; for (int i = 0; i < 2; i++) s += G(G(x, y * i), G(s * 0.1f, G(x, x))) * G(G(y, y), x); return s; }"),
            new Twin("CalleeLoopCallsCallee", "ss",
                @"[Differentiable] public static double G(double a, double b) { double s = 0; for (int i = 0; i < 3; i++) s += Math.Sin(a * i + b); return s; }
[Differentiable] public static double H(double a, double b) { double t = G(a, b); for (int i = 0; i < 2; i++) t = G(t * 0.5, a) + b; return t; }
[Differentiable] public static double R23D_CalleeLoopCallsCallee(double x, double y) => H(x, y) * G(y, x) + H(H(x, y), x);",
                @"[Differentiable] public static float G(float a, float b) { float s = 0; for (int i = 0; i < 3; i++) s += MathF.Sin(a * i + b); return s; }
[Differentiable] public static float H(float a, float b) { float t = G(a, b); for (int i = 0; i < 2; i++) t = G(t * 0.5f, a) + b; return t; }
[Differentiable] public static float R23T_CalleeLoopCallsCallee(float x, float y) => H(x, y) * G(y, x) + H(H(x, y), x);"),
            new Twin("ManyParamsCallee", "ss",
                @"[Differentiable(""a"", ""c"", ""e"")] public static double G(double a, double b, double c, int n, double e) => a * b + c * c * n + e * a * b;
[Differentiable] public static double R23D_ManyParamsCallee(double x, double y) => G(x, 2.0, y, 3, x * y) + G(y, 1.5, x, 2, Math.Sin(x));",
                @"[Differentiable(""a"", ""c"", ""e"")] public static float G(float a, float b, float c, int n, float e) => a * b + c * c * n + e * a * b;
[Differentiable] public static float R23T_ManyParamsCallee(float x, float y) => G(x, 2.0f, y, 3, x * y) + G(y, 1.5f, x, 2, MathF.Sin(x));"),
            new Twin("IntPartials1", "si",
                @"[Differentiable] public static double R23D_IntPartials1(double x, int n) => n * Math.Sqrt(x) + Math.Sqrt(x) / n + n * x * x / 3 + Math.Pow(x, 3) * n / 6 + (n - 1) * Math.Cbrt(x) + x * x * n * n / 4 + n / (x * 3);",
                @"[Differentiable] public static float R23T_IntPartials1(float x, int n) => n * MathF.Sqrt(x) + MathF.Sqrt(x) / n + n * x * x / 3 + MathF.Pow(x, 3) * n / 6 + (n - 1) * MathF.Cbrt(x) + x * x * n * n / 4 + n / (x * 3);"),
            new Twin("IntPartials2", "si",
                @"[Differentiable] public static double R23D_IntPartials2(double x, int n) => x / n / n + x / (n * n) + x / n + Math.Log(x) * n + Math.Pow(x, 0.5 * n) + Math.Pow(x, n / 2.0) + Math.Exp(x * n) / n;",
                @"[Differentiable] public static float R23T_IntPartials2(float x, int n) => x / n / n + x / (n * n) + x / n + MathF.Log(x) * n + MathF.Pow(x, 0.5f * n) + MathF.Pow(x, n / 2.0f) + MathF.Exp(x * n) / n;"),
            new Twin("IntOverflowReorder", "si",
                @"[Differentiable] public static double R23D_IntOverflowReorder(double x, int n) => x * x * n * n * n * 1e-9 + x * n * n * n * 1e-9;",
                @"[Differentiable] public static float R23T_IntOverflowReorder(float x, int n) => x * x * n * n * n * 1e-9f + x * n * n * n * 1e-9f;"),
            new Twin("IntPartialsLoop", "si",
                @"[Differentiable] public static double R23D_IntPartialsLoop(double x, int n) { double s = 0; for (int i = 1; i <= 3; i++) s += x / i / i + x / (i * n) + i * Math.Sqrt(x) / n + x * x * i * i / 4 + Math.Pow(x, i) / (i * 2); return s; }",
                @"[Differentiable] public static float R23T_IntPartialsLoop(float x, int n) { float s = 0; for (int i = 1; i <= 3; i++) s += x / i / i + x / (i * n) + i * MathF.Sqrt(x) / n + x * x * i * i / 4 + MathF.Pow(x, i) / (i * 2); return s; }"),
            new Twin("IntOverflowLoop", "si",
                @"[Differentiable] public static double R23D_IntOverflowLoop(double x, int n) { double s = 0; for (int i = 0; i < 2; i++) s += x * x * n * n * n * 1e-9 + x * i; return s; }",
                @"[Differentiable] public static float R23T_IntOverflowLoop(float x, int n) { float s = 0; for (int i = 0; i < 2; i++) s += x * x * n * n * n * 1e-9f + x * i; return s; }"),
            new Twin("IntDivQuot", "si",
                @"[Differentiable] public static double R23D_IntDivQuot(double x, int n) => (x * x) / (n * 2) + Math.Sin(x) / (n / 2) + (x + n) / (n + 1) * x;",
                @"[Differentiable] public static float R23T_IntDivQuot(float x, int n) => (x * x) / (n * 2) + MathF.Sin(x) / (n / 2) + (x + n) / (n + 1) * x;"),
            new Twin("Hoist1", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_Hoist1(double x, double y) { double a = 0; if (y > 0) a = G(x, y); double b = x > 0 ? G(x, y) : 1; return a + b * y; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_Hoist1(float x, float y) { float a = 0; if (y > 0) a = G(x, y); float b = x > 0 ? G(x, y) : 1; return a + b * y; }"),
            new Twin("Hoist2", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_Hoist2(double x, double y) { if (x < 0) return G(x, y); double a = y > 0 ? G(x, y) : 2; return G(x, y) * 2 + a; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_Hoist2(float x, float y) { if (x < 0) return G(x, y); float a = y > 0 ? G(x, y) : 2; return G(x, y) * 2 + a; }"),
            new Twin("Hoist3", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_Hoist3(double x, double y) { bool big = G(x, y) > 0.5; double r = big ? x * G(x, y) : y * G(y, x); return r + (G(y, x) is > 0 and < 1 ? G(y, x) : x); }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_Hoist3(float x, float y) { bool big = G(x, y) > 0.5f; float r = big ? x * G(x, y) : y * G(y, x); return r + (G(y, x) is > 0 and < 1 ? G(y, x) : x); }"),
            new Twin("Hoist4", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_Hoist4(double x, double y) => G(x, y) switch { < -0.5 => G(y, x) * x, < 0.5 => G(x, y) * y, _ => G(x * y, y) } + (x > 0 && y > 0 ? G(x, y) : 0) + (x > 0 || G(y, y) > 0 ? 1 : G(x, x));",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_Hoist4(float x, float y) => G(x, y) switch { < -0.5f => G(y, x) * x, < 0.5f => G(x, y) * y, _ => G(x * y, y) } + (x > 0 && y > 0 ? G(x, y) : 0) + (x > 0 || G(y, y) > 0 ? 1 : G(x, x));"),
            new Twin("Hoist5", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_Hoist5(double x, double y) { double a = 1, b = 1; if (x > 0) { a = G(x, y); if (y > 0) b = G(x, y) * 2; } else { if (y > 0) b = G(x, y) + 1; } double c = y < 0 ? G(x, y) : 3; return a * b + c; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_Hoist5(float x, float y) { float a = 1, b = 1; if (x > 0) { a = G(x, y); if (y > 0) b = G(x, y) * 2; } else { if (y > 0) b = G(x, y) + 1; } float c = y < 0 ? G(x, y) : 3; return a * b + c; }"),
            new Twin("Hoist6", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_Hoist6(double x, double y) { double a = 1; int k = 2; if (y > 0) a = G(x, y) * k; double b = 0; if (x > 0) b = G(x, y); return a + b * y; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_Hoist6(float x, float y) { float a = 1; int k = 2; if (y > 0) a = G(x, y) * k; float b = 0; if (x > 0) b = G(x, y); return a + b * y; }"),
            new Twin("Hoist8", "ss",
                @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double R23D_Hoist8(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) { double a = 0; if (y > i * 0.5) a = G(x, y); double b = 0; if (x > 0) b = G(x, y); s += a + b * y; } return s; }",
                @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static float R23T_Hoist8(float x, float y) { float s = 0; for (int i = 0; i < 3; i++) { float a = 0; if (y > i * 0.5f) a = G(x, y); float b = 0; if (x > 0) b = G(x, y); s += a + b * y; } return s; }"),
            new Twin("NameNextV", "ss",
                @"[Differentiable] public static double R23D_NameNextV(double x, double v) { double nextV = 0.5; double nextX = 0.25; for (int i = 0; i < 3; i++) (x, v) = (x + v * 0.1 * nextV, v - 0.3 * x * 0.1 + nextX); return x * v; }",
                @"[Differentiable] public static float R23T_NameNextV(float x, float v) { float nextV = 0.5f; float nextX = 0.25f; for (int i = 0; i < 3; i++) (x, v) = (x + v * 0.1f * nextV, v - 0.3f * x * 0.1f + nextX); return x * v; }"),
            new Twin("PartialListCaller", "ss",
                @"[Differentiable(""a"")] public static double G(double a, double b) => a * a * b + Math.Sin(b);
[Differentiable(""x"")] public static double R23D_PartialListCaller(double x, double y) => G(x, y) * G(y, y) + G(x * x, y * 3);",
                @"[Differentiable(""a"")] public static float G(float a, float b) => a * a * b + MathF.Sin(b);
[Differentiable(""x"")] public static float R23T_PartialListCaller(float x, float y) => G(x, y) * G(y, y) + G(x * x, y * 3);"),
        };
    }
}
