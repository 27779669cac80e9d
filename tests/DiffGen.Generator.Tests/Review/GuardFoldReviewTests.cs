using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-first session's adversarial review of the fold check in DecidedGuards (a guard comparison that algebra folds a
    /// floating-point input out of is DIFF010, on the loop-free route and the program route): shapes the check must reach
    /// (locals, bool locals, nesting, Math calls, fields, floats, patterns, elements, returning guard clauses), ordinary guards
    /// it must leave alone (each member then throwing exactly where the method throws), and, skipped as BUG, tests the check
    /// misses although the generated members make a different check than the method (each verified by running both).
    /// Each case is a method F: parameters, the statements before the work (the guard), and the returned value; a method whose
    /// first parameter is <c>double[] w</c> (or <c>float[] w</c>) gets a loop <c>s += w[i] * x</c> and takes the program route.
    /// </summary>
    public sealed class GuardFoldReviewTests
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

        private const string Throw = " throw new ArgumentException(\"bad\");";

        /// <summary>Every comparison here folds a floating-point input out (x·0, x − x, n/n in double); each must be DIFF010 at the test.</summary>
        [Theory]
        [InlineData("double x, double sigma", "double t = x * 0 + sigma;\n    if (!(t > 0))" + Throw, "x * x / sigma", "!(t > 0)")]
        [InlineData("double x, double sigma", "bool ok = x * 0 + sigma > 0;\n    if (!ok)" + Throw, "x * x / sigma", "!ok")]
        [InlineData("double x, double sigma, double y", "if (y < 0 || !(x * 0 + sigma > 0 && y < 10))" + Throw, "x * y / sigma", "y < 0 || !(x * 0 + sigma > 0 && y < 10)")]
        [InlineData("double x, double sigma", "if (!(Math.Sin(x) * 0 + sigma > 0))" + Throw, "x * x / sigma", "!(Math.Sin(x) * 0 + sigma > 0)")]
        [InlineData("double x, double sigma", "if (!((sigma > 1 ? x * 0 : 0) + sigma > 0))" + Throw, "x * x / sigma", "!((sigma > 1 ? x * 0 : 0) + sigma > 0)")]
        [InlineData("double x, double sigma", "if (x * 0 + sigma is <= 0)" + Throw, "x * x / sigma", "x * 0 + sigma is <= 0")]
        [InlineData("double x, double sigma", "if (!(Scale * 0 + sigma > 0))" + Throw, "x * x / sigma * Scale", "!(Scale * 0 + sigma > 0)", "public static double Scale = 2;")]
        [InlineData("float x, float sigma", "if (!(x * 0f + sigma > 0f))" + Throw, "x * x / sigma", "!(x * 0f + sigma > 0f)")]
        [InlineData("double total, int n", "if (total / n * n > 100)" + Throw, "total * total", "total / n * n > 100")]
        [InlineData("double[] w, double x, double sigma", "double t = x * 0;\n    if (t + sigma <= 0)" + Throw, "s * sigma", "t + sigma <= 0")]
        [InlineData("double[] w, double x, double sigma", "double t = x * 0 + sigma;\n    if (!(t > 0))" + Throw, "s * t", "!(t > 0)")]
        [InlineData("double[] w, double x, double sigma", "bool ok = x * 0 + sigma > 0;\n    if (!ok)" + Throw, "s * sigma", "!ok")]
        [InlineData("double[] w, double x, double sigma", "if (!(w[0] * 0 + sigma > 0))" + Throw, "s * sigma", "!(w[0] * 0 + sigma > 0)")]
        [InlineData("double[] w, double x, double sigma", "if (x * 0 + sigma <= 0) return 0;", "s * sigma", "x * 0 + sigma <= 0")]
        [InlineData("double[] w, double x, double sigma", "if (x * 0 + sigma is <= 0 or > 100)" + Throw, "s * sigma", "x * 0 + sigma is <= 0 or > 100")]
        [InlineData("double[] w, double x, double sigma", "if (!(Scale * 0 + sigma > 0))" + Throw, "s * sigma * Scale", "!(Scale * 0 + sigma > 0)", "public static double Scale = 2;")]
        [InlineData("float[] w, float x, float sigma", "if (!(x * 0f + sigma > 0f))" + Throw, "s * sigma", "!(x * 0f + sigma > 0f)")]
        public void FoldedInput_IsDIFF010AtTheTest(string parameters, string guard, string value, string test, string extra = "")
        {
            string source = Source(Method(parameters, guard, value, extra));
            Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", diagnostic.Id);
            Assert.Equal(test, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
            Assert.StartsWith("The condition '" + test + "' cannot be differentiated here: DiffGen reads it as algebra on real numbers", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.DoesNotContain(GeneratorHarness.Run(GeneratorHarness.Compile(source)).Sources, g => g.HintName.Contains(".F(", StringComparison.Ordinal));
        }

        /// <summary>
        /// Guards people write (no input folds out, or a local's value is reorganized but every input survives): no DIFF diagnostic,
        /// the generated code compiles cleanly, and at finite, infinite and NaN points each member throws where F throws.
        /// </summary>
        [Theory]
        [InlineData("double x, double sigma", "if (sigma <= 0)" + Throw, "x * x / sigma", "1,1|1,0|inf,1|nan,1")]
        [InlineData("double x, double lo, double hi", "if (lo > hi)" + Throw, "x * (hi - lo)", "1,0,1|1,1,0|1,inf,inf|1,nan,1")]
        [InlineData("double x", "if (Math.Abs(x) > 1e6)" + Throw, "x * x", "1|1e7|inf|nan")]
        [InlineData("double x, double rate, int n, double limit", "if (rate * n > limit)" + Throw, "x * rate * n", "1,2,3i,5|1,2,3i,7|1,inf,0i,1")]
        [InlineData("double x, double tol", "if (tol <= 0 || tol >= 1)" + Throw, "x * x * tol", "1,0.5|1,1|1,nan")]
        [InlineData("double x, double lo, double hi", "double range = hi - lo;\n    if (range <= 0)" + Throw, "x * range", "1,0,1|1,1,0|1,inf,inf")]
        [InlineData("double x, double mu, double sigma", "double z = (x - mu) / sigma;\n    if (Math.Abs(z) > 10)" + Throw, "z * z", "1,0,1|100,0,1|inf,inf,1|1,0,0")]
        [InlineData("double x, double mu, double sigma", "if (x - mu > 3 * sigma)" + Throw, "x * mu * sigma", "1,0,1|10,0,1|inf,inf,1")]
        [InlineData("double m, double s2", "double v = s2 - m * m;\n    if (v < 0)" + Throw, "Math.Sqrt(v)", "1,2|1,0|inf,inf")]
        [InlineData("double x, double sigma", "double offset = 0;\n    if (sigma + offset <= 0)" + Throw, "x * sigma", "1,1|1,-1|1,nan")]
        [InlineData("double x, double y, double sigma", "if (sigma <= 0)" + Throw + "\n    if (Math.Abs(x - y) > 10 * sigma)" + Throw, "(x - y) / sigma", "1,1,1|100,0,1|1,1,0|inf,0,1")]
        [InlineData("double x, double scale", "double s = 2 * scale;\n    if (s <= 0)" + Throw, "x * s", "1,1|1,0")]
        [InlineData("float x, float sigma", "if (sigma <= 0f)" + Throw + "\n    if (MathF.Abs(x) > 1e6f)" + Throw, "x * x / sigma", "1,1|inf,1|1,-1|nan,1")]
        [InlineData("double[] x, double[] y, double sigma", "if (x.Length != y.Length)" + Throw + "\n    if (sigma <= 0)" + Throw + "\n    double s = 0;\n    for (int i = 0; i < x.Length; i++) { double d = x[i] - y[i]; s += d * d; }", "s / sigma", "[1 2],[2 3],1|[1 2],[2 3 4],1|[1 2],[2 3],0")]
        [InlineData("double[] w, double x, double lo, double hi", "double range = hi - lo;\n    double c = (lo + hi) / 2;\n    if (c > 10 || range <= 0)" + Throw, "s * c * range", "[1 2],1,0,1|[1 2],1,1,0|[1 2],1,30,40")]
        [InlineData("double[] w, double x, double mu, double sigma", "double z = (x - mu) / sigma;\n    if (Math.Abs(z) > 10)" + Throw, "s * z", "[1 2],1,0,1|[1 2],100,0,1|[1 2],inf,inf,1")]
        [InlineData("double[] w, double x, double lo", "double d = lo - 1;\n    if (d + 1 > 5)" + Throw, "s * lo", "[1 2],1,0|[1 2],1,10")]
        [InlineData("double[] w, double x, double tol", "if (tol <= 0 || tol >= 1)" + Throw, "s * tol", "[1 2],1,0.5|[1 2],1,1|[1 2],1,nan")]
        [InlineData("double[] w, double x, double rate, int n, double limit", "if (rate * n > limit)" + Throw, "s * rate * n", "[1 2],1,2,3i,5|[1 2],1,2,3i,7")]
        [InlineData("double[] w, double x, double rate, double limit", "int n = w.Length;\n    if (rate * n > limit)" + Throw, "s * rate", "[1 2],1,1,5|[1 2],1,3,5")]
        [InlineData("double[] w, double x, double lo, double hi", "double range = hi - lo;\n    if (range <= 0) return 0;", "s * range", "[1 2],1,0,1|[1 2],1,1,0")]
        [InlineData("double[] w, double x, double sigma", "if (w.Length == 0 || sigma <= 0) return 0;", "s / sigma", "[1 2],1,1|[],1,1|[1 2],1,0")]
        [InlineData("double[] w, double x, double sigma", "double offset = 0;\n    if (sigma + offset <= 0)" + Throw, "s * sigma", "[1 2],1,1|[1 2],1,-1")]
        [InlineData("double[] w, double x, double sigma", "if (w[0] > sigma)" + Throw, "s * sigma", "[1 2],1,5|[1 2],1,0.5|[nan 1],1,1")]
        [InlineData("float[] w, float x, float sigma", "if (sigma <= 0f)" + Throw, "s / sigma", "[1 2],1,1|[1 2],1,0|[1 2],inf,1")]
        public void OrdinaryGuard_IsKept_AndMembersThrowWhereTheMethodDoes(string parameters, string guard, string value, string points)
        {
            string source = Source(Method(parameters, guard, value));
            Assert.DoesNotContain(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            AllSame(source, Points(parameters, points));
        }

        // ---------------------------------------------------------------------------------------------------------------
        // Missed: the members make a different check than the method, and no DIFF010. Each asserts the right behaviour:
        // DIFF010 at the test, or members that throw (and return the value) exactly where the method does.
        // ---------------------------------------------------------------------------------------------------------------

        /// <summary>
        /// Was a bug (fixed in the twenty-second session; now DIFF010, <c>Cancellation</c>), loop-free route: the check asked
        /// only whether an input vanishes from the folded comparison, not whether a term that could be NaN vanished; where the
        /// input is still read elsewhere, nothing was reported. 2·x − x &gt; 10 is
        /// printed x &gt; 10 (at x = +∞ F returns +∞: ∞ − ∞ is NaN; every member throws); x / x · x &gt;= 0 is printed x &gt;= 0
        /// (at the finite x = 0 F returns 0, 0/0 is NaN; every member throws); Math.Exp(x · 0) · x &gt; 10 is printed
        /// Math.Exp(0) · x &gt; 10; !(x · y / y + y &gt; 0) is printed !(x + y &gt; 0) (at x = 1, y = 0 F throws, members return).
        /// </summary>
        [Fact]
        public void Missed_CancelledTermOfAnInputReadElsewhere_LoopFree()
        {
            ReportedOrSame("double x", "if (2 * x - x > 10)" + Throw, "x * x", "2 * x - x > 10", "inf");
            ReportedOrSame("double x", "if (x / x * x >= 0)" + Throw, "x * x", "x / x * x >= 0", "0");
            ReportedOrSame("double x", "if (Math.Exp(x * 0) * x > 10)" + Throw, "x * x", "Math.Exp(x * 0) * x > 10", "inf");
            ReportedOrSame("double x, double y", "if (!(x * y / y + y > 0))" + Throw, "x * x + y", "!(x * y / y + y > 0)", "1,0");
        }

        /// <summary>Was a bug (fixed in the twenty-second session; now DIFF010), program route: the same, throwing and returning: 2·x − x &gt; 10 printed x &gt; 10; x · y / y + y printed x + y.</summary>
        [Fact]
        public void Missed_CancelledTermOfAnInputReadElsewhere_Loop()
        {
            ReportedOrSame("double[] w, double x", "if (2 * x - x > 10)" + Throw, "s", "2 * x - x > 10", "[1 2],inf");
            ReportedOrSame("double[] w, double x", "if (2 * x - x > 10) return 0;", "s", "2 * x - x > 10", "[1 2],inf");
            ReportedOrSame("double[] w, double x, double y", "if (!(x * y / y + y > 0))" + Throw, "s * y", "!(x * y / y + y > 0)", "[1 2],1,0");
        }

        /// <summary>
        /// Was a bug (fixed in the twenty-first session; now DIFF010) on both routes: a comparison inside a ?: in the guard's test was never examined, neither for folding an input out nor
        /// for being decided. (x·0 + σ &gt; 0 ? x : −1) &lt;= 0 is printed (σ &gt; 0 ? x : −1) &lt;= 0, and (x − x != 0 ? −1 : x) &lt;= 0
        /// is printed x &lt;= 0: at x = +∞ F throws (it picks −1), every member returns.
        /// </summary>
        [Fact]
        public void Missed_ComparisonInsideAConditional()
        {
            ReportedOrSame("double x, double sigma", "if ((x * 0 + sigma > 0 ? x : -1.0) <= 0)" + Throw, "x * x / sigma", "(x * 0 + sigma > 0 ? x : -1.0) <= 0", "inf,1");
            ReportedOrSame("double[] w, double x, double sigma", "if ((x * 0 + sigma > 0 ? x : -1.0) <= 0)" + Throw, "s * sigma", "(x * 0 + sigma > 0 ? x : -1.0) <= 0", "[1 2],inf,1");
            ReportedOrSame("double[] w, double x", "if ((x - x != 0 ? -1.0 : x) <= 0)" + Throw, "s", "(x - x != 0 ? -1.0 : x) <= 0", "[1 2],inf");
        }

        /// <summary>
        /// Was a bug (fixed in the twenty-first session; now DIFF010), program route only: FloatingReads did not look into a ?: (Choice), so an input
        /// read only in an arm is not seen: !((y &gt; 0 ? x·0 : 0) + σ &gt; 0) is printed !(σ &gt; 0). At x = +∞, y = σ = 1 F throws and
        /// the members return; as a returning clause, at x = +∞, y = 1, σ = −1 F returns −∞ and FGrad returns 0.
        /// </summary>
        [Fact]
        public void Missed_InputReadOnlyInAConditionalArm_Loop()
        {
            ReportedOrSame("double[] w, double x, double y, double sigma", "if (!((y > 0 ? x * 0 : 0) + sigma > 0))" + Throw, "s * sigma * y", "!((y > 0 ? x * 0 : 0) + sigma > 0)", "[1 2],inf,1,1");
            ReportedOrSame("double[] w, double x, double y, double sigma", "if ((y > 0 ? x * 0 : 0) + sigma <= 0) return 0;", "s * sigma * y", "(y > 0 ? x * 0 : 0) + sigma <= 0", "[1 2],inf,1,-1");
        }

        /// <summary>
        /// Was a bug (fixed in the twenty-first session; now DIFF010), program route only: an integer divides in double
        /// arithmetic, where n / n is NaN at n = 0, but integer reads are skipped as exact. total / n · n &gt; 100 is printed
        /// total &gt; 100: at the finite n = 0, total = 200 F returns 600 (200/0·0 is NaN) and every member throws; σ · n / n &gt; 10
        /// as a returning clause is printed σ &gt; 10 (n = 0, σ = 20: F returns 60, FGrad returns 0).
        /// </summary>
        [Fact]
        public void Missed_IntegerDivisorInDouble_Loop()
        {
            ReportedOrSame("double[] w, double x, double total, int n", "if (total / n * n > 100)" + Throw, "s * total", "total / n * n > 100", "[1 2],1,200,0i");
            ReportedOrSame("double[] w, double x, double sigma, int n", "if (sigma * n / n > 10) return 0;", "s * sigma", "sigma * n / n > 10", "[1 2],1,20,0i");
        }

        /// <summary>
        /// Was a bug (loop-free route; the same root as GuardDecisionReviewTests.Missed_DecidedReturningGuard_LoopFree: a returning
        /// if is a branch there, not a guard clause): x·0 + σ &lt;= 0 was printed σ &lt;= 0, so at x = +∞, σ = −1 F returned −∞ (NaN
        /// &lt;= 0 is false) and FGradient 0. Since the twenty-third session a branch's test is checked as a guard's: DIFF010.
        /// </summary>
        [Fact]
        public void Missed_FoldedReturningBranch_LoopFree() =>
            ReportedOrSame("double x, double sigma", "if (sigma == 0)" + Throw + "\n    if (x * 0 + sigma <= 0) return 0;", "x * x / sigma", "x * 0 + sigma <= 0", "inf,-1");

        // ---------------------------------------------------------------------------------------------------------------

        private static string Source(string members) => LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n";

        /// <summary>F (and for array parameters a wrapper FGrad calling FGradient with arrays for its spans and discarded outs).</summary>
        private static string Method(string parameters, string guard, string value, string extra = "")
        {
            string type = parameters.StartsWith("float", StringComparison.Ordinal) ? "float" : "double";
            string[] each = parameters.Split(", ");
            string loop = parameters.StartsWith(type + "[] w", StringComparison.Ordinal) ? "    " + type + " s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * x;\n" : "";
            string method = extra + "\n[Differentiable] public static " + type + " F(" + parameters + ")\n{\n    " + guard + "\n" + loop + "    return " + value + ";\n}\n";
            if (!parameters.Contains("[]", StringComparison.Ordinal))
            {
                return method;
            }

            var outputs = each.Where(p => !p.StartsWith("int", StringComparison.Ordinal)).Select(p => p.Contains("[]", StringComparison.Ordinal) ? "new " + type + "[" + p.Split(' ')[1] + ".Length]" : "out _");
            return method + "public static " + type + " FGrad(" + parameters + ") => FGradient(" + string.Join(", ", each.Select(p => p.Split(' ')[1]).Concat(outputs)) + ");";
        }

        /// <summary>Points "a,b|c,d": inf, nan, 3i (int), [1 2] (an array), of the method's floating type.</summary>
        private static object[][] Points(string parameters, string points)
        {
            bool single = parameters.StartsWith("float", StringComparison.Ordinal);
            double D(string a) => a switch { "inf" => double.PositiveInfinity, "nan" => double.NaN, _ => double.Parse(a, CultureInfo.InvariantCulture) };
            object Parse(string a)
            {
                if (a.StartsWith('['))
                {
                    double[] items = a.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(D).ToArray();
                    return single ? items.Select(v => (float)v).ToArray() : items;
                }

                return a.EndsWith('i') ? int.Parse(a.TrimEnd('i'), CultureInfo.InvariantCulture) : single ? (object)(float)D(a) : D(a);
            }

            return points.Split('|').Select(p => p.Split(',').Select(Parse).ToArray()).ToArray();
        }

        /// <summary>The right behaviour for a guard the review found missed: DIFF010 at the test (and no code for F), or members that agree with F.</summary>
        private static void ReportedOrSame(string parameters, string guard, string value, string test, string points)
        {
            string source = Source(Method(parameters, guard, value));
            bool reported = GeneratorHarness.Analyze(source).Any(d => d.Id == "DIFF010" && d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan) == test);
            if (!reported)
            {
                AllSame(source, Points(parameters, points));
            }
        }

        private static void AllSame(string source, object[][] points)
        {
            Microsoft.CodeAnalysis.CSharp.CSharpCompilation input = GeneratorHarness.Compile(source);
            GeneratorHarness.AssertNoDiagnostics(input.GetDiagnostics().Where(d => !(d.Id == "CS0103" && d.GetMessage().Contains("'FGradient'", StringComparison.Ordinal))), "the test input");
            GeneratorRun run = GeneratorHarness.Run(input);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code");
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            foreach (object[] point in points)
            {
                SameAsTheMethod(type, point);
            }
        }

        /// <summary>
        /// F, each FPartial*, FGradient (when it takes no span) and the wrapper FGrad at <paramref name="point"/>: where F throws,
        /// each must throw the same exception; where F returns, none may throw, and the gradient's value must be F's (an
        /// infinite value exactly: |∞ − 0| &lt;= tolerance · ∞ would pass).
        /// </summary>
        private static void SameAsTheMethod(Type type, object[] point)
        {
            (string Outcome, double Value) Run(MethodInfo m)
            {
                object?[] arguments = point.Select(a => a is Array array ? array.Clone() : a).Concat(m.GetParameters().Skip(point.Length).Select(p => (object?)null)).ToArray();
                try
                {
                    return ("returns", Convert.ToDouble(m.Invoke(null, arguments), CultureInfo.InvariantCulture));
                }
                catch (TargetInvocationException e)
                {
                    return (e.InnerException!.GetType().Name, double.NaN);
                }
            }

            (string expected, double value) = Run(type.GetMethods(All).Single(m => m.Name == "F"));
            string where = "at (" + string.Join(", ", point.Select(a => a is Array array ? "[" + string.Join(" ", array.Cast<object>()) + "]" : Convert.ToString(a, CultureInfo.InvariantCulture))) + ")";
            var members = type.GetMethods(All).Where(m => m.Name.StartsWith("FPartial", StringComparison.Ordinal) || m.Name == "FGrad"
                || (m.Name == "FGradient" && !m.GetParameters().Any(p => p.ParameterType.IsByRefLike || (p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike)))).ToList();
            Assert.NotEmpty(members);
            foreach (MethodInfo member in members)
            {
                (string outcome, double memberValue) = Run(member);
                Assert.True(outcome == expected, member.Name + " " + where + ": " + outcome + ", but F " + expected + (expected == "returns" ? " " + value : ""));
                if (expected == "returns" && member.Name is "FGradient" or "FGrad")
                {
                    Assert.True(value.Equals(memberValue) || (double.IsFinite(value) && Math.Abs(value - memberValue) <= 1e-6 * Math.Max(1, Math.Abs(value))), member.Name + " " + where + " returns " + memberValue + ", F returns " + value);
                }
            }
        }
    }
}
