using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>Harder cases of the review-custom pass: virtual members, side effects in local functions, custom derivatives in place.</summary>
    public sealed class HarderReviewTests
    {
        private static readonly object[][] Xy = CustomDerivativeReviewTests.Xy;

        private static void Check(string body) => LoopFreeCheck.Check(CustomDerivativeReviewTests.Originals + body, "F", Xy);

        [Fact] public void Custom_call_overwriting_its_array_element() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = { x, y, x * y };\n    for (int k = 0; k < 2; k++)\n        for (int i = 0; i < a.Length; i++) a[i] = H(a[i]) * 0.5 + P(a[(i + 1) % 3], 0.3);\n    return a[0] + a[1] * a[2];\n}");

        [Fact] public void Custom_call_in_a_while_loop_with_break() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    int n = 0;\n    while (n < 10)\n    {\n        s = Sig(s * y) + s * 0.5;\n        n++;\n        if (n >= 3) break;\n    }\n    return s;\n}");

        [Fact] public void Custom_call_after_continue() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 4; i++)\n    {\n        if (i == 1) continue;\n        s += H(x * i + s * 0.1) * y;\n    }\n    return s;\n}");

        [Fact] public void Custom_call_with_integer_argument() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s += H(i) * x + P(i, y);\n    return s + H(2) * y;\n}");

        [Fact] public void Custom_call_read_by_an_early_return_in_a_loop() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 5; i++)\n    {\n        s += Sig(x + i) * y;\n        if (s > 1.2 || s < -1.2) return s * x;\n    }\n    return s;\n}");

        [Fact] public void Custom_call_in_a_double_for_header() => LoopFreeCheck.CheckOrDeclined(CustomDerivativeReviewTests.Originals + "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (double t = H(x); t < 3; t += 1.1) s += t * y;\n    return s;\n}", "F", new object[] { 0.7, -0.4 }, new object[] { 1.2, 0.9 });

        [Fact]
        public void Custom_derivative_of_an_array_method_is_declined_or_right() =>
            ReviewCheckArraysOrDeclined("public static double Norm2(double[] v) { double s = 0; foreach (double t in v) s += t * t; return s; }\n[DerivativeOf(nameof(Norm2))] public static double Norm2D(double[] v, Span<double> dV) { for (int i = 0; i < v.Length; i++) dV[i] = 2 * v[i]; return Norm2(v); }\n[Differentiable] public static double F(double[] w, double y) => Norm2(w) * y;\npublic static double W(double[] w, double y, double[] dW, double[] dY) { double v = FGradient(w, y, dW, out double d); dY[0] = d; return v; }");

        [Fact]
        public void Custom_derivative_with_a_data_array_parameter() =>
            ReviewCheckArraysOrDeclined("public static double Dot(double x, double[] c) { double s = 0; foreach (double t in c) s += t * x * x; return s; }\n[DerivativeOf(nameof(Dot))] public static double DotD(double x, double[] c, out double dX) { double s = 0; foreach (double t in c) s += 2 * t * x; dX = s; return Dot(x, c); }\nstatic readonly double[] Cs = { 0.5, -1.0, 2.0 };\n[Differentiable] public static double F(double[] w, double y) { double s = 0; for (int i = 0; i < w.Length; i++) s += Dot(w[i], Cs) * y; return s; }\npublic static double W(double[] w, double y, double[] dW, double[] dY) { double v = FGradient(w, y, dW, out double d); dY[0] = d; return v; }");

        [Fact]
        public void Custom_derivative_with_a_bool_parameter() =>
            LoopFreeCheck.CheckOrDeclined("public static double Act(double x, bool leaky) => x > 0 ? x : (leaky ? 0.1 * x : 0);\n[DerivativeOf(nameof(Act))] public static double ActD(double x, bool leaky, out double dX) { dX = x > 0 ? 1 : (leaky ? 0.1 : 0); return Act(x, leaky); }\n[Differentiable] public static double F(double x, double y) => Act(x, true) * y + Act(y, false) + Act(x * y, true);", "F", Xy);

        [Fact]
        public void Custom_derivative_on_a_field_receiver() =>
            LoopFreeCheck.CheckType(
                "public class Lib\n{\npublic double A = 0.8;\npublic double H(double x) => A * x * x;\n[DerivativeOf(nameof(H))] public double HD(double x, out double dX) { dX = 2 * A * x; return H(x); }\n}\npublic partial class C\n{\npublic Lib L = new Lib();\n[Differentiable] public double F(double x, double y)\n{\n    double s = L.H(x) * y;\n    for (int i = 0; i < 2; i++) s += L.H(s * 0.1 + y);\n    return s;\n}\n}\n",
                "C",
                "F",
                Xy);

        [Fact]
        public void Overloaded_originals_with_their_own_derivatives() =>
            Check("public static double Q(double x) => x * x;\npublic static double Q(double x, double y) => x * y * y;\n[DerivativeOf(nameof(Q))] public static double QD(double x, out double dX) { dX = 2 * x; return Q(x); }\n[DerivativeOf(nameof(Q))] public static double QD(double x, double y, out double dX, out double dY) { dX = y * y; dY = 2 * x * y; return Q(x, y); }\n[Differentiable] public static double F(double x, double y)\n{\n    double s = Q(x) + Q(x, y);\n    for (int i = 0; i < 2; i++) s += Q(y * s * 0.1) * Q(y, x);\n    return s;\n}");

        [Fact]
        public void Custom_derivative_in_a_generic_type() =>
            LoopFreeCheck.CheckType(
                "public static class Lib<T>\n{\npublic static double H(double x) => x * x * x;\n[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = 3 * x * x; return H(x); }\n}\npublic partial class C\n{\n[Differentiable] public static double F(double x, double y) => Lib<int>.H(x) * y + Lib<string>.H(y);\n}\n",
                "C",
                "F",
                Xy);

        // Was uncompilable generated code (CS0246): the derivative of Lib<int>.H was called as Lib<T>.HD.
        [Fact]
        public void Custom_derivative_in_a_generic_type_loop_route() =>
            LoopFreeCheck.CheckType(
                "public static class Lib<T>\n{\npublic static double H(double x) => x * x * x;\n[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = 3 * x * x; return H(x); }\npublic static class Inner<U> { public static double G(double x) => Math.Sin(x); [DerivativeOf(nameof(G))] public static double GD(double x, out double dX) { dX = Math.Cos(x); return G(x); } }\n}\npublic partial class C\n{\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Lib<int>.H(x) * y + Lib<string>.Inner<double>.G(y * s);\n    return s;\n}\n}\n",
                "C",
                "F",
                Xy);

        [Fact]
        public void Custom_derivative_of_a_method_of_the_generic_callers_type() =>
            LoopFreeCheck.CheckType(
                "public partial class C<T>\n{\npublic static double H(double x) => x * x * x;\n[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = 3 * x * x; return H(x); }\n[Differentiable] public double F(double x, double y) => H(x) * y + C<T>.H(y);\n}\npublic partial class C : C<int> { }\n",
                "C",
                "F",
                Xy);

        // A virtual [Differentiable] method called from the base: the value dispatches to the override, so the derivative must too.
        [Fact]
        public void Virtual_differentiable_callee_overridden()
        {
            string source = LoopFreeCheck.Header + "public partial class B\n{\n[Differentiable] public virtual double G(double u) => u * u;\n[Differentiable] public double F(double x, double y) => G(x) * y;\n}\npublic partial class D : B\n{\n[Differentiable] public override double G(double u) => 3 * u * u * u;\n}\n}\n";
            var errors = GeneratorHarness.Analyze(source).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                return;
            }

            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), "the generated code");
            var type = run.Load().GetType("Review.D", throwOnError: true)!;
            object d = System.Activator.CreateInstance(type)!;
            double x = 0.7, y = -0.4;
            double partial = (double)type.GetMethod("FPartialX")!.Invoke(d, new object[] { x, y })!;
            object?[] args = { x, y, null, null };
            type.GetMethod("FGradient")!.Invoke(d, args);
            double expected = 9 * x * x * y;
            Assert.True(System.Math.Abs(partial - expected) < 1e-9 && System.Math.Abs((double)args[2]! - expected) < 1e-9, "FPartialX " + partial + ", FGradient dX " + args[2] + ", expected " + expected + "\n" + run.SourceFor("F"));
        }

        // Was a silent wrong derivative: a [DerivativeOf] of a virtual method was accepted, so in D, whose override G(u) = 3u³,
        // F(x, y) = G(x)·y had FPartialX = 2x·y (B's derivative, from GD) instead of 9x²·y. Now DIFF021 at the derivative.
        [Theory]
        [InlineData("public partial class B\n{\npublic virtual double G(double u) => u * u;\n[DerivativeOf(nameof(G))] public double GD(double u, out double dU) { dU = 2 * u; return G(u); }\n[Differentiable] public double F(double x, double y) => G(x) * y;\n}\npublic partial class D : B\n{\npublic override double G(double u) => 3 * u * u * u;\n}\n")]
        [InlineData("public abstract partial class B\n{\npublic abstract double G(double u);\n[DerivativeOf(nameof(G))] public double GD(double u, out double dU) { dU = 2 * u; return G(u); }\n[Differentiable] public double F(double x, double y) => G(x) * y;\n}\n")]
        [InlineData("public partial class A\n{\npublic virtual double G(double u) => u;\n}\npublic partial class B : A\n{\npublic override double G(double u) => u * u;\n[DerivativeOf(nameof(G))] public double GD(double u, out double dU) { dU = 2 * u; return G(u); }\n[Differentiable] public double F(double x, double y) => G(x) * y;\n}\n")]
        public void Custom_derivative_of_a_virtual_method_is_DIFF021(string types)
        {
            var reported = GeneratorHarness.Analyze(LoopFreeCheck.Header + types + "}\n");
            Assert.Contains(reported, d => d.Id == "DIFF021" && d.GetMessage().Contains("a call of it runs the override of the object's type", System.StringComparison.Ordinal));
        }

        // A sealed override, or an override in a sealed type, has no other override: its derivative is accepted.
        [Theory]
        [InlineData("public partial class A\n{\npublic virtual double G(double u) => u;\n}\npublic partial class C : A\n{\npublic sealed override double G(double u) => u * u;\n[DerivativeOf(nameof(G))] public double GD(double u, out double dU) { dU = 2 * u; return G(u); }\n[Differentiable] public double F(double x, double y) => G(x) * y;\n}\n")]
        [InlineData("public partial class A\n{\npublic virtual double G(double u) => u;\n}\npublic sealed partial class C : A\n{\npublic override double G(double u) => u * u;\n[DerivativeOf(nameof(G))] public double GD(double u, out double dU) { dU = 2 * u; return G(u); }\n[Differentiable] public double F(double x, double y) => G(x) * y;\n}\n")]
        public void Custom_derivative_of_a_sealed_override_is_accepted(string types) => LoopFreeCheck.CheckType(types, "C", "F", Xy);

        // Side effects in a local function's expression body must be declined.
        [Theory]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double a = 1;\n    double Set(double v) => a = v * 2;\n    double r = Set(x);\n    return r * a * y;\n}")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double a = 1;\n    double Inc(double v) => v + a++;\n    double r = Inc(x) + Inc(y);\n    return r * a;\n}")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double a = 1;\n    double Set(double v) => a += v;\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Set(x) * y;\n    return s * a;\n}")]
        public void Local_function_with_a_side_effect_is_declined_or_right(string body) => LoopFreeCheck.CheckOrDeclined(body, "F", Xy);

        private static void ReviewCheckArraysOrDeclined(string members)
        {
            string source = LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n";
            if (!GeneratorHarness.Analyze(source).Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("DIFF", System.StringComparison.Ordinal)))
            {
                ReviewCheck.Arrays(members, "F", new object[] { new[] { 0.4, -1.2, 0.9 }, 0.6 }, new object[] { new[] { 1.7, 0.3, -0.45 }, -0.8 });
            }
        }
    }
}
