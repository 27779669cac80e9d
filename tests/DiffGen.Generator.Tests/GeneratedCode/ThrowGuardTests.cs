using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// A guard that throws before the method's work (<c>if (pred.Length != y.Length) throw new ArgumentException(...);</c>,
    /// <c>if (x &lt;= 0) throw new ArgumentOutOfRangeException(nameof(x));</c>) is made first by every generated member, with the
    /// same exception; it was DIFF010. Where it does not throw, the derivatives are the method's (Richardson differences).
    /// </summary>
    public sealed class ThrowGuardTests
    {
        private const string Arrays = @"
[Differentiable(""pred"")]
public static double Mse(double[] pred, double[] y)
{
    if (pred.Length != y.Length) throw new ArgumentException($""pred has {pred.Length} values, y has {y.Length}"", nameof(y));
    if (y.Length == 0) throw new ArgumentException(""no values"");
    double s = 0;
    for (int i = 0; i < y.Length; i++) s += (pred[i] - y[i]) * (pred[i] - y[i]);
    return s / y.Length;
}

public static double W(double[] pred, double[] y, double[] dPred) => MseGradient(pred, y, dPred);";

        private const string Members = @"
[Differentiable]
public static double F(double x, double y)
{
    if (x <= 0) throw new ArgumentOutOfRangeException(nameof(x), ""x must be positive"");
    if (y > 1e300) throw new ArgumentOutOfRangeException(paramName: nameof(y), message: nameof(Math) + "" overflows"");
    return Math.Log(x) * y + x * y;
}";

        [Fact]
        public void A_scalar_guard_keeps_the_derivatives_and_throws_as_the_method_does()
        {
            string generated = LoopFreeCheck.Check(Members, "F", new object[] { 0.7, 1.3 }, new object[] { 2.5, -0.4 }, new object[] { 1.9, 2.0 });
            Assert.Contains("throw new global::System.ArgumentOutOfRangeException(\"x\", \"x must be positive\");", generated);
            Assert.Contains("throw new global::System.ArgumentOutOfRangeException(paramName: \"y\", message: \"Math overflows\");", generated); // constants as their strings: the generated file has no using directives
            Type type = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public partial class C\n{\n" + Members + "\n}\n}\n").Load().GetType("Review.C", throwOnError: true)!;
            foreach (string member in new[] { "F", "FPartialX", "FPartialY" })
            {
                var e = Assert.Throws<TargetInvocationException>(() => type.GetMethod(member)!.Invoke(null, new object[] { -1.0, 2.0 }));
                Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
            }

            var gradient = Assert.Throws<TargetInvocationException>(() => type.GetMethod("FGradient")!.Invoke(null, new object?[] { -1.0, 2.0, null, null }));
            Assert.Equal("x", ((ArgumentOutOfRangeException)gradient.InnerException!).ParamName);
        }

        [Fact]
        public void A_length_check_keeps_the_gradient_and_throws_as_the_method_does()
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(LoopFreeCheck.Header + "public static partial class C\n{\n" + Arrays + "\n}\n}\n"));
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the wrapper");
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            double[] pred = { 0.3, -1.2, 2.5 }, y = { 0.5, -1.0, 2.0 };
            var dPred = new double[3];
            double value = (double)type.GetMethod("W")!.Invoke(null, new object[] { pred, y, dPred })!;
            Assert.Equal((double)type.GetMethod("Mse")!.Invoke(null, new object[] { pred, y })!, value);
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(2 * (pred[i] - y[i]) / 3, dPred[i], 12);
            }

            var e = Assert.Throws<TargetInvocationException>(() => type.GetMethod("W")!.Invoke(null, new object[] { pred, new[] { 1.0 }, dPred }));
            Assert.Equal("pred has 3 values, y has 1 (Parameter 'y')", e.InnerException!.Message);
        }

        private const string Gaussian = @"
[Differentiable]
public static double LogPdf(double x, double mu, double sigma)
{
    double floor = 1e-12 * Math.Abs(mu);
    if (sigma <= floor) throw new ArgumentOutOfRangeException(nameof(sigma), ""sigma must be positive"");
    double z = (x - mu) / sigma;
    return -0.5 * z * z - Math.Log(sigma) - 0.5 * Math.Log(2 * Math.PI);
}";

        // A loop-free method with a check that throws keeps its closed forms (it took the program route, whose partials are
        // tangent programs, before), and each member still makes the check first.
        [Fact]
        public void A_loop_free_guard_keeps_the_closed_forms()
        {
            string generated = LoopFreeCheck.Check(Gaussian, "LogPdf", new object[] { 0.7, 0.2, 1.3 }, new object[] { -2.5, 1.0, 0.4 }, new object[] { 1.9, -3.0, 2.0 });
            Assert.Contains("/// <para>∂LogPdf/∂sigma = z² / sigma − 1 / sigma</para>", generated);
            Assert.DoesNotContain("forward-mode", generated);
            Assert.Contains("// if (sigma <= 1e-12 * Math.Abs(mu)) throw ...: the method's own check, made first", generated);
            Assert.Equal(4, generated.Split("if (sigma <= 1e-12 * global::System.Math.Abs(mu))").Length - 1);
            Type type = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public partial class C\n{\n" + Gaussian + "\n}\n}\n").Load().GetType("Review.C", throwOnError: true)!;
            foreach (string member in new[] { "LogPdf", "LogPdfPartialX", "LogPdfPartialMu", "LogPdfPartialSigma" })
            {
                var e = Assert.Throws<TargetInvocationException>(() => type.GetMethod(member)!.Invoke(null, new object[] { 1.0, 2.0, 0.0 }));
                Assert.Equal("sigma", ((ArgumentOutOfRangeException)e.InnerException!).ParamName);
            }

            var gradient = Assert.Throws<TargetInvocationException>(() => type.GetMethod("LogPdfGradient")!.Invoke(null, new object?[] { 1.0, 2.0, -1.0, null, null, null }));
            Assert.IsType<ArgumentOutOfRangeException>(gradient.InnerException);
        }

        // A check that throws after a branch that returns is no guard of a straight line: the method is a program, as before.
        [Fact]
        public void A_throw_after_a_returning_branch_is_still_read()
        {
            const string members = @"
[Differentiable]
public static double H(double x, double y)
{
    if (x == 0) return 0;
    if (y <= 0) throw new ArgumentOutOfRangeException(nameof(y));
    return x * Math.Log(y);
}";
            LoopFreeCheck.Check(members, "H", new object[] { 0.7, 1.3 }, new object[] { -2.5, 0.4 }, new object[] { 1.9, 2.0 });
            Type type = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n").Load().GetType("Review.C", throwOnError: true)!;
            var e = Assert.Throws<TargetInvocationException>(() => type.GetMethod("HPartialY")!.Invoke(null, new object[] { 1.0, -1.0 }));
            Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
            Assert.Equal(0.0, (double)type.GetMethod("HPartialY")!.Invoke(null, new object[] { 0.0, -1.0 })!);
        }

        // An antiderivative would not throw where the method does: none is looked for, and the reason is given (DIFF036).
        [Fact]
        public void An_integrable_method_with_a_guard_has_no_closed_form_and_says_why()
        {
            string source = LoopFreeCheck.Header + "public partial class C\n{\n[Integrable] public static double G(double x)\n{\n if (x <= 0) throw new ArgumentOutOfRangeException(nameof(x));\n return Math.Log(x);\n}\n}\n}\n";
            Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id == "DIFF036");
            Assert.Contains("it throws where a check before its work holds", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{\n double s = x * x;\n s = s + 1;\n if (s > 10) throw new ArgumentException(\"too large\");\n return s;\n }")]
        [InlineData("{\n double limit = 2 * x;\n if (x > 10) throw new ArgumentException(limit.ToString());\n return x * x;\n }")]
        [InlineData("=> x >= 0 ? Math.Sqrt(x) : throw new ArgumentOutOfRangeException(nameof(x));")]
        [InlineData("{\n if (x > 10) throw new ArgumentException(nameof(Math) + \" at \" + x);\n return x * x;\n }")]
        public void A_throw_after_the_work_or_reading_a_local_is_still_reported(string body)
        {
            string source = LoopFreeCheck.Header + "public partial class C\n{\n[Differentiable] public static double G(double x)\n" + body + "\n}\n}\n";
            Assert.Contains(GeneratorHarness.Analyze(source), d => d.Id == "DIFF010");
            Assert.DoesNotContain(GeneratorHarness.Run(GeneratorHarness.Compile(source)).Sources, s => s.HintName.Contains(".G(", StringComparison.Ordinal));
        }
    }
}
