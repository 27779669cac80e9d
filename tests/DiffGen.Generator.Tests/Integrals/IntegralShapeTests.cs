using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// Every kind of declaration [Integrable] accepts gets an MIntegral that compiles with zero diagnostics,
    /// and code calling it as the contract names it compiles too.
    /// </summary>
    public sealed class IntegralShapeTests
    {
        [Fact]
        public void TypesAndMembers_OfEveryKind()
        {
            const string source = @"
using System;
using System.Collections.Generic;
using DiffGen;

public static partial class GlobalNamespace
{
    [Integrable]
    public static double F(double x) => x;
}

namespace Shapes
{
    public partial class Generic<T>
    {
        public T? Tag;
        private readonly double scale = 2;

        [Integrable(""x"")]
        internal double Scaled(double x, T label, List<double> extra) => scale * x + extra.Count;
    }

    public partial record struct Point(double Weight)
    {
        [Integrable]
        public double Mass(double x) => Weight * x;
    }

    public readonly partial struct Frozen
    {
        private readonly double k;

        public Frozen(double k) => this.k = k;

        [Integrable]
        public double Decay(double t) => Math.Exp(-k * t);
    }

    public partial record Sampled(double Offset)
    {
        [Integrable(""t"")]
        protected internal double Shifted(double t, string? name, int[] counts, params double[] more) => t + Offset + counts.Length + more.Length;
    }

    public static partial class Outer
    {
        private static partial class Inner
        {
            [Integrable]
            private static double Hidden(double x) => x * x;
        }
    }

    public ref partial struct Stack
    {
        [Integrable]
        public static double Free(double x) => x;
    }

    public partial class Parts
    {
        [Integrable]
        public partial double Declared(double x);

        public partial double Declared(double x) => 3 * x;

        [Integrable]
        public static double @double(double @class, int @int) => @class * @int;
    }
}";
            const string callers = @"
using System.Collections.Generic;

namespace Shapes
{
    public static partial class Outer
    {
        public static double Use() => Inner.Use();

        private static partial class Inner
        {
            public static double Use() => HiddenIntegral(0, 1);
        }
    }

    public static class Callers
    {
        public static double All()
        {
            double sum = GlobalNamespace.FIntegral(0, 1);
            sum += new Generic<string>().ScaledIntegral(0, 1, ""label"", new List<double>(), out double error);
            sum += new Point(2).MassIntegral(0, 1);
            sum += new Frozen(1).DecayIntegral(0, double.PositiveInfinity);
            sum += Stack.FreeIntegral(0, 1);
            sum += new Parts().DeclaredIntegral(0, 1);
            sum += Parts.doubleIntegral(0, 1, 3);
            sum += Outer.Use();
            return sum + error;
        }
    }
}";
            Assert.NotNull(IntegralHarness.Load(source, callers));
        }

        [Fact]
        public void DifferentiableAndIntegrable_OnTheSameMethod_BothGeneratorsTogether()
        {
            const string source = @"
using System;
using DiffGen;

namespace Both
{
    public static partial class Curves
    {
        [Differentiable]
        [Integrable]
        public static double Bell(double x) => x * Math.Exp(-x * x);
    }
}";
            CSharpCompilation input = GeneratorHarness.Compile(source);
            GeneratorHarness.AssertNoDiagnostics(GeneratorHarness.Analyze(input), "the analyzers");
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new DifferentiableGenerator().AsSourceGenerator(), new IntegrableGenerator().AsSourceGenerator() },
                parseOptions: (CSharpParseOptions)input.SyntaxTrees.First().Options);
            driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            GeneratorHarness.AssertNoDiagnostics(diagnostics, "the generators");
            GeneratorHarness.AssertNoDiagnostics(output.GetDiagnostics(), "the generated code");
            var types = output.GetTypeByMetadataName("Both.Curves")!.GetMembers().Select(m => m.Name).ToList();
            Assert.Contains("BellPartialX", types);
            Assert.Contains("BellIntegral", types);
            Assert.Contains("BellAntiderivative", types);
        }
    }
}
