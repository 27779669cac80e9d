using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Session 19's review of names: methods declared twice (RoslynNames.IsDeclaredTwice), [Integrable] overload collisions
    /// and shapes (IntegrableReader), and two custom derivatives of one original (DIFF020).
    /// </summary>
    public sealed class Session19ReviewNamesTests
    {
        private static readonly object[][] X = { new object[] { 0.7 }, new object[] { -1.3 }, new object[] { 2.45 } };

        // A generic overload of the same parameter types is legal C# (another arity), not CS0111: F was generated before
        // 8b66bff; IsDeclaredTwice ignores the arity, so nothing is generated now, and nothing says why.
        [Fact] // was a regression of this session (IsDeclaredTwice ignored the arity), fixed
        public void Generic_overload_of_the_same_parameters_differentiable()
        {
            // (LoopFreeCheck finds methods by name alone, and two are named F here: the partial is checked by hand.)
            Type type = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public static partial class C\n{\n[Differentiable] public static double F(double x) => x * x * Math.Sin(x);\npublic static T F<T>(double x) => default!;\n}\n}\n").Load().GetType("Review.C", throwOnError: true)!;
            foreach (object[] point in X)
            {
                double x = (double)point[0];
                Assert.Equal((2 * x * Math.Sin(x)) + (x * x * Math.Cos(x)), (double)type.GetMethod("FPartialX")!.Invoke(null, new object[] { x })!, 12);
            }
        }

        [Fact] // was a regression of this session (IsDeclaredTwice ignored the arity), fixed
        public void Generic_overload_of_the_same_parameters_integrable()
        {
            Type type = Integrals.IntegralHarness.Load(LoopFreeCheck.Header + "public static partial class C\n{\n[Integrable] public static double G(double x) => Math.Exp(-x) * x;\npublic static T G<T>(double x) => default!;\n}\n}\n").GetType("Review.C", throwOnError: true)!;
            IntegralReviewOracle.Close(IntegralReviewOracle.Integrate(x => Math.Exp(-x) * x, 0, 2), IntegralReviewOracle.Call(type, "GIntegral", 0.0, 2.0), 1e-9, "GIntegral");
        }

        // Control: a generic overload with other parameter types.
        [Fact]
        public void Generic_overload_of_other_parameters_differentiable() =>
            Assert.Contains(GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public partial class C\n{\n[Differentiable] public static double F(double x) => x * x * Math.Sin(x);\npublic static T F<T>(T x) => x;\n}\n}\n").Sources, s => s.HintName.Contains(".F(double)", StringComparison.Ordinal));

        // Overloads that differ only by float/double: each gets its own integral and partials.
        [Fact]
        public void Float_and_double_overloads_integrable()
        {
            Type type = Integrals.IntegralHarness.Load(LoopFreeCheck.Header + "public static partial class C\n{\n[Integrable] public static double H(double x) => Math.Exp(-x) * x;\n[Integrable] public static float H(float x) => MathF.Exp(-x) * x * 2f;\n}\n}\n").GetType("Review.C", throwOnError: true)!;
            IntegralReviewOracle.Close(IntegralReviewOracle.Integrate(x => Math.Exp(-x) * x, 0, 2), IntegralReviewOracle.Call(type, "HIntegral", 0.0, 2.0), 1e-9, "HIntegral(double)");
            Assert.Equal(2 * IntegralReviewOracle.Integrate(x => Math.Exp(-x) * x, 0, 2), Convert.ToDouble(type.GetMethod("HIntegral", new[] { typeof(float), typeof(float) })!.Invoke(null, new object[] { 0f, 2f })), 4);
        }

        [Fact]
        public void Float_and_double_overloads_differentiable() =>
            LoopFreeCheck.Check("[Differentiable] public static double H(double x, double y) => Math.Exp(-x) * y;\n[Differentiable] public static float H(float x) => MathF.Exp(-x) * x * 2f;\n[Differentiable] public static double F(double x) => H(x, x * x) * x;", "F", X);

        // Two integrable overloads with the same MIntegral parameter types: DIFF007 (CS0111 in generated code before).
        [Fact]
        public void Colliding_integrable_overloads_are_reported()
        {
            string source = LoopFreeCheck.Header + "public static partial class C\n{\n[Integrable(\"x\")] public static double K(double x, float a) => x * a;\n[Integrable(\"x\")] public static double K(float a, double x) => x * x * a;\n}\n}\n";
            Assert.Contains(GeneratorHarness.Analyze(source), d => d.Id == "DIFF007");
        }

        // The variable itself named KAntiderivative is fine (it is no parameter of KIntegral).
        [Fact]
        public void Variable_named_like_the_antiderivative()
        {
            Type type = Integrals.IntegralHarness.Load(LoopFreeCheck.Header + "public static partial class C\n{\n[Integrable] public static double K(double KAntiderivative) => KAntiderivative * KAntiderivative;\n}\n}\n").GetType("Review.C", throwOnError: true)!;
            IntegralReviewOracle.Close(8.0 / 3, IntegralReviewOracle.Call(type, "KIntegral", 0.0, 2.0), 1e-12, "KIntegral");
        }

        [Fact]
        public void Kept_parameter_named_like_the_antiderivative_is_reported()
        {
            string source = LoopFreeCheck.Header + "public static partial class C\n{\n[Integrable(\"x\")] public static double K(double x, double KAntiderivative) => x * KAntiderivative;\n}\n}\n";
            Assert.Contains(GeneratorHarness.Analyze(source), d => d.Id == "DIFF007");
        }

        [Fact]
        public void Sealed_override_is_integrated()
        {
            Assembly assembly = Integrals.IntegralHarness.Load(LoopFreeCheck.Header + "public class B { public virtual double M(double x) => x; }\npublic partial class D : B\n{\n[Integrable] public sealed override double M(double x) => x * x;\n}\n}\n");
            Type type = assembly.GetType("Review.D", throwOnError: true)!;
            IntegralReviewOracle.Close(8.0 / 3, IntegralReviewOracle.CallOn(Activator.CreateInstance(type), type, "MIntegral", 0.0, 2.0), 1e-12, "MIntegral");
        }

        [Theory]
        [InlineData("public partial class D\n{\n[Integrable] public virtual double M(double x) => x * x;\n}")]
        [InlineData("public class B { public virtual double M(double x) => x; }\npublic partial class D : B\n{\n[Integrable] public override double M(double x) => x * x;\n}")]
        [InlineData("public abstract class B { public abstract double M(double x); }\npublic abstract partial class D : B\n{\n[Integrable] public abstract override double M(double x);\n}")]
        public void Virtual_or_unsealed_override_is_reported(string types) =>
            Assert.Contains(GeneratorHarness.Analyze(LoopFreeCheck.Header + types + "\n}\n"), d => d.Id == "DIFF035");

        // Two custom derivatives of one original: DIFF020 on (at least) one of them.
        [Fact]
        public void Two_custom_derivatives_are_reported()
        {
            string source = LoopFreeCheck.Header + "public static partial class C\n{\npublic static double H(double x) => x * x;\n[DerivativeOf(nameof(H))] public static double HD1(double x, out double dX) { dX = 2 * x; return H(x); }\n[DerivativeOf(nameof(H))] public static double HD2(double x, out double dX) { dX = 2 * x + 1; return H(x); }\n[Differentiable] public static double F(double x) => H(x) * x;\n}\n}\n";
            Assert.Contains(GeneratorHarness.Analyze(source), d => d.Id == "DIFF020");
        }

        // A custom derivative in another class that a caller there cannot see beside one in the original's class.
        [Fact]
        public void Custom_derivative_in_an_unrelated_type_and_one_in_the_original_type()
        {
            string source = LoopFreeCheck.Header + "public static partial class Lib\n{\npublic static double H(double x) => x * x;\n[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = 2 * x; return H(x); }\n}\npublic static partial class Other\n{\n[DerivativeOf(typeof(Lib), nameof(Lib.H))] public static double HD2(double x, out double dX) { dX = 2 * x + 1; return Lib.H(x); }\n[Differentiable] public static double F(double x) => Lib.H(x) * x;\n}\n}\n";
            var diagnostics = GeneratorHarness.Analyze(source).Select(d => d.Id + ": " + d.GetMessage()).ToList();
            Assert.True(diagnostics.Any(d => d.StartsWith("DIFF020", StringComparison.Ordinal)), string.Join("\n", diagnostics));
        }
    }
}
