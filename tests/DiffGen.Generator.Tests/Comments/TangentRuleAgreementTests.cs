using System;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Comments
{
    /// <summary>
    /// In a method with loops, <c>MPartialP</c>'s doc rules and its code print the same nodes of the tangent program
    /// (issue 11): the rule for <c>error = m·x[i] + b − y[i]</c> in the partial for m is <c>dError = x[i]</c>, as the code
    /// computes it, not <c>x[i]·dM</c> with dM = 1 left to the reader. Checked rule by rule against the line the partial's
    /// body has for it.
    /// </summary>
    public sealed class TangentRuleAgreementTests
    {
        private const string Source = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Fit
    {
        [Differentiable(""m"", ""b"")]
        public static double Loss(double m, double b, double[] x, double[] y)
        {
            double sum = 0;
            double acc = 1;
            for (int i = 0; i < x.Length; i++)
            {
                double error = m * x[i] + b - y[i];
                double p = 1 / (1 + Math.Exp(-error));
                sum += p * error;
                acc = acc * m + error;
            }

            return sum + acc;
        }
    }
}";

        [Theory]
        [InlineData("LossPartialM", "dError = x[i]", "dError = x[i];")]
        [InlineData("LossPartialB", "dError = 1", "dError = 1;")]
        [InlineData("LossPartialM", "dP = p·(1 − p)·dError", "dP = p * (1 - p) * dError;")]
        [InlineData("LossPartialM", "dAcc = m·dAcc + acc + dError", "dAcc = m * dAcc + acc + dError;")]
        [InlineData("LossPartialB", "dAcc = m·dAcc + dError", "dAcc = m * dAcc + dError;")]
        public void EachRuleIsTheCodeBesideIt(string member, string rule, string code)
        {
            string text = GeneratorHarness.RunAndCompile(Source).SourceFor("Loss").Replace("\r\n", "\n");
            string partial = Member(text, member);
            Assert.Contains("  ⇒  " + rule + "</para>", partial, StringComparison.Ordinal);
            Assert.Contains(code, partial, StringComparison.Ordinal);
        }

        [Fact]
        public void NoRuleNamesTheDerivativeOfThePartialsOwnVariable()
        {
            string text = GeneratorHarness.RunAndCompile(Source).SourceFor("Loss").Replace("\r\n", "\n");
            Assert.DoesNotContain("·dM", Member(text, "LossPartialM"), StringComparison.Ordinal);
            Assert.DoesNotContain("·dB", Member(text, "LossPartialB"), StringComparison.Ordinal);
        }

        [Fact]
        public void ACallsRuleIsTheSumTheCodeAddsUp()
        {
            string text = GeneratorHarness.RunAndCompile(RuleSources.Calls).SourceFor("Outer").Replace("\r\n", "\n");
            string partial = Member(text, "OuterPartialY");
            Assert.Contains("helper = Helper(…)  ⇒  dHelper = dHelperDA·w[i] (dHelperDA = ∂Helper/∂a, from HelperGradient)</para>", partial, StringComparison.Ordinal);
            Assert.Contains("double dHelper = dHelperDA * w[i];", partial, StringComparison.Ordinal);
        }

        /// <summary>
        /// An element written from scalars holds the value its tangent reuses: tanh′ = 1 − h[j]², read after the write, as
        /// a scalar local's tangent reads it (<c>p·(1 − p)</c>); before, the partial computed tanh(z) twice more per element.
        /// </summary>
        [Fact]
        public void AnElementsTangentReadsTheElementJustWritten()
        {
            string text = GeneratorHarness.RunAndCompile(RuleSources.Layer).SourceFor("Layer").Replace("\r\n", "\n");
            string partial = Member(text, "LayerPartialX");
            Assert.Contains("h[j] = tanh(z)  ⇒  dH[j] = (1 − h[j]·h[j])·dZ</para>", partial, StringComparison.Ordinal);
            int write = partial.IndexOf("h[j] = global::System.Math.Tanh(z);", StringComparison.Ordinal);
            int tangent = partial.IndexOf("dH[j] = (1 - h[j] * h[j]) * dZ;", StringComparison.Ordinal);
            Assert.True(write >= 0 && tangent > write, partial);
        }

        /// <summary>
        /// The same where the value reads a parameter's elements: the local array h is a new array, which the write to h[j]
        /// cannot change through an alias of w.
        /// </summary>
        [Fact]
        public void AnElementOfALocalArrayHoldsAValueThatReadsAParameter()
        {
            string text = GeneratorHarness.RunAndCompile(RuleSources.Layer).SourceFor("LayerOfParameters").Replace("\r\n", "\n");
            string partial = Member(text, "LayerOfParametersPartialX");
            Assert.Contains("dH[j] = (1 - h[j] * h[j]) * w[j];", partial, StringComparison.Ordinal);
            Assert.DoesNotContain("Tanh(w[j] * x) *", partial, StringComparison.Ordinal);
        }

        /// <summary>
        /// Arrays h and H: the code names their tangents dH and dH2, and so do the rules. The rule for H's element said
        /// "dH[i] = 2·h[i]·dH[i]", one name for two values, and the next rule read dH2 where the code does.
        /// </summary>
        [Fact]
        public void ArraysWhoseNamesDifferInCaseKeepTheirTangentsApartInTheRules()
        {
            const string cased = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Cased
    {
        [Differentiable]
        public static double Cubes(double[] w, double x)
        {
            double[] h = new double[w.Length];
            double[] H = new double[w.Length];
            double s = 0;
            for (int i = 0; i < w.Length; i++)
            {
                h[i] = Math.Tanh(w[i] * x);
                H[i] = h[i] * h[i];
                s += H[i] * h[i];
            }

            return s;
        }
    }
}";
            string partial = Member(GeneratorHarness.RunAndCompile(cased).SourceFor("Cubes").Replace("\r\n", "\n"), "CubesPartialX");
            Assert.Contains("<para>H[i] = h[i]·h[i]  ⇒  dH2[i] = 2·h[i]·dH[i]</para>", partial, StringComparison.Ordinal);
            Assert.Contains("dH2[i] = 2 * h[i] * dH[i];", partial, StringComparison.Ordinal);
            Assert.Contains("<para>s += H[i]·h[i]  ⇒  dS += h[i]·dH2[i] + H[i]·dH[i]</para>", partial, StringComparison.Ordinal);
        }

        /// <summary>The doc comment and body of one generated member: from the comment above its signature to the next member's.</summary>
        private static string Member(string text, string name)
        {
            int signature = text.IndexOf(" " + name + "(", StringComparison.Ordinal);
            Assert.True(signature >= 0, name + " was not generated");
            int start = text.LastIndexOf("/// <summary>", signature, StringComparison.Ordinal);
            int end = text.IndexOf("/// <summary>", signature, StringComparison.Ordinal);
            return text.Substring(start, (end < 0 ? text.Length : end) - start);
        }
    }
}
