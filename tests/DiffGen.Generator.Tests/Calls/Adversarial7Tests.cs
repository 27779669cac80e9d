using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Calls
{
    /// <summary>
    /// An adversarial pass on loop-free methods and calls (the eighth session). Each case names the bug it found; values,
    /// partials and gradients are checked against central differences at points away from every branch boundary. G throws
    /// where the source never calls it (Math.Clamp with lo &gt; hi), so a call computed outside its guard fails loudly; the
    /// recursive case (named ..._ends) would recurse without end and kill the test host instead.
    /// </summary>
    public sealed class Adversarial7Tests
    {
        /// <summary>G(x) = x / 2 for x ≥ 0; Math.Clamp throws for x &lt; 0 (lo &gt; hi).</summary>
        private const string Throwing = "[Differentiable] public static double G(double x) => Math.Clamp(0.5 * x, 0.0, x);\n";

        private static readonly object[][] Xy = { new object[] { -1.0, 0.7 }, new object[] { 0.5, 1.3 }, new object[] { 3.0, -0.4 }, new object[] { 5.0, 2.0 }, new object[] { -0.3, -1.1 } };

        // Was a crash (ArgumentException from G) in FGradient: a call that a test inside a branch reads, and the branch
        // below it, was computed ahead of the branch. The test, read by the forward if and again by its reverse twin,
        // was placed in the block enclosing both (the body), and drew the call there with it.
        [Fact]
        public void Throwing_call_read_by_a_test_inside_a_branch() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y)\n{\n    if (x >= 0)\n    {\n        double h = G(x);\n        if (h > 1) return h * y;\n        return h + y;\n    }\n\n    return x * y;\n}", "F", Xy);

        // The same after an early return (was a crash the same way).
        [Fact]
        public void Throwing_call_read_by_a_test_after_an_early_return() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y)\n{\n    if (x < 0) return x * y;\n    double h = G(x);\n    if (h > 1) return h * y * y;\n    return h + y;\n}", "F", Xy);

        // A ?: on the call after an early return (was a crash the same way).
        [Fact]
        public void Throwing_call_in_a_choice_after_an_early_return() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y)\n{\n    if (x < 0) return x * y;\n    return G(x) > 1 ? G(x) * y : y;\n}", "F", Xy);

        // An if that assigns the call's local again (was a crash the same way).
        [Fact]
        public void Throwing_call_assigned_again_in_a_branch_after_an_early_return() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y)\n{\n    if (x < 0) return x * y;\n    double h = G(x);\n    if (h > 1) h = h * y;\n    return h;\n}", "F", Xy);

        // Math.Clamp itself, which throws for lo > hi (was a crash the same way).
        [Fact]
        public void Clamp_read_by_a_test_after_an_early_return() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    if (x < 1) return y;\n    double c = Math.Clamp(y, 1.0, x);\n    if (c > 1.5) return c * x;\n    return c + x;\n}", "F", new object[] { -1.0, 0.7 }, new object[] { 0.5, 1.3 }, new object[] { 3.0, 2.0 }, new object[] { 5.0, 1.2 }, new object[] { 3.0, 0.7 });

        // Was a crash in FPartialX only (open after the eighth session): the value computes G(x) in the if, so CallGuards
        // records no guard for it, but ∂F/∂x reads G(x) in the test x ≥ 0 && s > 1 and ∂G/∂x under it and under x ≥ 0, two
        // blocks whose common one is the body, where the layout computed them. Each partial now has its calls guarded by
        // its own reads (ninth session).
        [Fact]
        public void Throwing_call_whose_partial_is_read_under_other_tests() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    if (x >= 0) s = G(x);\n    if (x >= 0 && s > 1) s = s * y;\n    return s;\n}", "F", Xy);

        // Was DIFF900 (a cycle of statements in FGradient; fuzzer seed 20261204, branches (float)) while the partials' guards
        // were recorded in the builder: ∂F/∂y reads Sign(y) outside 1 < y and guards it, and that guard, recorded for every
        // root, gave Sign(y) an if of its own in the gradient, the same if as y's choice, which reads Stop(Sign(y)) after it.
        [Fact]
        public void Guard_a_partial_needs_stays_out_of_the_gradient() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    if (1.0 < y) y = y * Gradient.Stop(Math.Sign(y));\n    if (y < 3) x = y;\n    return x * x;\n}", "F", new object[] { 0.5, 2.0 }, new object[] { -1.5, 0.4 }, new object[] { 2.5, 4.0 }, new object[] { -0.7, -2.0 });

        // Was DIFF900 with the partials' own guards (fuzzer seed 94, members): ∂F/∂x reads G1(|x|) through x's choice and its
        // partial through choices by x > 0 computed ahead of the ifs; the call, given an if on x == 1e-3 for its partial's
        // reads, joined the if of a choice by x == 1e-3 that reads that partial: a cycle of statements. A hosted call now
        // has an if of its own, and the partial calls G1 only where x == 1e-3, as the source does.
        [Fact]
        public void Call_whose_partial_is_read_outside_its_guard_gets_an_if_of_its_own()
        {
            const string Members = "[Differentiable] public double G1(double u) => 1.0;\n[Differentiable] public double F(double x)\n{\n    if (x == 1e-3) x = G1(Math.Abs(x));\n    double t3 = double.Min(1.0, x);\n    return t3 + this.Coef2 * x;\n}\npublic double Coef2 { get; } = 3.25;\n";
            string source = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public partial record C(double Coef1)\n{\n" + Members + "}\n}\n").SourceFor("F").Replace("\r\n", "\n");
            string partial = source.Substring(source.IndexOf("FPartialX(double x)", System.StringComparison.Ordinal));
            Assert.Matches(@"if \(x == 1e-3\)\s*\{\s*x2 = this\.G1Gradient\(", partial);
        }

        // Was a stack overflow in FGradient: F(x / 2, y) was computed ahead of if (x < 1), so the recursion never ended.
        [Fact]
        public void Recursion_read_by_a_test_after_an_early_return_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    if (x < 1) return x * y;\n    double h = F(x / 2, y);\n    if (h > 1) return h * F(x / 3, y * 0.5);\n    return h + y;\n}", "F", Xy);

        // Was a stack overflow in FGradient (the seventeenth session's guard on a callee's partial, found by the fuzzer): the
        // test dFDX != 0 that keeps √F(x / 2, y)'s rule from 0·∞ stood outside the branch, so the recursion was called first.
        [Fact]
        public void Recursion_under_a_rule_that_may_be_infinite_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y) => x >= 0.6 && x <= 64 ? Math.Sqrt(F(x * 0.5, y)) * y + x : x * x + 1 + y;", "F", Xy);
    }
}
