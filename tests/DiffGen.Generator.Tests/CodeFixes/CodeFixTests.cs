using DiffGen.CodeFixes;
using Xunit;

namespace DiffGen.Generator.Tests.CodeFixes
{
    /// <summary>Each code fix, before and after.</summary>
    public sealed class CodeFixTests
    {
        [Fact]
        public void Make_partial_adds_the_modifier_after_the_others()
        {
            string before = "using DiffGen;\nnamespace N\n{\n    public static class Model\n    {\n        [Differentiable] public static double F(double x) => x * x;\n    }\n}\n";
            string after = "using DiffGen;\nnamespace N\n{\n    public static partial class Model\n    {\n        [Differentiable] public static double F(double x) => x * x;\n    }\n}\n";
            Assert.Equal(after, CodeFixRunner.Apply(new MakePartialCodeFix(), "DIFF001", before));
        }

        [Fact]
        public void Make_partial_keeps_comments_when_there_is_no_modifier()
        {
            string before = "using DiffGen;\n// the model\nclass Model\n{\n    [Differentiable] double F(double x) => x * x;\n}\n";
            string after = "using DiffGen;\n// the model\npartial class Model\n{\n    [Differentiable] double F(double x) => x * x;\n}\n";
            Assert.Equal(after, CodeFixRunner.Apply(new MakePartialCodeFix(), "DIFF001", before));
        }

        [Fact]
        public void Make_partial_fixes_an_enclosing_type()
        {
            string before = "using DiffGen;\npublic class Outer\n{\n    public partial struct Inner\n    {\n        [Differentiable] public double F(double x) => x * x;\n    }\n}\n";
            string after = "using DiffGen;\npublic partial class Outer\n{\n    public partial struct Inner\n    {\n        [Differentiable] public double F(double x) => x * x;\n    }\n}\n";
            Assert.Equal(after, CodeFixRunner.Apply(new MakePartialCodeFix(), "DIFF001", before));
        }

        [Fact]
        public void Stop_gradient_wraps_a_piecewise_constant_call()
        {
            string before = "using System;\nusing DiffGen;\npublic static partial class M\n{\n    [Differentiable] public static double F(double x) => x * Math.Round(x);\n}\n";
            string after = "using System;\nusing DiffGen;\npublic static partial class M\n{\n    [Differentiable] public static double F(double x) => x * Gradient.Stop(Math.Round(x));\n}\n";
            Assert.Equal(after, CodeFixRunner.Apply(new StopGradientCodeFix(), "DIFF012", before));
        }

        [Fact]
        public void Stop_gradient_keeps_the_qualified_name_without_a_using()
        {
            string before = "public static partial class M\n{\n    [DiffGen.Differentiable] public static double F(double x) => System.Math.Floor(x) + x;\n}\n";
            string after = "public static partial class M\n{\n    [DiffGen.Differentiable] public static double F(double x) => DiffGen.Gradient.Stop(System.Math.Floor(x)) + x;\n}\n";
            Assert.Equal(after, CodeFixRunner.Apply(new StopGradientCodeFix(), "DIFF012", before));
        }

        /// <summary>
        /// The warning of a result that depends on its parameters only through comparisons stands at a comparison, a bool that
        /// Gradient.Stop does not take: no fix is offered there (the message says what to write instead).
        /// </summary>
        [Fact]
        public void Stop_gradient_offers_nothing_at_a_comparison()
        {
            string source = "using DiffGen;\npublic static partial class M\n{\n    [Differentiable] public static double F(double x) => x > 0 ? 1.0 : 0.0;\n}\n";
            Assert.Equal(0, CodeFixRunner.Offered(new StopGradientCodeFix(), "DIFF012", source));
        }

        [Fact]
        public void Stop_gradient_wraps_a_remainder_and_a_compound_remainder()
        {
            string before = "using DiffGen;\npublic static partial class M\n{\n    [Differentiable] public static double F(double x) => 2 * (x % 1.5);\n}\n";
            string after = "using DiffGen;\npublic static partial class M\n{\n    [Differentiable] public static double F(double x) => 2 * (Gradient.Stop(x % 1.5));\n}\n";
            Assert.Equal(after, CodeFixRunner.Apply(new StopGradientCodeFix(), "DIFF012", before));

            string compound = "using DiffGen;\npublic static partial class M\n{\n    [Differentiable] public static double F(double x)\n    {\n        double s = x;\n        s %= 2.0;\n        return s;\n    }\n}\n";
            string compoundFixed = "using DiffGen;\npublic static partial class M\n{\n    [Differentiable] public static double F(double x)\n    {\n        double s = x;\n        s = Gradient.Stop(s % 2.0);\n        return s;\n    }\n}\n";
            Assert.Equal(compoundFixed, CodeFixRunner.Apply(new StopGradientCodeFix(), "DIFF012", compound));

            string sum = compound.Replace("s %= 2.0;", "s %= x + 1;", System.StringComparison.Ordinal);
            string sumFixed = compound.Replace("s %= 2.0;", "s = Gradient.Stop(s % (x + 1));", System.StringComparison.Ordinal);
            Assert.Equal(sumFixed, CodeFixRunner.Apply(new StopGradientCodeFix(), "DIFF012", sum));
        }
    }
}
