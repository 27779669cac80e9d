using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// A variable each side of an if assigns keeps the source's name in the gradient (<c>loss</c>, not <c>loss2</c> or
    /// <c>loss3</c>), and each side writes it directly (<c>loss = 1 - margin;</c>, not <c>double loss3 = 1 - margin; loss2 = loss3;</c>),
    /// on both routes; where the old value is read again (by the reverse sweep or a side), a new local still takes the new one,
    /// and every gradient stays right.
    /// </summary>
    public class BranchMeetingNamesTests
    {
        private const string LoopHinge = "[Differentiable] public static double Hinge(double w, double b, double y)\n{\n    double s = 0;\n    for (int i = 1; i <= 3; i++) s += w * i + b;\n"
            + "    double margin = y * s;\n    double loss;\n    if (margin < 1) loss = 1 - margin;\n    else loss = 0.25 * (margin - 1) * (margin - 1);\n    return loss + 0.01 * s * s;\n}\n";

        private const string Huber = "[Differentiable] public static double Huber(double r, double delta)\n{\n    double loss;\n    if (Math.Abs(r) <= delta) loss = 0.5 * r * r;\n"
            + "    else loss = delta * (Math.Abs(r) - 0.5 * delta);\n    return loss;\n}\n";

        private static readonly object[][] HingePoints = { new object[] { 0.1, 0.05, 1.0 }, new object[] { 0.4, -0.2, 2.0 }, new object[] { -0.3, 0.1, -1.5 }, new object[] { 0.05, 0.0, 0.5 } };

        [Fact]
        public void A_loop_method_assigns_the_variable_in_each_side()
        {
            MethodDeclarationSyntax gradient = GeneratedSyntax.Member(Source(LoopHinge), "Hinge", "HingeGradient");
            string[] locals = gradient.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(d => d.Identifier.Text).ToArray();
            Assert.Contains("loss", locals);
            Assert.DoesNotContain(locals, l => l.StartsWith("loss", System.StringComparison.Ordinal) && l != "loss");
            IfStatementSyntax branch = gradient.DescendantNodes().OfType<IfStatementSyntax>().First();
            Assert.Equal("loss = 1 - margin", Assert.Single(branch.Statement.DescendantNodes().OfType<AssignmentExpressionSyntax>()).ToString());
        }

        [Fact]
        public void A_loop_free_method_declares_the_variable_by_its_name()
        {
            MethodDeclarationSyntax gradient = GeneratedSyntax.Member(Source(Huber), "Huber", "HuberGradient");
            string[] locals = gradient.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(d => d.Identifier.Text).ToArray();
            Assert.Contains("loss", locals);
            Assert.DoesNotContain(locals, l => l.StartsWith("loss", System.StringComparison.Ordinal) && l != "loss");
        }

        [Fact]
        public void The_loop_hinge_is_right() => LoopFreeCheck.Check(LoopHinge, "Hinge", HingePoints);

        [Fact]
        public void Huber_is_right() => LoopFreeCheck.Check(Huber, "Huber", new object[] { 0.3, 1.0 }, new object[] { -2.0, 0.5 }, new object[] { 1.5, 1.2 });

        // The constant is read by the reverse sweep of a statement before the if (∂u/∂x = t): t is not assigned in place.
        [Fact]
        public void A_constant_the_reverse_sweep_reads_keeps_its_local() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double t = 0.5;\n    double u = 0;\n    for (int i = 0; i < 2; i++) u += t * x * y;\n"
            + "    if (x > y) t = x * x;\n    else t = 3 * y;\n    return u + t * t;\n}\n",
            "F", new object[] { 1.5, 0.5 }, new object[] { -0.5, 0.75 }, new object[] { 2.0, -1.0 });

        // A side reads the variable before it writes it: the old value must survive for the reverse sweep.
        [Fact]
        public void A_side_that_reads_the_variable_first() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double t = 1;\n    for (int i = 0; i < 2; i++) x = x * 1.5;\n"
            + "    if (x > y) t = t * x * x;\n    else t = y * y + t;\n    return t * x;\n}\n",
            "F", new object[] { 1.5, 0.5 }, new object[] { -0.5, 0.75 }, new object[] { 2.0, -1.0 });

        // Two writes in one side: the first takes a new local, the last goes into the variable.
        [Fact]
        public void Two_writes_in_one_side() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += x * y;\n    double t;\n"
            + "    if (s > 0) { t = Math.Sin(s); t = t * t + x; }\n    else { t = y; }\n    return t * s;\n}\n",
            "F", new object[] { 1.5, 0.5 }, new object[] { -0.5, 0.75 }, new object[] { 2.0, -1.0 });

        // A nested if writes the variable after the side's own write: the side's write is not the last, so it takes a new local.
        [Fact]
        public void A_nested_if_writes_last() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += x * y;\n    double t = 0;\n"
            + "    if (s > 0) { t = s * x; if (x > 1) t = t * t; }\n    else { t = y * s; }\n    return t + s * t;\n}\n",
            "F", new object[] { 1.5, 0.5 }, new object[] { 0.5, 0.75 }, new object[] { 2.0, -1.0 });

        // Inside a loop body, per iteration; and a side that computes a costly call its derivative reads again (kept calls).
        [Fact]
        public void Inside_a_loop_and_with_kept_calls() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 1; i <= 3; i++)\n    {\n        double t = 0;\n"
            + "        if (x * i > 1) t = Math.Exp(x * y / i);\n        else t = Math.Tanh(x * i);\n        s += t * t;\n    }\n    return s;\n}\n",
            "F", new object[] { 1.5, 0.5 }, new object[] { -0.5, 0.75 }, new object[] { 0.4, -1.0 });

        // Two ifs in a row assign the same variable: only the first may take the declaration's local.
        [Fact]
        public void Two_ifs_in_a_row() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += x;\n    double t = 0;\n"
            + "    if (s > y) t = s * y;\n    else t = y;\n    double u = t * t;\n    if (x > 0) t = u * x;\n    else t = u - x;\n    return t + u;\n}\n",
            "F", new object[] { 1.5, 0.5 }, new object[] { -0.5, 0.75 }, new object[] { 2.0, -1.0 });

        private static string Source(string members) => LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "}\n}\n";
    }
}
