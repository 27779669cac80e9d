using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// A local of the reverse sweep printed as the source writes it reads only locals in scope where it stands. Found by the
    /// fuzzer (seed 1810, a float method): ∂F/∂atan2 = ln τ / ln t1 is the source's <c>MathF.Log(MathF.Tau, t1)</c>, and its
    /// source form read <c>t1</c>, a local of the forward sweep's branch block, in the reverse twin's block (CS0103); the layout
    /// had hoisted only what the DAG's form reads (<c>log</c>, <c>logT1</c>), which it prints now.
    /// </summary>
    public sealed class SourceFormScopeTests
    {
        private const string Members = @"
[Differentiable]
public static float F(float x, float y)
{
    if (1.0f < (x < 0.75f ? 10 : 1.0f))
    {
        return 1.0f;
    }

    float t1 = Gradient.Stop(2.0f);
    return MathF.Atan2(x, y) * MathF.Log(MathF.Tau, t1);
}

[Differentiable]
public static double G(double x, double y)
{
    if (x < 0.5)
    {
        return y;
    }

    double b = Gradient.Stop(3.0);
    return Math.Atan2(x, y) * Math.Log(x * y, b);
}";

        [Fact]
        public void A_float_branch_local_read_by_a_source_form_compiles_and_is_right()
        {
            string generated = LoopFreeCheck.Check(Members, "F", new object[] { 0.9, 1.3 }, new object[] { 1.7, 0.4 }, new object[] { 2.5, 2.2 }, new object[] { 0.3, 1.1 });
            Assert.Contains("float dAtan2 = log / logT1;", generated);
        }

        [Fact]
        public void A_double_branch_local_read_by_a_source_form_compiles_and_is_right() =>
            LoopFreeCheck.Check(Members, "G", new object[] { 0.9, 1.3 }, new object[] { 1.7, 0.4 }, new object[] { 2.5, 2.2 }, new object[] { 0.3, 1.1 });
    }
}
