using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Members shadowed by locals and parameters of the same name, read through this. or the type's name (review-custom):
    /// the generated code must read the member where the source does, and the local where the source does.
    /// </summary>
    public sealed class ShadowingReviewTests
    {
        private static readonly object[][] Xy = CustomDerivativeReviewTests.Xy;

        private const string Fields = "public double K = 1.25;\npublic static double S = -0.6;\npublic double P { get; } = 0.4;\n";

        private static void Check(string body) => LoopFreeCheck.Check(Fields + body, "F", Xy);

        [Fact] public void Local_shadowing_a_field() => Check("[Differentiable] public double F(double x, double y)\n{\n    double K = x * y;\n    double S = x + 2 * y;\n    double P = x * x;\n    return K * this.K + K + S * C.S + S + P * this.P;\n}");

        [Fact] public void Local_shadowing_a_field_loop_route() => Check("[Differentiable] public double F(double x, double y)\n{\n    double K = x * y;\n    double S = y;\n    for (int i = 0; i < 2; i++) { K = K * this.K + S * C.S; S = S * x; }\n    return K + S;\n}");

        [Fact] public void Parameter_shadowing_a_field() => LoopFreeCheck.Check(Fields + "[Differentiable] public double F(double K, double S) => K * this.K + S * C.S + K * S * this.P;", "F", Xy);

        [Fact] public void Parameter_shadowing_a_field_loop_route() => LoopFreeCheck.Check(Fields + "[Differentiable] public double F(double K, double S)\n{\n    double t = 0;\n    for (int i = 0; i < 2; i++) t += K * this.K + S * C.S * t;\n    return t;\n}", "F", Xy);

        [Fact] public void Local_function_parameter_shadowing_a_field() => Check("[Differentiable] public double F(double x, double y)\n{\n    double Sc(double K) => K * this.K + K;\n    return Sc(x) * y + Sc(y);\n}");

        [Fact] public void Local_function_parameter_shadowing_a_field_loop_route() => Check("[Differentiable] public double F(double x, double y)\n{\n    double Sc(double K) => K * this.K + K;\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Sc(x + s) * y;\n    return s;\n}");

        [Fact] public void Static_method_local_shadowing_a_static_field() => LoopFreeCheck.Check(Fields + "[Differentiable] public static double F(double x, double y)\n{\n    double S = x * y;\n    double t = 0;\n    for (int i = 0; i < 2; i++) t += S * C.S + S;\n    return t + S * Review.C.S;\n}", "F", Xy);

        [Fact] public void Float_local_shadowing_a_field() => LoopFreeCheck.Check("public float K = 1.25f;\n[Differentiable] public float F(float x, float y)\n{\n    float K = x * y;\n    float[] a = { K, this.K * x };\n    return a[0] * this.K + a[1] * K;\n}", "F", Xy);
    }
}
