using System;
using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Review.SingularSweep27Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Declined: testing the singular value itself (double.IsFinite(ln x), double.IsNaN(√x), r != r) is DIFF010, whose
    /// advice is to test the inputs instead, or to pass a mask beside data with missing values. The rewrites that follow the
    /// advice are accepted and right, at the points where the declined form would have needed its test.
    /// </content>
    public sealed partial class SingularSweep27Tests
    {
        [Theory]
        [InlineData("double l = Math.Log(x);\n    return double.IsFinite(l) ? l * x : 0;", "The condition 'double.IsFinite(l)' cannot be differentiated here", "test the inputs before calling the method")]
        [InlineData("double r = Math.Sqrt(x);\n    return double.IsNaN(r) ? 0 : r * x;", "The condition 'double.IsNaN(r)' cannot be differentiated here", "test the inputs before calling the method")]
        [InlineData("double r = Math.Sqrt(x);\n    return r != r ? 0 : r * x;", "The condition 'r != r' cannot be differentiated here", "test the inputs before calling the method")]
        public void Testing_the_singular_value_itself_is_declined_with_advice(string body, string starts, string advice)
        {
            var errors = Errors("[Differentiable] public static double F(double x)\n{\n    " + body + "\n}");
            Assert.True(errors.Count == 1 && errors[0].Id == "DIFF010" && errors[0].GetMessage().StartsWith(starts, StringComparison.Ordinal) && errors[0].GetMessage().Contains(advice, StringComparison.Ordinal), string.Join("\n", errors));
            Assert.Contains("(int[] observed; ... if (observed[t] == 0) continue;)", errors[0].GetMessage(), StringComparison.Ordinal);
        }

        /// <summary>The advice followed: the input tested. At x = -1 the log's arm is not taken (derivative 0).</summary>
        [Fact]
        public void Rewrite_testing_the_input_before_the_log() =>
            Hand(
                "[Differentiable] public static double F(double x) => x > 0 ? Math.Log(x) * x : 0;",
                "F",
                p => D(X(p) > 0 ? Math.Log(X(p)) + 1 : 0),
                new object[] { -1.0 }, new object[] { 2.0 });

        /// <summary>The advice followed for √: at x = -1 and x = 4 right. (At x = 0, where x·√x has the one-sided derivative 0, no claim.)</summary>
        [Fact]
        public void Rewrite_testing_the_input_before_the_sqrt() =>
            Hand(
                "[Differentiable] public static double F(double x) => x >= 0 ? Math.Sqrt(x) * x : 0;",
                "F",
                p => D(X(p) >= 0 ? 1.5 * Math.Sqrt(X(p)) : 0),
                new object[] { -1.0 }, new object[] { 4.0 });

        /// <summary>The other advice: missing data (NaN) skipped by a mask passed beside it.</summary>
        [Fact]
        public void Rewrite_with_a_mask_beside_missing_data() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] y, int[] observed)\n{\n    double s = 0;\n    for (int t = 0; t < y.Length; t++)\n    {\n        if (observed[t] == 0) continue;\n        double e = y[t] - x;\n        s += e * e + Math.Log(y[t] * x);\n    }\n\n    return s;\n}",
                "F",
                p => D(Enumerable.Range(0, A(p, 1).Length).Where(t => ((int[])p[2])[t] != 0).Sum(t => (-2 * (A(p, 1)[t] - X(p))) + (1 / X(p)))),
                new object[] { 1.5, new[] { 2.0, double.NaN, 0.5, 0.0 }, new[] { 1, 0, 1, 0 } });
    }
}
