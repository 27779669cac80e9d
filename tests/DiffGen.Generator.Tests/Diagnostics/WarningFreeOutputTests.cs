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
            string generated = Generate("[Differentiable] public static double F(double x, double y) { if (y - (Math.PI + y) >= 0.25) { x = 10 + y; } return x; }");
            Assert.DoesNotContain("Math.PI", generated, StringComparison.Ordinal);
            Assert.Contains("return 1;", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void A_value_compared_with_itself_is_decided_when_generating()
        {
            string generated = Generate("[Differentiable] public static double F(double x, double y) { double s = x * y; return (s + x) - x >= s ? s : Math.Exp(x); }");
            Assert.DoesNotContain(">=", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("Exp", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void Loop_route_keeps_only_the_side_a_decided_test_takes()
        {
            string generated = Generate(
                "[Differentiable] public static double F(double[] w, double y)\n{\n double s = 0;\n if (y - (Math.PI + y) >= 0.25) { s = 10 + y; }\n"
                + " for (int i = 0; i < w.Length; i++)\n {\n  s += (y + i) - i >= y ? w[i] : y;\n  if (w[i] - w[i] > 0) { s -= 1; }\n  if (y - y >= 0) { s = s * 1; }\n }\n return s;\n}");
            Assert.All(generated.Split('\n'), line => Assert.True(!line.Contains("if (", StringComparison.Ordinal) || line.Contains(".Length != w.Length", StringComparison.Ordinal), line));
            Assert.DoesNotContain("Math.PI", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void Loop_route_drops_a_loop_that_never_runs_and_steps_that_never_run()
        {
            string generated = Generate(
                "[Differentiable] public static double F(double[] w, double y)\n{\n double s = y;\n int i = 0;\n while (y - y > 0) { s += w[i]; i++; }\n"
                + " for (int j = 0; j < w.Length; j++) { s += w[j] * y; if (y - y >= 0) break; }\n return s;\n}");
            Assert.DoesNotContain("while", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("j++", generated, StringComparison.Ordinal);
        }

        private static string Generate(string method) => GeneratorHarness.RunAndCompile(Header + method + Footer).SourceFor("F");
    }
}
