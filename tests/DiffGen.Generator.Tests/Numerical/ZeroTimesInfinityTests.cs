using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// A branch that divides by the constant 0 has the derivative ∞ there; where the branch is not taken its adjoint is 0,
    /// and 0 times that derivative is 0 (the fuzzer, seed 23: the gradient was NaN, 0 · ∞ folded as IEEE does).
    /// </summary>
    public class ZeroTimesInfinityTests
    {
        [Fact]
        public void BranchNotTaken_ThatDividesByAConstantZero_GivesZero_NotNaN() =>
            LoopFreeCheck.Check(
                "[Differentiable(\"x\")] public static double F(double x, double y)\n{\n    if (y > 100)\n    {\n        return x / (-2 * 0.5 + 1);\n    }\n\n    return 1.0;\n}",
                "F",
                new object[] { 2.0, -0.929 }, new object[] { -1.5, 3.0 }, new object[] { 0.25, 99.0 });
    }
}
