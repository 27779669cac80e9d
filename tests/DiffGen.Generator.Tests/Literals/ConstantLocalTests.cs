using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Literals
{
    /// <summary>
    /// A method with loops keeps its const locals as names (issue 11: "1 + epsilon stays 1 + epsilon"), as the loop-free
    /// route does: each generated member declares them again and reads <c>eps</c>, not <c>1E-08</c>. A name that stands
    /// for two values in two scopes, or that a variable also uses, stays a literal; the gradients agree with
    /// Richardson differences either way.
    /// </summary>
    public sealed class ConstantLocalTests
    {
        private const string Source = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Consts
    {
        [Differentiable]
        public static double Smoothed(double[] w, double s)
        {
            const double eps = 1e-8;
            const double @in = 0.25;
            double sum = 0;
            for (int i = 0; i < w.Length; i++)
            {
                sum += Math.Sqrt(w[i] * w[i] + eps) * s + @in * w[i];
                if (w[i] > eps)
                {
                    sum += w[i] * eps;
                }
            }

            return sum;
        }

        [Differentiable]
        public static float Single(float[] w)
        {
            const float half = 0.5f;
            float sum = 0;
            for (int i = 0; i < w.Length; i++)
            {
                sum += half * w[i] * w[i];
            }

            return sum;
        }

        [Differentiable]
        public static double TwoScopes(double[] w)
        {
            double sum = 0;
            for (int i = 0; i < w.Length; i++)
            {
                const double k = 2;
                sum += k * w[i];
            }

            for (int i = 0; i < w.Length; i++)
            {
                const double k = 3;
                sum += k * w[i] * w[i];
            }

            return sum;
        }

        [Differentiable]
        public static double ClashInAnIntegerTest(double[] w)
        {
            double sum = 0;
            for (int i = 0; i < w.Length; i++)
            {
                const double eps = 0.5;
                int above = w[i] > eps ? 1 : 0;
                sum += above * w[i];
            }

            for (int i = 0; i < w.Length; i++)
            {
                const double eps = 1e-6;
                sum += w[i] * w[i] + eps;
            }

            return sum;
        }

        [Differentiable]
        public static double NameAlsoAVariable(double[] w)
        {
            double sum = 0;
            for (int i = 0; i < w.Length; i++)
            {
                const double c = 0.5;
                sum += c * w[i];
            }

            for (int j = 0; j < w.Length; j++)
            {
                double c = w[j] * w[j];
                sum += c;
            }

            return sum;
        }
    }
}";

        private static readonly GeneratorRun Run = GeneratorHarness.RunAndCompile(Source);

        private static string Code(string method) =>
            string.Join("\n", Run.SourceFor(method).Replace("\r\n", "\n").Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

        [Fact]
        public void ConstLocalsAreDeclaredAgainAndReadByName()
        {
            string code = Code("Smoothed");
            Assert.Contains("const double eps = 1e-8;", code);
            Assert.Contains("const double @in = 0.25;", code);
            Assert.Contains("w[i] * w[i] + eps", code);
            Assert.Contains("@in * w[i]", code);
            Assert.Contains("> eps", code);
            Assert.DoesNotContain("+ 1e-8", code);

            // Once in each member: the partial for s and the gradient.
            Assert.Equal(2, code.Split(new[] { "const double eps" }, StringSplitOptions.None).Length - 1);
        }

        [Fact]
        public void FloatConstLocalIsAFloatConst()
        {
            Assert.Contains("const float half = 0.5f;", Code("Single"));
            Assert.Contains("half * ", Code("Single"));
        }

        [Fact]
        public void A_const_of_the_same_name_with_another_value_stays_a_literal()
        {
            // The 0.5 is read only in an integer's test, which the search for clashing names does not see: the printer
            // prints a read by name only where its value is the declared one.
            string code = Code("ClashInAnIntegerTest");
            Assert.DoesNotContain("> eps", code);
            Assert.Contains("> 0.5", code);
        }

        [Theory]
        [InlineData("TwoScopes", "const double k")]
        [InlineData("NameAlsoAVariable", "const double c")]
        public void AmbiguousNameStaysALiteral(string method, string declaration)
        {
            Assert.DoesNotContain(declaration, Code(method));
        }

        [Theory]
        [InlineData("Smoothed")]
        [InlineData("TwoScopes")]
        [InlineData("NameAlsoAVariable")]
        [InlineData("ClashInAnIntegerTest")]
        public void GradientMatchesRichardsonDifferences(string method)
        {
            Type type = Run.Load().GetType("Samples.Consts")!;
            var w = new[] { 0.3, -0.2, 0.05, 1.4 };
            bool hasS = method == "Smoothed";
            const double s = 0.7;
            object[] Arguments(double[] at) => hasS ? new object[] { at, s } : new object[] { at };
            double Value(double[] at) => (double)type.GetMethod(method)!.Invoke(null, Arguments(at))!;
            var gradient = new double[w.Length];
            MethodInfo generated = type.GetMethod(method + "Gradient")!;
            double value = hasS
                ? generated.CreateDelegate<WithScalar>()(w, s, gradient, out _)
                : generated.CreateDelegate<ArrayOnly>()(w, gradient);
            Assert.Equal(Value(w), value, 12);
            for (int k = 0; k < w.Length; k++)
            {
                double expected = Richardson.Derivative(t => Value(With(w, k, t)), w[k]);
                Assert.True(Math.Abs(expected - gradient[k]) <= 1e-6 * Math.Max(1, Math.Abs(expected)), method + " dW[" + k + "]: " + gradient[k] + ", Richardson " + expected);
            }
        }

        private delegate double WithScalar(double[] w, double s, Span<double> dW, out double dS);

        private delegate double ArrayOnly(double[] w, Span<double> dW);

        private static double[] With(double[] values, int k, double t)
        {
            var copy = (double[])values.Clone();
            copy[k] = t;
            return copy;
        }
    }
}
