using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Comments
{
    /// <summary>
    /// The comment above each statement's adjoint shows the statement as the source writes it (issue 11: "doc formulas
    /// never show global:: names", comments from the same IR as the code): fields, named constants, const locals,
    /// data arguments and called methods as written, Math and Gradient.Stop without their namespaces, while the code
    /// beside them keeps its fully qualified names.
    /// </summary>
    public sealed class CommentsAsWrittenTests
    {
        private const string Source = @"
using System;
using DiffGen;

namespace Samples
{
    public static class Consts
    {
        public const double Scale = 2.5;
        public static double Factor = 1.5;
        public static int Times = 2;
    }

    public static partial class Helpers
    {
        [Differentiable(""x"")]
        public static double Sq(double x, int times) => times * x * x;
    }

    public static partial class Model
    {
        [Differentiable(""w"")]
        public static double Loss(double[] w, double y)
        {
            const double eps = 1e-8;
            double s = 0;
            for (int i = 0; i < w.Length; i++)
            {
                s += w[i] * Math.PI + Consts.Scale + Consts.Factor * w[i] + eps;
                double q = Helpers.Sq(s, Consts.Times);
                s += q * Gradient.Stop(y);
            }

            return s * Math.PI;
        }
    }
}";

        private static string[] Comments() =>
            GeneratorHarness.RunAndCompile(Source).SourceFor("Loss").Replace("\r\n", "\n").Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.StartsWith("// ", StringComparison.Ordinal))
                .ToArray();

        [Theory]
        [InlineData("// return s * Math.PI")]
        [InlineData("// s += w[i] * Math.PI + Consts.Scale + Consts.Factor * w[i] + eps")]
        [InlineData("// sq = Helpers.Sq(s, Consts.Times)")]
        [InlineData("// s += q * Gradient.Stop(y)")]
        public void StatementCommentReadsAsTheSourceWritesIt(string comment)
        {
            Assert.Contains(comment, Comments());
        }

        [Fact]
        public void NoCommentShowsAQualifiedName()
        {
            Assert.DoesNotContain(Comments(), line => line.Contains("global::", StringComparison.Ordinal) || line.Contains("System.", StringComparison.Ordinal));
        }

        [Fact]
        public void CodeBesideTheCommentsKeepsItsQualifiedNames()
        {
            string text = GeneratorHarness.RunAndCompile(Source).SourceFor("Loss");
            Assert.Contains("global::Samples.Consts.Factor", text, StringComparison.Ordinal);
            Assert.Contains("global::Samples.Helpers.SqGradient(", text, StringComparison.Ordinal);
        }

        [Fact]
        public void GradientMatchesRichardsonDifferences()
        {
            Type type = GeneratorHarness.RunAndCompile(Source).Load().GetType("Samples.Model")!;
            var w = new[] { 0.3, -0.2, 0.1 };
            const double y = 0.7;
            double Value(double[] at) => (double)type.GetMethod("Loss")!.Invoke(null, new object[] { at, y })!;
            var gradient = new double[w.Length];
            double value = type.GetMethod("LossGradient")!.CreateDelegate<SpanGradient>()(w, y, gradient);
            Assert.Equal(Value(w), value, 12);
            for (int k = 0; k < w.Length; k++)
            {
                double expected = Richardson.Derivative(t => Value(With(w, k, t)), w[k]);
                Assert.True(Math.Abs(expected - gradient[k]) <= 1e-7 * Math.Max(1, Math.Abs(expected)), "dW[" + k + "]: " + gradient[k] + ", Richardson " + expected);
            }
        }

        // A method with an integer local and no loop takes the route of methods with loops: its docs speak of its statements.
        [Fact]
        public void A_method_without_loops_is_not_said_to_have_loops()
        {
            const string source = "using System;\nusing DiffGen;\npublic static partial class K\n{\n[Differentiable]\npublic static double Poly(double x, int n)\n{\n int m = n * 2;\n return Math.Pow(x, m) + x;\n}\n}\n";
            string text = GeneratorHarness.RunAndCompile(source).SourceFor("Poly");
            Assert.DoesNotContain("loops", text, StringComparison.Ordinal);
            Assert.Contains("/// by forward-mode differentiation: the method's own statements, each value computed beside its derivative.", text, StringComparison.Ordinal);
            Assert.Contains("a forward sweep through the method's statements, then a reverse sweep", text, StringComparison.Ordinal);
        }

        private delegate double SpanGradient(double[] w, double y, Span<double> dW);

        private static double[] With(double[] values, int k, double t)
        {
            var copy = (double[])values.Clone();
            copy[k] = t;
            return copy;
        }
    }
}
