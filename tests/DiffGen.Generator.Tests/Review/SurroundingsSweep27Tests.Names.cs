using System;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Sweep 27 (the user's surroundings): names. Namespaces and types that shadow System and DiffGen names (the generated
    /// code must reach Math, Span, Tape, Gradient and the attributes it writes through global::), members named like
    /// generated locals, parameters named like generated locals, keyword and unicode names, overloads, and the names
    /// DiffGen declines (DIFF007) with the rewrite its advice gives.
    /// </summary>
    public sealed class SurroundingsSweep27NamesTests
    {
        private const string Head = "using System;\nusing DiffGen;\nnamespace Review\n{\npublic partial class C\n{\n";
        private const string Tail = "\n}\n}\n";

        private static readonly object[][] Xy = Sweep27.Xy;

        private static readonly object[][] Five =
        {
            new object[] { 0.7, -0.4, 0.3, 1.2, -0.8 }, new object[] { -1.1, 0.9, 0.45, -0.6, 1.3 }, new object[] { 1.6, 1.3, -0.2, 0.8, 0.5 },
        };

        // A recurrence the reverse sweep keeps on a Tape rented from ArrayPool: every helper the generated code names.
        private const string Rnn = "(double a, double b) { double[] x = { 0.5, -0.3, 0.8 }; double h = 0; for (int t = 0; t < x.Length; t++) h = global::System.Math.Tanh(a * h + b * x[t]); return h * h + global::DiffGen.Gradient.Stop(1.5) * b; }";

        [Fact]
        public void User_namespace_named_System_with_System_type_names_loop_route_with_a_tape() =>
            Sweep27.Check(
                "namespace MyApp.System\n{\npublic class Math { } public class Span<T> { } public class Buffers { } public class ArgumentException { } public class Double { } public class Int32 { } public class CodeDom { }\n"
                + "public partial class Model\n{\n    [global::DiffGen.Differentiable] public static double Rnn" + Rnn + "\n"
                + "    [global::DiffGen.Differentiable] public static double F(double x, double y) => global::System.Math.Sin(x) * y + x;\n}\n}\n",
                "MyApp.System.Model",
                "Rnn",
                Xy);

        [Fact]
        public void User_namespace_named_DiffGen_with_Gradient_Tape_and_attribute_look_alikes() =>
            Sweep27.Check(
                "using System;\nnamespace MyApp.DiffGen\n{\npublic class Gradient { } public class Tape { } public class DifferentiableAttribute : Attribute { }\n"
                + "public partial class Model\n{\n    [global::DiffGen.Differentiable] public static double Rnn" + Rnn + "\n}\n}\n",
                "MyApp.DiffGen.Model",
                "Rnn",
                Xy);

        [Fact]
        public void Sibling_types_named_Math_Double_Span_Gradient_Tape_Exception() =>
            Sweep27.Check(
                "using System;\nusing DiffGen;\nnamespace MyApp\n{\npublic static class Math { public static double Sin(double v) => 0; public const double PI = 3; }\npublic static class MathF { }\n"
                + "public class Double { } public class Single { } public class Span<T> { } public class ArrayPool { } public class Gradient { } public class Tape { } public class Exception { }\n"
                + "public class GeneratedCodeAttribute : global::System.Attribute { }\n"
                + "public partial class Calc\n{\n    [Differentiable] public static double F(double x, double y) => global::System.Math.Sin(x) * y + global::System.Math.Sqrt(x * x + 1) + global::System.Math.PI;\n"
                + "    [global::DiffGen.Differentiable] public static double Rnn" + Rnn + "\n}\n}\n",
                "MyApp.Calc",
                "Rnn",
                Xy);

        [Fact]
        public void Nested_types_named_Math_Gradient_Span_ArrayPool_in_the_containing_type() =>
            Sweep27.Check(
                "using System;\nusing DiffGen;\nnamespace MyApp\n{\npublic partial class Calc\n{\n"
                + "    public class Math { } public class Gradient { } public class Double { } public class Span<T> { } public class Tape { } public class Exception { } public class Array { } public class ArrayPool<T> { }\n"
                + "    [Differentiable] public static double Rnn" + Rnn + "\n}\n}\n",
                "MyApp.Calc",
                "Rnn",
                Xy);

        [Fact]
        public void Fields_named_Math_and_Sin_beside_System_Math_calls()
        {
            const string members = "public double Math = 2; public double Sin = 0.5;\n"
                + "[Differentiable] public double F(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) s += global::System.Math.Sin(x) * Math + Sin * y; return s; }\n"
                + "[Differentiable] public double G(double x, double y) => global::System.Math.Sin(x) * Math + Sin * y;";
            Sweep27.Check(Head + members + Tail, "Review.C", "F", Xy);
            Sweep27.Check(Head + members + Tail, "Review.C", "G", Xy);
        }

        [Fact]
        public void Type_named_as_its_namespace_with_a_nested_type_named_as_the_outer_namespace() =>
            Sweep27.Check(
                "using System;\nusing DiffGen;\nnamespace Review.Model\n{\npublic partial class Model\n{\n    public class Review { }\n    [Differentiable] public double F(double x, double y) => x * y + Math.Sin(x);\n}\n}\n",
                "Review.Model.Model",
                "F",
                Xy);

        [Fact]
        public void Deep_file_scoped_namespace_and_internal_static_method() =>
            Sweep27.Check(
                "using System;\nusing DiffGen;\nnamespace A.B.C.D.E;\npublic static partial class Deep\n{\n    [Differentiable] internal static double F(double x, double y) => Math.Log(1 + x * x) * y;\n}\n",
                "A.B.C.D.E.Deep",
                "F",
                Xy);

        // Parameters named like what the generated code names its intermediates (sinX, product, sqrt, expY) and locals (value, dXSum, exp, i).
        [Theory]
        [InlineData("[Differentiable] public static double F(double sinX, double x, double product, double sqrt, double expY) => Math.Sin(x) * sinX + product * Math.Sqrt(x * x + sqrt * sqrt) + Math.Exp(expY) * x;")]
        [InlineData("[Differentiable] public static double F(double value, double dXSum, double dA, double i, double exp) { double s = 0; double[] a = { value, dXSum }; for (int k = 0; k < a.Length; k++) s += Math.Exp(a[k]) * dA * i + exp; return s; }")]
        [InlineData("[Differentiable] public static double F(double f, double result, double gradient, double tape, double d) => f * result + gradient * tape * d + Math.Cos(f * d);")]
        [InlineData("[Differentiable] public static double F(double _, double @in, double @return, double @double, double @out) => _ * @in + @return * @double * @out + Math.Sin(_);")]
        [InlineData("[Differentiable] public static double F(double _, double @in, double @return, double @double, double @out) { double s = 0; for (int i = 0; i < 2; i++) s += _ * @in + @return * @double * @out * s; return s; }")]
        [InlineData("[Differentiable] public static double F(double σ, double naïve, double μ, double Δ, double xʹ) => σ * naïve + Math.Exp(-μ * μ / (2 * σ * σ)) + Δ * xʹ;")]
        [InlineData("[Differentiable] public static double F(double σ, double naïve, double μ, double Δ, double xʹ) { double s = 0; for (int i = 0; i < 2; i++) s += σ * naïve * s + Math.Exp(-μ * μ / (2 * σ * σ)) + Δ * xʹ; return s; }")]
        [InlineData("[Differentiable] public static double F(double dx, double x, double tapeX, double hTape, double dXTape) { double[] v = { dx, x }; double h = tapeX; for (int t = 0; t < v.Length; t++) h = Math.Tanh(hTape * h + dXTape * v[t]); return h * h; }")]
        public void Parameters_named_like_generated_locals(string method) => Sweep27.Check(Head + method + Tail, "Review.C", "F", Five);

        [Fact]
        public void Keyword_method_names()
        {
            const string members = "[Differentiable] public static double @double(double x, double y) => x * y + Math.Sin(x);\n[Differentiable] public static double @return(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) s += x * y * y; return s; }";
            Sweep27.Check(Head + members + Tail, "Review.C", "double", Xy);
            Sweep27.Check(Head + members + Tail, "Review.C", "return", Xy);
        }

        [Fact]
        public void Overloads_by_parameter_type_and_count()
        {
            const string members = "[Differentiable] public static double F(double x, double y) => x * y + Math.Sin(x);\n"
                + "[Differentiable] public static float F(float x, float y) => x * y + MathF.Sin(x);\n"
                + "[Differentiable] public static double F(double x, double y, double z) => x * y * z;\n"
                + "[Differentiable] public static double F(double x, double y, int n) { double s = 0; for (int i = 0; i < n; i++) s += x * y; return s; }";
            Sweep27.Check(Head + members + Tail, "Review.C", "F", Xy, signature: new[] { typeof(double), typeof(double) });
            Sweep27.Check(Head + members + Tail, "Review.C", "F", Xy, signature: new[] { typeof(float), typeof(float) });
            Sweep27.Check(Head + members + Tail, "Review.C", "F", new[] { new object[] { 0.7, -0.4, 1.3 } }, signature: new[] { typeof(double), typeof(double), typeof(double) });
            Sweep27.Check(Head + members + Tail, "Review.C", "F", new[] { new object[] { 0.7, -0.4, 3 } }, signature: new[] { typeof(double), typeof(double), typeof(int) });
        }

        [Fact]
        public void Generated_name_of_one_method_equal_to_another_methods_generated_name_overloads_cleanly() =>
            Sweep27.Check(Head + "[Differentiable] public static double A(double bGradient, double q) => bGradient * q;\n[Differentiable] public static double APartialB(double bGradient, double q) => bGradient * q * q;" + Tail, "Review.C", "APartialB", Xy);

        // Declined (DIFF007), each with advice that, followed, is generated and right.
        [Fact]
        public void Parameters_x_and_X_are_declined_and_renaming_one_is_right()
        {
            Sweep27.Declined(Head + "[Differentiable] public static double F(double x, double X) => x * x * X + Math.Sin(X) * x;" + Tail, "F", "DIFF007", "'x' and 'X'", "rename one of them");
            Sweep27.Check(Head + "[Differentiable] public static double F(double x, double xCart) => x * x * xCart + Math.Sin(xCart) * x;" + Tail, "Review.C", "F", Xy);
        }

        [Fact]
        public void Parameters_x_and_dX_are_declined_and_leaving_x_out_is_right()
        {
            Sweep27.Declined(Head + "[Differentiable] public static double F(double x, double dX) => x * x * dX + Math.Sin(dX) * x;" + Tail, "F", "DIFF007", "'dX'", "leave 'x' out of [Differentiable(...)]");
            Sweep27.Check(Head + "[Differentiable(\"dX\")] public static double F(double x, double dX) => x * x * dX + Math.Sin(dX) * x;" + Tail, "Review.C", "F", Xy);
        }

        [Fact]
        public void A_user_FGradient_overload_of_another_signature_is_declined_and_renaming_it_is_right()
        {
            Sweep27.Declined(Head + "public static double FGradient(double x, double y) => 0;\n[Differentiable] public static double F(double x, double y) => x * y + Math.Sin(x);" + Tail, "F", "DIFF007", "'FGradient'", "rename the method or the existing member");
            Sweep27.Check(Head + "public static double FGradientNorm(double x, double y) => 0;\n[Differentiable] public static double F(double x, double y) => x * y + Math.Sin(x);" + Tail, "Review.C", "F", Xy);
        }

        [Fact]
        public void A_base_class_member_named_FPartialX_is_declined() =>
            Sweep27.Declined(
                "using System;\nusing DiffGen;\nnamespace Review\n{\npublic class Base { public double FPartialX { get; set; } }\npublic partial class C : Base\n{\n    [Differentiable] public double F(double x, double y) => x * y + Math.Sin(x);\n}\n}\n",
                "F",
                "DIFF007",
                "base type 'Base'",
                "rename the method or the existing member");
    }
}
