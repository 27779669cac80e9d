using System;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// The forward sweep of a method with loops keeps a compound assignment as the source wrote it (issue 11: the source as
    /// written): <c>vx += -k * vx * vx</c>, not <c>vx = vx - k * vx * vx</c>, and <c>decay *= 0.5 * Math.Cos(vx)</c>, not
    /// <c>decay = 0.5 * decay * Math.Cos(vx)</c>, which also multiplied in another order than the source, so rounded
    /// otherwise. The reverse sweep's comment shows it so too. The values and derivatives are checked by the array catalog.
    /// </summary>
    public sealed class CompoundAssignmentTests
    {
        private const string Source = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Motion
    {
        [Differentiable]
        public static double Drag(double v0, double k, int steps)
        {
            double vx = v0;
            double x = 0;
            double decay = 1;
            for (int step = 0; step < steps; step++)
            {
                vx += -k * vx * vx;
                decay *= 0.5 * Math.Cos(vx);
                x += vx * decay;
            }

            x /= steps;
            return x;
        }
    }
}";

        [Theory]
        [InlineData("vx += -k * vx * vx;")]
        [InlineData("decay *= 0.5 * global::System.Math.Cos(vx);")]
        [InlineData("// decay *= 0.5 * Math.Cos(vx)")]
        [InlineData("// x /= steps")]
        public void TheGradientWritesItAsTheSourceDoes(string line)
        {
            string text = GeneratorHarness.RunAndCompile(Source).SourceFor("Drag").Replace("\r\n", "\n");
            string gradient = text.Substring(text.IndexOf(" DragGradient(", StringComparison.Ordinal));
            Assert.Contains(line, Lines(gradient));
        }

        [Fact]
        public void ThePartialWritesItAsTheSourceDoes()
        {
            string text = GeneratorHarness.RunAndCompile(Source).SourceFor("Drag").Replace("\r\n", "\n");
            int start = text.IndexOf(" DragPartialK(", StringComparison.Ordinal);
            string partial = text.Substring(start, text.IndexOf("/// <summary>", start, StringComparison.Ordinal) - start);
            Assert.Contains("vx += -k * vx * vx;", Lines(partial));
            Assert.Contains("decay *= 0.5 * cosVx;", Lines(partial)); // Math.Cos(vx) kept in a local its tangent reads too
            Assert.DoesNotContain(Lines(partial), l => l.StartsWith("vx = vx - ", StringComparison.Ordinal));
        }

        private static string[] Lines(string text) => Array.ConvertAll(text.Split('\n'), l => l.Trim());
    }
}
