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
        private const double Width = 3;
        public static double Scale = 2.5;

        [Differentiable]
        public static double ConstantHalved(double x) => x * x * (Width / 2) + x;

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
        public static double Literals(double w, double g) =>
            w - 1e-3 * w * g / (g * g + 1e-8) + 1e10 * w * w + (1 - 0.9) * g + (4.0 / 3.0) * Math.PI * w * w * w - 2.5E-5 * g - -(1.5 - 0.25) * w;

        [Differentiable]
        public static double LiteralsInALoop(double[] xs, double g)
        {
            double sum = 0;
            for (int i = 0; i < xs.Length; i++)
            {
                sum += 1e-3 * xs[i] * xs[i] * g + (1 - 0.9) * xs[i] + (4.0 / 3.0) * xs[i] * g + 1e-8;
            }

            return sum;
        }

        [Differentiable(nameof(x))]
        public static double ReturnsANumberWrittenTwoWays(double x)
        {
            if (x > 1) x = x * 1e-3;
            return 0.001;
        }

        [Differentiable]
        public static float LiteralsInFloat(float w) => 1e-3f * w * w + 1e10f * w + (1f - 0.9f) * w;

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
        /// A literal with an exponent stays as written (<c>1e-3</c>, <c>1e-8</c>, <c>1e10</c>, <c>2.5E-5</c>, not 0.001, 1E-08,
        /// 10000000000, 2.5E-05), and so does arithmetic of literals that C# folds in double (<c>(1 - 0.9)</c>, <c>(4.0 / 3.0)</c>,
        /// not 0.09999999999999998, 1.3333333333333333), in code and formulas, on both routes; a number the simplifier makes
        /// has a short exponent (<c>2e10</c>).
        /// </summary>
        [Theory]
        [InlineData("Literals")]
        [InlineData("LiteralsInALoop")]
        public void LiteralsKeepTheirText(string method)
        {
            string text = Run.SourceFor(method);
            foreach (string written in new[] { "1e-3 * ", "1e-8", "(1 - 0.9)", "(4.0 / 3.0)", "1e-3·" })
            {
                Assert.Contains(written, text);
            }

            foreach (string folded in new[] { "0.001", "1E-08", "E-0", "E+", "0.09999999999999998", "1.3333333333333333" })
            {
                Assert.DoesNotContain(folded, text);
            }

            if (method == "LiteralsInALoop")
            {
                Assert.Contains("(1 − 0.9)", text); // a derivative that is the number alone (in the scalar method it is added to −2.5E-5)
            }
            else
            {
                Assert.Contains("1e10 * w * w", text);
                Assert.Contains("2.5E-5 * g", text);
                Assert.Contains("- -(1.5 - 0.25) * w", text);
                Assert.Contains("2e10·w", text);
                Assert.DoesNotContain("10000000000 * w * w", text);
            }
        }

        /// <summary>
        /// A number the source writes two ways (<c>1e-3</c>, <c>0.001</c>) is one computation, returned as a number with no local
        /// beside it (the run compiles with no diagnostic: it was <c>return 0.001;</c> beside an unread local, CS0219, then the
        /// local was returned; since the twenty-first session a constant value gets no local at all).
        /// </summary>
        [Fact]
        public void ANumberWrittenTwoWaysIsOneComputation()
        {
            string text = Run.SourceFor("ReturnsANumberWrittenTwoWays");
            Assert.Contains("return 1e-3;", text);
            Assert.DoesNotContain("double returnsANumberWrittenTwoWays", text);
        }

        /// <summary>A float method's literals keep their text with the f suffix; float arithmetic of literals is its folded float.</summary>
        [Fact]
        public void FloatLiteralsKeepTheirText()
        {
            string text = Run.SourceFor("LiteralsInFloat");
            Assert.Contains("1e-3f * w * w", text);
            Assert.Contains("1e10f * w", text);
            Assert.DoesNotContain("0.001f", text);
            Assert.DoesNotContain("1E+10f", text);
        }

        /// <summary>
        /// A double const divided by a whole number stays the source's arithmetic (<c>Width / 2</c>, not 1.5): the const's type
        /// says it divides in double (it was decided from the name's text, <c>global::System.Math</c> alone counting as double).
        /// </summary>
        [Fact]
        public void ADoubleConstDividedByAWholeNumberStaysWritten()
        {
            string text = Run.SourceFor("ConstantHalved");
            Assert.Contains("global::Samples.Forms.Width / 2", text);
            Assert.DoesNotContain("1.5", text);
            Type type = Run.Load().GetType("Samples.Forms")!;
            var arguments = new object?[] { 0.7, null };
            Assert.Equal((double)type.GetMethod("ConstantHalved")!.Invoke(null, new object[] { 0.7 })!, (double)type.GetMethod("ConstantHalvedGradient")!.Invoke(null, arguments)!);
            Assert.Equal((3 * 0.7) + 1, (double)arguments[1]!, 12);
        }

        /// <summary>The literals printed as written compute what the method computes: values and gradients to the last bit.</summary>
        [Fact]
        public void LiteralsKeepTheirValues()
        {
            Type type = Run.Load().GetType("Samples.Forms")!;
            const double w = 0.7, g = -1.3;
            double value = (double)type.GetMethod("Literals")!.Invoke(null, new object[] { w, g })!;
            var arguments = new object?[] { w, g, null, null };
            double returned = (double)type.GetMethod("LiteralsGradient")!.Invoke(null, arguments)!;
            Assert.Equal(value, returned);
            double dW = (2e10 * w) + 1 - (1e-3 * g / ((g * g) + 1e-8)) + (4.0 * Math.PI * w * w) + 1.25;
            double dG = (-1e-3 * w * (1e-8 - (g * g)) / (((g * g) + 1e-8) * ((g * g) + 1e-8))) + (1 - 0.9) - 2.5e-5;
            Assert.Equal(dW, (double)arguments[2]!, 6);
            Assert.Equal(dG, (double)arguments[3]!, 12);
            Assert.Equal(dW, (double)type.GetMethod("LiteralsPartialW")!.Invoke(null, new object[] { w, g })!, 6);
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
