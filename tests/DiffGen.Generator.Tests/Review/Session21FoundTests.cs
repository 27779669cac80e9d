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
        /// = t1; if (t2 &lt;= t1) return 1f;</c>) drew DIFF010's message for a NaN test (a value compared with itself); it became
        /// the DIFF015 for a guard clause that compares locals declared with constant values. Since the twenty-fifth session a
        /// loop-free method reads a local declared with a number and never changed as the const it could be: the test is decided
        /// (1 ≤ 1), the method always returns 1, and its generated members say so, without a warning. (A method with loops keeps
        /// the DIFF015: the array catalog's <c>ErvConstantTest</c>.)
        /// </summary>
        [Fact]
        public void A_guard_comparing_constants_through_a_copy_is_decided_in_a_loop_free_method()
        {
            const string members = "[Differentiable] public static float F(float x)\n{\n    float t1 = 1.0f;\n    float t2 = t1;\n    if (t2 <= t1) return 1.0f;\n    return x * t2;\n}";
            Assert.DoesNotContain(GeneratorHarness.Analyze(LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n"), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            string generated = LoopFreeCheck.Check(members, "F", new object[] { 0.7 }, new object[] { -1.3 });
            Assert.Contains("return 1f;", generated, StringComparison.Ordinal);
        }
    }
}
