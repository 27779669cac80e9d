using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Session 19's review of throw guards on the closed-form route (ThrowGuard, MemberEmitter.WriteGuards): derivatives
    /// against Richardson differences where the guard holds, and every member throwing what the method throws where it fails.
    /// </summary>
    public sealed class Session19ReviewGuardTests
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

        private static Type Load(string members) =>
            GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n").Load().GetType("Review.C", throwOnError: true)!;

        /// <summary>Each of the method's members called at <paramref name="point"/> (the gradient with null outputs): the exception type each throws, or null.</summary>
        internal static string Outcomes(Type type, string method, params object[] point)
        {
            object? target = type.GetMethods(All).Single(m => m.Name == method).IsStatic ? null : Activator.CreateInstance(type);
            var parts = new System.Collections.Generic.List<string>();
            foreach (MethodInfo m in type.GetMethods(All).Where(m => m.Name == method || m.Name.StartsWith(method + "Partial", StringComparison.Ordinal) || m.Name == method + "Gradient").OrderBy(m => m.Name))
            {
                object?[] arguments = point.Concat(new object?[m.GetParameters().Length - point.Length]).ToArray();
                string outcome;
                try
                {
                    outcome = Convert.ToString(m.Invoke(target, arguments), System.Globalization.CultureInfo.InvariantCulture)!;
                }
                catch (TargetInvocationException e)
                {
                    outcome = e.InnerException!.GetType().Name + (e.InnerException is ArgumentException a ? "(" + a.ParamName + ")" : "");
                }

                parts.Add(m.Name + ":" + outcome);
            }

            return string.Join(" ", parts);
        }

        /// <summary>Every member throws <paramref name="exception"/> at the point, as the method does.</summary>
        private static void AllThrow(string members, string method, string exception, params object[] point)
        {
            string outcomes = Outcomes(Load(members), method, point);
            foreach (string part in outcomes.Split(' '))
            {
                Assert.True(part.EndsWith(":" + exception, StringComparison.Ordinal), outcomes);
            }
        }

        /// <summary>No member throws at the point (the method does not).</summary>
        private static void NoneThrow(string members, string method, params object[] point)
        {
            string outcomes = Outcomes(Load(members), method, point);
            Assert.DoesNotContain("Exception", outcomes, StringComparison.Ordinal);
        }

        private static readonly object[][] Positive = { new object[] { 0.7 }, new object[] { 1.3 }, new object[] { 2.45 } };

        private const string NotGreater = "[Differentiable] public static double F(double x)\n{\n    if (!(x > 0)) throw new ArgumentOutOfRangeException(nameof(x));\n    return x * Math.Log(x);\n}";

        [Fact] public void Negated_comparison_guard_derivatives() => LoopFreeCheck.Check(NotGreater, "F", Positive);

        // !(x > 0) holds for NaN: the method throws there, so must its members.
        [Fact] public void Negated_comparison_guard_throws_for_NaN() => AllThrow(NotGreater, "F", "ArgumentOutOfRangeException(x)", double.NaN);

        private const string LessEqual = "[Differentiable] public static double F(double x)\n{\n    if (x <= 0) throw new ArgumentOutOfRangeException(nameof(x));\n    return x * Math.Log(x);\n}";

        // x <= 0 is false for NaN: the method returns NaN, so must its members.
        [Fact] public void Comparison_guard_does_not_throw_for_NaN() => NoneThrow(LessEqual, "F", double.NaN);

        [Fact] public void Comparison_guard_throws_at_zero() => AllThrow(LessEqual, "F", "ArgumentOutOfRangeException(x)", 0.0);

        // A finiteness check the DAG might fold (x - x is 0 for every finite x, NaN for ±∞ and NaN).
        private const string Finite = "[Differentiable] public static double F(double x)\n{\n    if (x - x != 0) throw new ArgumentException(\"not finite\", nameof(x));\n    return x * x;\n}";

        // Was a bug: the DAG folded x - x != 0 to false and the members dropped the guard (F threw at +∞, FPartialX and FGradient
        // returned ∞). A loop-free method's guard that algebra decides is DIFF010 at its test now.
        [Fact] public void Folded_finiteness_guard_is_reported() => DecidedByAlgebra(Finite, "x - x != 0");

        private const string TimesZero = "[Differentiable] public static double F(double x)\n{\n    if (x * 0 != 0) throw new ArgumentException(\"not finite\", nameof(x));\n    return x * x;\n}";

        [Fact] public void Times_zero_guard_is_reported() => DecidedByAlgebra(TimesZero, "x * 0 != 0");

        private const string Folded = "[Differentiable] public static double F(double x)\n{\n    if (x - x > 1) throw new ArgumentException(\"never\", nameof(x));\n    return x * x * x;\n}";

        [Fact] public void Guard_folded_to_false_is_reported() => DecidedByAlgebra(Folded, "x - x > 1");

        // Was a bug: one half of a test was folded to false and dropped while the whole was kept (F threw at x = +∞, its members
        // did not). Each comparison of a guard is checked on its own.
        private const string HalfDecided = "[Differentiable] public static double F(double x, double sigma)\n{\n    if (x - x != 0 || sigma <= 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x / sigma;\n}";

        [Fact] public void Half_of_a_guard_decided_is_reported() => DecidedByAlgebra(HalfDecided, "x - x != 0 || sigma <= 0");

        // Was a bug: in a method with loops or arrays the folded test was printed as if (false), so the members returned ∞ or NaN
        // where the method threw. The program route's throwing guards are checked like the loop-free ones.
        private const string LoopGuard = "[Differentiable] public static double F(double[] w, double x)\n{\n    if (x * 0 != 0) throw new ArgumentException(\"not finite\", nameof(x));\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * x;\n    return s;\n}";

        [Fact] public void Decided_guard_in_a_method_with_loops_is_reported() => DecidedByAlgebra(LoopGuard, "x * 0 != 0");

        private const string LoopGuardInAnd = "[Differentiable] public static double F(double[] w, double x)\n{\n    if (w.Length > 0 && !(x - x == 0)) throw new ArgumentException(\"not finite\", nameof(x));\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * x;\n    return s;\n}";

        [Fact] public void Decided_half_of_a_guard_in_a_method_with_loops_is_reported() => DecidedByAlgebra(LoopGuardInAnd, "w.Length > 0 && !(x - x == 0)");

        // Integer tests are exact algebra: a guard on a length the DAG cannot decide, or two constants, is no problem.
        private const string LengthGuard = "[Differentiable] public static double F(double[] w, double x)\n{\n    if (w.Length - w.Length != 0 || x > 100) throw new ArgumentException(\"bad\", nameof(x));\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * x;\n    return s;\n}";

        [Fact]
        public void Integer_guard_in_a_method_with_loops_is_kept()
        {
            string source = LoopFreeCheck.Header + "public partial class C\n{\n" + LengthGuard + "\n}\n}\n";
            Assert.DoesNotContain(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Type type = Load(LengthGuard);
            MethodInfo partial = type.GetMethod("FPartialX", All)!;
            TargetInvocationException thrown = Assert.Throws<TargetInvocationException>(() => partial.Invoke(null, new object[] { new[] { 1.0, 2.0 }, 200.0 }));
            Assert.IsType<ArgumentException>(thrown.InnerException);
            Assert.Equal(6.0, (double)partial.Invoke(null, new object[] { new[] { 1.0, 2.0, 3.0 }, 2.0 })!);
        }

        private static void DecidedByAlgebra(string members, string test)
        {
            string source = LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n";
            Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", diagnostic.Id);
            Assert.StartsWith("The condition '" + test + "' cannot be differentiated here: DiffGen reads it as algebra on real numbers", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.DoesNotContain(GeneratorHarness.Run(GeneratorHarness.Compile(source)).Sources, g => g.HintName.Contains(".F(", StringComparison.Ordinal));
        }

        private const string Fields = "public double Limit = 3;\npublic static double Scale = 2;\n[Differentiable] public double F(double x, double y)\n{\n    if (x * Scale > Limit) throw new ArgumentOutOfRangeException(nameof(x));\n    return Math.Sin(x * y) * Scale + Limit * y;\n}";

        [Fact] public void Guard_reading_fields_derivatives() => LoopFreeCheck.Check(Fields, "F", new object[] { 0.7, 1.1 }, new object[] { -2.0, 0.4 }, new object[] { 1.2, -0.3 });

        [Fact] public void Guard_reading_fields_throws() => AllThrow(Fields, "F", "ArgumentOutOfRangeException(x)", 1.6, 1.0);

        private const string Local = "[Differentiable] public static double F(double x, double y)\n{\n    double r = x * x + y * y;\n    if (r > 4) throw new ArgumentOutOfRangeException(nameof(x), \"outside the disc\");\n    double q = Math.Sqrt(4 - r);\n    return q * x + r;\n}";

        [Fact] public void Guard_reading_a_local_derivatives() => LoopFreeCheck.Check(Local, "F", new object[] { 0.7, 1.1 }, new object[] { -1.0, 0.4 }, new object[] { 1.2, -0.3 });

        [Fact] public void Guard_reading_a_local_throws() => AllThrow(Local, "F", "ArgumentOutOfRangeException(x)", 1.6, 1.5);

        // The local changes after the guard: the guard reads its first value.
        private const string Reassigned = "[Differentiable] public static double F(double x)\n{\n    double s = x;\n    if (s < 0) throw new ArgumentOutOfRangeException(nameof(x));\n    s = s * s - 10;\n    return s * x;\n}";

        [Fact] public void Guard_then_reassigned_local_derivatives() => LoopFreeCheck.Check(Reassigned, "F", Positive);

        [Fact] public void Guard_then_reassigned_local_does_not_throw() => NoneThrow(Reassigned, "F", 1.0);

        [Fact] public void Guard_then_reassigned_local_throws() => AllThrow(Reassigned, "F", "ArgumentOutOfRangeException(x)", -1.0);

        private const string Calls = "[Differentiable] public static double G(double x) => x * x - 1;\n[Differentiable] public static double F(double x)\n{\n    if (G(x) > 3) throw new ArgumentOutOfRangeException(nameof(x));\n    return G(x) * Math.Exp(x);\n}";

        [Fact] public void Guard_calling_a_differentiable_method_derivatives() => LoopFreeCheck.Check(Calls, "F", new object[] { 0.7 }, new object[] { -1.3 }, new object[] { 1.5 });

        [Fact] public void Guard_calling_a_differentiable_method_throws() => AllThrow(Calls, "F", "ArgumentOutOfRangeException(x)", 2.5);

        // A caller of a guarded method: the callee throws inside the caller's members too.
        private const string Caller = "[Differentiable] public static double G(double x)\n{\n    if (x <= 0) throw new ArgumentOutOfRangeException(nameof(x));\n    return Math.Log(x) * x;\n}\n[Differentiable] public static double F(double x) => G(x * x - 1) + x;";

        [Fact] public void Caller_of_a_guarded_method_derivatives() => LoopFreeCheck.Check(Caller, "F", new object[] { 1.7 }, new object[] { -1.3 }, new object[] { 2.5 });

        [Fact] public void Caller_of_a_guarded_method_throws() => AllThrow(Caller, "F", "ArgumentOutOfRangeException(x)", 0.5);

        private const string FloatGuard = "[Differentiable] public static float F(float x, float y)\n{\n    if (y <= 0f) throw new ArgumentOutOfRangeException(nameof(y));\n    if (x > 100f) throw new ArgumentException(\"x too large\", nameof(x));\n    return MathF.Log(y) * x + x * x;\n}";

        [Fact] public void Float_guards_derivatives() => LoopFreeCheck.Check(FloatGuard, "F", new object[] { 0.7, 1.1 }, new object[] { -1.0, 0.4 }, new object[] { 1.2, 2.3 });

        // Both fail: the first check's exception.
        [Fact] public void Float_guards_first_one_wins() => AllThrow(FloatGuard, "F", "ArgumentOutOfRangeException(y)", 200f, -1f);

        [Fact] public void Float_guards_second() => AllThrow(FloatGuard, "F", "ArgumentException(x)", 200f, 1f);

        private const string Logical = "[Differentiable] public static double F(double x, double y)\n{\n    if (x <= 0 || (y < -1 && x > 1)) throw new ArgumentOutOfRangeException(nameof(x));\n    return Math.Log(x) * y;\n}";

        [Fact] public void Logical_guard_derivatives() => LoopFreeCheck.Check(Logical, "F", new object[] { 0.7, 1.1 }, new object[] { 2.0, 0.4 }, new object[] { 0.5, -2.3 });

        [Fact] public void Logical_guard_throws() => AllThrow(Logical, "F", "ArgumentOutOfRangeException(x)", 2.0, -2.0);

        [Fact] public void Logical_guard_does_not_throw() => NoneThrow(Logical, "F", 0.5, -2.0);

        private const string Branches = "[Differentiable] public static double F(double x)\n{\n    if (x < -5) throw new ArgumentOutOfRangeException(nameof(x));\n    if (x > 1) return x * x;\n    return Math.Sin(x);\n}";

        [Fact] public void Guard_then_returning_branch_derivatives() => LoopFreeCheck.Check(Branches, "F", new object[] { 0.7 }, new object[] { -1.3 }, new object[] { 2.5 });

        [Fact] public void Guard_then_returning_branch_throws() => AllThrow(Branches, "F", "ArgumentOutOfRangeException(x)", -6.0);

        private const string Both = "[Differentiable, Integrable(\"x\")] public static double F(double x, double a)\n{\n    if (a <= 0) throw new ArgumentOutOfRangeException(nameof(a));\n    return Math.Exp(-a * x * x);\n}";

        [Fact] public void Guard_integrable_and_differentiable_derivatives() => LoopFreeCheck.Check(Both, "F", new object[] { 0.7, 1.1 }, new object[] { -1.0, 0.4 });

        [Fact]
        public void Guard_integrable_and_differentiable_integral()
        {
            Type type = Integrals.IntegralHarness.Load(LoopFreeCheck.Header + "public partial class C\n{\n" + Both + "\n}\n}\n").GetType("Review.C", throwOnError: true)!;
            double value = IntegralReviewOracle.Call(type, "FIntegral", 0.0, 2.0, 1.5);
            IntegralReviewOracle.Close(IntegralReviewOracle.Integrate(x => Math.Exp(-1.5 * x * x), 0, 2), value, 1e-9, "FIntegral");
            var e = Assert.Throws<TargetInvocationException>(() => type.GetMethods(All).First(m => m.Name == "FIntegral").Invoke(null, new object[] { 0.0, 2.0, -1.0 }));
            Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
        }

        private const string Instance = "private readonly double k = 2;\n[Differentiable] public double F(double x)\n{\n    if (x < k) throw new ArgumentOutOfRangeException(nameof(x));\n    return Math.Sqrt(x - k) * x;\n}";

        [Fact] public void Instance_guard_derivatives() => LoopFreeCheck.Check(Instance, "F", new object[] { 2.7 }, new object[] { 3.3 });

        [Fact] public void Instance_guard_throws() => AllThrow(Instance, "F", "ArgumentOutOfRangeException(x)", 1.0);

        private const string Block = "[Differentiable] public static double F(double x)\n{\n    if (x == 0)\n    {\n        throw new DivideByZeroException();\n    }\n\n    return 1 / x + x;\n}";

        [Fact] public void Block_guard_throws() => AllThrow(Block, "F", "DivideByZeroException", 0.0);

        [Fact] public void Block_guard_derivatives() => LoopFreeCheck.Check(Block, "F", Positive);

        private const string MathGuard = "[Differentiable] public static double F(double x, double y)\n{\n    if (Math.Abs(x) > 1 || Math.Max(x, y) > 2) throw new ArgumentOutOfRangeException(nameof(x));\n    return Math.Asin(x) * y;\n}";

        [Fact] public void Math_guard_derivatives() => LoopFreeCheck.Check(MathGuard, "F", new object[] { 0.3, 1.1 }, new object[] { -0.5, 0.4 });

        [Fact] public void Math_guard_throws() => AllThrow(MathGuard, "F", "ArgumentOutOfRangeException(x)", 0.5, 3.0);
    }
}
