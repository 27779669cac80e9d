using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// The same construct draws the same diagnostics at the same place whichever route its method takes (issue 11):
    /// each construct stands once in a loop-free method and once in the same method with a <c>for</c> loop after it,
    /// so its text sits at the same offset in both sources and the diagnostics compare by id and span.
    /// </summary>
    public class RouteParityTests
    {
        private const string Members = @"
using System;
using System.Linq;
using DiffGen;

public sealed class Layer
{
    public double Scale(double u) => 2 * u;
}

public partial class Helper
{
    [Differentiable]
    public double Sq(double u) => u * u;
}

public static class Outside
{
    public static double Cube(double u) => u * u * u;

    public static double Twice(ref double u) => 2 * u;

    public static double Generic<T>(double u) => u;
}

public partial class Model
{
    private readonly Helper helper = new Helper();
    private readonly Helper other = new Helper();
    private readonly Layer layer = new Layer();
    private static readonly Helper Shared = new Helper();
    private readonly Func<double, double> square = v => v * v;

    [Differentiable]
    public static double Sq(double u) => u * u;

    [Differentiable]
    public double Own(double u) => u * u;

    [Differentiable(""u"")]
    public static double OnlyU(double u, double c) => u * c;

    [Differentiable]
    public static float Narrow(float u) => u * u;

    public static double Plain(double u) => u + 1;

    public static double Custom(double u) => u * u * u;

    [DerivativeOf(nameof(Custom))]
    public static double CustomDerivative(double u, out double dU)
    {
        dU = 3 * u * u;
        return u * u * u;
    }

    [Differentiable]
    public static double Scaled(double u, int n, bool flag) => flag ? u * n : u;

    [Differentiable]
    public static double Rec(double u, int n)
    {
        double r = n <= 0 ? u : Rec(u, n - 1) * u;
        return r;
    }

    public double F(double x, Helper other, Layer layer, double[] data)
    {
        return 0;
    }

    [Differentiable(""x"")]
    public double Method(double x, int k)
    {
        double r = ";

        private const string LoopFree = @";
        return r;
    }
}
";

        private const string WithLoop = @";
        double s = 0;
        for (int i = 0; i < k; i++)
        {
            s += x;
        }

        return r + s;
    }
}
";

        /// <summary>Right-hand sides of <c>double r = ...;</c>: supported and unsupported, calls first.</summary>
        public static TheoryData<string> Constructs => new TheoryData<string>
        {
            "Sq(x)",
            "Own(x)",
            "this.Own(x)",
            "helper.Sq(x)",
            "Shared.Sq(x)",
            "other.Sq(x)",
            "new Helper().Sq(x)",
            "layer.Scale(x)",
            "Plain(x)",
            "Outside.Cube(x)",
            "Custom(x)",
            "Sq(Custom(x))",
            "Rec(x, 3)",
            "Scaled(x, 2, true)",
            "Scaled(x, k, false)",
            "helper.Sq(x) + other.Sq(x)",
            "k.CompareTo(2) * x",
            "OnlyU(x, x)",
            "OnlyU(x, 2)",
            "Narrow((float)x)",
            "Outside.Twice(ref x)",
            "Outside.Generic<int>(x)",
            "Sq(Math.Round(x, 2))",
            "Sq(Plain(x))",
            "Plain(Math.Round(x, 2))",
            "Sq(Math.Clamp(x, 0, 1))",
            "Math.Round(x)",
            "Math.Round(x, 2)",
            "Math.Exp(Sq(x))",
            "Gradient.Stop(Plain(x))",
            "new[] { x, 2 * x }.Sum()",
            "Enumerable.Range(0, 3).Select(i => i * x).Sum()",
            "square(x)",
            "((Func<double, double>)(v => v * v))(x)",
            "new Random(1).NextDouble() * x",
            "double.Parse(\"2\") * x",
            "Environment.TickCount * x",
            "Math.Abs(x) + Math.Max(x, 1)",
            "F(x, other, layer, null) + x",
            "x.ToString().Length * x",
        };

        [Theory]
        [MemberData(nameof(Constructs))]
        public void A_construct_draws_the_same_diagnostics_on_both_routes(string construct)
        {
            string loopFree = Members + construct + LoopFree;
            string withLoop = Members + construct + WithLoop;
            var expectedInput = GeneratorHarness.Compile(loopFree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(expectedInput.Count == 0, "the test input does not compile: " + string.Join("\n", expectedInput));

            int signature = loopFree.IndexOf("public double Method(", System.StringComparison.Ordinal);
            Assert.DoesNotContain(GeneratorHarness.Analyze(loopFree), d => d.Location.SourceSpan.Start >= signature && d.Location.SourceSpan.Start < signature + 60);
            string scalar = Describe(GeneratorHarness.Analyze(loopFree), loopFree);
            string program = Describe(GeneratorHarness.Analyze(withLoop), withLoop);
            Assert.True(scalar == program, "construct: " + construct + "\nloop-free:\n" + scalar + "\nwith a loop:\n" + program);
        }

        [Fact]
        public void A_method_with_a_loop_calls_methods_of_fields_as_a_loop_free_one_does()
        {
            // The receivers the scalar route accepted are now accepted with loops too: the generated code compiles.
            GeneratorRun run = GeneratorHarness.RunAndCompile(@"
using DiffGen;

public partial class Helper
{
    [Differentiable]
    public double Sq(double u) => u * u;
}

public partial class Model
{
    private readonly Helper helper = new Helper();
    private static readonly Helper Shared = new Helper();

    [Differentiable]
    public double Sum(double x, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += helper.Sq(x) + Shared.Sq(x);
        }

        return s;
    }
}
");
            string generated = run.SourceFor("Sum");
            Assert.Contains("this.helper.SqGradient(", generated, System.StringComparison.Ordinal);
            Assert.Contains("global::Model.Shared.SqGradient(", generated, System.StringComparison.Ordinal);
        }

        /// <summary>The diagnostics in the construct's method, before the loop: id, the text they underline and their message.</summary>
        private static string Describe(ImmutableArray<Diagnostic> diagnostics, string source)
        {
            int methodStart = source.IndexOf("public double Method(", System.StringComparison.Ordinal);
            int loopStart = source.IndexOf("        return r", methodStart, System.StringComparison.Ordinal);
            int forStart = source.IndexOf("        double s = 0;", methodStart, System.StringComparison.Ordinal);
            int end = forStart >= 0 ? forStart : loopStart;
            IEnumerable<string> lines = diagnostics
                .Where(d => d.Id.StartsWith("DIFF", System.StringComparison.Ordinal) || d.Id == "AD0001")
                .Where(d => d.Location.SourceSpan.Start >= methodStart && d.Location.SourceSpan.Start < end)
                .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal)
                .Select(d => d.Id + " at " + d.Location.SourceSpan + " '" + source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length) + "': " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            return string.Join("\n", lines);
        }
    }
}
