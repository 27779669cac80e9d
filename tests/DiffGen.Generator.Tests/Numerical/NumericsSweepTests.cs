using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// The numerics sweep's wrong partial (Arrays/NumericsSweepCases.cs has the sweep itself): the square root of a sum of
    /// squares of clamped parts, as a signed distance function writes it (Quilez's rounded box: length(max(q, 0))).
    /// </summary>
    public sealed class NumericsSweepTests
    {
        // Was NaN in MPartialX and MPartialY (the gradient was right) wherever every part is clamped to 0: forward
        // differentiation multiplied the sum of the two Max's derivatives, each 0 off its own branch, by 1/(2·√u) with u = 0,
        // so 0/0. The local partial now goes inside each guarded term, so each is 0 off its branch.
        [Fact]
        public void Square_root_of_clamped_parts_has_finite_partials_where_every_part_is_clamped() =>
            LoopFreeCheck.Check(
                "[Differentiable] public static double F(double x, double y)\n{\n    double a = Math.Max(x + y, 0.0), b = Math.Max(y - x, 0.0);\n    return Math.Sqrt(a * a + b * b) + 0.5 * y;\n}",
                "F",
                new object[] { 0.3, -1.2 },
                new object[] { -0.4, -0.9 },
                new object[] { 0.5, 1.1 },
                new object[] { 1.2, 0.3 },
                new object[] { -1.3, 0.4 });

        [Fact]
        public void Rounded_box_distance_has_finite_partials_inside() =>
            LoopFreeCheck.Check(
                "[Differentiable] public static float F(float px, float py, float bx, float by, float radius)\n{\n    float dx = MathF.Abs(px) - bx + radius;\n    float dy = MathF.Abs(py) - by + radius;\n    float ox = MathF.Max(dx, 0f), oy = MathF.Max(dy, 0f);\n    return MathF.Min(MathF.Max(dx, dy), 0f) + MathF.Sqrt(ox * ox + oy * oy) - radius;\n}",
                "F",
                new object[] { 0.1f, 0.2f, 1f, 1f, 0.1f },
                new object[] { -0.3f, 0.25f, 1.2f, 0.8f, 0.2f },
                new object[] { 1.5f, 0.2f, 1f, 1f, 0.1f },
                new object[] { 1.6f, -1.7f, 1f, 1f, 0.2f });
    }
}
