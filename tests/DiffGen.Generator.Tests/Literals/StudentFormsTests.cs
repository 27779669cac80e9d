using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Literals
{
    /// <summary>
    /// What a student reads keeps the numbers and names the source writes (issue 11, found by the twenty-fifth session's
    /// readability audit): a derivative's coefficient made from a number the source divides by prints over that number
    /// (<c>2 * v * sin(2a) / 9.81</c>, not 0.2038735983690112); a local declared with a number and never changed keeps its
    /// name, declared <c>const</c> (<c>1 - p + epsilon</c>, not <c>1.000000000001 - p</c>); a loop's rule shows a statement
    /// that overwrites what it reads with the value, not the new value under the old name; and a rule subtracts where the
    /// code subtracts. Each method is checked against Richardson differences too.
    /// </summary>
    public sealed class StudentFormsTests
    {
        private static string Code(string generated) =>
            string.Join("\n", generated.Replace("\r\n", "\n").Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

        [Fact]
        public void A_coefficient_over_a_divisor_of_the_source_prints_over_it()
        {
            string generated = LoopFreeCheck.Check(
                "[Differentiable] public static double Range(double v, double a) => v * v * Math.Sin(2 * a) / 9.81;",
                "Range",
                new object[] { 12.0, 0.4 },
                new object[] { 3.5, 1.1 });
            Assert.Contains("return 2 * v * global::System.Math.Sin(2 * a) / 9.81;", generated, StringComparison.Ordinal);
            Assert.Contains("∂Range/∂v = 2·v·sin(2·a) / 9.81", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("0.2038", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void A_float_coefficient_over_a_divisor_prints_over_it_in_code_and_formula_alike()
        {
            string generated = LoopFreeCheck.Check(
                "[Differentiable] public static float Range(float v, float a) => v * v * MathF.Sin(2 * a) / 9.81f;",
                "Range",
                new object[] { 12.0, 0.4 });
            Assert.Contains("2f * v * global::System.MathF.Sin(2f * a) / 9.81f", generated, StringComparison.Ordinal);
            Assert.Contains("∂Range/∂v = 2·v·sin(2·a) / 9.81", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("0.2038", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void A_local_declared_with_a_number_and_never_changed_keeps_its_name()
        {
            string generated = LoopFreeCheck.Check(
                "[Differentiable] public static double Loss(double w, double b, double x, double y)\n{\n    double epsilon = 1e-12;\n    double p = 1 / (1 + Math.Exp(-(w * x + b)));\n    return -(y * Math.Log(p + epsilon) + (1 - y) * Math.Log(1 - p + epsilon));\n}",
                "Loss",
                new object[] { 0.3, -0.2, 1.5, 1.0 },
                new object[] { -1.1, 0.4, 0.5, 0.0 });
            string code = Code(generated);
            Assert.Contains("const double epsilon = 1e-12;", code, StringComparison.Ordinal);
            Assert.Contains("1 - p + epsilon", code, StringComparison.Ordinal);
            Assert.DoesNotContain("1.000000000001", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("+ 1e-12", code, StringComparison.Ordinal);
        }

        [Fact]
        public void A_mass_of_one_stays_a_mass()
        {
            string generated = LoopFreeCheck.Check(
                "[Differentiable] public static double Energy(double length, double omega, double theta)\n{\n    double m = 1.0;\n    const double g = 9.81;\n    return 0.5 * m * length * length * omega * omega + m * g * length * (1 - Math.Cos(theta));\n}",
                "Energy",
                new object[] { 1.2, 0.7, 0.3 });
            Assert.Contains("0.5 * m * length", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("* 1 *", generated, StringComparison.Ordinal);
        }

        [Theory]
        // Assigned again: a variable, not a constant.
        [InlineData("[Differentiable] public static double F(double x)\n{\n    double k = 2;\n    k = k * x;\n    return k * x;\n}", "double k")]
        [InlineData("[Differentiable] public static double F(double x)\n{\n    double k = 2;\n    k += x;\n    return k * x;\n}", "double k")]
        // Declared with a computation.
        [InlineData("[Differentiable] public static double F(double x)\n{\n    double k = 2 * 3.5;\n    return k * x;\n}", "")]
        public void Other_locals_stay_as_they_were(string members, string declared)
        {
            string generated = LoopFreeCheck.Check(members, "F", new object[] { 0.7 }, new object[] { -1.3 });
            Assert.DoesNotContain("const double k", generated, StringComparison.Ordinal);
            Assert.Contains(declared, generated, StringComparison.Ordinal);
        }

        [Fact]
        public void The_same_name_in_two_scopes_with_two_numbers_stays_correct()
        {
            LoopFreeCheck.Check(
                "[Differentiable] public static double F(double x)\n{\n    double y;\n    if (x > 0) { double c = 2; y = c * x * x; } else { double c = 3; y = c * x; }\n    return y;\n}",
                "F",
                new object[] { 0.7 },
                new object[] { -1.3 });
        }

        [Fact]
        public void A_rule_for_a_statement_that_overwrites_what_it_reads_shows_the_value()
        {
            const string source = LoopFreeCheck.Header + "public static partial class C\n{\n    [Differentiable]\n    public static double Rnn(double[] w, double[] xs)\n    {\n        double h = 0;\n        for (int t = 0; t < xs.Length; t++)\n        {\n            h = Math.Tanh(w[0] * h + w[1] * xs[t]);\n        }\n\n        return h;\n    }\n}\n}\n";
            string generated = GeneratorHarness.RunAndCompile(source).SourceFor("Rnn");
            Assert.Contains("dW[0] += dH·(1 − tanh(w[0]·h + w[1]·xs[t])²)·h", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("(1 − h²)·h", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void A_rule_subtracts_where_the_code_subtracts()
        {
            const string source = LoopFreeCheck.Header + "public static partial class C\n{\n    [Differentiable]\n    public static double Slack(double[] w)\n    {\n        double s = 0;\n        for (int i = 0; i < w.Length; i++)\n        {\n            s += 1 - w[i] * w[i];\n        }\n\n        return s;\n    }\n}\n}\n";
            string generated = GeneratorHarness.RunAndCompile(source).SourceFor("Slack");
            Assert.Contains("s += 1 − w[i]·w[i]  ⇒  dW[i] −= 2·dS·w[i]", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("+= −", generated, StringComparison.Ordinal);
        }
    }
}
