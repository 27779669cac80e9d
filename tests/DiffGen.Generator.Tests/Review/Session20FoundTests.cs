using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>What the twentieth session's last fuzzer run found and did not fix (older than the session: at d9d1d64 too).</summary>
    public sealed class Session20FoundTests
    {
        /// <summary>
        /// BUG (fuzzer, seed 2030, branches): a loop-free method that assigns a parameter it then never reads (x++) and
        /// whose result is constant gets a gradient declaring a local it never uses (double f = 1;): warning CS0219 in the
        /// generated code. The values are right.
        /// </summary>
        [Fact]
        public void Unread_assigned_parameter_leaves_no_unused_local() =>
            GeneratorHarness.RunAndCompile("using System;\nusing DiffGen;\nnamespace Fuzz\n{\n    public static partial class Case0\n    {\n        [Differentiable(nameof(y))]\n        internal static double F(double x, double y)\n        {\n            const double k1 = 0.5;\n            x++;\n            double t3 = k1 % 1.5;\n            return 4 * (t3 * t3) - 2 * (k1 * k1) + 2 * (k1 * k1);\n        }\n    }\n}\n");
    }
}
