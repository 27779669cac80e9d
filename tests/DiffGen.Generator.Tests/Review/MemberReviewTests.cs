using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Instance and static members read by [Differentiable] methods (review-custom): fields, properties, consts, static
    /// readonly fields, records, this., instance and static methods calling each other, fields of other types, and members
    /// whose names are those the generated code gives its own locals. Both routes, double and float; each checked against
    /// central differences, or declined with a diagnostic where the docs say so.
    /// </summary>
    public sealed class MemberReviewTests
    {
        private static readonly object[][] Xy = CustomDerivativeReviewTests.Xy;

        private const string Members =
            "public double K = 1.25;\n"
            + "public double Slope { get; set; } = -0.75;\n"
            + "public const double C0 = 0.5;\n"
            + "public static readonly double S = 2.5;\n"
            + "public static double Sp { get; } = 0.3;\n"
            + "public float Kf = 1.5f;\n"
            + "public int N = 3;\n"
            + "public const int M = 2;\n"
            + "public static readonly int Count = 3;\n";

        private static void Check(string body) => LoopFreeCheck.Check(Members + body, "F", Xy);

        [Fact] public void Fields_properties_consts() => Check("[Differentiable] public double F(double x, double y) => K * x * x + this.Slope * y + C0 * x * y + S * Math.Sin(x) + Sp * y * y + Kf * x + N * y + M * x * y * y;");

        [Fact]
        public void Fields_properties_consts_loop_route() =>
            Check("[Differentiable] public double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < N; i++) s += K * x * i + this.Slope * y * s + C0 * x + S * Math.Sin(x * y) + Sp + Kf * x * M;\n    for (int j = 0; j < Count; j++) s *= 0.5 + 0.1 * y;\n    return s;\n}");

        [Fact]
        public void Two_methods_reading_the_same_field() =>
            Check("[Differentiable] public double G(double u) => K * u * u + Slope;\n[Differentiable] public double F(double x, double y) => G(x) * K + this.G(y * K) - K * x;");

        [Fact]
        public void Two_methods_reading_the_same_field_loop_route() =>
            Check("[Differentiable] public double G(double u)\n{\n    double s = 0;\n    for (int i = 0; i < N; i++) s += K * u;\n    return s * u;\n}\n[Differentiable] public double F(double x, double y)\n{\n    double t = 0;\n    for (int i = 0; i < 2; i++) t += G(x + t * 0.1) * K + this.G(y);\n    return t;\n}");

        [Fact]
        public void Instance_calling_static_and_static_calling_instance_through_a_field() =>
            LoopFreeCheck.CheckType(
                "public partial class D\n{\npublic double A = 0.8;\n[Differentiable] public double G(double u) => A * u * u;\n}\npublic partial class C\n{\npublic static readonly D Shared = new D();\npublic D Inner = new D();\n[Differentiable] public static double St(double u) => Math.Exp(0.3 * u) + Shared.G(u);\n[Differentiable] public double F(double x, double y) => St(x * y) + Inner.G(y) + C.St(x);\n}\n",
                "C",
                "F",
                Xy);

        [Fact]
        public void Static_calling_instance_through_a_static_field_loop_route() =>
            LoopFreeCheck.CheckType(
                "public partial class D\n{\npublic double A = 0.8;\n[Differentiable] public double G(double u) => A * u * u;\n}\npublic partial class C\n{\npublic static readonly D Shared = new D();\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Shared.G(x + i * y);\n    return s;\n}\n}\n",
                "C",
                "F",
                Xy);

        // An instance field of another object is DIFF010 (the docs: numeric members of this object, static members of any type).
        [Theory]
        [InlineData("[Differentiable] public double F(double x, double y) => P.A * x * y + x;")]
        [InlineData("[Differentiable] public double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += P.A * x * y + s;\n    return s;\n}")]
        public void Field_of_another_object_is_DIFF010(string body) =>
            Assert.Contains(GeneratorHarness.Analyze(LoopFreeCheck.Header + "public class Params { public double A = 0.8; }\npublic partial class C\n{\npublic Params P = new Params();\n" + body + "\n}\n}\n"), d => d.Id == "DIFF010");

        [Fact]
        public void Static_field_and_const_of_another_type() =>
            LoopFreeCheck.CheckType(
                "public class Params { public static double B = -0.6; public const double E = 1.5; public static readonly float G = 0.25f; }\npublic partial class C\n{\n[Differentiable] public double F(double x, double y) => Params.B * x + Params.E * y * y + Params.G * x * y;\n}\n",
                "C",
                "F",
                Xy);

        [Fact]
        public void Static_field_and_const_of_another_type_loop_route() =>
            LoopFreeCheck.CheckType(
                "public class Params { public static double B = -0.6; public const double E = 1.5; public static readonly float G = 0.25f; }\npublic partial class C\n{\n[Differentiable] public float F(float x, float y)\n{\n    float s = 0;\n    for (int i = 0; i < 2; i++) s += (float)Params.B * x + (float)Params.E * y * s + Params.G * x;\n    return s;\n}\n}\n",
                "C",
                "F",
                Xy);

        [Fact]
        public void Record_positional_properties() =>
            LoopFreeCheck.CheckType(
                "public partial record R(double A, double B)\n{\npublic R() : this(0.9, -1.3) { }\n[Differentiable] public double F(double x, double y) => A * x * x + this.B * y + A * B * x * y;\n}\n",
                "R",
                "F",
                Xy);

        [Fact]
        public void Record_positional_properties_loop_route_float() =>
            LoopFreeCheck.CheckType(
                "public partial record struct R(float A, float B)\n{\npublic R() : this(0.9f, -1.3f) { }\n[Differentiable] public float F(float x, float y)\n{\n    float[] v = { x, y };\n    float s = 0;\n    foreach (float t in v) s += A * t * t + this.B * t * s;\n    return s;\n}\n}\n",
                "R",
                "F",
                Xy);

        // Properties with bodies are DIFF010 in the docs; either declined or right.
        [Theory]
        [InlineData("public double Twice => 2 * K;\n[Differentiable] public double F(double x, double y) => Twice * x * y;")]
        [InlineData("public double Twice { get { return 2 * K + N; } }\n[Differentiable] public double F(double x, double y) => Twice * x * y;")]
        [InlineData("public double Twice => 2 * K;\n[Differentiable] public double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Twice * x * y;\n    return s;\n}")]
        [InlineData("private double k2 = 1.5;\npublic double Wrapped { get => k2; }\n[Differentiable] public double F(double x, double y) => Wrapped * x * y;")]
        public void Property_with_a_body_is_declined_or_right(string body) => LoopFreeCheck.CheckOrDeclined(Members + body, "F", Xy);

        // Members whose names the generated code uses for its own locals and outputs.
        [Theory]
        [InlineData("public double dX = 2.0;\n[Differentiable] public double F(double x, double y) => dX * x * y + x * x;")]
        [InlineData("public double dX = 2.0;\n[Differentiable] public double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += dX * x * y + x * x;\n    return s;\n}")]
        [InlineData("public static double s2 = 3.0;\n[Differentiable] public double F(double x, double y)\n{\n    double s = x * y;\n    s = s * s + s2 * x;\n    s = s * y + s2;\n    return s;\n}")]
        [InlineData("public static double s2 = 3.0;\n[Differentiable] public double F(double x, double y)\n{\n    double s = x * y;\n    for (int i = 0; i < 2; i++) s = s * y + s2 * x;\n    return s;\n}")]
        [InlineData("public double h = 2.0;\n[Differentiable] public static double H(double u) => u * u;\n[Differentiable] public double F(double x, double y) => H(x) * h + H(y * h);")]
        [InlineData("public double h = 2.0;\n[Differentiable] public static double H(double u) => u * u;\n[Differentiable] public double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += H(x) * h + H(y * h);\n    return s;\n}")]
        [InlineData("public double x2 = 2.0;\n[Differentiable] public double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) { s += x * x2; x = x * y; }\n    return s;\n}")]
        [InlineData("public double dS = 2.0;\npublic double result = 0.25;\n[Differentiable] public double F(double x, double y)\n{\n    double s = x * y;\n    if (s > 0) return s * dS + result;\n    return s * s * dS - result;\n}")]
        [InlineData("public double dXTimesY = 0.5;\npublic double xTimesY = 4;\n[Differentiable] public double F(double x, double y) => Math.Sin(x * y) * dXTimesY + Math.Cos(x * y) * xTimesY;")]
        [InlineData("public double sigma = 0.5;\npublic double dSigma = 0.25;\n[Differentiable] public double F(double x, double y)\n{\n    double sig = 1 / (1 + Math.Exp(-x * y));\n    return sig * sigma + dSigma * sig * sig;\n}")]
        [InlineData("public double value = 0.5;\npublic double returnedValue = 0.25;\npublic int returnedEarly = 1;\n[Differentiable] public double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 5; i++)\n    {\n        s += x * value + y * returnedValue + returnedEarly;\n        if (s > 3) return s * y;\n    }\n    return s;\n}")]
        public void Member_named_like_a_generated_local(string body) => LoopFreeCheck.CheckOrDeclined(Members + body, "F", Xy);

        // The same names as static members of a static method's type.
        [Theory]
        [InlineData("public static double dX = 2.0;\n[Differentiable] public static double F(double x, double y) => dX * x * y + x * x;")]
        [InlineData("public static double dX = 2.0;\npublic static double dY = -1.0;\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += dX * x * y + x * x * dY;\n    return s;\n}")]
        [InlineData("public static double h = 2.0;\n[Differentiable] public static double H(double u) => u * u;\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += H(x) * h + H(y * h);\n    return s;\n}")]
        [InlineData("public static double h = 2.0;\npublic static double H(double u) => u * u;\n[DerivativeOf(nameof(H))] public static double HD(double u, out double dU) { dU = 2 * u; return H(u); }\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += H(x) * h + H(y * h);\n    return s + H(s) * h;\n}")]
        [InlineData("public static double h = 2.0;\npublic static double H(double u) => u * u;\n[DerivativeOf(nameof(H))] public static double HD(double u, out double dU) { dU = 2 * u; return H(u); }\n[Differentiable] public static double F(double x, double y) => H(x) * h + H(y * h) * H(x);")]
        [InlineData("public static double dHDU = 2.0;\npublic static double dHDX = 3.0;\n[Differentiable] public static double H(double u) => u * u;\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += H(x) * dHDU + H(y) * dHDX;\n    return s;\n}")]
        [InlineData("public static double dHDU = 2.0;\n[Differentiable] public static double H(double u) => u * u;\n[Differentiable] public static double F(double x, double y) => H(x) * dHDU + H(y * x) * dHDU;")]
        public void Static_member_named_like_a_generated_local(string body) => LoopFreeCheck.CheckOrDeclined(Members + body, "F", Xy);
    }
}
