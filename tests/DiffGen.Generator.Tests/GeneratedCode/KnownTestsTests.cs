using System.Text.RegularExpressions;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// Inside a side of a choice, a partial uses what that side knows of the test: a value chosen by the same test further
    /// down takes its side, so the generated code never tests again what the if around it has just tested.
    /// </summary>
    public class KnownTestsTests
    {
        private const string Source = "[Differentiable] public static double F(double x, double y)\n{\n    if (1 < y) y = y * y;\n    if (y < 3) x = y;\n    return x * x;\n}\n"
            + "[Differentiable] public static double G(double x, double y, double z)\n{\n    double w = z * z;\n    if (y + Math.E < 0.01) w = y;\n    if (x >= w) return y * y;\n    if (y + Math.E < 0.01) return 8 * Math.Sin(w - x) - w * y;\n    return w * w + x;\n}\n";

        // ∂F/∂x reads x2 = (y2 < 3 ? y2 : x) only where y2 < 3 fails: it was "if (y2 < 3) ... else { double x2 = y2 < 3 ? y2 : x; ... }".
        [Fact]
        public void A_partial_does_not_test_again_what_its_if_has_tested()
        {
            string body = MemberBody(Run().SourceFor("F"), "FPartialX");
            Assert.Single(Regex.Matches(body, Regex.Escape("y2 < 3")));
        }

        // Where y + e < 0.01 holds, w2 is y (∂G/∂y reads cos(w2 − x) there as cos(y − x)); where it fails, w2 is w.
        [Theory]
        [InlineData("GPartialY", "8 * global::System.Math.Cos(y - x) - 2 * y")]
        [InlineData("GPartialZ", "4 * w * z")]
        public void A_value_chosen_by_a_known_test_is_its_side(string member, string expected) =>
            Assert.Contains(expected, MemberBody(Run().SourceFor("G"), member));

        [Fact]
        public void The_partials_are_right() =>
            LoopFreeCheck.Check(Source, "F", new object[] { 0.5, 2.0 }, new object[] { -1.5, 0.4 }, new object[] { 2.5, 4.0 }, new object[] { -0.7, 1.5 });

        [Fact]
        public void The_partials_are_right_where_each_side_is_taken() =>
            LoopFreeCheck.Check(Source, "G", new object[] { 0.5, -3.0, 0.4 }, new object[] { -1.5, -3.2, -0.3 }, new object[] { 2.5, 1.0, 0.2 }, new object[] { 0.1, 1.5, 1.2 }, new object[] { -0.2, -2.9, 0.3 });

        private static GeneratorRun Run() => GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public static partial class C\n{\n" + Source + "}\n}\n");

        private static string MemberBody(string source, string member)
        {
            int start = source.IndexOf(" " + member + "(", System.StringComparison.Ordinal);
            int end = source.IndexOf("\n        }\n", start, System.StringComparison.Ordinal);
            return source.Substring(start, end - start);
        }
    }
}
