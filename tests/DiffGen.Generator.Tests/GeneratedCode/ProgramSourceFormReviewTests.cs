using System;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// An adversarial pass over the program route's written forms (<c>Symbolic/WrittenForm.cs</c>, <c>Emit/ExpressionPrinter.Written.cs</c>).
    /// The DAG shares one node wherever the method computes a value, however it writes it: a form remembered for one computation and
    /// printed for another computed there what the method never does. A cancellation (<c>(v + Math.Log(v) + x) - Math.Log(v)</c>,
    /// <c>(1e16 + v + x) - 1e16</c>, <c>1e200 * v * x / 1e200</c>) printed for a <c>v + x</c> or <c>v * x</c> elsewhere gave NaN where v &lt; 0,
    /// 0 for 1.96, infinity for 1.9e150; a product written <c>v * (3 * x)</c> was printed (and quoted in its comment) as another
    /// statement's <c>v * 3 * x</c>.
    /// </summary>
    public sealed class ProgramSourceFormReviewTests
    {
        private const string Source = @"
using System;
using DiffGen;
public static partial class ProgramReview
{
    [Differentiable]
    public static double LogCancel(double a, double x)
    {
        double s = 0;
        for (int i = 0; i < 4; i++)
        {
            double v = a - i;
            if (v > 0) s += (v + Math.Log(v) + x) - Math.Log(v);
            s += (v + x) * x;
        }

        return s;
    }

    [Differentiable]
    public static double LargeCancel(double a, double x)
    {
        double s = 0, t = 0;
        for (int i = 0; i < 4; i++)
        {
            double v = a - i;
            if (v > 2) s += (1e16 + v + x) - 1e16;
            t += (v + x) * x;
        }

        return s + t;
    }

    [Differentiable]
    public static double OverflowCancel(double a, double x)
    {
        double s = 0, t = 0;
        for (int i = 0; i < 4; i++)
        {
            double v = a - i;
            if (v > 2) s += 1e200 * v * x / 1e200;
            t += v * x * 0.5 + v * 3;
        }

        return s + t;
    }

    [Differentiable]
    public static double TwoGroupings(double a, double x)
    {
        double s = 0, t = 0;
        for (int i = 0; i < 4; i++)
        {
            double v = a - i;
            s += v * 3 * x;
            t += v * (3 * x);
        }

        return s * t;
    }
}";

        private static readonly Lazy<GeneratorRun> Run = new Lazy<GeneratorRun>(() => GeneratorHarness.RunAndCompile(Source));

        private static readonly Lazy<Type> Compiled = new Lazy<Type>(() => Run.Value.Load().GetType("ProgramReview")!);

        /// <summary>
        /// A cancellation the source writes in one statement is not what another statement of the same value computes: the gradient
        /// returns the method's value (to rounding: the cancelling statement itself prints as the DAG holds it) and the method's partials.
        /// </summary>
        [Theory]
        [InlineData("LogCancel", 1.5, 0.7)]
        [InlineData("LogCancel", 0.3, -1.2)]
        [InlineData("LargeCancel", 1.5, 0.7)]
        [InlineData("LargeCancel", 0.3, -1.2)]
        [InlineData("OverflowCancel", 1.9, 1e150)]
        [InlineData("OverflowCancel", 0.3, -1.2)]
        public void ACancellationIsNotComputedForTheSameValueElsewhere(string method, double a, double x)
        {
            double own = (double)Compiled.Value.GetMethod(method)!.Invoke(null, new object[] { a, x })!;
            var arguments = new object?[] { a, x, null, null };
            double returned = (double)Compiled.Value.GetMethod(method + "Gradient")!.Invoke(null, arguments)!;
            Assert.True(double.IsFinite(own), method + " is finite at the point");
            Assert.True(Math.Abs(returned - own) <= 1e-12 * Math.Abs(own), $"{method}({a}, {x}): {own:R} from the method, {returned:R} from its gradient");

            // Both partials against differences of the method (the cancelling branch is not taken at these points).
            MethodInfo m = Compiled.Value.GetMethod(method)!;
            for (int k = 0; k < 2; k++)
            {
                double h = 1e-6 * Math.Max(1, Math.Abs(k == 0 ? a : x));
                double Shifted(double by) => (double)m.Invoke(null, k == 0 ? new object[] { a + by, x } : new object[] { a, x + by })!;
                double difference = (Shifted(h) - Shifted(-h)) / (2 * h);
                double partial = (double)arguments[2 + k]!;
                Assert.True(Math.Abs(partial - difference) <= 1e-5 * (1 + Math.Abs(difference)), $"{method}({a}, {x}): ∂/∂{(k == 0 ? "a" : "x")} {partial:R}, differences {difference:R}");
            }
        }

        /// <summary>Another statement's grouping is neither computed nor quoted for a value the source groups otherwise.</summary>
        [Theory]
        [InlineData("LogCancel", "s += (v + x) * x;")]
        [InlineData("LargeCancel", "t += (v + x) * x;")]
        [InlineData("OverflowCancel", "t += v * x * 0.5 + v * 3;")]
        public void AStatementPrintsItsOwnValue(string method, string line)
        {
            Assert.Contains(line, Run.Value.SourceFor(method), StringComparison.Ordinal);
        }

        [Fact]
        public void AValueGroupedInTwoWaysIsNotQuotedInTheOther()
        {
            string text = Run.Value.SourceFor("TwoGroupings");
            Assert.DoesNotContain("t += v * 3 * x", text, StringComparison.Ordinal);
            Assert.DoesNotContain("t += v·3·x", text, StringComparison.Ordinal);
        }
    }
}
