using System;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Generated code carries no compiler warning, whatever the simplifier made of the source: a user with
    /// TreatWarningsAsErrors gets a build, not CS0162 (a test of constants), CS1718 (a value compared with
    /// itself), CS1717 (a variable assigned to itself) or CS0219 (an adjoint set and never read). The methods
    /// are the differential fuzzer's, shrunk; <see cref="GeneratorHarness.RunAndCompile"/> requires zero
    /// diagnostics, warnings included. Their derivatives are checked numerically in Numerical/DecidedBranchCases.cs
    /// and Arrays/SimplificationCases.cs.
    /// </summary>
    public sealed class WarningFreeOutputTests
    {
        private const string Header = "using System;\nusing DiffGen;\nnamespace Tests\n{\npublic static partial class C\n{\n";

        private const string Footer = "\n}\n}\n";

        [Fact]
        public void A_test_of_named_constants_is_decided_when_generating()
        {
            string generated = Generate("[Differentiable] public static double F(double x, double y) { if (Math.Sqrt(2.0) - Math.PI >= 0.25) { x = 10 + y; } return x; }");
            Assert.DoesNotContain("Math.PI", generated, StringComparison.Ordinal);
            Assert.Contains("return 1;", generated, StringComparison.Ordinal);
        }

        /// <summary>
        /// A value compared with itself through a sum that cancels, (s + x) - x &gt;= s, was decided when generating (true) until the
        /// twenty-third session; it is DIFF010 now, as at x = 10¹⁷ and s = 1 the method computes 0 &gt;= 1 and takes the other side.
        /// </summary>
        [Fact]
        public void A_value_compared_with_itself_through_a_sum_that_cancels_is_DIFF010()
        {
            var diagnostics = GeneratorHarness.Analyze(Header + "[Differentiable] public static double F(double x, double y) { double s = x * y; return (s + x) - x >= s ? s : Math.Exp(x); }" + Footer);
            Assert.Equal("DIFF010", Assert.Single(diagnostics, d => d.Id.StartsWith("DIFF", StringComparison.Ordinal)).Id);
        }

        [Fact]
        public void Loop_route_keeps_only_the_side_a_decided_test_takes()
        {
            string generated = Generate(
                "[Differentiable] public static double F(double[] w, double y)\n{\n double s = 0;\n if (Math.Sqrt(2.0) - Math.PI >= 0.25) { s = 10 + y; }\n"
                + " for (int i = 0; i < w.Length; i++)\n {\n  s += Math.Exp(0.0) >= 1 ? w[i] : y;\n  if (Math.Cos(0.0) > 1) { s -= 1; }\n  if (Math.Sqrt(4.0) >= 2) { s = s * 1; }\n }\n return s;\n}");
            Assert.All(generated.Split('\n'), line => Assert.True(!line.Contains("if (", StringComparison.Ordinal) || line.Contains(".Length != w.Length", StringComparison.Ordinal), line));
            Assert.DoesNotContain("Math.PI", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void Loop_route_drops_a_loop_that_never_runs_and_steps_that_never_run()
        {
            string generated = Generate(
                "[Differentiable] public static double F(double[] w, double y)\n{\n double s = y;\n int i = 0;\n while (Math.Sqrt(4.0) > 2) { s += w[i]; i++; }\n"
                + " for (int j = 0; j < w.Length; j++) { s += w[j] * y; if (Math.Sqrt(4.0) >= 2) break; }\n return s;\n}");
            Assert.DoesNotContain("while", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("j++", generated, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("double", "s = Math.Round(b); return 1.0;")]
        [InlineData("double", "s = b - b; return 1.0;")]
        [InlineData("float", "s = b - b; return 1.0f;")]
        [InlineData("float", "s = MathF.Round(b); return 1.0f;")]
        [InlineData("double", "for (int i = 0; i < w.Length; i++) { double t = Math.Exp(w[i]) * b; s = Math.Floor(t); } return b;")]
        public void An_adjoint_nothing_reads_is_not_declared(string type, string body)
        {
            string generated = Generate(DeadStoreMethod(type, body));
            Assert.DoesNotContain(" dS = 0;", generated, StringComparison.Ordinal);
        }

        /// <summary>Here the loops read dS (as 0) before the dead stores reset it: declared, read, no warning.</summary>
        [Theory]
        [InlineData("double", "double u = b; for (int i = 0; i < w.Length; i++) { s += w[i] * b; u = u * x[i]; } s = 0; u = 2; return b * u;")]
        [InlineData("float", "float[] q = new float[w.Length]; for (int i = 0; i < w.Length; i++) { q[i] = w[i] * b; s = q[i]; } return b * b;")]
        public void Values_overwritten_after_a_loop_compile_cleanly(string type, string body) => Generate(DeadStoreMethod(type, body));

        [Theory]
        [InlineData("float F(float x, int n) { int k7 = 0; k7 += 2; return 1.0f; }")]
        [InlineData("double F(double x, int n) { int k6 = 0; k6 += 2; return 1.0; }")]
        [InlineData("double F(double[] w, double b, double[] x) { double s2 = 0; s2 = (1.0 >= 0.01 ? 1.0 : b); return s2; }")]
        [InlineData("float F(float x, float y, int n) { float s2 = 0; for (int i1 = 0; i1 < n; i1++) { s2 = y - y; } return s2; }")]
        [InlineData("double F(ReadOnlySpan<double> w, double b, double[] x) { double s5 = 0; foreach (double v6 in w) { s5 = v6 - v6; } return s5; }")]
        public void Locals_that_end_up_constant_or_unread_compile_cleanly(string method) => Generate("[Differentiable] public static " + method);

        /// <summary>The source itself warns here (CS0219 on s2, silenced); the generated code must not, even where a loop runs both sweeps at once.</summary>
        [Theory]
        [InlineData("double F(double x, int n) { double s2 = 0; for (int j3 = 0; j3 < n; j3++) { s2 = 1.0; } return 1.0; }")]
        [InlineData("float F(float x, int n) { float p4 = 1; for (int i = 0; i < n; i++) { p4 = 2f; } return x * x; }")]
        public void A_value_a_loop_overwrites_and_nothing_reads_is_dropped(string method)
        {
            string generated = Generate("#pragma warning disable CS0219\n[Differentiable] public static " + method + "\n#pragma warning restore CS0219");
            Assert.DoesNotContain(method.Contains("s2", StringComparison.Ordinal) ? "s2" : "p4", generated, StringComparison.Ordinal);
        }

        private static string DeadStoreMethod(string type, string body) =>
            "[Differentiable] public static " + type + " F(" + type + "[] w, " + type + " b, " + type + "[] x) { " + type + " s = 0; " + body + " }";

        private static string Generate(string method) => GeneratorHarness.RunAndCompile(Header + method + Footer).SourceFor("F");
    }
}
