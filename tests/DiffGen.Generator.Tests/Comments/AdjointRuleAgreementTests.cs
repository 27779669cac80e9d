using System;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Comments
{
    /// <summary>
    /// In a method with loops, <c>MGradient</c>'s doc rules print the nodes its code prints (issue 11): each share is kept
    /// as the reverse sweep writes it, and only printed twice, as C# with the code's locals (<c>a2</c>, <c>dXSum</c>) and as a
    /// formula with the source's names (<c>a</c>, <c>dX</c>). Before, the rules were worked out apart from the code and
    /// said "dM += −dSum·sum once, after the loop" for a loop that added dM's share at every iteration, and 1 − tanh(z)²
    /// where the code reads 1 − h[j]².
    /// </summary>
    public sealed class AdjointRuleAgreementTests
    {
        private const string Source = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Rules
    {
        [Differentiable]
        public static double Twice(double x, double[] w)
        {
            double a = x * x;
            a = Math.Sin(a);
            double s = 0;
            for (int i = 0; i < w.Length; i++) s += a * w[i];
            return s;
        }

        [Differentiable]
        public static double Spread(double[] z, double shift)
        {
            double m = shift * 2;
            double sum = 0;
            for (int i = 0; i < z.Length; i++) sum += Math.Exp(z[i] - m);
            double total = 0;
            for (int i = 0; i < z.Length; i++) total += z[i] * sum;
            return total;
        }

        [Differentiable]
        public static double Fused(double x, double shift, int n)
        {
            double m = shift * 2;
            double sum = 0;
            for (int i = 0; i < n; i++) sum += Math.Exp(x - m);
            return sum;
        }
    }
}";

        [Theory]
        [InlineData("Layer", "h[j] = tanh(z)  ⇒  dZ += dH[j]·(1 − h[j]·h[j])", "double dZ = dHElement * (1 - h[j] * h[j]);")]
        [InlineData("Layer", "z = w[j]·x  ⇒  dW[j] += dZ·x, dX += dZ·w[j]", "dXSum += dZ * w[j];")]
        [InlineData("Twice", "a = sin(a)  ⇒  dA = dA·cos(a)", "dA = dA * global::System.Math.Cos(a);")]
        [InlineData("Twice", "s += a·w[i]  ⇒  dA += dS·w[i], dW[i] += dS·a", "dW[i] = dS * a2;")]
        [InlineData("Spread", "sum += exp(z[i] − m)  ⇒  dZ[i] += dSum·exp(z[i] − m), dM −= dSum·sum once, after the loop", "double dM = -(dSum * sum);")]
        [InlineData("Fused", "sum += exp(x − m)  ⇒  dX += dSum·exp(x − m), dM −= dSum·exp(x − m)", "dM -= dSum * expXMinusM;")]
        public void EachRuleIsTheCodeBelowIt(string method, string rule, string code)
        {
            string gradient = GradientOf(method == "Layer" ? RuleSources.Layer : Source, method);
            Assert.Contains("<para>" + rule + "</para>", gradient, StringComparison.Ordinal);
            Assert.Contains(code, gradient, StringComparison.Ordinal);
        }

        /// <summary>
        /// A call's rule, as the reverse sweep sends dHelper through the callee's partials (it had none before): to what the
        /// scalar argument read, and to every element of the array argument, each partial said where it comes from.
        /// </summary>
        [Fact]
        public void ACallsRuleIsWhatTheCodeSendsThroughTheCalleesPartials()
        {
            string gradient = GradientOf(RuleSources.Calls, "Outer");
            Assert.Contains("<para>helper = Helper(…)  ⇒  dY += dHelper·dHelperDA·w[i], dW[i] += dHelper·dHelperDA·y, dW[k] += dHelper·dHelperDW[k] for each k"
                + " (dHelperDA = ∂Helper/∂a, dHelperDW[k] = ∂Helper/∂w[k], from HelperGradient)</para>", gradient, StringComparison.Ordinal);
            Assert.Contains("dYSum += dHelper * dHelperDA * w[i];", gradient, StringComparison.Ordinal);
            Assert.Contains("dW[k2] += dHelper * dHelperDW[k2];", gradient, StringComparison.Ordinal);
        }

        /// <summary>
        /// A running maximum in an inner loop: the reverse sweep sends dM to the one iteration m last came from, and the rule
        /// says so. It was looked up in the outermost loop holding the statement, which is no running extreme, and the rule
        /// fell back to "dX[…] += dM", which says every iteration receives dM.
        /// </summary>
        [Fact]
        public void AnInnerLoopsRunningMaximumSendsItsAdjointToOneIteration()
        {
            const string inner = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Extremes
    {
        [Differentiable(""x"")]
        public static double InnerMax(double[] x, int rows, int cols)
        {
            double total = 0;
            for (int i = 0; i < rows; i++)
            {
                double m = -1e300;
                for (int j = 0; j < cols; j++)
                {
                    m = Math.Max(m, x[i * cols + j]);
                }

                total += m * m;
            }

            return total;
        }
    }
}";
            string text = GeneratorHarness.RunAndCompile(inner).SourceFor("InnerMax");
            Assert.Contains("int j = mAt.Value;", text, StringComparison.Ordinal);
            Assert.Contains("<para>m = max(m, x[i * cols + j])  ⇒  at the last j where m &lt; x[i * cols + j] (if any): dX[i * cols + j] += dM, dM = 0;", text, StringComparison.Ordinal);
        }

        /// <summary>
        /// An element write's rule says "=" only for the share the code sends back to the element it overwrote (its adjoint
        /// cleared first); it compared the shares as formulas show them, and arrays h and H, both shown dH, made the share
        /// to H's adjoint "dH[k] = …" where the code adds to it (dH2[k] +=). The rules name each adjoint as the code does
        /// (dH for h, dH2 for H): they said "dH[k] += 2·dH[k]·cos(H[k])", two different values under one name.
        /// </summary>
        [Fact]
        public void AnElementWritesRuleSetsOnlyTheElementItOverwrote()
        {
            const string cased = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Cased
    {
        [Differentiable(""w"")]
        public static double CaseNames(double[] w, int n)
        {
            double[] h = new double[n];
            double[] H = new double[n];
            double s = 0;
            for (int k = 0; k < n; k++)
            {
                H[k] = w[k] * w[k];
                h[k] = Math.Sin(H[k]) * 2;
                s += h[k];
            }

            return s;
        }
    }
}";
            string text = GeneratorHarness.RunAndCompile(cased).SourceFor("CaseNames");
            Assert.Contains("dH2[k] += 2 * dHElement * global::System.Math.Cos(H[k]);", text, StringComparison.Ordinal);
            Assert.Contains("<para>h[k] = sin(H[k])·2  ⇒  dH2[k] += 2·dH[k]·cos(H[k])</para>", text, StringComparison.Ordinal);
            Assert.Contains("<para>H[k] = w[k]·w[k]  ⇒  dW[k] += 2·dH2[k]·w[k]</para>", text, StringComparison.Ordinal);
        }

        [Fact]
        public void NoRuleSendsAZeroShare()
        {
            const string stopped = @"
using DiffGen;
namespace Samples
{
    public static partial class Stopped
    {
        [Differentiable]
        public static double Scaled(double x, double y, double[] w)
        {
            double s = 0;
            for (int i = 0; i < w.Length; i++) s += w[i] * Gradient.Stop(y) + x;
            return s;
        }
    }
}";
            string text = GeneratorHarness.RunAndCompile(stopped).SourceFor("Scaled");
            Assert.Contains("⇒  dW[i] += dS·stop(y), dX += dS</para>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("+= 0", text, StringComparison.Ordinal);
        }

        /// <summary>The generated gradient of <paramref name="method"/>, from its doc comment to the end of the file.</summary>
        private static string GradientOf(string source, string method)
        {
            string text = GeneratorHarness.RunAndCompile(source).SourceFor(method).Replace("\r\n", "\n");
            return text.Substring(text.LastIndexOf("/// <summary>", text.IndexOf(" " + method + "Gradient(", StringComparison.Ordinal), StringComparison.Ordinal));
        }
    }
}
