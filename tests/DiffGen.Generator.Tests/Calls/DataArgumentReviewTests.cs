using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Calls
{
    /// <summary>Data (bool and integer) arguments of calls, passed on as written: the generated code must pass the same value.</summary>
    public sealed class DataArgumentReviewTests
    {
        private const string Types =
            "public class B { public bool Flag = true; public int M = 2; }\n" +
            "public static class Ext\n{\n    public static double H(double u, bool neg, int p) => neg ? -Math.Pow(u, p) : Math.Pow(u, p);\n}\n" +
            "public partial class C : B\n{\n    public new bool Flag = false; public new int M = 3;\n" +
            "    [DerivativeOf(typeof(Ext), nameof(Ext.H))] public static double HDerivative(double u, bool neg, int p, out double dU) { dU = (neg ? -p : p) * Math.Pow(u, p - 1); return Ext.H(u, neg, p); }\n";

        [Fact]
        public void Base_fields_passed_to_a_call_without_loops() =>
            LoopFreeCheck.CheckType(Types + "    [Differentiable] public double F(double x) => Ext.H(x, base.Flag, base.M) + 2 * Ext.H(x, Flag, M);\n}\n", "C", "F", new object[] { 0.7 }, new object[] { 1.3 });

        [Fact]
        public void Base_fields_passed_to_a_call_in_a_loop() =>
            LoopFreeCheck.CheckType(Types + "    [Differentiable] public double F(double x)\n    {\n        double s = 0;\n        for (int i = 0; i < 2; i++)\n        {\n            double h = Ext.H(x, base.Flag, base.M);\n            s += h + 2 * Ext.H(x, Flag, M);\n        }\n\n        return s;\n    }\n}\n", "C", "F", new object[] { 0.7 }, new object[] { 1.3 });
    
        private const string Hiding =
            "public partial class Layer\n{\n    public Layer(double w) { W = w; }\n    public double W;\n    [Differentiable] public double G(double x) => W * x * x;\n}\n" +
            "public partial class B\n{\n    public Layer L = new Layer(2);\n    [Differentiable] public double G(double x) => x * x;\n}\n" +
            "public partial class C : B\n{\n    public new Layer L = new Layer(5);\n    [Differentiable] public new double G(double x) => 3 * x;\n";

        [Fact]
        public void Base_method_called_without_loops() =>
            LoopFreeCheck.CheckType(Hiding + "    [Differentiable] public double F(double x) => base.G(x) + 10 * G(x) + base.L.G(x) + 100 * L.G(x);\n}\n", "C", "F", "CS0108", new object[] { 0.7 }, new object[] { 1.3 });

        [Fact]
        public void Base_method_called_in_a_loop() =>
            LoopFreeCheck.CheckType(Hiding + "    [Differentiable] public double F(double x)\n    {\n        double s = 0;\n        for (int i = 0; i < 2; i++)\n        {\n            double a = base.G(x);\n            double b = base.L.G(x);\n            double c = G(x);\n            double d = L.G(x);\n            s += a + 10 * c + b + 100 * d;\n        }\n\n        return s;\n    }\n}\n", "C", "F", "CS0108", new object[] { 0.7 }, new object[] { 1.3 });
    
        [Fact]
        public void Undifferentiated_parameter_made_to_depend_on_x_then_passed_where_the_callee_has_no_derivative()
        {
            string members = "[Differentiable(\"u\")] public static double G(double u, double v) => u * v;\n[Differentiable(\"x\")] public static double F(double x, double y)\n{\n    y = y * x;\n    return G(x, y);\n}";
            var reported = GeneratorHarness.Analyze(LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n");
            if (!reported.Any(d => d.Id == "DIFF016"))
            {
                // Not reported: then the derivative must be right (it cannot be: G has no partial in v).
                LoopFreeCheck.Check(members, "F", new object[] { 0.7, -1.3 }, new object[] { -0.4, 0.9 });
            }
        }

        [Fact]
        public void Hiding_a_differentiable_method_gives_warning_free_code() =>
            GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + Hiding + "}\n}\n");

        [Fact]
        public void Hiding_with_fewer_differentiated_parameters_marks_only_the_members_that_hide()
        {
            // GPartialX hides the base's (new); GGradient has other out parameters than the base's, so it hides nothing
            // (a 'new' there would be CS0109). Both warnings are errors in the harness's compilation.
            const string types =
                "public partial class B2\n{\n    [Differentiable] public double G(double x, double y) => x * y;\n}\n" +
                "public partial class C2 : B2\n{\n    [Differentiable(\"x\")] public new double G(double x, double y) => 3 * x * y;\n}\n";
            GeneratorRun run = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + types + "}\n");
            string generated = string.Join("\n", run.Sources.Select(s => s.Text));
            Assert.Contains("public new double GPartialX(", generated, System.StringComparison.Ordinal);
            Assert.Contains("public double GGradient(double x, double y, out double dX)", generated, System.StringComparison.Ordinal);
        }
    }
}
