using System;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Branches are differentiated: <c>if</c>/<c>else if</c>/<c>else</c> (nested, with or without
    /// braces), early returns, <c>?:</c> between double or float values, and conditions made of
    /// comparisons of numbers joined by <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>&amp;</c>, <c>|</c>,
    /// held in bool locals or written inline. For each, the analyzer reports nothing and the
    /// generated code compiles with no diagnostic at all. Conditions are evaluated, never
    /// differentiated, so a piecewise function inside one raises no DIFF012. What branches still do
    /// not take is tested with its diagnostic: <c>switch</c> in <see cref="NotSupportedYetTests"/>
    /// (DIFF015), <c>is</c> patterns and other conditions, <c>?:</c> with a <c>throw</c> or between
    /// non-numbers in <see cref="UnsupportedConstructTests"/> (DIFF010), a condition used as a value
    /// in <see cref="CutsDerivativeTests"/> (DIFF013).
    /// </summary>
    public sealed class BranchesAreSupportedTests
    {
        private const string OneDouble = "double F(double x)";

        public static TheoryData<string, string, string> Supported => new TheoryData<string, string, string>
        {
            { "if without else, early return", OneDouble, "{\n if (x > 1) return x * x;\n return 2 * x - 1;\n }" },
            { "early returns between statements", OneDouble, "{\n if (x > 1) return x * x;\n double y = Math.Sin(x);\n if (y > 0.5) return y;\n return 2 * y;\n }" },
            { "if / else if / else, every path returning", OneDouble, "{\n if (x < -1)\n {\n return -x;\n }\n else if (x < 1)\n {\n return x * x;\n }\n else\n {\n return Math.Log(x) + 1;\n }\n }" },
            { "if / else if / else, assigning a local", OneDouble, "{\n double y;\n if (x < 0) y = 0;\n else if (x < 1) y = x * x;\n else y = 2 * x - 1;\n return y;\n }" },
            { "nested ifs without braces", "double F(double x, double y)", "{\n if (x > y)\n if (x > 0) return x * y;\n else return x - y;\n else if (y > 1)\n return y * y;\n return x;\n }" },
            { "return inside a nested block", OneDouble, "{\n double s = x * x;\n if (x > 0)\n {\n if (s > 4)\n {\n return s;\n }\n s += x;\n }\n return s * 2;\n }" },
            { "?: as the whole body", OneDouble, "=> x > 0 ? x : 0.01 * x;" },
            { "?: inside an expression", OneDouble, "=> 1.0 + (x > 0 ? Math.Exp(-x) : Math.Exp(x)) * x;" },
            { "nested ?:", OneDouble, "=> x < -1 ? -x : x > 1 ? x : 0.5 * (x * x + 1);" },
            { "?: in a float method", "float F(float x)", "=> x > 0 ? x : 0.5f * x;" },
            { "&&, || and ! in conditions", OneDouble, "{\n if (x > 0 && x < 1) return x * x;\n if (x < -2 || x > 2) return 0.5 * x;\n if (!(x >= 0)) return -x;\n return x;\n }" },
            { "& and | on bools", OneDouble, "{\n if ((x > 0) & (x < 1) | (x > 5)) return x * x;\n return x;\n }" },
            { "== and != in conditions", OneDouble, "=> x == 0 ? 1.0 : x != 1 ? Math.Sin(x) / x : x;" },
            { "bool local used as a condition", OneDouble, "{\n double r2 = x * x;\n bool small = r2 < 1e-12;\n if (small) return 1.0;\n return Math.Sin(x) / x;\n }" },
            { "bool locals combined and negated", OneDouble, "{\n bool inside = x > 0 && x < 1;\n bool outside = !inside;\n return outside ? x : x * x;\n }" },
            { "bool local assigned on each branch", OneDouble, "{\n bool b;\n if (x > 0) b = true; else b = false;\n return b ? x : -x;\n }" },
            { "bool local reassigned in a branch", OneDouble, "{\n bool b = true;\n if (x > 1) b = false;\n return b ? x : x * x;\n }" },
            { "bool local read after the value it tested changed", OneDouble, "{\n bool positive = x > 0;\n x = -x;\n return positive ? x * x : x;\n }" },
            { "comparisons kept in bool locals, never read", OneDouble, "{\n bool positive = x > 0;\n var zero = x == 0;\n bool inside = (x > 0) & (x < 1);\n return x;\n }" },
            { "local assigned differently on each branch, used after", OneDouble, "{\n double y = x;\n if (x > 0) y = 2 * x;\n else y = Math.Sin(x);\n return y * y;\n }" },
            { "local changed on one branch only", OneDouble, "{\n double y = x * x;\n if (x > 1)\n {\n y += x;\n y *= 2;\n }\n return y;\n }" },
            { "local declared inside a branch", OneDouble, "{\n if (x > 0)\n {\n double t = x * x;\n return t;\n }\n return x;\n }" },
            { "parameter reassigned in a branch", OneDouble, "{\n if (x < 0) x = -x;\n return Math.Sqrt(x + 1);\n }" },
            { "int parameter compared in a condition", "double F(double x, int n)", "{\n if (n > 2 && x < n) return x * n;\n if (n == 0) return x;\n return -x;\n }" },
            { "Math.Floor inside a condition", OneDouble, "{\n if (Math.Floor(x) > 1) return x * x;\n return x;\n }" },
            { "Math.Truncate inside a condition", OneDouble, "=> Math.Truncate(x) >= 2 ? x * x : x;" },
            { "piecewise functions inside ?: conditions", OneDouble, "=> x % 2.0 > 1 || Math.Sign(x) < 0 ? 2 * x : x;" },
            { "Gradient.Stop inside a branch", OneDouble, "{\n if (x > 2) x = Gradient.Stop(x * x);\n return x * 3;\n }" },
            { "Gradient.Stop around a piecewise function in a branch", OneDouble, "{\n if (x > 0) return Gradient.Stop(Math.Floor(x)) + x;\n return x;\n }" },
        };

        [Theory]
        [MemberData(nameof(Supported))]
        public void Branch_IsDifferentiated_AndTheOutputCompiles(string name, string signature, string body)
        {
            string source = Alone(signature, body);
            GeneratorHarness.AssertNoDiagnostics(GeneratorHarness.Analyze(source), "the analyzer (" + name + ")");

            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            Assert.Equal(new[] { HintName(signature) }, run.Sources.Select(s => s.HintName.WithoutHash()).ToArray());
            string generated = run.SourceFor("F");
            Assert.Contains("FPartialX(", generated, StringComparison.Ordinal);
            Assert.Contains("FGradient(", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void PiecewiseFunction_InACondition_IsEvaluatedInTheGeneratedCode()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Alone(OneDouble, "{\n if (Math.Floor(x) > 1) return x * x;\n return x;\n }"));
            string generated = run.SourceFor("F");

            // The condition is kept as written (evaluated at run time), not differentiated.
            Assert.Contains("global::System.Math.Floor(x) > 1", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void PiecewiseFunction_InABranchValue_StillWarns_ButNotInTheCondition()
        {
            ImmutableArray<Diagnostic> diagnostics = AssertReportedAndGenerated(
                Alone(OneDouble, "{\n if (Math.Floor(x) > 1) return {|DIFF012:Math.Ceiling(x)|} * x;\n return x;\n }"),
                "Tests.C.F(double).g.cs");
            Assert.StartsWith("'System.Math.Ceiling' is piecewise constant", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void RemainderInABranchValue_StillWarns_ButNotInTheCondition()
        {
            AssertReportedAndGenerated(Alone(OneDouble, "=> x % 3.0 > 1 ? {|DIFF012:x % 2.0|} : x;"), "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void ProblemsInsideBranches_AreReportedWhereTheyStand()
        {
            // Every branch is read, taken or not: what it contains is reported as anywhere else.
            DiagnosticAssert.AnalyzerReportsExactly(Method(
                "{\n if (x > 0)\n {\n return {|DIFF011:Helper(x)|};\n }\n else if (x < -1)\n {\n {|DIFF014:last|} = x;\n }\n double y = x < 1 ? x switch { > 0 => x, _ => -x } : {|DIFF010:Scale|};\n return y * x;\n }"));
        }

        [Fact]
        public void ProblemsInsideConditions_AreReportedWhereTheyStand()
        {
            // A condition is not differentiated, but it still has to be read: calls and properties DiffGen cannot see are reported.
            DiagnosticAssert.AnalyzerReportsExactly(Method(
                "{\n if ({|DIFF011:Helper(x)|} > 0 && {|DIFF010:Scale|} < x) return x;\n bool fresh = {|DIFF014:Random.Shared.NextDouble()|} < 0.5;\n return fresh ? x : -x;\n }"));
        }

        /// <summary>The generated file's name for <c>F</c> with <paramref name="signature"/>: <c>double F(double x, int n)</c> gives <c>Tests.C.F(double,int).g.cs</c>.</summary>
        private static string HintName(string signature)
        {
            string parameters = signature.Substring(signature.IndexOf('(') + 1).TrimEnd(')');
            return "Tests.C.F(" + string.Join(",", parameters.Split(',').Select(p => p.Trim().Split(' ')[0])) + ").g.cs";
        }
    }
}
