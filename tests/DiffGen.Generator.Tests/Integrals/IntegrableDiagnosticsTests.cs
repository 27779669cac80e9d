using System;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Diagnostics;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// What keeps an [Integrable] method from getting MIntegral: each diagnostic at the exact span marked
    /// <c>{|ID:...|}</c>, with its message, and no generated output for the method (never broken code).
    /// </summary>
    public sealed class IntegrableDiagnosticsTests
    {
        private const string Header = "using System;\nusing DiffGen;\n\nnamespace Tests\n{\n";

        private static string InClass(string members) => Header + "    public partial class C\n    {\n" + members + "\n    }\n}\n";

        // ---- DIFF001: the containing type must be partial (shared with [Differentiable]) ----------------

        [Fact]
        public void DIFF001_NonPartialClass()
        {
            string markup = Header + @"
    public class {|DIFF001:C|}
    {
        [Integrable]
        public static double F(double x) => x * x;
    }
}";
            Assert.Equal("'C' must be declared partial so DiffGen can add the integral of 'F' to it", Reported(markup, "DIFF001"));
        }

        [Fact]
        public void DIFF001_NonPartialOuterType()
        {
            Reported(Header + @"
    public static class {|DIFF001:Outer|}
    {
        public static partial class Inner
        {
            [Integrable]
            public static double F(double x) => x * x;
        }
    }
}", "DIFF001");
        }

        // ---- DIFF030: the named variable ---------------------------------------------------------------

        [Fact]
        public void DIFF030_NameIsNotAParameter()
        {
            Assert.Equal(
                "'z' cannot be the variable of integration of 'F': it is not a parameter of the method; name one of its parameters: x, k",
                Reported(InClass(@"
        [Integrable({|DIFF030:""z""|})]
        public static double F(double x, double k) => k * x;"), "DIFF030"));
        }

        [Fact]
        public void DIFF030_NamesAnIntegerParameter()
        {
            Assert.Equal(
                "'n' cannot be the variable of integration of 'F': it has type 'int', and only a double or float parameter can vary continuously; integrate over a double or float parameter (the others are passed to the method as constants)",
                Reported(InClass(@"
        [Integrable({|DIFF030:""n""|})]
        public static double F(double x, int n) => n * x;"), "DIFF030"));
        }

        [Fact]
        public void DIFF030_NameInAnExplicitArray()
        {
            Reported(InClass(@"
        [Integrable(new[] { ""x"", {|DIFF030:""label""|} })]
        public static double F(double x, string label) => x;"), "DIFF030");
        }

        // ---- DIFF031: a bare [Integrable] needs one floating-point parameter -----------------------------

        [Fact]
        public void DIFF031_NoFloatingPointParameter()
        {
            Assert.Equal(
                "'F' has no double or float parameter to integrate over; add one, or remove [Integrable]",
                Reported(InClass(@"
        [Integrable]
        public static double {|DIFF031:F|}(int n) => n * 2.0;"), "DIFF031"));
        }

        [Fact]
        public void DIFF031_SeveralFloatingPointParameters()
        {
            Assert.Equal(
                "'F' has 2 double or float parameters (x, k); name the variable of integration, [Integrable(\"x\")], or two for an integral over a rectangle, [Integrable(\"x\", \"k\")]",
                Reported(InClass(@"
        [Integrable]
        public static double {|DIFF031:F|}(double x, double k) => k * x;"), "DIFF031"));
        }

        // ---- DIFF032: one or two distinct variables -------------------------------------------------------

        [Fact]
        public void DIFF032_ThreeVariables()
        {
            Assert.Equal(
                "[Integrable] on 'F' names 3 variables (x, y, z); DiffGen integrates over an interval (one variable) or a rectangle (two): name one or two, and integrate over a third in another [Integrable] method that calls the generated FIntegral",
                Reported(InClass(@"
        [Integrable(""x"", ""y"", {|DIFF032:""z""|})]
        public static double F(double x, double y, double z) => x * y * z;"), "DIFF032"));
        }

        [Fact]
        public void DIFF032_TheSameVariableTwice()
        {
            Assert.Equal(
                "[Integrable] on 'F' names 'x' twice; name each variable once",
                Reported(InClass(@"
        [Integrable(""x"", {|DIFF032:""x""|})]
        public static double F(double x, double y) => x * y;"), "DIFF032"));
        }

        // ---- DIFF033: parameters the integrand struct cannot hold ----------------------------------------

        [Fact]
        public void DIFF033_Span_SaysToPassAnArray()
        {
            Assert.Equal(
                "Parameter 'w' of 'F' has type 'System.Span<double>', a ref struct, which the generated integrand struct cannot hold as a field; take an array instead (double[])",
                Reported(InClass(@"
        [Integrable(""x"")]
        public static double F(double x, Span<double> {|DIFF033:w|}) => x * w[0];"), "DIFF033"));
        }

        [Fact]
        public void DIFF033_ReadOnlySpanOfFloat()
        {
            Assert.Contains("take an array instead (float[])", Reported(InClass(@"
        [Integrable(""x"")]
        public static float F(float x, ReadOnlySpan<float> {|DIFF033:w|}) => x * w[0];"), "DIFF033"), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF033_ByReference()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Integrable(""x"")]
        public static double F(double x, ref double {|DIFF033:k|}, in double {|DIFF033:m|}, out double {|DIFF033:result|})
        {
            result = x;
            return k * m * x;
        }

        [Integrable]
        public static double G(in double {|DIFF033:x|}) => x;"));
            Assert.Contains("is passed by reference (ref, out or in)", diagnostics[0].GetMessage(), StringComparison.Ordinal);
            AssertNotGenerated(diagnostics);
        }

        // ---- DIFF034: the return type ----------------------------------------------------------------------

        [Fact]
        public void DIFF034_IntReturn()
        {
            Assert.Equal(
                "'F' returns 'int'; an [Integrable] method must return double or float",
                Reported(InClass(@"
        [Integrable]
        public static {|DIFF034:int|} F(double x) => (int)x;"), "DIFF034"));
        }

        [Fact]
        public void DIFF034_VoidReturn()
        {
            Reported(InClass(@"
        [Integrable]
        public static {|DIFF034:void|} F(double x) { }"), "DIFF034");
        }

        [Fact]
        public void DIFF034_PrecisionDiffersFromTheVariable()
        {
            Assert.Equal(
                "'F' returns 'float' but its variable 'x' is a 'double'; make the return type and the variables of integration the same type",
                Reported(InClass(@"
        [Integrable]
        public static {|DIFF034:float|} F(double x) => (float)x;"), "DIFF034"));
        }

        // ---- DIFF035: methods that cannot carry MIntegral --------------------------------------------------

        [Fact]
        public void DIFF035_GenericMethod()
        {
            Assert.Equal(
                "No integral can be generated for 'F': it is generic, and the generated integral calls it with double or float arguments; write it for double or float",
                Reported(InClass(@"
        [Integrable(""x"")]
        public static double F{|DIFF035:<T>|}(double x, T label) => x;"), "DIFF035"));
        }

        [Fact]
        public void DIFF035_LocalFunction()
        {
            Reported(InClass(@"
        public static double Outer(double x)
        {
            return Square(x);

            [Integrable]
            static double {|DIFF035:Square|}(double t) => t * t;
        }"), "DIFF035");
        }

        [Fact]
        public void DIFF035_Interface()
        {
            Assert.Contains("declared in the interface 'IModel'", Reported(Header + @"
    public partial interface {|DIFF035:IModel|}
    {
        [Integrable]
        static double F(double x) => x * x;
    }
}", "DIFF035"), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF035_FileLocalType()
        {
            Reported(Header + @"
    file partial class {|DIFF035:C|}
    {
        [Integrable]
        public static double F(double x) => x * x;
    }
}", "DIFF035");
        }

        [Fact]
        public void DIFF035_InstanceMethodOfARefStruct()
        {
            Assert.Contains("instance method of the ref struct 'Window'", Reported(Header + @"
    public ref partial struct Window
    {
        public double Scale;

        [Integrable]
        public double {|DIFF035:F|}(double x) => Scale * x;
    }
}", "DIFF035"), StringComparison.Ordinal);
        }

        // ---- DIFF007: generated names already taken (shared with [Differentiable]) -------------------------

        [Fact]
        public void DIFF007_ExistingIntegralMember()
        {
            Assert.Equal(
                "DiffGen would generate 'AreaIntegral' for 'Area', but 'C' already has a member named 'AreaIntegral'; rename the method or the existing member",
                Reported(InClass(@"
        [Integrable]
        public static double {|DIFF007:Area|}(double x) => x;

        public static double AreaIntegral => 0.0;"), "DIFF007"));
        }

        [Fact]
        public void DIFF007_ExistingIntegrandType()
        {
            Reported(InClass(@"
        [Integrable]
        public static double {|DIFF007:Area|}(double x) => x;

        private struct AreaIntegrand { }"), "DIFF007");
        }

        [Fact]
        public void DIFF007_ParameterNamedLikeABound()
        {
            Assert.Contains(
                "the method already has a parameter named 'to', which FIntegral would take beside its own 'to'",
                Reported(InClass(@"
        [Integrable(""x"")]
        public static double {|DIFF007:F|}(double x, double to) => x * to;"), "DIFF007"),
                StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF007_ParameterNamedLikeTheErrorEstimateOrARectangleBound()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Integrable(""x"")]
        public static double {|DIFF007:F|}(double x, double errorEstimate) => x * errorEstimate;

        [Integrable(""x"", ""y"")]
        public static double {|DIFF007:G|}(double x, double y, double yFrom) => x * y * yFrom;"));
        }

        [Fact]
        public void DIFF007_ParameterNamedEvaluate()
        {
            Reported(InClass(@"
        [Integrable(""x"")]
        public static double {|DIFF007:F|}(double x, double Evaluate) => x * Evaluate;"), "DIFF007");
        }

        // ---- what is not a problem --------------------------------------------------------------------------

        [Fact]
        public void AVariableNamedFromOrTo_IsNotACollision()
        {
            // The variable is not a parameter of MIntegral, only its bounds are: FIntegral(double from, double to, double k).
            GeneratorRun run = IntegralHarness.RunAndCompile(InClass(@"
        [Integrable(""from"")]
        public static double F(double from, double k) => from * k;

        [Integrable(""to"")]
        public static double G(double to) => to;"));
            Assert.Equal(2, run.Sources.Count);
        }

        /// <summary>The analyzer reports exactly what is marked, the message of the one <paramref name="id"/>, and nothing is generated.</summary>
        private static string Reported(string markup, string id)
        {
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(markup);
            AssertNotGenerated(diagnostics);
            return diagnostics.First(d => d.Id == id).GetMessage();
        }

        /// <summary>The generator emits nothing for the reported source, reports nothing, and leaves it compiling as before.</summary>
        private static void AssertNotGenerated(ImmutableArray<Diagnostic> diagnostics)
        {
            SyntaxTree tree = diagnostics.First().Location.SourceTree!;
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(tree.GetText().ToString()), new IntegrableGenerator());
            Assert.Empty(run.Sources);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
