using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Stored costly values in loops of every shape (the tape's slot and length follow the loop's counter).</summary>
    public sealed class LoopShapeStoreReviewTests
    {
        private static readonly object[][] Points = { new object[] { 0.7, -1.3, 5 }, new object[] { -0.4, 0.9, 4 }, new object[] { 0.3, 0.35, 1 }, new object[] { 0.3, 0.35, 0 } };

        private static void Check(string loop, string body) => Assert.Contains("Tape.Rent<double>", LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y, int n)\n{\n    double s = x;\n    double t = 0;\n    " + loop + "\n    {\n" + body + "\n    }\n    return t + s;\n}", "F", Points), System.StringComparison.Ordinal);

        private const string Body = "        double e = Math.Exp(Math.Sin(s) * 0.5);\n        t += e * y + Math.Tanh(s * i * 0.1);\n        s = s * 0.8 + e * 0.1 * y;";

        [Fact]
        public void Downward() => Check("for (int i = n - 1; i >= 0; i--)", Body);

        [Fact]
        public void Step_two_from_one() => Check("for (int i = 1; i < 2 * n; i += 2)", Body);

        [Fact]
        public void Inclusive_bound() => Check("for (int i = 2; i <= n + 1; i++)", Body);

        [Fact]
        public void Downward_by_three_exclusive() => Check("for (int i = 3 * n; i > 0; i -= 3)", Body);

        [Fact]
        public void Continue_before_the_costly_call() => Check("for (int i = 0; i < n; i++)", "        if (s < 0.2 * i - 0.5) { s = s + 0.3; continue; }\n" + Body);

        [Fact]
        public void Break_after_the_costly_call() => Check("for (int i = 0; i < n; i++)", Body + "\n        if (t > 2.5) break;");

        [Fact]
        public void While_loop() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y, int n)\n{\n    double s = x;\n    double t = 0;\n    int i = 0;\n    while (i < n)\n    {\n" + Body + "\n        i++;\n    }\n    return t + s;\n}", "F", Points);
    }
}
