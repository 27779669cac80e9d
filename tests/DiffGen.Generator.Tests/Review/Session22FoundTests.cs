using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>What the twenty-second session's 10,000-method fuzzer run found (seed 2220; older than the session).</summary>
    public sealed class Session22FoundTests
    {
        /// <summary>
        /// Was a bug (CS0103 in a loop-free gradient): the reverse sweep's <c>dDifference</c>, the quotient of two logarithms the
        /// forward branch names (<c>logU1 / log</c>), was printed as the source writes it, <c>MathF.Log(u1, 2f + MathF.Exp(x &gt;
        /// u2 ? MathF.PI : y))</c>, and that reads <c>u2</c>, a local of the forward branch's block that the reverse twin's block
        /// cannot see. A source form now reads no local out of scope, also where it prints a choice as the DAG computes it.
        /// </summary>
        [Fact]
        public void A_source_form_in_a_reverse_branch_reads_no_local_of_the_forward_branch()
        {
            string generated = LoopFreeCheck.Check(
                "[Differentiable(nameof(x))] public static double F(double x, double y)\n{\n    double u1;\n    u1 = (1.0 < y ? 1.0 : x);\n    double u2;\n    u2 = y * 0.75;\n"
                + "    if (y > 3)\n    {\n        return 1.0;\n    }\n    return Math.Log(u1, 2 + Math.Exp((x > u2 ? Math.PI : y))) * (-u1 + (y == 0.75 ? u1 : x));\n}",
                "F", new object[] { 1.3, 0.5 }, new object[] { 0.6, 0.2 }, new object[] { 0.2, 0.9 }, new object[] { 1.7, 4.0 });
            Assert.Contains("logU1 / log", generated, StringComparison.Ordinal);
        }

        /// <summary>The fuzzer's own float method (its branch never taken: log₂ 1 &lt; 1.5), which gave the CS0103: it compiles.</summary>
        [Fact]
        public void The_fuzzers_float_method_compiles()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile("using System;\nusing DiffGen;\nnamespace Fuzz\n{\n    public static partial class Case0\n    {\n"
                + "        [Differentiable(nameof(x))] public static float F(float x, float y)\n        {\n            float u1;\n            u1 = (1.0f < y ? 1.0f : x);\n            float u2;\n            u2 = y * 0.75f;\n"
                + "            if (MathF.Log2(1.0f) < 1.5f)\n            {\n                return 1.0f;\n            }\n            return MathF.Log(u1, 2 + MathF.Exp((x > u2 ? MathF.PI : y))) * (-u1 + (y == 0.75f ? u1 : x));\n        }\n    }\n}\n");
            Assert.Contains(run.Output.SyntaxTrees, t => t.ToString().Contains("FGradient", StringComparison.Ordinal));
        }
    }
}
