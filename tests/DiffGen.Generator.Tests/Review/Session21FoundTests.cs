using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>What the twenty-first session's last fuzzer run found (seed 2140; both older than the session: at d6acaf6 too).</summary>
    public sealed class Session21FoundTests
    {
        private const string Header = "using System;\nusing DiffGen;\nnamespace Fuzz\n{\n    public static partial class Case0\n    {\n";

        /// <summary>
        /// Was a bug: a switch expression whose last arm is <c>Math.Clamp(1f, 1f, 1f)</c>, passed to a call, got a partial
        /// with <c>if (false) { clamp = ...; }</c> (warning CS0162, an error where warnings are): a branch whose test the
        /// simplifier decided. Only the side the test takes is written now.
        /// </summary>
        [Fact]
        public void A_branch_the_simplifier_decides_is_written_without_its_if()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Header
                + "        [Differentiable] public static float F(float x, float y) => G1(((y * y) switch { <= 0.5f => x, not (>= 1.5f) => x, _ => Math.Clamp(1.0f, 1.0f, 1.0f) }), 1.0f);\n"
                + "        [Differentiable] public static float G1(float u, float v) => u * v + u * u;\n    }\n}\n");
            string generated = string.Join("\n", run.Output.SyntaxTrees.Select(t => t.ToString()));
            Assert.DoesNotContain("if (false)", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("if (true)", generated, StringComparison.Ordinal);
        }

        /// <summary>
        /// Was a misleading decline: a guard clause comparing a copy of a constant with the constant (<c>float t1 = 1f; float t2
        /// = t1; if (t2 &lt;= t1) return 1f;</c>) drew DIFF010's message for a NaN test (a value compared with itself); it is the
        /// documented DIFF015 for a guard clause that compares locals declared with constant values.
        /// </summary>
        [Fact]
        public void A_guard_comparing_constants_through_a_copy_is_the_documented_DIFF015()
        {
            var diagnostic = Assert.Single(GeneratorHarness.Analyze(Header
                + "        [Differentiable] public static float F(float x)\n        {\n            float t1 = 1.0f;\n            float t2 = t1;\n            if (t2 <= t1) return 1.0f;\n            return x * t2;\n        }\n    }\n}\n"), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF015", diagnostic.Id);
            Assert.StartsWith("A guard clause whose test compares locals declared with constant values ('t2 <= t1')", diagnostic.GetMessage(), StringComparison.Ordinal);
        }
    }
}
