using System;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Sweep 27 (the user's surroundings): the types around a [Differentiable] method. Generic containing types several
    /// deep (closed over real arguments and called), records, readonly members, derived types hiding a base's generated
    /// members, and the file-local type DiffGen declines. Each generated, clean under warning level 9999, and right.
    /// </summary>
    public sealed class SurroundingsSweep27TypesTests
    {
        private const string Head = "using System;\nusing DiffGen;\nnamespace Review\n{\n";

        private static readonly object[][] Xy = Sweep27.Xy;

        [Fact]
        public void Method_three_deep_in_a_generic_outer_type() =>
            Sweep27.Check(
                Head + "public partial class Outer<T> where T : struct\n{\n    public partial class Mid\n    {\n        public partial class Inner\n        {\n            public double K = 1.5;\n"
                + "            [Differentiable] public double F(double x, double y) => K * Math.Sin(x) * y + x * x;\n        }\n    }\n}\n}\n",
                "Review.Outer`1+Mid+Inner",
                "F",
                Xy,
                new[] { typeof(int) });

        [Fact]
        public void Struct_in_a_class_of_two_constrained_type_parameters_loop_route() =>
            Sweep27.Check(
                Head + "public partial class Outer<T, U> where T : struct where U : class\n{\n    public static T? Stash;\n    public partial struct Inner\n    {\n"
                + "        [Differentiable] public double F(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += Math.Exp(0.1 * i * x) * y; return s; }\n    }\n}\n}\n",
                "Review.Outer`2+Inner",
                "F",
                Xy,
                new[] { typeof(double), typeof(string) });

        [Fact]
        public void Generic_in_generic_with_unmanaged_notnull_and_new_constraints() =>
            Sweep27.Check(
                Head + "public partial class C<T> where T : unmanaged\n{\n    public partial class D<U> where U : notnull, new()\n    {\n        public static double K = 2;\n        public T Tv;\n        public U Uv = new U();\n"
                + "        [Differentiable] public double F(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) s += K * x * y; return s + Math.Sin(x); }\n    }\n}\n}\n",
                "Review.C`1+D`1",
                "F",
                Xy,
                new[] { typeof(int), typeof(object) });

        [Fact]
        public void Generic_math_constrained_type_with_a_static_field() =>
            Sweep27.Check(
                Head + "public partial class C<T> where T : System.Numerics.INumber<T>\n{\n    public static double K = 1.5;\n    public T Unused = T.Zero;\n"
                + "    [Differentiable] public double F(double x, double y) => K * x * y + Math.Sin(x);\n    [Differentiable] public double G(double x, double y) => F(x, y) * x + this.F(y, x);\n}\n}\n",
                "Review.C`1",
                "G",
                Xy,
                new[] { typeof(double) });

        [Fact]
        public void Readonly_record_struct_with_a_positional_property() =>
            Sweep27.Check(
                Head + "public readonly partial record struct R(double A)\n{\n    public R() : this(0.5) { }\n    [Differentiable] public double F(double x, double y) => A * x * y + Math.Cos(x);\n}\n}\n",
                "Review.R",
                "F",
                Xy);

        [Fact]
        public void Readonly_instance_members_of_a_struct_with_a_constructor()
        {
            const string source = Head + "public partial struct S\n{\n    public double K;\n    public S() { K = 2; }\n"
                + "    [Differentiable] public readonly double F(double x, double y) => K * x * y + Math.Sin(x);\n"
                + "    [Differentiable] public readonly double G(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) s += K * x * y; return s; }\n}\n}\n";
            Sweep27.Check(source, "Review.S", "F", Xy);
            Sweep27.Check(source, "Review.S", "G", Xy);
        }

        [Fact]
        public void Sealed_class_nested_in_an_abstract_one_both_with_methods()
        {
            const string source = Head + "public abstract partial class A\n{\n    public abstract double G(double v);\n    public sealed partial class B : A\n    {\n        public override double G(double v) => v;\n"
                + "        [Differentiable] public double F(double x, double y) => x * y * y + Math.Tanh(x);\n    }\n"
                + "    [Differentiable] public double H(double x, double y) => x / (1 + y * y);\n}\n}\n";
            Sweep27.Check(source, "Review.A+B", "F", Xy);
            Assert.Contains("HGradient", string.Join("\n", Sweep27.RunClean(source).Sources), StringComparison.Ordinal);
        }

        [Fact]
        public void Derived_new_method_hides_the_bases_generated_members_with_new()
        {
            string generated = Sweep27.Check(
                Head + "public partial class C\n{\n    [Differentiable] public double F(double x, double y) => x * y + Math.Sin(x);\n}\n"
                + "public partial class D : C\n{\n    [Differentiable] public new double F(double x, double y) => x * y * y + Math.Cos(x);\n}\n}\n",
                "Review.D",
                "F",
                Xy);
            Assert.Contains("public new double FGradient(", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void Derived_method_calls_the_bases_generated_method_through_base() =>
            Sweep27.Check(
                Head + "public partial class C\n{\n    public double K = 2;\n    [Differentiable] public double G(double x, double y) => K * x * y;\n}\n"
                + "public partial class D : C\n{\n    [Differentiable] public double F(double x, double y) => K * x * y + G(x, y) + base.G(y, x);\n}\n}\n",
                "Review.D",
                "F",
                Xy);

        [Fact]
        public void Obsolete_and_unsafe_containing_types() =>
            Sweep27.Check(
                Head + "[Obsolete(\"the type is old\")]\npublic unsafe partial class C\n{\n    [Differentiable] public double F(double x, double y) => x * y + Math.Sin(x);\n}\n}\n",
                "Review.C",
                "F",
                Xy);

        [Fact]
        public void Method_in_the_global_namespace_beside_a_nested_struct()
        {
            const string source = "using System;\nusing DiffGen;\npublic partial class Top\n{\n    public partial struct S { [Differentiable] public double G(double x, double y) => x * y; }\n"
                + "    [Differentiable] public double F(double x, double y) => x * Math.Atan2(y, x + 3);\n}\n";
            Sweep27.Check(source, "Top", "F", Xy);
            Sweep27.Check(source, "Top+S", "G", Xy);
        }

        // Declined with advice, and the advised rewrite (remove 'file') is generated and right.
        [Fact]
        public void File_local_type_is_declined_and_the_advised_rewrite_is_right()
        {
            const string body = " partial class Hidden\n{\n    [Differentiable] public static double F(double x, double y) => x * y + Math.Sin(x);\n}\n}\n";
            Sweep27.Declined(Head + "file" + body, "F", "DIFF006", "file", "remove the 'file' modifier");
            Sweep27.Check(Head + "internal" + body, "Review.Hidden", "F", Xy);
        }
    }
}
