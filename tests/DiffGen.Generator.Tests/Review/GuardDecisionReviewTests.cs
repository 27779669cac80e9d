using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twentieth session's review of DecidedGuards (a throwing guard whose test, or a comparison inside it, algebra decides
    /// is DIFF010 at the test, on the loop-free route and the program route): guards that must be reported (the members
    /// would return where the method throws), harmless guards that must be kept (each member then throwing exactly where the
    /// method throws, at finite, infinite and NaN inputs), and, skipped as BUG, guards the check misses or declines wrongly.
    /// </summary>
    public sealed class GuardDecisionReviewTests
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

        private static readonly double Inf = double.PositiveInfinity;

        private const string Loop = "    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * x;\n";

        // Each case: the members (F, and for a method with arrays a wrapper FGrad calling FGradient with arrays for its spans).
        private static readonly Dictionary<string, (string Members, string Test)> DecidedCases = new Dictionary<string, (string, string)>
        {
            ["LocalLoopFree"] = ("[Differentiable] public static double F(double x)\n{\n    double d = x - x;\n    if (d != 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "d != 0"),
            ["LocalLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    double d = x - x;\n    if (d != 0) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s;\n}", "d != 0"),
            ["BoolLocalLoopFree"] = ("[Differentiable] public static double F(double x)\n{\n    bool bad = x - x != 0;\n    if (bad) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "bad"),
            ["BoolLocalLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    bool bad = x - x != 0;\n    if (bad) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s;\n}", "bad"),
            ["NegatedBoolLocalInOrLoopFree"] = ("[Differentiable] public static double F(double x, double sigma)\n{\n    bool finite = x - x == 0;\n    if (!finite || sigma <= 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x / sigma;\n}", "!finite || sigma <= 0"),
            ["NegatedBoolLocalInOrLoop"] = ("[Differentiable] public static double F(double[] w, double x, double sigma)\n{\n    bool finite = x - x == 0;\n    if (!finite || sigma <= 0) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s / sigma;\n}", "!finite || sigma <= 0"),
            ["QuotientOfItself"] = ("[Differentiable] public static double F(double x)\n{\n    if (x / x != 1) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "x / x != 1"),
            ["SecondGuardLoopFree"] = ("[Differentiable] public static double F(double x, double sigma)\n{\n    if (sigma <= 0) throw new ArgumentOutOfRangeException(nameof(sigma));\n    if (x - x != 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x / sigma;\n}", "x - x != 0"),
            ["SecondGuardLoop"] = ("[Differentiable] public static double F(double[] w, double x, double y)\n{\n    if (y < 0) throw new ArgumentException(\"y\", nameof(y));\n    if (x * 0 != 0) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s * y;\n}", "x * 0 != 0"),
            ["AfterAReturningBranchLoopFree"] = ("[Differentiable] public static double F(double x)\n{\n    if (x > 10) return 0;\n    if (x * 0 != 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "x * 0 != 0"),
            ["AfterAGuardClauseLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    if (w.Length == 0) return 0;\n    if (x * 0 != 0) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s;\n}", "x * 0 != 0"),
            ["BeforeAGuardClauseLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    if (x - x != 0) throw new ArgumentException(\"bad\", nameof(x));\n    if (w.Length == 0) return 0;\n" + Loop + "    return s;\n}", "x - x != 0"),
            ["AndLoopFree"] = ("[Differentiable] public static double F(double x, double sigma)\n{\n    if (x - x != 0 && sigma > 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x / sigma;\n}", "x - x != 0 && sigma > 0"),
            ["ThreeAndsLoopFree"] = ("[Differentiable] public static double F(double x, double y)\n{\n    if (x - y != 0 && y - x != 0 && x - x != 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * y;\n}", "x - y != 0 && y - x != 0 && x - x != 0"),
            ["DoubleNegationLoopFree"] = ("[Differentiable] public static double F(double x)\n{\n    if (!(!(x - x == 0))) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "!(!(x - x == 0))"),
            ["NegatedAndLoop"] = ("[Differentiable] public static double F(double[] w, double x, double sigma)\n{\n    if (!(x - x == 0 && sigma > 0)) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s / sigma;\n}", "!(x - x == 0 && sigma > 0)"),
            ["OrSecondHalfLoop"] = ("[Differentiable] public static double F(double[] w, double x, double sigma)\n{\n    if (sigma <= 0 || sigma - sigma != 0) throw new ArgumentException(\"bad\", nameof(sigma));\n" + Loop + "    return s / sigma;\n}", "sigma <= 0 || sigma - sigma != 0"),
            ["PatternLoopFree"] = ("[Differentiable] public static double F(double x)\n{\n    if (x * 0 is not 0.0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "x * 0 is not 0.0"),
            ["PatternLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    if (x - x is > 0 or < 0) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s;\n}", "x - x is > 0 or < 0"),
            ["FloatLoop"] = ("[Differentiable] public static float F(float[] w, float x)\n{\n    if (x - x != 0f) throw new ArgumentException(\"bad\", nameof(x));\n    float s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * x;\n    return s;\n}", "x - x != 0f"),
            ["FloatLoopFree"] = ("[Differentiable] public static float F(float x)\n{\n    if (x * 0f != 0f) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "x * 0f != 0f"),
            ["ElementLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    if (w[0] - w[0] != 0) throw new ArgumentException(\"bad\", nameof(w));\n" + Loop + "    return s;\n}", "w[0] - w[0] != 0"),
            ["ScaledLocalLoop"] = ("[Differentiable] public static double F(double[] w, double x, double sigma)\n{\n    double scale = sigma * 0;\n    if (scale != 0) throw new ArgumentException(\"bad\", nameof(sigma));\n" + Loop + "    return s * sigma;\n}", "scale != 0"),
            ["AbsOfZeroLoopFree"] = ("[Differentiable] public static double F(double x)\n{\n    if (Math.Abs(x - x) > 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "Math.Abs(x - x) > 0"),
            ["TwiceVersusSumLoopFree"] = ("[Differentiable] public static double F(double x)\n{\n    if (2 * x != x + x) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "2 * x != x + x"),
            ["CommutedProductLoopFree"] = ("[Differentiable] public static double F(double x, double y)\n{\n    if (x * y - y * x != 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * y;\n}", "x * y - y * x != 0"),
            ["CallLoopFree"] = ("[Differentiable] public static double G(double x) => x * x - 1;\n[Differentiable] public static double F(double x)\n{\n    if (G(x) - G(x) != 0) throw new ArgumentException(\"bad\", nameof(x));\n    return G(x) * x;\n}", "G(x) - G(x) != 0"),
            ["StaticFieldLoopFree"] = ("public static double Scale = 2;\n[Differentiable] public static double F(double x)\n{\n    if (Scale - Scale != 0) throw new InvalidOperationException(\"Scale\");\n    return x * Scale;\n}", "Scale - Scale != 0"),
            // Conservative: x − x > 1 is false for every double (0 > 1, NaN > 1), so dropping it is exact, and before DecidedGuards
            // this half was dropped and y <= 0 kept; it is reported now, as the whole test x − x > 1 already was (Session19).
            ["FalseForEveryDoubleInOr"] = ("[Differentiable] public static double F(double x, double y)\n{\n    if (y <= 0 || x - x > 1) throw new ArgumentException(\"bad\", nameof(x));\n    return x * y;\n}", "y <= 0 || x - x > 1"),
            ["OptionalParameterLoopFree"] = ("[Differentiable] public static double F(double x, double sigma = 1)\n{\n    if (sigma - 1 != 0 && x - x != 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x + sigma;\n}", "sigma - 1 != 0 && x - x != 0"),
        };

        /// <summary>
        /// The method throws for an infinite or NaN input where its members would not: DIFF010 at the guard's test (the whole
        /// test as written, even when only one comparison in it is decided), nothing else, and no file for F. (Each of these
        /// throws at x = ±∞ or NaN; 2·x != x + x and x / x != 1 at NaN and 0.)
        /// </summary>
        [Theory]
        [InlineData("LocalLoopFree")]
        [InlineData("LocalLoop")]
        [InlineData("BoolLocalLoopFree")]
        [InlineData("BoolLocalLoop")]
        [InlineData("NegatedBoolLocalInOrLoopFree")]
        [InlineData("NegatedBoolLocalInOrLoop")]
        [InlineData("QuotientOfItself")]
        [InlineData("SecondGuardLoopFree")]
        [InlineData("SecondGuardLoop")]
        [InlineData("AfterAReturningBranchLoopFree")]
        [InlineData("AfterAGuardClauseLoop")]
        [InlineData("BeforeAGuardClauseLoop")]
        [InlineData("AndLoopFree")]
        [InlineData("ThreeAndsLoopFree")]
        [InlineData("DoubleNegationLoopFree")]
        [InlineData("NegatedAndLoop")]
        [InlineData("OrSecondHalfLoop")]
        [InlineData("PatternLoopFree")]
        [InlineData("PatternLoop")]
        [InlineData("FloatLoop")]
        [InlineData("FloatLoopFree")]
        [InlineData("ElementLoop")]
        [InlineData("ScaledLocalLoop")]
        [InlineData("AbsOfZeroLoopFree")]
        [InlineData("TwiceVersusSumLoopFree")]
        [InlineData("CommutedProductLoopFree")]
        [InlineData("CallLoopFree")]
        [InlineData("StaticFieldLoopFree")]
        [InlineData("OptionalParameterLoopFree")]
        [InlineData("FalseForEveryDoubleInOr")]
        public void DecidedComparison_IsReportedAtTheTest(string name)
        {
            (string members, string test) = DecidedCases[name];
            string source = Source(members);
            Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", diagnostic.Id);
            Assert.StartsWith("The condition '" + test + "' cannot be differentiated here: DiffGen reads it as algebra on real numbers", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(test, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
            Assert.DoesNotContain(GeneratorHarness.Run(GeneratorHarness.Compile(source)).Sources, g => g.HintName.Contains(".F(", StringComparison.Ordinal));
        }

        private const string LoopFG = "public static double FGrad(double[] w, double x) => FGradient(w, x, new double[w.Length], out _);";

        private static readonly double[] W = { 1.0, 2.0 };

        private static readonly Dictionary<string, (string Members, object[][] Points)> KeptCases = new Dictionary<string, (string, object[][])>
        {
            // x + 1 <= x holds for |x| ≥ 2⁵³ and ±∞ in IEEE, never in algebra: the DAG does not fold it, and the members make the check.
            ["PlusOneNotAbove"] = ("[Differentiable] public static double F(double x)\n{\n    if (x + 1 <= x) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", new[] { new object[] { 1e17 }, new object[] { 2.0 }, new object[] { Inf }, new object[] { double.NaN } }),
            ["MinusOneAbove"] = ("[Differentiable] public static double F(double x)\n{\n    if (x - 1 > x) throw new ArgumentException(\"never\", nameof(x));\n    return x * x;\n}", new[] { new object[] { 2.0 }, new object[] { Inf }, new object[] { double.NaN } }),
            ["ExpOfLog"] = ("[Differentiable] public static double F(double x)\n{\n    if (Math.Exp(Math.Log(x)) != x) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", new[] { new object[] { -1.0 }, new object[] { 2.0 }, new object[] { 0.0 } }),
            ["MaxOfItself"] = ("[Differentiable] public static double F(double x)\n{\n    if (Math.Max(x, x) != x) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", new[] { new object[] { double.NaN }, new object[] { 2.0 } }),
            ["NeverBoth"] = ("[Differentiable] public static double F(double x)\n{\n    if (x > 1 && x < 0) throw new ArgumentException(\"never\", nameof(x));\n    return x * x;\n}", new[] { new object[] { 2.0 }, new object[] { -1.0 } }),
            ["SquareBelowZero"] = ("[Differentiable] public static double F(double x)\n{\n    if (x * x < 0) throw new ArgumentException(\"never\", nameof(x));\n    return x * x;\n}", new[] { new object[] { 2.0 }, new object[] { Inf } }),
            ["ExpNotPositive"] = ("[Differentiable] public static double F(double x)\n{\n    if (Math.Exp(x) <= 0) throw new ArgumentException(\"never\", nameof(x));\n    return x * x;\n}", new[] { new object[] { 2.0 }, new object[] { -1000.0 } }),
            ["AtInfinity"] = ("[Differentiable] public static double F(double x)\n{\n    if (x >= double.PositiveInfinity) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", new[] { new object[] { Inf }, new object[] { 2.0 } }),
            ["EqualsInfinity"] = ("[Differentiable] public static double F(double x)\n{\n    if (x == double.PositiveInfinity) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", new[] { new object[] { Inf }, new object[] { 2.0 } }),
            ["NotAtLeastZeroOrSigma"] = ("[Differentiable] public static double F(double x, double sigma)\n{\n    if (!(x >= 0) || sigma <= 0) throw new ArgumentOutOfRangeException(nameof(x));\n    return Math.Sqrt(x) * sigma;\n}", new[] { new object[] { double.NaN, 1.0 }, new object[] { 2.0, 1.0 }, new object[] { 2.0, 0.0 } }),
            ["IntegerDifference"] = ("[Differentiable] public static double F(double x, int n)\n{\n    if (n - n != 0 || x > 100) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x * n;\n}", new[] { new object[] { 2.0, 3 }, new object[] { 200.0, 3 } }),
            ["IntegerTimesZero"] = ("[Differentiable] public static double F(double x, int n)\n{\n    if (n * 0 != 0) throw new ArgumentException(\"bad\", nameof(n));\n    return x * x;\n}", new[] { new object[] { 2.0, 3 } }),
            ["IntegerBelowZero"] = ("[Differentiable] public static double F(double x, int n)\n{\n    if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));\n    return x * x * n;\n}", new[] { new object[] { 2.0, 3 }, new object[] { 2.0, -1 } }),
            ["InstanceField"] = ("public double Limit = 3;\n[Differentiable] public double F(double x)\n{\n    if (Limit < 0) throw new InvalidOperationException(\"Limit\");\n    return x * Limit;\n}", new[] { new object[] { 2.0 }, new object[] { Inf } }),
            ["OptionalParameter"] = ("[Differentiable] public static double F(double x, double tol = 1e-6)\n{\n    if (tol <= 0) throw new ArgumentOutOfRangeException(nameof(tol));\n    return x * x + tol;\n}", new[] { new object[] { 2.0, 1e-6 }, new object[] { 2.0, 0.0 } }),
            ["ConstantDoubleLoop"] = ("private const double Eps = 1e-3;\n[Differentiable] public static double F(double[] w, double x)\n{\n    if (Eps <= 0) throw new InvalidOperationException(\"Eps\");\n" + Loop + "    return s + Eps;\n}\n" + LoopFG, new[] { new object[] { W, 2.0 }, new object[] { W, Inf } }),
            ["TwoConstantsLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    if (3 < 2) throw new InvalidOperationException();\n" + Loop + "    return s;\n}\n" + LoopFG, new[] { new object[] { W, 2.0 } }),
            ["LengthOfItselfLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    if (w.Length != w.Length) throw new ArgumentException(\"bad\", nameof(w));\n" + Loop + "    return s;\n}\n" + LoopFG, new[] { new object[] { W, 2.0 } }),
            ["NotAboveZeroLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    if (!(x > 0)) throw new ArgumentOutOfRangeException(nameof(x));\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * Math.Log(x);\n    return s;\n}\n" + LoopFG, new[] { new object[] { W, 2.0 }, new object[] { W, double.NaN }, new object[] { W, -1.0 } }),
            ["InfinityBoundsLoop"] = ("[Differentiable] public static double F(double[] w, double x)\n{\n    if (x >= double.PositiveInfinity || x <= double.NegativeInfinity) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s;\n}\n" + LoopFG, new[] { new object[] { W, Inf }, new object[] { W, double.NegativeInfinity }, new object[] { W, 2.0 } }),
            ["IntegerDifferenceLoop"] = ("[Differentiable] public static double F(double[] w, double x, int n)\n{\n    if (n - n != 0 || x > 100) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s * n;\n}\npublic static double FGrad(double[] w, double x, int n) => FGradient(w, x, n, new double[w.Length], out _);", new[] { new object[] { W, 2.0, 3 }, new object[] { W, 200.0, 3 } }),
            ["GuardsInARowLoop"] = ("[Differentiable] public static double F(double[] w, double x, double sigma)\n{\n    if (sigma <= 0) throw new ArgumentOutOfRangeException(nameof(sigma));\n    if (!(x > 0)) throw new ArgumentOutOfRangeException(nameof(x));\n" + Loop + "    return s / sigma;\n}\npublic static double FGrad(double[] w, double x, double sigma) => FGradient(w, x, sigma, new double[w.Length], out _, out _);", new[] { new object[] { W, double.NaN, 1.0 }, new object[] { W, 2.0, -1.0 }, new object[] { W, 2.0, 1.0 } }),
            ["OptionalParameterLoop"] = ("[Differentiable] public static double F(double[] w, double x, double tol = 1e-6)\n{\n    if (tol <= 0) throw new ArgumentOutOfRangeException(nameof(tol));\n" + Loop + "    return s + tol;\n}\npublic static double FGrad(double[] w, double x, double tol) => FGradient(w, x, tol, new double[w.Length], out _, out _);", new[] { new object[] { W, 2.0, 1e-6 }, new object[] { W, 2.0, 0.0 } }),
        };

        /// <summary>
        /// Harmless guards (integer tests, tests of constants, of fields, of optional parameters, comparisons with infinity,
        /// NaN-catching negations, tests IEEE and algebra both leave undecided): no DIFF diagnostic, the generated code compiles
        /// with zero diagnostics, and at every point each member throws exactly what the method throws, or returns, and the
        /// gradient's value is the method's.
        /// </summary>
        [Theory]
        [InlineData("PlusOneNotAbove")]
        [InlineData("MinusOneAbove")]
        [InlineData("ExpOfLog")]
        [InlineData("MaxOfItself")]
        [InlineData("NeverBoth")]
        [InlineData("SquareBelowZero")]
        [InlineData("ExpNotPositive")]
        [InlineData("AtInfinity")]
        [InlineData("EqualsInfinity")]
        [InlineData("NotAtLeastZeroOrSigma")]
        [InlineData("IntegerDifference")]
        [InlineData("IntegerTimesZero")]
        [InlineData("IntegerBelowZero")]
        [InlineData("InstanceField")]
        [InlineData("OptionalParameter")]
        [InlineData("ConstantDoubleLoop")]
        [InlineData("TwoConstantsLoop")]
        [InlineData("LengthOfItselfLoop")]
        [InlineData("NotAboveZeroLoop")]
        [InlineData("InfinityBoundsLoop")]
        [InlineData("IntegerDifferenceLoop")]
        [InlineData("GuardsInARowLoop")]
        [InlineData("OptionalParameterLoop")]
        public void HarmlessGuard_IsKept_AndEveryMemberThrowsWhereTheMethodDoes(string name)
        {
            (string members, object[][] points) = KeptCases[name];
            Assert.DoesNotContain(GeneratorHarness.Analyze(Source(members)), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Type type = Build(Source(members)).Load().GetType("Review.C", throwOnError: true)!;
            foreach (object[] point in points)
            {
                SameAsTheMethod(type, point);
            }
        }

        /// <summary>
        /// Tests for NaN and infinity written as calls, and a value compared with itself, were DIFF010 before DecidedGuards (with
        /// their own messages, DIFF010.md) and still are, on both routes, reported once at the test (the call itself for
        /// !double.IsFinite(x)). A self-comparison inside || (x &gt; x || y &lt;= 0) was kept before, printed as y &lt;= 0 (exact:
        /// x &gt; x is false for every double, NaN too); it is DIFF010 now, as DecidedGuards' message, as DIFF010.md lists
        /// self-comparisons.
        /// </summary>
        [Theory]
        [InlineData("[Differentiable] public static double F(double x)\n{\n    if (double.IsNaN(x)) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "double.IsNaN(x)", "DiffGen reads comparisons of values, not tests for NaN or infinity")]
        [InlineData("[Differentiable] public static double F(double[] w, double x)\n{\n    if (!double.IsFinite(x)) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s;\n}", "double.IsFinite(x)", "DiffGen reads comparisons of values, not tests for NaN or infinity")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    if (x > x || y <= 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * y;\n}", "x > x || y <= 0", "DiffGen reads it as algebra on real numbers")]
        [InlineData("[Differentiable] public static double F(double[] w, double x)\n{\n    if (x != x) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s;\n}", "x != x", "comparing a floating-point value with itself")]
        public void NaNTestsAndSelfComparisons_AreStillDIFF010(string members, string test, string reason)
        {
            Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(Source(members)), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", diagnostic.Id);
            Assert.StartsWith("The condition '" + test + "' cannot be differentiated here: " + reason, diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        /// <summary>
        /// An [Integrable] method's guard that algebra decides: no antiderivative (DIFF036, as for any guard), no DIFF010 (MIntegral
        /// calls the method, which makes its own check), and MIntegral is right, on both routes.
        /// </summary>
        [Theory]
        [InlineData("[Integrable] public static double F(double x)\n{\n    if (x - x != 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x;\n}", "8/3")]
        [InlineData("[Integrable(\"x\")] public static double F(double x, double[] w)\n{\n    if (x * 0 != 0) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s * x;\n}", "8")]
        public void DecidedGuard_OfAnIntegrableMethod_IsNotDIFF010(string members, string expected)
        {
            string source = Source(members);
            Assert.All(GeneratorHarness.Analyze(source), d => Assert.Equal("DIFF036", d.Id));
            Type type = Integrals.IntegralHarness.Load(source).GetType("Review.C", throwOnError: true)!;
            MethodInfo integral = type.GetMethods(All).First(m => m.Name == "FIntegral" && !m.GetParameters().Last().IsOut);
            object[] arguments = integral.GetParameters().Length == 2 ? new object[] { 0.0, 2.0 } : new object[] { 0.0, 2.0, W };
            double value = (double)integral.Invoke(null, arguments)!;
            // ∫₀² x² = 8/3; ∫₀² (1 + 2)·x·x = 8.
            IntegralReviewOracle.Close(expected == "8" ? 8 : 8.0 / 3, value, 1e-12, "FIntegral");
        }

        // ---------------------------------------------------------------------------------------------------------------
        // Missed or wrongly declined.
        // ---------------------------------------------------------------------------------------------------------------

        private const string TimesZeroPlus = "[Differentiable] public static double F(double x, double sigma)\n{\n    if (!(x * 0 + sigma > 0)) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x / sigma;\n}";

        /// <summary>
        /// Was a bug (fixed in the twenty-first session): no comparison is decided, but the simplifier dropped the part of it
        /// that catches ∞ and NaN: !(x·0 + σ &gt; 0) was printed !(σ &gt; 0), so at x = ±∞ or NaN (x·0 is NaN, the comparison
        /// false, the negation true) F threw and every member returned ∞ or NaN; the same on the program route, with σ + x − x,
        /// and the other way round (x − x + σ &lt;= 0 printed σ &lt;= 0: at x = +∞, σ = −1 F returned and the members threw). A
        /// comparison that algebra folds an input out of is DIFF010 now, at the guard's test, on both routes.
        /// </summary>
        [Theory]
        [InlineData(TimesZeroPlus, "!(x * 0 + sigma > 0)")]
        [InlineData("[Differentiable] public static double F(double x, double sigma)\n{\n    if (!(sigma + x - x > 0)) throw new ArgumentException(\"bad\", nameof(sigma));\n    return x * x / sigma;\n}", "!(sigma + x - x > 0)")]
        [InlineData("[Differentiable] public static double F(double[] w, double x, double sigma)\n{\n    if (!(x * 0 + sigma > 0)) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s / sigma;\n}", "!(x * 0 + sigma > 0)")]
        [InlineData("[Differentiable] public static double F(double x, double sigma)\n{\n    if (x - x + sigma <= 0) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x + sigma;\n}", "x - x + sigma <= 0")]
        [InlineData("[Differentiable] public static double F(double x, double sigma)\n{\n    if (sigma <= 0 || x / x * sigma > 10) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x + sigma;\n}", "sigma <= 0 || x / x * sigma > 10")]
        public void NaNCatchingPartFolded_IsDIFF010(string members, string test)
        {
            Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(Source(members)), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", diagnostic.Id);
            Assert.StartsWith("The condition '" + test + "' cannot be differentiated here: DiffGen reads it as algebra on real numbers, where it always has one outcome or a value it reads cancels out of it", diagnostic.GetMessage(), StringComparison.Ordinal);
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(Source(members)));
            Assert.DoesNotContain(run.Output.SyntaxTrees, t => t.FilePath.Contains(".F(", StringComparison.Ordinal));
        }

        /// <summary>
        /// What the fold check must not catch: a guard whose every input survives algebra (σ·x·x &gt; 0 is kept as written, and
        /// an integer's n·0 is exact), on both routes, builds and agrees with the method at ∞ and NaN.
        /// </summary>
        [Fact]
        public void GuardsWhoseInputsSurvive_AreKept()
        {
            AllSame("[Differentiable] public static double F(double x, double sigma, int n)\n{\n    if (!(sigma * x * x + n * 0 > 0)) throw new ArgumentException(\"bad\", nameof(x));\n    return x * x / sigma;\n}", new object[] { Inf, 1.0, 2 }, new object[] { double.NaN, 1.0, 2 }, new object[] { 1.0, 2.0, 3 });
            AllSame("[Differentiable] public static double F(double[] w, double x, double sigma)\n{\n    if (!(x * sigma > 0)) throw new ArgumentException(\"bad\", nameof(x));\n" + Loop + "    return s / sigma;\n}\npublic static double FGrad(double[] w, double x, double sigma) => FGradient(w, x, sigma, new double[w.Length], out _, out _);", new object[] { W, Inf, 1.0 }, new object[] { W, double.NaN, 1.0 }, new object[] { W, 1.0, 2.0 });
        }

        /// <summary>
        /// Was a bug: a guard clause that returns (not throws) with a test algebra decides, on the program route, was printed
        /// <c>if (false) return 0;</c>: the generated file had two CS0162 warnings (unreachable code; an error with
        /// TreatWarningsAsErrors), and at x = +∞ F returns 0 where FPartialX and FGradient compute with ∞.
        /// </summary>
        [Fact]
        public void Missed_DecidedReturningGuard_Loop()
        {
            // Fixed in the twentieth session: DIFF010 at the test, as for a throwing guard (no code with if (false) is generated).
            string source = Source("[Differentiable] public static double F(double[] w, double x)\n{\n    if (x - x != 0) return 0;\n" + Loop + "    return s;\n}\n" + LoopFG);
            Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", diagnostic.Id);
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics().Where(d => d.Id != "CS0103"), "the generated code");
        }

        /// <summary>
        /// Was a bug: the same on the loop-free route, after a throwing guard: the test folded to false and the choice with it, so
        /// at x = +∞ F returned 0 and FGradient ∞. Since the twenty-third session a branch's test is checked as a guard's: DIFF010.
        /// </summary>
        [Fact]
        public void Missed_DecidedReturningGuard_LoopFree()
        {
            string source = Source("[Differentiable] public static double F(double x, double sigma)\n{\n    if (sigma <= 0) throw new ArgumentOutOfRangeException(nameof(sigma));\n    if (x - x != 0) return 0;\n    return x * x / sigma;\n}");
            Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", diagnostic.Id);
            Assert.Equal("x - x != 0", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        }

        /// <summary>
        /// Was a false positive (fixed in the twentieth session): a test of constants alone is decided by IEEE as by algebra (no
        /// input reaches it), so dropping the check is exact; the loop-free route reported DIFF010 ("would not make the check where the method throws (an
        /// infinite or NaN input)", which cannot happen), while the program route keeps such a guard (ConstantDoubleLoop,
        /// TwoConstantsLoop above). A sanity check of a configuration constant is a common guard.
        /// </summary>
        [Theory]
        [InlineData("private const double Eps = 1e-3;\n[Differentiable] public static double F(double x)\n{\n    if (Eps <= 0) throw new InvalidOperationException(\"Eps\");\n    return x * x + Eps;\n}")]
        [InlineData("[Differentiable] public static double F(double x)\n{\n    const double Eps = 1e-3;\n    if (Eps <= 0) throw new InvalidOperationException(\"Eps\");\n    return x * x + Eps;\n}")]
        [InlineData("private const int N = 3;\n[Differentiable] public static double F(double x)\n{\n    if (N < 1) throw new InvalidOperationException(\"N\");\n    return x * x * N;\n}")]
        [InlineData("[Differentiable] public static double F(double x)\n{\n    if (3 < 2) throw new InvalidOperationException();\n    return x * x;\n}")]
        public void WronglyDeclined_ConstantTest_LoopFree(string members)
        {
            Assert.DoesNotContain(GeneratorHarness.Analyze(Source(members)), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            SameAsTheMethod(Build(Source(members)).Load().GetType("Review.C", throwOnError: true)!, new object[] { 2.0 });
        }

        /// <summary>
        /// The generator run over <paramref name="source"/>, requiring what RunAndCompile requires, except that the input may
        /// call FGradient (the wrapper FGrad does) before it is generated.
        /// </summary>
        private static GeneratorRun Build(string source)
        {
            Microsoft.CodeAnalysis.CSharp.CSharpCompilation input = GeneratorHarness.Compile(source);
            GeneratorHarness.AssertNoDiagnostics(input.GetDiagnostics().Where(d => !(d.Id == "CS0103" && d.GetMessage().Contains("'FGradient'", StringComparison.Ordinal))), "the test input");
            GeneratorRun run = GeneratorHarness.Run(input);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code");
            return run;
        }

        private static string Source(string members) => LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n";

        private static void AllSame(string members, params object[][] points)
        {
            Type type = Build(Source(members)).Load().GetType("Review.C", throwOnError: true)!;
            foreach (object[] point in points)
            {
                SameAsTheMethod(type, point);
            }
        }

        /// <summary>
        /// F, each FPartial*, FGradient (when it takes no span) and the wrapper FGrad at <paramref name="point"/>: where F throws,
        /// each must throw the same exception (type and parameter name); where F returns, none may throw, and the gradient's
        /// value must be F's.
        /// </summary>
        private static void SameAsTheMethod(Type type, object[] point)
        {
            object? target = type.GetMethods(All).First(m => m.Name == "F").IsStatic ? null : Activator.CreateInstance(type);
            (string Outcome, double Value) Run(MethodInfo m)
            {
                object?[] arguments = point.Select(a => a is Array array ? array.Clone() : a).Concat(m.GetParameters().Skip(point.Length).Select(p => p.IsOut ? null : (object?)Array.CreateInstance(p.ParameterType.GetElementType() ?? typeof(double), 2))).ToArray();
                try
                {
                    return ("returns", Convert.ToDouble(m.Invoke(m.IsStatic ? null : target, arguments), System.Globalization.CultureInfo.InvariantCulture));
                }
                catch (TargetInvocationException e)
                {
                    return (e.InnerException!.GetType().Name + (e.InnerException is ArgumentException a ? "(" + a.ParamName + ")" : ""), double.NaN);
                }
            }

            MethodInfo f = type.GetMethods(All).Single(m => m.Name == "F" && m.GetParameters().Length == point.Length);
            (string expected, double value) = Run(f);
            string where = "at (" + string.Join(", ", point.Select(a => a is Array array ? "[" + string.Join(", ", array.Cast<object>()) + "]" : Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture))) + ")";
            var members = type.GetMethods(All).Where(m => m.Name.StartsWith("FPartial", StringComparison.Ordinal) || m.Name == "FGrad"
                || (m.Name == "FGradient" && !m.GetParameters().Any(p => p.ParameterType.IsByRefLike || (p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike)))).ToList();
            Assert.NotEmpty(members);
            foreach (MethodInfo member in members)
            {
                (string outcome, double memberValue) = Run(member);
                Assert.True(outcome == expected, member.Name + " " + where + ": " + outcome + ", but F " + expected + (expected == "returns" ? " " + value : ""));
                if (expected == "returns" && member.Name is "FGradient" or "FGrad")
                {
                    Assert.True(
                        value.Equals(memberValue) || (double.IsFinite(value) && Math.Abs(value - memberValue) <= 1e-12 * Math.Max(1, Math.Abs(value))),
                        member.Name + " " + where + " returns the value " + memberValue + ", F returns " + value);
                }
            }
        }
    }
}
