using System;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-third session's adversarial review of calls between [Differentiable] methods on scalars (loop-free and with
    /// loops): chains of three and more callees, one callee twice with different arguments in one expression, callees in if tests,
    /// ?:, guard clauses, short circuits and as arguments of themselves, mutual and integer recursion, default and named arguments,
    /// extension, overloaded, nested-class, generic-type, instance, field and struct receivers, [DerivativeOf] in ?: and loops,
    /// Gradient.Stop around calls, generated names (dGDA, g, co) taken by the caller's own locals, two callees with one name.
    /// All right; none wrong, uncompilable or crashing.
    /// </summary>
    public sealed partial class Review23CallTests
    {
        [Fact]
        public void Chain_of_three_callees() => LoopFreeCheck.Check(
            @"[Differentiable] public static double A(double x) => Math.Sin(x) * x;
[Differentiable] public static double B(double x, double y) => A(x * y) + y * A(y);
[Differentiable] public static double Cc(double x, double y) => B(A(x), y) * B(y, x);
[Differentiable] public static double F(double x, double y) => Cc(x, y) + A(Cc(y, x)) + B(x, x);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { 2.3, -1.7 });

        [Fact]
        public void Chain_of_three_float_callees() => LoopFreeCheck.Check(
            @"[Differentiable] public static float A(float x) => MathF.Sin(x) * x;
[Differentiable] public static float B(float x, float y) => A(x * y) + y * A(y);
[Differentiable] public static float Cc(float x, float y) => B(A(x), y) * B(y, x);
[Differentiable] public static float F(float x, float y) => Cc(x, y) + A(Cc(y, x)) + B(x, x);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { 2.3, -1.7 });

        [Fact]
        public void One_callee_twice_with_different_arguments() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b;
[Differentiable] public static double F(double x, double y) => G(x, y) * G(y, x) + G(x * x, 2.0) - G(3.0, y) / G(y, y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { 2.3, -1.7 });

        [Fact]
        public void Float_callee_twice_and_in_a_test() => LoopFreeCheck.Check(
            @"[Differentiable] public static float G(float a, float b) => a * MathF.Exp(-b * b) + b;
[Differentiable] public static float F(float x, float y) => G(x, y) * G(y, x) + G(x * x, 2) - G(3, y) / G(y, y) + (G(x, y) > 0.5f ? G(x, 1.5f) : y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Callee_results_in_if_tests_and_arms() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b;
[Differentiable] public static double F(double x, double y)
{
    if (G(x, y) > 0.5) return G(x, y) * x;
    if (G(y, x) < -0.5) return G(x, x) + y;
    return G(x, y) > 0 ? y * G(y, x) : G(x + y, y);
}",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { 2.3, -1.7 }, new object[] { 0.1, 0.2 });

        [Fact]
        public void Callee_results_in_guard_clauses_with_kinks() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y)
{
    double g = G(x, y);
    if (g > 1) return g * g;
    if (G(y, x) < -0.5) return Math.Min(g, x) * y;
    double h = Math.Max(G(x * y, 1.0), g);
    return h * Math.Clamp(y, -1, 1);
}",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { 0.2, 0.1 });

        [Fact]
        public void Calls_behind_short_circuits() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) => x > 0 && G(x, y) > 0.5 ? G(x, y) * x : (y > 0 || G(y, x) < 0 ? G(y, x) : x * y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, 0.3 });

        [Fact]
        public void Calls_as_arguments_of_calls() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) => G(G(x, y), G(y, G(x, x))) * G(G(y, y), x);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Calls_as_arguments_of_calls_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) s += G(G(x, y * i), G(s * 0.1, G(x, x))) * G(G(y, y), x); return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Mutual_recursion_by_halving() => LoopFreeCheck.Check(
            @"[Differentiable] public static double S(double x) => Math.Abs(x) < 0.01 ? x - x * x * x / 6 : 2 * S(x / 2) * Co(x / 2);
[Differentiable] public static double Co(double x) => Math.Abs(x) < 0.01 ? 1 - x * x / 2 : Co(x / 2) * Co(x / 2) - S(x / 2) * S(x / 2);
[Differentiable] public static double F(double x) => S(x) * Co(x) + S(x * x);",
            "F", new object[] { 0.7 }, new object[] { -1.1 }, new object[] { 1.7 }, new object[] { 2.3 }, new object[] { 0.005 });

        [Fact]
        public void Integer_recursion_through_an_if() => LoopFreeCheck.Check(
            @"[Differentiable] public static double P(double x, int n) { double r = 1; if (n > 0) r = x * P(x, n - 1); return r; }
[Differentiable] public static double F(double x, int n) => P(x, n) + P(x * x, 2);",
            "F", new object[] { 0.7, 3 }, new object[] { -1.1, 4 }, new object[] { 1.6, 0 }, new object[] { 2.3, 2 });

        [Fact]
        public void Integer_recursion_through_an_int_local() => LoopFreeCheck.Check(
            @"[Differentiable] public static double P(double x, int n) { int m = n - 1; double r = 1; if (n > 0) r = x * P(x, m); return r; }
[Differentiable] public static double F(double x, int n) => P(x, n) + P(x * x, 2);",
            "F", new object[] { 0.7, 3 }, new object[] { -1.1, 4 }, new object[] { 1.6, 0 }, new object[] { 2.3, 2 });

        [Fact]
        public void Default_argument_left_out() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b = 2.0) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y) => G(x) + G(y, x) * G(x * y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Named_arguments_out_of_order() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * b;
[Differentiable] public static double F(double x, double y) => G(b: x, a: y) + 2 * G(b: y * y, a: x);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Named_arguments_out_of_order_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * b;
[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += G(b: x * i, a: y + s * 0.1); return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Extension_method_callee() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => x.Sq() * y + (x * y).Sq();
}
public static partial class Ext
{
[Differentiable] public static double Sq(this double v) => v * v * v;",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Overloads_calling_each_other() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double x) => G(x, x * 2) + x;
[Differentiable] public static double G(double x, double y) => Math.Sin(x) * y;
[Differentiable] public static double F(double x, double y) => G(x) * G(y, x) + G(y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Callee_in_a_nested_class_three_spellings() => LoopFreeCheck.Check(
            @"public static partial class Inner { [Differentiable] public static double G(double x, double y) => Math.Sin(x) * y * y; }
[Differentiable] public static double F(double x, double y) => Inner.G(x, y) + C.Inner.G(y, x) * global::Review.C.Inner.G(x, x);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Callee_in_a_generic_type() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Box<int>.G(x, y) * Box<string>.G(y, x);
}
public partial class Box<T>
{
[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * Gx(a);
[Differentiable] public static double Gx(double a) => Math.Sin(a) * a;",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Callee_in_a_nested_type_of_a_generic_type() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Outer<double>.Inner.G(x, y) + Outer<double>.Inner.H(y, x);
}
public partial class Outer<T>
{
public partial class Inner
{
[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double H(double a, double b) { double s = 0; for (int i = 0; i < 3; i++) s += G(a * i, b) * a; return s; }
}",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Instance_callee_on_this() => LoopFreeCheck.Check(
            @"public double K = 1.5;
[Differentiable] public double G(double x, double y) => Math.Sin(x) * y * K;
[Differentiable] public double F(double x, double y) => G(x, y) + this.G(y, x) * K;",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Instance_callees_on_fields() => LoopFreeCheck.Check(
            @"public Helper Hp = new Helper();
public Helper Hq = new Helper { K = 3 };
[Differentiable] public double F(double x, double y) => Hp.G(x, y) + Hq.G(y, x) * Hp.G(x, x);
}
public partial class Helper
{
public double K = 1.5;
[Differentiable] public double G(double a, double b) => a * Math.Exp(-b * b) * K + b * b;",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Struct_callees_on_a_field() => LoopFreeCheck.Check(
            @"public S Sv = new S(2.0);
[Differentiable] public double F(double x, double y) => Sv.G(x, y) * Sv.H(y, x);
}
public partial struct S
{
public double K;
public S(double k) { K = k; }
[Differentiable] public double G(double a, double b) => H(a * K, b) + K * H(b, a);
[Differentiable] public double H(double a, double b) => a * Math.Exp(-b * b) * K + b * b;",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Custom_derivative_in_nested_conditionals() => LoopFreeCheck.Check(
            @"public static double H(double x) => Math.Sin(x) * x;
[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = Math.Cos(x) * x + Math.Sin(x); return H(x); }
[Differentiable] public static double F(double x, double y) => x > 0 ? H(x) * (y > 0 ? H(y) : H(x * y)) : H(-x) * y + (H(y) > 0.2 ? H(y) : y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { 2.3, -1.7 });

        [Fact]
        public void Custom_derivative_in_a_scalar_loop() => LoopFreeCheck.Check(
            @"public static double H(double x) => Math.Sin(x) * x;
[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = Math.Cos(x) * x + Math.Sin(x); return H(x); }
[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 4; i++) { s += H(x * i + y) * (i / 2); s = s * 0.5 + H(s); } return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { 2.3, -1.7 });

        [Fact]
        public void Local_function_wrapping_a_call_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) { double Wrap(double u) => G(u, y) * u; double s = 0; for (int i = 0; i < 3; i++) { s += Wrap(x * i + s * 0.1); } return s + Wrap(y); }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Local_function_wrapping_a_call_loop_free() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) { double Wrap(double u) => G(u, y) * u; return Wrap(x) * Wrap(y * x) + (x > 0 ? Wrap(x) : Wrap(-x)); }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Call_in_a_do_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) { double s = x; int k = 0; do { s = G(s, y) * 0.5 + x; k++; } while (k < 4); return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Calls_in_switch_sections_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) { double r = 0; for (int i = 0; i < 3; i++) { switch (i) { case 0: r += G(x, y); break; case 1: r *= G(y, r * 0.1); break; default: r -= x * G(r * 0.2, x); break; } } return r; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.3, 2.0 });

        [Fact]
        public void Calls_after_a_throwing_guard() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) { if (y > 5) throw new ArgumentOutOfRangeException(nameof(y)); return G(x, y) * G(y, x); }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Caller_locals_named_like_generated_outputs() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) { double dGDA = x * 2; double dGDB = y * y; double g = dGDA + 1; return G(x, y) * dGDA + G(y, x) * dGDB * g; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Caller_locals_named_like_generated_outputs_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b) + b * b;
[Differentiable] public static double F(double x, double y) { double dGDA = x * 2; double dGDB = y * y; double g = dGDA + 1; double g2 = 0.5; double s = 0; for (int i = 0; i < 3; i++) { s += G(x * i, y) * dGDA + G(y, s * 0.1) * dGDB * g * g2; } return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Caller_locals_named_like_callee_locals() => LoopFreeCheck.Check(
            @"[Differentiable] public static double Co(double x) => Math.Cos(x) * x;
[Differentiable] public static double F(double x, double y) { double co = y * 2; double dCoDX = x * y; return Co(x) * co + dCoDX * Co(y); }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Caller_locals_named_like_callee_locals_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double Co(double x) => Math.Cos(x) * x;
[Differentiable] public static double F(double x, double y) { double co = y * 2; double dCoDX = x * y; double s = 0; for (int i = 0; i < 2; i++) s += Co(x * i) * co + dCoDX * Co(y); return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Two_callees_with_one_name() => LoopFreeCheck.Check(
            @"public static partial class P1 { [Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b); }
public static partial class P2 { [Differentiable] public static double G(double a, double b) => a * a * b; }
[Differentiable] public static double F(double x, double y) => P1.G(x, y) * P2.G(y, x) + P1.G(y, y) - P2.G(x, x);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Two_callees_with_one_name_in_a_loop() => LoopFreeCheck.Check(
            @"public static partial class P1 { [Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b); }
public static partial class P2 { [Differentiable] public static double G(double a, double b) => a * a * b; }
[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += P1.G(x, y + i) * P2.G(y, x * i) + P1.G(s * 0.1, y) - P2.G(x, s * 0.2); return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Looping_callee_calling_a_looping_callee() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) { double s = 0; for (int i = 0; i < 3; i++) s += Math.Sin(a * i + b); return s; }
[Differentiable] public static double H(double a, double b) { double t = G(a, b); for (int i = 0; i < 2; i++) t = G(t * 0.5, a) + b; return t; }
[Differentiable] public static double F(double x, double y) => H(x, y) * G(y, x) + H(H(x, y), x);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Callee_with_a_partial_list_and_an_int() => LoopFreeCheck.Check(
            @"[Differentiable(""a"", ""c"", ""e"")] public static double G(double a, double b, double c, int n, double e) => a * b + c * c * n + e * a * b;
[Differentiable] public static double F(double x, double y) => G(x, 2.0, y, 3, x * y) + G(y, 1.5, x, 2, Math.Sin(x));",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Call_made_in_an_if_and_again_in_a_conditional() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y) { double a = 0; if (y > 0) a = G(x, y); double b = x > 0 ? G(x, y) : 1; return a + b * y; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.3 }, new object[] { 1.2, -0.8 });

        [Fact]
        public void Call_in_a_guard_and_after_it() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y) { if (x < 0) return G(x, y); double a = y > 0 ? G(x, y) : 2; return G(x, y) * 2 + a; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.3 }, new object[] { 1.2, -0.8 });

        [Fact]
        public void Call_in_a_bool_local_and_an_is_pattern() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y) { bool big = G(x, y) > 0.5; double r = big ? x * G(x, y) : y * G(y, x); return r + (G(y, x) is > 0 and < 1 ? G(y, x) : x); }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.3 }, new object[] { 1.2, -0.8 });

        [Fact]
        public void Calls_in_a_switch_expression_and_short_circuits() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y) => G(x, y) switch { < -0.5 => G(y, x) * x, < 0.5 => G(x, y) * y, _ => G(x * y, y) } + (x > 0 && y > 0 ? G(x, y) : 0) + (x > 0 || G(y, y) > 0 ? 1 : G(x, x));",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.3 }, new object[] { 1.2, -0.8 });

        [Fact]
        public void Call_in_nested_ifs_and_a_conditional() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y) { double a = 1, b = 1; if (x > 0) { a = G(x, y); if (y > 0) b = G(x, y) * 2; } else { if (y > 0) b = G(x, y) + 1; } double c = y < 0 ? G(x, y) : 3; return a * b + c; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.3 }, new object[] { 1.2, -0.8 });

        [Fact]
        public void Call_in_two_ifs_with_an_int_local() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y) { double a = 1; int k = 2; if (y > 0) a = G(x, y) * k; double b = 0; if (x > 0) b = G(x, y); return a + b * y; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.3 }, new object[] { 1.2, -0.8 });

        [Fact]
        public void Custom_derivative_in_an_if_and_conditionals() => LoopFreeCheck.Check(
            @"public static double H(double x) => Math.Sin(x) * x;
[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = Math.Cos(x) * x + Math.Sin(x); return H(x); }
[Differentiable] public static double F(double x, double y) { double a = 0; if (y > 0) a = H(x); double b = x > 0 ? H(x) : 1; double c = x < 0 && y < 0 ? H(x) * H(y) : H(y); return a + b * y + c; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.3 }, new object[] { 1.2, -0.8 });

        [Fact]
        public void Call_in_two_ifs_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;
[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) { double a = 0; if (y > i * 0.5) a = G(x, y); double b = 0; if (x > 0) b = G(x, y); s += a + b * y; } return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.3 }, new object[] { 1.2, -0.8 });

        [Fact]
        public void Differentiable_method_with_its_own_custom_derivative() => LoopFreeCheck.Check(
            @"[Differentiable] public static double G(double a) => a * a;
[DerivativeOf(nameof(G))] public static double GD(double a, out double dA) { dA = 2 * a; return G(a); }
[Differentiable] public static double F(double x, double y) => G(x * y) + G(y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Custom_derivative_of_an_instance_method_on_a_field() => LoopFreeCheck.Check(
            @"public Helper Hp = new Helper();
[Differentiable] public double F(double x, double y) => Hp.H(x * y) + Hp.H(y) * x;
}
public partial class Helper
{
public double K = 1.5;
public double H(double a) => Math.Sin(a) * K;
[DerivativeOf(nameof(H))] public double HD(double a, out double dA) { dA = Math.Cos(a) * K; return H(a); }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Caller_and_callee_with_partial_lists() => LoopFreeCheck.Check(
            @"[Differentiable(""a"")] public static double G(double a, double b) => a * a * b + Math.Sin(b);
[Differentiable(""x"")] public static double F(double x, double y) => G(x, y) * G(y, y) + G(x * x, y * 3);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Record_callees_on_a_field() => LoopFreeCheck.Check(
            @"public R Rv = new R(2, 3);
[Differentiable] public double F(double x, double y) => Rv.G(x, y);
}
public partial record R(double A, int N)
{
[Differentiable] public double G(double x, double y) => A * x * y + N / 2 * x + H(x * A, y);
[Differentiable] public double H(double x, double y) => x * x * N + y;",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        /// <summary>
        /// Gradient.Stop around calls (finite differences are no oracle): F = stop(G(x, y))·x + G(stop(x), y) + stop(G(x, y)·y), so
        /// ∂F/∂x = G(x, y) and ∂F/∂y = ∂G/∂b(x, y).
        /// </summary>
        [Fact]
        public void Stop_around_calls_by_hand() => ReviewCheck.ByHand(
            "[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;\n"
            + "[Differentiable] public static double F(double x, double y) => Gradient.Stop(G(x, y)) * x + G(Gradient.Stop(x), y) + Gradient.Stop(G(x, y) * y);\n"
            + "public static double Gb(double a, double b) => a * Math.Exp(-b * b / 4) * (-b / 2) + 2 * b * a;\n"
            + "public static double[] Expected(double x, double y) => new[] { G(x, y), Gb(x, y) };",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        /// <summary>The same in a loop (the loop route): F = Σ_{i&lt;3} stop(G(x·i, y))·x + G(stop(x), y·i), so ∂F/∂x = Σ G(x·i, y), ∂F/∂y = Σ i·∂G/∂b(x, y·i).</summary>
        [Fact]
        public void Stop_around_calls_in_a_loop_by_hand() => ReviewCheck.ByHand(
            "[Differentiable] public static double G(double a, double b) => a * Math.Exp(-b * b / 4) + b * b * a;\n"
            + "[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += Gradient.Stop(G(x * i, y)) * x + G(Gradient.Stop(x), y * i); return s; }\n"
            + "public static double Gb(double a, double b) => a * Math.Exp(-b * b / 4) * (-b / 2) + 2 * b * a;\n"
            + "public static double[] Expected(double x, double y) { double dx = 0, dy = 0; for (int i = 0; i < 3; i++) { dx += G(x * i, y); dy += i * Gb(x, y * i); } return new[] { dx, dy }; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        /// <summary>
        /// A float parameter of a double callee, passed (float)y (finite differences in y see float's steps, so by hand):
        /// F = G(x, (float)y) + G(y, 2f) with G(a, k) = a·k², so ∂F/∂x = k², ∂F/∂y = 2·x·k + 4 at k = (float)y.
        /// </summary>
        [Fact]
        public void Float_parameter_of_a_double_callee_by_hand() => ReviewCheck.ByHand(
            "[Differentiable] public static double G(double a, float k) => a * k * k;\n"
            + "[Differentiable] public static double F(double x, double y) => G(x, (float)y) + G(y, 2f);\n"
            + "public static double[] Expected(double x, double y) { double k = (float)y; return new[] { k * k, 2 * x * k + 4 }; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        /// <summary>
        /// "A user-supplied derivative takes precedence over the one DiffGen would generate": G is [Differentiable] and has a
        /// [DerivativeOf] method that deliberately returns 3a for (a²)′, so the caller's derivatives must read 3a:
        /// F = G(x·y) + G(y), ∂F/∂x = 3·x·y·y, ∂F/∂y = 3·x·y·x + 3·y.
        /// </summary>
        [Fact]
        public void Custom_derivative_takes_precedence_over_the_generated_one() => ReviewCheck.ByHand(
            "[Differentiable] public static double G(double a) => a * a;\n"
            + "[DerivativeOf(nameof(G))] public static double GD(double a, out double dA) { dA = 3 * a; return G(a); }\n"
            + "[Differentiable] public static double F(double x, double y) => G(x * y) + G(y);\n"
            + "public static double[] Expected(double x, double y) => new[] { 3 * x * y * y, 3 * x * y * x + 3 * y };",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        /// <summary>The same on the loop route.</summary>
        [Fact]
        public void Custom_derivative_takes_precedence_in_a_loop() => ReviewCheck.ByHand(
            "[Differentiable] public static double G(double a) => a * a;\n"
            + "[DerivativeOf(nameof(G))] public static double GD(double a, out double dA) { dA = 3 * a; return G(a); }\n"
            + "[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 1; i <= 2; i++) s += G(x * y * i); return s + G(y); }\n"
            + "public static double[] Expected(double x, double y) => new[] { 3 * x * y * y * 5, 3 * x * y * x * 5 + 3 * y };",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

    }
}
