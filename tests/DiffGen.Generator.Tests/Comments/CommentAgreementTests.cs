using System;
using System.IO;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Comments
{
    /// <summary>
    /// Comments and doc formulas say what the code beside them does (issue 11): each is made from the
    /// same model node as the line it stands by, checked here on a PPO-style clipped objective and on a
    /// softmax cross-entropy's running max, with the gradients checked against finite differences.
    /// </summary>
    public sealed class CommentAgreementTests
    {
        internal const string Ppo = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Rl
    {
        [Differentiable(""logp"")]
        public static double Clipped(double logp, double oldLogp, double advantage, double eps)
        {
            double ratio = Math.Exp(logp - oldLogp);
            double clipped = Math.Min(Math.Max(ratio, 1 - eps), 1 + eps);
            return -Math.Min(ratio * advantage, clipped * advantage);
        }
    }
}";

        internal const string ElementFromItself = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class El
    {
        [Differentiable(""w"")]
        public static double Squash(double[] w)
        {
            double[] a = new double[w.Length];
            double s = 0;
            for (int i = 0; i < w.Length; i++)
            {
                a[i] = w[i] * 2;
                a[i] = Math.Sin(a[i]) * w[i];
                s += a[i];
            }

            return s;
        }
    }
}";

        internal const string Softmax = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Nn
    {
        [Differentiable(""logits"")]
        public static double CrossEntropy(double[] logits, int label)
        {
            double max = logits[0];
            for (int i = 1; i < logits.Length; i++)
            {
                max = Math.Max(max, logits[i]);
            }

            double sum = 0;
            for (int i = 0; i < logits.Length; i++)
            {
                sum += Math.Exp(logits[i] - max);
            }

            return max + Math.Log(sum) - logits[label];
        }
    }
}";

        /// <summary>
        /// One local, −advantage, is ∂/∂clipped where the min takes clipped·advantage and ∂/∂ratio where it
        /// takes ratio·advantage (or passes ratio through the clip): the comment names each, with its branch,
        /// instead of calling it ∂/∂clipped everywhere.
        /// </summary>
        [Fact]
        public void SharedAdjointCommentNamesEachBranchItHolds()
        {
            string text = GeneratorHarness.RunAndCompile(Ppo).SourceFor("Clipped").Replace("\r\n", "\n");
            Assert.Contains(
                "            double dClipped = -advantage; // ∂Clipped/∂clipped if ratio·advantage > clipped·advantage; "
                + "∂Clipped/∂ratio if ratio·advantage ≤ clipped·advantage, or if ratio·advantage > clipped·advantage and max(ratio, 1 − eps) ≤ 1 + eps and ratio ≥ 1 − eps\n",
                text,
                StringComparison.Ordinal);
            // The min's clip (max ≤ 1 + eps) is tested before the max's (ratio ≥ 1 − eps), in the order the adjoint passes
            // through them: each local partial is taken inside the side of the choice its adjoint flows on (ninth session).
            Assert.Contains(
                "            double dRatio = ratioTimesAdvantage <= clippedTimesAdvantage ? dClipped : max <= onePlusEps ? (ratio >= oneMinusEps ? dClipped : 0) : 0; "
                + "// ∂Clipped/∂ratio by the chain rule through max, the chain rule through min, the constant multiple rule and the product rule\n",
                text,
                StringComparison.Ordinal);
        }

        /// <summary>
        /// An adjoint that holds on the else side of a test, and there on both sides of a test inside it, is said to hold on
        /// that else side: "if a, or if a and b, or if a and not b" was printed.
        /// </summary>
        [Fact]
        public void BranchesOfASharedAdjointAreSaidOnce()
        {
            const string source = "using System;\nusing DiffGen;\npublic static partial class M\n{\n    [Differentiable(\"y\")]\n    public static double F(double x, double y, double z)\n    {\n"
                + "        double u;\n        if (z <= 0.25) { u = z * z; }\n        else\n        {\n            if (z < 2) y = y * (y - x);\n            else y = y + z * x;\n            u = z + Math.Cosh(y) + 2;\n        }\n\n"
                + "        return (x > 1 ? u : z) * u * u;\n    }\n}\n";
            string text = GeneratorHarness.RunAndCompile(source).SourceFor("F").Replace("\r\n", "\n");
            Assert.Contains("// ∂F/∂y2 if z > 0.25 by the chain rule through cosh", text, StringComparison.Ordinal);
        }

        /// <summary>The clipped objective's gradient on each branch: unclipped, clipped above, clipped below, with either sign of advantage.</summary>
        [Theory]
        [InlineData(0.0, 0.0, 1.5, 0.2)]
        [InlineData(0.5, 0.0, 1.5, 0.2)]
        [InlineData(0.5, 0.0, -1.5, 0.2)]
        [InlineData(-0.5, 0.0, 1.5, 0.2)]
        [InlineData(-0.5, 0.0, -1.5, 0.2)]
        [InlineData(0.1, 0.05, -0.7, 0.3)]
        public void ClippedGradientMatchesFiniteDifferences(double logp, double oldLogp, double advantage, double eps)
        {
            Type type = Load(Ppo, "Samples.Rl");
            MethodInfo valueMethod = type.GetMethod("Clipped")!;
            double Value(double t) => (double)valueMethod.Invoke(null, new object[] { t, oldLogp, advantage, eps })!;
            object[] arguments = { logp, oldLogp, advantage, eps, 0.0 };
            double value = (double)type.GetMethod("ClippedGradient")!.Invoke(null, arguments)!;
            double partial = (double)type.GetMethod("ClippedPartialLogp")!.Invoke(null, new object[] { logp, oldLogp, advantage, eps })!;
            double expected = Richardson.Derivative(Value, logp, relativeStep: 1e-4);
            Assert.Equal(Value(logp), value, 12);
            Assert.True(Math.Abs(expected - (double)arguments[4]) < 1e-7, "dLogp " + arguments[4] + ", finite differences " + expected);
            Assert.True(Math.Abs(expected - partial) < 1e-7, "ClippedPartialLogp " + partial + ", finite differences " + expected);
        }

        /// <summary>An element overwritten from itself: a[i] = sin(a[i])·w[i].</summary>
        [Fact]
        public void ElementOverwriteDocShowsTheOverwriteTheCodeDoes()
        {
            string text = GeneratorHarness.RunAndCompile(ElementFromItself).SourceFor("Squash");
            Assert.Contains("        /// <para>a[i] = sin(a[i])·w[i]  ⇒  dW[i] += dA[i]·sin(a[i]), dA[i] = dA[i]·w[i]·cos(a[i])</para>\n", text.Replace("\r\n", "\n"), StringComparison.Ordinal);
        }

        [Fact]
        public void ElementOverwriteGradientMatchesFiniteDifferences()
        {
            Type type = Load(ElementFromItself, "Samples.El");
            var w = new[] { 0.3, -1.2, 2.5 };
            double Value(double[] v) => (double)type.GetMethod("Squash")!.Invoke(null, new object[] { v })!;
            var gradient = new double[w.Length];
            double value = type.GetMethod("SquashGradient")!.CreateDelegate<ArrayGradient>()(w, gradient);
            Assert.Equal(Value(w), value, 12);
            for (int k = 0; k < w.Length; k++)
            {
                double expected = Richardson.Derivative(t => Value(With(w, k, t)), w[k]);
                Assert.True(Math.Abs(expected - gradient[k]) < 1e-7, "dW[" + k + "]: " + gradient[k] + ", finite differences " + expected);
            }
        }

        private delegate double ArrayGradient(double[] w, Span<double> into);

        /// <summary>
        /// The doc line of a running max is the statement the reverse sweep writes: the other read
        /// receives first, then dMax is overwritten (<c>dMax = max &gt;= logits[i] ? dMax : 0</c>), not added to.
        /// </summary>
        [Fact]
        public void RunningMaxDocShowsTheIndexTheCodeKeeps()
        {
            // The code notes where max last came from and sends dMax there alone; the doc's rule says the same.
            string text = GeneratorHarness.RunAndCompile(Softmax).SourceFor("CrossEntropy").Replace("\r\n", "\n");
            Assert.Contains("        /// <para>max = max(max, logits[i])  ⇒  at the last i where max &lt; logits[i] (if any): dLogits[i] += dMax, dMax = 0; the other iterations leave dMax unchanged</para>\n", text, StringComparison.Ordinal);
            Assert.Contains("                    if (!(max >= logits[i]))\n                    {\n                        maxAt = i; // max comes from this iteration now: kept for the reverse sweep\n", text, StringComparison.Ordinal);
            Assert.Contains("            if (maxAt != null)\n            {\n                int i = maxAt.Value;\n", text, StringComparison.Ordinal);
            Assert.Contains("                dLogits[i] += dMax;\n                dMax = 0;\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("dMax += dMax", text, StringComparison.Ordinal);
        }

        [Fact]
        public void RunningMaxGradientMatchesFiniteDifferences()
        {
            Type type = Load(Softmax, "Samples.Nn");
            var logits = new[] { 0.3, -1.2, 2.5, 2.1, -0.4 };
            const int label = 3;
            double Value(double[] z) => (double)type.GetMethod("CrossEntropy")!.Invoke(null, new object[] { z, label })!;
            var gradient = new double[logits.Length];
            MethodInfo method = type.GetMethod("CrossEntropyGradient")!;
            double value = GradientOf(method, logits, label, gradient);
            Assert.Equal(Value(logits), value, 12);
            for (int k = 0; k < logits.Length; k++)
            {
                double expected = Richardson.Derivative(t => Value(With(logits, k, t)), logits[k]);
                Assert.True(Math.Abs(expected - gradient[k]) < 1e-7, "dLogits[" + k + "]: " + gradient[k] + ", finite differences " + expected);
            }
        }

        /// <summary>Calls <c>CrossEntropyGradient(double[], int, Span&lt;double&gt;)</c> through a delegate (a span cannot be boxed).</summary>
        private static double GradientOf(MethodInfo method, double[] z, int label, double[] into) =>
            method.CreateDelegate<SpanGradient>()(z, label, into);

        private delegate double SpanGradient(double[] z, int label, Span<double> into);

        private static double[] With(double[] values, int k, double t)
        {
            var copy = (double[])values.Clone();
            copy[k] = t;
            return copy;
        }

        private static Type Load(string source, string typeName) =>
            GeneratorHarness.RunAndCompile(source).Load().GetType(typeName, throwOnError: true)!;
    }
}
