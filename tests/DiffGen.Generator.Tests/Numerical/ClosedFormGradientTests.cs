using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Infrastructure.GeneratedSyntax;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// A loop-free gradient takes its partials in closed form only where the cost model finds them cheaper than the reverse
    /// sweep (fewer operations in no longer a chain, or at most a quarter more in a shorter one); a method of many inputs
    /// whose partials would each repeat the chain rule's work keeps the reverse sweep, and one with a branch or a call of
    /// another method always does. Both kinds are checked against central differences.
    /// </summary>
    public sealed class ClosedFormGradientTests
    {
        private const string Hypotenuse = "public static double Hypotenuse(double a, double b) => Math.Sqrt(a * a + b * b);";

        /// <summary>Six inputs through a chain of three tanh: each closed form would repeat the chain's derivatives.</summary>
        private const string Chain = "public static double Chain(double a, double b, double c, double d, double e, double f) { double u = Math.Tanh(a * b + c); double v = Math.Tanh(u * d + e); return Math.Tanh(v * f + u); }";

        private const string Branch = "public static double Branch(double x, double y) => x > y ? x * x * y : y * y * x;";

        [Fact]
        public void A_small_method_whose_closed_forms_cost_less_takes_them()
        {
            string gradient = Member(Source(Hypotenuse), "Hypotenuse", "HypotenuseGradient").ToFullString();
            Assert.Contains("dA = a / hypotenuse; // ∂Hypotenuse/∂a in closed form, as HypotenusePartialA computes it", gradient, StringComparison.Ordinal);
            Assert.Contains("in one forward sweep, then each partial in closed form", gradient, StringComparison.Ordinal);
            LoopFreeCheck.Check("[Differentiable]\n" + Hypotenuse, "Hypotenuse", Points(2));
        }

        [Fact]
        public void Many_inputs_through_a_shared_chain_keep_the_reverse_sweep()
        {
            string gradient = Member(Source(Chain), "Chain", "ChainGradient").ToFullString();
            Assert.Contains("one reverse (adjoint) sweep", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("in closed form", gradient, StringComparison.Ordinal);
            LoopFreeCheck.Check("[Differentiable]\n" + Chain, "Chain", Points(6));
        }

        [Fact]
        public void A_branch_keeps_the_reverse_sweep()
        {
            string gradient = Member(Source(Branch), "Branch", "BranchGradient").ToFullString();
            Assert.DoesNotContain("in closed form", gradient, StringComparison.Ordinal);
        }

        private static object[][] Points(int inputs)
        {
            var random = new Random(11);
            return Enumerable.Range(0, 30).Select(_ => Enumerable.Range(0, inputs).Select(__ => (object)((random.NextDouble() * 4) - 2)).ToArray()).ToArray();
        }

        private static string Source(string method) => "using System;\nusing DiffGen;\npublic static partial class C\n{\n[Differentiable]\n" + method + "\n}\n";
    }
}
