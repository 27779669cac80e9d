using System.Linq;
using System.Text;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Symbolic
{
    /// <summary>Output grows linearly with the input: the gradient is one reverse sweep, and deep code cannot overflow the stack.</summary>
    public sealed class ScalingTests
    {
        [Fact]
        public void Gradient_grows_linearly_with_the_number_of_parameters()
        {
            int small = GradientLength(20), large = GradientLength(80);

            // Four times the parameters (and four times the function): about four times the gradient, never sixteen.
            Assert.InRange((double)large / small, 3.0, 5.0);
        }

        [Fact]
        public void A_long_chain_of_statements_is_differentiated_without_recursion_limits()
        {
            var body = new StringBuilder("double t = x;\n");
            for (int i = 0; i < 1000; i++)
            {
                body.Append("t = t * 0.999 + Math.Sin(t) * 0.001;\n");
            }

            GeneratorRun run = GeneratorHarness.RunAndCompile(Source("double x", body + "return t;"));
            Assert.Contains("DeepGradient", run.SourceFor("Deep"));
        }

        private static int GradientLength(int parameters)
        {
            string signature = string.Join(", ", Enumerable.Range(0, parameters).Select(i => "double p" + i));
            string sum = string.Join(" + ", Enumerable.Range(0, parameters).Select(i => "Math.Sin(p" + i + " * p" + ((i + 1) % parameters) + ")"));
            string text = GeneratorHarness.RunAndCompile(Source(signature, "double total = " + sum + ";\nreturn total * total;")).SourceFor("Deep");
            int start = text.IndexOf("DeepGradient(", System.StringComparison.Ordinal);
            return text.Length - start;
        }

        private static string Source(string parameters, string body) =>
            "using System;\nusing DiffGen;\npublic static partial class Scaling\n{\n    [Differentiable]\n    public static double Deep(" + parameters + ")\n    {\n" + body + "\n    }\n}\n";
    }
}
