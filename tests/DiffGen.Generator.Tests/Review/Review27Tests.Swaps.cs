using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Review27: sides that write variables whose old values other writes of the same side read (swaps, rotations, sorting
    /// networks), and source names that collide with the names the meeting takes (loss2, value, dX); both routes.
    /// </content>
    public sealed partial class Review27Tests
    {
        private static readonly object[][] XyOrders = { new object[] { 1.0, 0.5 }, new object[] { 0.2, 0.7 }, new object[] { -0.6, 1.3 }, new object[] { 0.45, -0.8 } };

        [Fact]
        public void Review27_swap_loop_free() => LoopFreeCheck.Check(
            F2("    double a = x * x + y;\n    double b = y * y - x;\n    if (a > b) { double t = a; a = b; b = t; }\n    return a * 2 + b * b * 3 + a * b;"), "F", XyOrders);

        [Fact]
        public void Review27_swap_with_else_loop_free() => LoopFreeCheck.Check(
            F2("    double a = x * x + y;\n    double b = y * y - x;\n    if (a > b) { double t = a; a = b; b = t; } else { a = a * 2; b = b + a; }\n    return a * 2 + b * b * 3 + a * b;"), "F", XyOrders);

        [Fact]
        public void Review27_crossed_writes_loop_free() => LoopFreeCheck.Check(
            F2("    double a = x + 1;\n    double b = y - 1;\n    if (x > y) { a = b * x; b = a * y; } else { b = a * x; a = b + y; }\n    return a * b + a;"), "F", XyOrders);

        [Fact]
        public void Review27_rotation_of_three_loop_free() => LoopFreeCheck.Check(
            F2("    double a = x;\n    double b = y;\n    double c = x * y;\n    if (x > y) { double t = a; a = b; b = c; c = t; } else { double t = c; c = b; b = a; a = t; }\n    return a + 2 * b * b + 3 * c * c * c;"), "F", XyOrders);

        [Fact]
        public void Review27_sorting_network_of_three_loop_free() => LoopFreeCheck.Check(
            F2("    double a = x;\n    double b = y;\n    double c = x * y + 0.3;\n    double t;\n    if (a > b) { t = a; a = b; b = t; }\n    if (b > c) { t = b; b = c; c = t; }\n    if (a > b) { t = a; a = b; b = t; }\n    return a + 2 * b * b + 3 * c * c * c;"), "F", XyOrders);

        [Fact]
        public void Review27_sorting_network_of_three_with_a_loop() => LoopFreeCheck.Check(
            F2("    double a = x;\n    double b = y;\n    double c = 0.3;\n    for (int i = 0; i < 2; i++) c += x * y;\n    double t = 0;\n    if (a > b) { t = a; a = b; b = t; }\n    if (b > c) { t = b; b = c; c = t; }\n    if (a > b) { t = a; a = b; b = t; }\n    return a + 2 * b * b + 3 * c * c * c;"), "F", XyOrders);

        [Fact]
        public void Review27_swap_in_a_loop() => LoopFreeCheck.Check(
            F2("    double a = x;\n    double b = y;\n    for (int i = 0; i < 3; i++)\n    {\n        if (a * b > 0.1 * i) { double t = a; a = b * 0.9; b = t + x; } else { a = a + y; b = b * 0.5; }\n    }\n    return a * b + a * a;"), "F", XyOrders);

        [Fact]
        public void Review27_colliding_names_loop_free() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double loss2 = x * y;\n    double value = x - y;\n    double loss;\n    if (loss2 > value) loss = loss2 * loss2; else loss = value * 3;\n    double loss3 = loss + loss2;\n    return loss3 * value;\n}\n", "F", new object[] { 1.0, 0.3 }, new object[] { 0.2, 0.7 }, new object[] { -0.6, 1.3 }, new object[] { 0.45, -0.8 });

        [Fact]
        public void Review27_colliding_names_with_a_loop() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double loss2 = 0;\n    for (int i = 1; i <= 2; i++) loss2 += x * y * i;\n    double value = x - y;\n    double loss = 0;\n    if (loss2 > value) loss = loss2 * loss2; else loss = value * 3;\n    double loss3 = loss + loss2;\n    double dX = loss3 * x;\n    return loss3 * value + dX;\n}\n", "F", XyOrders);

        [Fact]
        public void Review27_side_value_is_another_variable_loop_free() => LoopFreeCheck.Check(
            F2("    double a = x * x;\n    double b = y * 3;\n    double t;\n    if (x > y) t = a; else t = b;\n    a = a + t;\n    return t * a + b;"), "F", XyOrders);

        [Fact]
        public void Review27_same_value_on_both_sides_loop_free() => LoopFreeCheck.Check(
            F2("    double t;\n    double u;\n    if (x > y) { t = x * y; u = t; } else { u = x * y; t = u; }\n    return t * u + t;"), "F", XyOrders);

        [Fact]
        public void Review27_float_swap_loop_free() => LoopFreeCheck.Check(
            "[Differentiable] public static float F(float x, float y)\n{\n    float a = x * x + y;\n    float b = y * y - x;\n    if (a > b) { float t = a; a = b; b = t; }\n    return a * 2 + b * b * 3 + a * b;\n}\n", "F", XyOrders);

        [Fact]
        public void Review27_float_in_place_with_a_loop() => LoopFreeCheck.Check(
            "[Differentiable] public static float F(float x, float y)\n{\n    float s = 0;\n    for (int i = 1; i <= 3; i++) s += x * i;\n    float t = 0;\n    float u = 0;\n    if (s > y) t = s * y; else u = s;\n    if (x > 0.3f) u = t * x;\n    return t * u + u;\n}\n", "F", XyOrders);
    }
}
