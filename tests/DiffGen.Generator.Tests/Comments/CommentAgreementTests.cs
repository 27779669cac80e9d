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
        /// The doc line of a running max is the statement the reverse sweep writes: the other read
        /// receives first, then dMax is overwritten (<c>dMax = max &gt;= logits[i] ? dMax : 0</c>), not added to.
        /// </summary>
        [Fact]
        public void RunningMaxDocShowsTheOverwriteTheCodeDoes()
        {
            string text = GeneratorHarness.RunAndCompile(Softmax).SourceFor("CrossEntropy");
            Assert.Contains("        /// <para>max = max(max, logits[i])  ⇒  dLogits[i] += 0 if max ≥ logits[i], else dMax, dMax = dMax if max ≥ logits[i], else 0</para>\n", text.Replace("\r\n", "\n"), StringComparison.Ordinal);
            Assert.Contains("                dMax = max >= logits[i] ? dMax : 0;\n", text.Replace("\r\n", "\n"), StringComparison.Ordinal);
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

        private static Type Load(string source, string typeName)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = run.Output.WithAssemblyName("CommentAgreement_" + Guid.NewGuid().ToString("N")).Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return Assembly.Load(image.ToArray()).GetType(typeName, throwOnError: true)!;
        }
    }
}
