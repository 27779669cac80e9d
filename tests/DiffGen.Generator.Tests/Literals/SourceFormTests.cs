using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Literals
{
    /// <summary>
    /// The forward sweep keeps numbers as the source writes them (issue 11): named constants inside
    /// constant arithmetic stay names (<c>Math.Log(2 * Math.PI)</c>, not 1.8378770664093453), a number the
    /// source multiplies by stays a factor (<c>0.1 * s</c>, not <c>s / 10</c>), a constant written first stays
    /// first (<c>1 + epsilon</c>), and doc formulas name fields without <c>global::</c>. Each on both routes.
    /// </summary>
    public sealed class SourceFormTests
    {
        private const string Source = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Forms
    {
        private const double Epsilon = 1e-8;
        public static double Scale = 2.5;

        [Differentiable]
        public static double Scalar(double n, double s, double epsilon) =>
            0.5 * n * Math.Log(2 * Math.PI) + 0.1 * s * n + Math.Log(1 + epsilon) * n + n / 3 + Epsilon * Scale * s * s - Math.PI / 4 * s;

        [Differentiable]
        public static double Loop(double[] xs, double s, double epsilon)
        {
            double sum = 0;
            for (int i = 0; i < xs.Length; i++)
            {
                sum += 0.5 * Math.Log(2 * Math.PI) * xs[i] + 0.1 * s * xs[i] + (1 + epsilon) * xs[i] + xs[i] / 3 + Epsilon * Scale * xs[i] * xs[i];
            }

            return sum;
        }

        [Differentiable]
        public static double ConstantCalls(double x, double y) => 0.5 * Math.Log(2) * x * y + x / Math.Sqrt(2) - Math.Exp(-1) * y;

        [Differentiable]
        public static double ConstantNamedLikeAParameter(double[] xs, double log2)
        {
            double sum = 0;
            for (int i = 0; i < xs.Length; i++)
            {
                sum += xs[i] * (log2 - 0.5 * Math.Log(2));
            }

            return sum;
        }

        [Differentiable]
        public static double ConstantCallsInALoop(double[] xs, double y)
        {
            double sum = 0;
            for (int i = 0; i < xs.Length; i++)
            {
                sum += 0.5 * Math.Log(2) * xs[i] * y + xs[i] / Math.Sqrt(2) - Math.Exp(-1) * y;
            }

            return sum;
        }
    }
}";

        private static readonly GeneratorRun Run = GeneratorHarness.RunAndCompile(Source);

        [Theory]
        [InlineData("Scalar")]
        [InlineData("Loop")]
        public void NamedConstantsStayNamesInCodeAndFormulas(string method)
        {
            string text = Run.SourceFor(method);
            Assert.Contains("global::System.Math.Log(2 * global::System.Math.PI)", text);
            Assert.Contains("ln(2·π)", text);
            Assert.Contains("global::Samples.Forms.Epsilon", text);
            Assert.DoesNotContain("1.8378770664093453", text);
            Assert.DoesNotContain("0.9189385332", text);
            Assert.DoesNotContain("1E-08", text);
        }

        [Theory]
        [InlineData("Scalar")]
        [InlineData("Loop")]
        public void NumbersKeepTheFormTheSourceWrites(string method)
        {
            string text = Run.SourceFor(method);
            Assert.Contains("0.1 * s", text);
            Assert.Contains("0.1·s", text);
            Assert.DoesNotContain("/ 10", text);
            Assert.Contains("1 + epsilon", text);
            Assert.DoesNotContain("epsilon + 1", text);

            // A division the source writes stays one.
            Assert.Contains(method == "Scalar" ? "n / 3" : "xs[i] / 3", text);
        }

        /// <summary>
        /// A Math call of constants stays the call, named after it (log2, sqrt2, expMinus1) where the code keeps it in a local:
        /// never a decimal (0.6931471805599453, 0.7071067811865475, 0.36787944117144233), and ln(2), √2 in formulas.
        /// </summary>
        [Theory]
        [InlineData("ConstantCalls")]
        [InlineData("ConstantCallsInALoop")]
        public void MathCallsOfConstantsStayCalls(string method)
        {
            string text = Run.SourceFor(method);
            Assert.Contains("global::System.Math.Log(2)", text);
            Assert.Contains("global::System.Math.Sqrt(2)", text);
            Assert.Contains("global::System.Math.Exp(-1)", text);
            Assert.Contains("ln(2)", text);
            Assert.Contains("√2", text);
            Assert.DoesNotContain("0.693147", text);
            Assert.DoesNotContain("0.707106", text);
            Assert.DoesNotContain("0.367879", text);
            Assert.DoesNotContain("Math.Log(2.0)", text);
        }

        /// <summary>In a method with loops, each is computed once per call, before the loop, and read by name in it.</summary>
        [Fact]
        public void MathCallsOfConstantsAreComputedOnceBeforeTheLoop()
        {
            string text = Run.SourceFor("ConstantCallsInALoop");
            Assert.Contains("double log2 = global::System.Math.Log(2);", text);
            Assert.Contains("double sqrt2 = global::System.Math.Sqrt(2);", text);
            Assert.Contains("double expMinus1 = global::System.Math.Exp(-1);", text);
            Assert.Contains("// sum += 0.5 * Math.Log(2) * xs[i] * y + xs[i] / Math.Sqrt(2) - Math.Exp(-1) * y", text);
            var computing = text.Split('\n').Where(line => line.Contains("global::System.Math.Exp(-1)", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(computing);
            Assert.All(computing, line => Assert.StartsWith("double expMinus1 = ", line.Trim(), StringComparison.Ordinal));
        }

        /// <summary>Where the method has a log2 of its own, Math.Log(2)'s local says it is the constant (not log22).</summary>
        [Fact]
        public void AConstantCallNamedLikeAParameterSaysItIsTheConstant()
        {
            string text = Run.SourceFor("ConstantNamedLikeAParameter");
            Assert.Contains("double log2Constant = global::System.Math.Log(2);", text);
            Assert.DoesNotContain("log22", text);
        }

        [Theory]
        [InlineData("Scalar")]
        [InlineData("Loop")]
        public void DocFormulasNeverShowGlobalNames(string method)
        {
            string text = Run.SourceFor(method);
            var formulas = text.Split('\n').Where(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal) && !line.Contains("cref=")).ToList();
            Assert.Contains(formulas, line => line.Contains("Scale"));
            Assert.DoesNotContain(formulas, line => line.Contains("global::"));
        }
    }
}
