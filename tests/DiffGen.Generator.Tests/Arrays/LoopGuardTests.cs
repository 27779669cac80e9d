using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Loops whose values exist only under a guard on their index (<c>i + 1 &lt; w.Length ? ... w[i + 1] ... : ...</c>): a
    /// value the reverse sweep shares between terms is computed under the guard its reads share, or not shared, never
    /// ahead of the guard (IndexOutOfRangeException). Values, partials and gradients against central differences.
    /// </summary>
    public sealed class LoopGuardTests
    {
        private static readonly object[][] Points = { new object[] { 0.3, new[] { 0.5, -0.2, 0.1 } }, new object[] { -0.4, new[] { 0.7 } }, new object[] { 0.6, new[] { -0.3, 0.4 } } };

        [Fact]
        public void Shared_value_under_nested_guards() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double[] w)\n{\n    double t = x;\n    for (int i = 0; i < w.Length; i++)\n    {\n        t = t + (i + 1 < w.Length ? (i > 0 ? t * Math.Tanh(w[i + 1] * w[i - 1] * x * t) : t * Math.Tanh(w[i + 1] * x)) : t * 0.5);\n    }\n    return t;\n}", "F", Points);

        [Fact]
        public void Shared_value_on_the_right_of_and() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double[] w)\n{\n    double t = x;\n    for (int i = 0; i < w.Length; i++)\n    {\n        t += i + 1 < w.Length && Math.Exp(w[i + 1] * t) > 1.1 ? Math.Exp(w[i + 1] * t) * x * Math.Exp(w[i + 1] * t) : t * x;\n    }\n    return t;\n}", "F", Points);

        [Fact]
        public void Shared_value_on_the_right_of_or() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double[] w)\n{\n    double t = x;\n    for (int i = 0; i < w.Length; i++)\n    {\n        t += i + 1 >= w.Length || Math.Tanh(w[i + 1] * t * x) < 0.05 ? t * 0.3 : Math.Tanh(w[i + 1] * t * x) * Math.Tanh(w[i + 1] * t * x) * t;\n    }\n    return t;\n}", "F", Points);

        [Fact]
        public void Same_value_under_two_different_guards_is_not_computed_ahead_of_either() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double[] w)\n{\n    double t = x;\n    for (int i = 0; i < w.Length; i++)\n    {\n        t = t + (i + 1 < w.Length ? Math.Tanh(w[i + 1] * x * t) * t : 0) + (i + 2 < w.Length ? Math.Tanh(w[i + 1] * x * t) * x : t * 0.1);\n    }\n    return t;\n}", "F", Points);

        [Fact]
        public void Guarded_value_in_the_forward_and_the_reverse_sweep() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double[] w)\n{\n    double t = x;\n    double s = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        double e = i > 0 ? Math.Exp(w[i - 1] * t) : 1;\n        t = t * 0.8 + e * x;\n        s += i > 0 ? Math.Exp(w[i - 1] * t) * Math.Exp(w[i - 1] * t) : t;\n    }\n    return s + t;\n}", "F", Points);

        [Fact]
        public void Float_shared_value_behind_a_guard_on_its_index() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static float F(float x, float[] w)\n{\n    float t = x;\n    for (int i = 0; i < w.Length; i++)\n    {\n        t = t + (i + 1 < w.Length ? t * MathF.Tanh(w[i + 1] * x * t) : t);\n    }\n    return t;\n}", "F", new object[] { 0.3f, new[] { 0.5f, -0.2f, 0.1f } }, new object[] { -0.4f, new[] { 0.7f } });

        [Fact]
        public void Shared_value_behind_a_guard_in_an_if() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double[] w)\n{\n    double t = x;\n    for (int i = 0; i < w.Length; i++)\n    {\n        if (t > 0)\n        {\n            t = t + (i + 1 < w.Length ? t * Math.Log(1 + w[i + 1] * w[i + 1] * t * x) * Math.Log(1 + w[i + 1] * w[i + 1] * t * x) : x);\n        }\n        else\n        {\n            t = t * 0.5 + x;\n        }\n    }\n    return t;\n}", "F", Points);

        /// <summary>Fuzzer, loops, seed 41: the guard of a shared value reads another shared value (Gradient.Stop), defined first.</summary>
        [Fact]
        public void Shared_value_whose_guard_reads_another_shared_value() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y, int n)\n{\n    double s2 = 0;\n    double t3 = Math.Sin(y);\n    double p5 = 1;\n    for (int i4 = 1; i4 <= n; i4++)\n    {\n        p5 = x;\n    }\n    return p5 < Gradient.Stop(s2) ? p5 / Math.Sin(y) : 1.0;\n}", "F", new object[] { -0.5, 0.7, 2 }, new object[] { 0.5, 0.7, 0 }, new object[] { -0.3, -1.1, 0 });
    }
}
