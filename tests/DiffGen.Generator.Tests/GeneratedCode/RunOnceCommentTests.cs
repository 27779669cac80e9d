using System;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// A call passing an array inside an if runs in a loop of one iteration (docs/supported.md, "Loops inside an if"); the
    /// generated code says why beside that loop, so a student does not read it as a mistake. The values and derivatives are
    /// checked by the array catalog (CallInBranchCases).
    /// </summary>
    public sealed class RunOnceCommentTests
    {
        private const string Source = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Fit
    {
        [Differentiable]
        public static double L2(double[] w)
        {
            double s = 0;
            for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
            return s;
        }

        [Differentiable(""w"")]
        public static double Loss(double[] w, double[] x, double[] y, double lambda)
        {
            double loss = 0;
            for (int i = 0; i < y.Length; i++)
            {
                double r = w[0] * x[i] + w[1] - y[i];
                loss += r * r;
            }

            if (lambda > 0) loss += lambda * L2(w);
            return loss;
        }
    }
}";

        [Fact]
        public void TheLoopOfOneIterationSaysWhy()
        {
            string[] lines = Array.ConvertAll(GeneratorHarness.RunAndCompile(Source).SourceFor("Loss").Replace("\r\n", "\n").Split('\n'), l => l.Trim());
            int header = Array.FindIndex(lines, l => l.StartsWith("for (int once = 0; once < (taken == 1 ? 1 : 0); once++)", StringComparison.Ordinal));
            Assert.True(header > 0, "no loop of one iteration in:\n" + string.Join("\n", lines));
            Assert.EndsWith("Runs once where the if's test holds and never otherwise: the sweeps take a call that passes an array in a loop, not in an if.", lines[header - 1], StringComparison.Ordinal);
        }
    }
}
