using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Every descriptor the analyzer reports, on a minimal example, with the exact span written in
    /// the source as <c>{|ID:...|}</c>: the analyzer must report exactly the marked diagnostics.
    /// </summary>
    public sealed class DescriptorTests
    {
        private const string Header = "using System;\nusing System.Threading.Tasks;\nusing DiffGen;\n\nnamespace Tests\n{\n";

        public static IEnumerable<object[]> ReportedIds =>
            new DifferentiableAnalyzer().SupportedDiagnostics.Select(d => new object[] { d.Id }).Append(new object[] { DiagnosticDescriptors.InternalErrorId });

        /// <summary>A source with <paramref name="members"/> in <c>public partial class C</c>.</summary>
        private static string InClass(string members) => Header + "    public partial class C\n    {\n" + members + "\n    }\n}\n";

        /// <summary>A source with <c>[Differentiable] public double F(double x)</c> whose body is <paramref name="body"/> (a block or <c>=&gt; expr;</c>).</summary>
        private static string Method(string body, string extraMembers = "") =>
            InClass(extraMembers + "\n        [Differentiable]\n        public double F(double x)\n        " + body);

        private static string MessageOf(ImmutableArray<Diagnostic> diagnostics, string id) => diagnostics.Single(d => d.Id == id).GetMessage();

        // ---- the descriptors themselves -------------------------------------------------------

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Descriptor_IsAnErrorWithAHelpLinkToItsPage(string id)
        {
            DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
            Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.EndsWith("docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Descriptor_HelpPageExistsInTheRepository(string id)
        {
            string page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md");
            Assert.True(File.Exists(page), "missing help page " + page);
        }

        [Fact]
        public void Analyzer_SupportsEveryDescriptorButTheGeneratorsInternalError()
        {
            string[] supported = new DifferentiableAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "DIFF001", "DIFF002", "DIFF003", "DIFF004", "DIFF005", "DIFF006", "DIFF007", "DIFF010", "DIFF011" }, supported);
        }

        // ---- DIFF001: containing type not partial ----------------------------------------------

        [Fact]
        public void DIFF001_NonPartialClass()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public class {|DIFF001:C|}
    {
        [Differentiable]
        public double F(double x) => x * x;
    }
}");
            Assert.Equal("'C' must be declared partial so DiffGen can add the derivatives of 'F' to it", MessageOf(diagnostics, "DIFF001"));
        }

        [Fact]
        public void DIFF001_NonPartialOuterType()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public class {|DIFF001:Outer|}
    {
        public partial struct Inner
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
    }
}");
        }

        [Fact]
        public void DIFF001_EveryNonPartialTypeInTheNest()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public class {|DIFF001:Outer|}
    {
        public record {|DIFF001:Inner|}
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
    }
}");
        }

        // ---- DIFF002: return type ---------------------------------------------------------------

        [Fact]
        public void DIFF002_IntReturn()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public {|DIFF002:int|} F(double x) => (int)x;"));
            Assert.Equal("'F' returns 'int'; a [Differentiable] method must return double or float", MessageOf(diagnostics, "DIFF002"));
        }

        [Fact]
        public void DIFF002_VoidReturn()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public {|DIFF002:void|} F(double x) { }"));
        }

        [Fact]
        public void DIFF002_RefReturn()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        private double store;

        [Differentiable]
        public {|DIFF002:ref double|} F(double x)
        {
            store = x;
            return ref store;
        }"));
        }

        // ---- DIFF003: unknown parameter name ---------------------------------------------------

        [Fact]
        public void DIFF003_NameIsNotAParameter()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable({|DIFF003:""z""|})]
        public double F(double x, double y) => x * y;"));
            Assert.Equal("'z' is not a parameter of 'F'; name one of its parameters: x, y", MessageOf(diagnostics, "DIFF003"));
        }

        [Fact]
        public void DIFF003_SecondOfTwoNames()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable(""x"", {|DIFF003:""Y""|})]
        public double F(double x, double y) => x * y;"));
        }

        [Fact]
        public void DIFF003_NameInAnExplicitArray()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable(new[] { ""x"", {|DIFF003:""q""|} })]
        public double F(double x, double y) => x * y;"));
        }

        // ---- DIFF004: named parameter is not floating point ------------------------------------

        [Fact]
        public void DIFF004_NamesAnIntParameter()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable(""x"", {|DIFF004:""n""|})]
        public double F(double x, int n) => x * n;"));
            Assert.Equal("Parameter 'n' of 'F' has type 'int' and cannot be differentiated; differentiate only double or float parameters", MessageOf(diagnostics, "DIFF004"));
        }

        // ---- DIFF005: nothing to differentiate -------------------------------------------------

        [Fact]
        public void DIFF005_OnlyIntegerParameters()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double {|DIFF005:F|}(int n) => n * 2.0;"));
            Assert.Equal("'F' has no double or float parameter to differentiate with respect to", MessageOf(diagnostics, "DIFF005"));
        }

        [Fact]
        public void DIFF005_NoParameters()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public static double {|DIFF005:F|}() => 1.0;"));
        }

        // ---- DIFF006: unsupported signature ----------------------------------------------------

        [Fact]
        public void DIFF006_RefParameter()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double F(ref double {|DIFF006:x|}) => x * x;"));
            Assert.Contains("parameter 'x' is passed by reference", MessageOf(diagnostics, "DIFF006"), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF006_OutParameter()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double F(double y, out double {|DIFF006:x|})
        {
            x = y;
            return y * y;
        }"));
        }

        [Fact]
        public void DIFF006_InParameter()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double F(in double {|DIFF006:x|}) => x * x;"));
        }

        [Fact]
        public void DIFF006_GenericMethod()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double F{|DIFF006:<T>|}(double x) => x * x;"));
            Assert.Contains("generic methods are not supported", MessageOf(diagnostics, "DIFF006"), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF006_AsyncMethod()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public async {|DIFF002:Task<double>|} {|DIFF006:F|}(double x)
        {
            await Task.Yield();
            return x * x;
        }"));
            Assert.Contains("async methods are not supported", MessageOf(diagnostics, "DIFF006"), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF006_AbstractMethod()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public abstract partial class C
    {
        [Differentiable]
        public abstract double {|DIFF006:F|}(double x);
    }
}");
            Assert.Contains("it has no body to read", MessageOf(diagnostics, "DIFF006"), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF006_ExternMethod()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public static extern double {|DIFF006:F|}(double x);"));
        }

        [Fact]
        public void PartialMethod_AttributeOnTheDeclaration_ReadsTheImplementation()
        {
            // The attribute applies to both parts; the part with the body is the one differentiated.
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public partial double F(double x);

        public partial double F(double x) => x * x;"));
        }

        [Fact]
        public void DIFF006_PartialInterface()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public partial interface {|DIFF006:IModel|}
    {
        [Differentiable]
        double F(double x) => x * x;
    }
}");
            Assert.Contains("declared in an interface", MessageOf(diagnostics, "DIFF006"), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF006_NonPartialInterface_OnlyReportsTheInterface()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public interface {|DIFF006:IModel|}
    {
        [Differentiable]
        double F(double x) => x * x;
    }
}");
        }

        [Fact]
        public void DIFF006_NonNumericParameters()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double F(double x, string {|DIFF006:label|}, bool {|DIFF006:flag|}, decimal {|DIFF006:money|}, double[] {|DIFF006:xs|}) => x * x;"));
            Assert.Contains("parameter 'label' has type 'string'", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF006_LocalFunction()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        public double Outer(double x)
        {
            return Square(x);

            [Differentiable]
            static double {|DIFF006:Square|}(double t) => t * t;
        }"));
        }

        [Fact]
        public void DIFF006_ExplicitInterfaceImplementation()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public interface IModel
    {
        double F(double x);
    }

    public partial class C : IModel
    {
        [Differentiable]
        double IModel.{|DIFF006:F|}(double x) => x * x;
    }
}");
        }

        [Fact]
        public void DIFF006_FileLocalType()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    file partial class {|DIFF006:C|}
    {
        [Differentiable]
        public double F(double x) => x * x;
    }
}");
        }

        // ---- DIFF007: generated name already taken ---------------------------------------------

        [Fact]
        public void DIFF007_ExistingGradientMember()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double {|DIFF007:Cost|}(double m) => m * m;

        public double CostGradient => 0.0;"));
            Assert.Equal(
                "DiffGen would generate 'CostGradient' for 'Cost', but 'C' already has a member named 'CostGradient'; rename the method or the existing member",
                MessageOf(diagnostics, "DIFF007"));
        }

        [Fact]
        public void DIFF007_ExistingPartialMember()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double {|DIFF007:Cost|}(double m, double b) => m * b;

        public double CostPartialM(double m, double b) => b;"));
        }

        [Fact]
        public void DIFF007_ExistingMemberInAnotherPartialPart()
        {
            DiagnosticAssert.AnalyzerReportsExactly(
                InClass(@"
        [Differentiable]
        public double {|DIFF007:Cost|}(double m) => m * m;"),
                Header + "    public partial class C\n    {\n        private int CostPartialM;\n    }\n}\n");
        }

        [Fact]
        public void DIFF007_ParameterNamedLikeAGradientOutput()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double {|DIFF007:Cost|}(double m, double dM) => m * dM;"));
            Assert.Contains("the method already has a parameter named 'dM'", MessageOf(diagnostics, "DIFF007"), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF007_ParametersDifferingOnlyInCase()
        {
            MarkupSource source = MarkupSource.Parse(InClass(@"
        [Differentiable]
        public double {|DIFF007:F|}(double x, double X) => x * X;"));
            ImmutableArray<Diagnostic> diagnostics = Infrastructure.GeneratorHarness.Analyze(source.Source);
            Assert.Contains(diagnostics, d => d.Id == "DIFF007" && d.Location.SourceSpan == source.Expected.Single().Span);
            Assert.All(diagnostics, d => Assert.Equal("DIFF007", d.Id));
        }

        [Fact]
        public void DIFF007_InheritedMember()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public class Base
    {
        public double CostPartialM(double m) => 0.0;
    }

    public partial class C : Base
    {
        [Differentiable]
        public double {|DIFF007:Cost|}(double m) => m * m;
    }
}");
        }

        // ---- DIFF010: unsupported construct ----------------------------------------------------

        [Theory]
        [InlineData("if", "{\n {|DIFF010:if (x > 0) { return x; }|}\n return -x;\n }")]
        [InlineData("if/else", "{\n {|DIFF010:if (x > 0) { return x; } else { return -x; }|}\n }")]
        [InlineData("?:", "=> {|DIFF010:x > 0 ? x : -x|};")]
        [InlineData("switch expression", "=> {|DIFF010:x switch { > 0 => x, _ => -x }|};")]
        [InlineData("for", "{\n double s = 0;\n {|DIFF010:for (int i = 0; i < 3; i++) { s += x; }|}\n return s;\n }")]
        [InlineData("while", "{\n double s = x;\n {|DIFF010:while (s > 1) { s /= 2; }|}\n return s;\n }")]
        [InlineData("try", "{\n {|DIFF010:try { return x; } finally { }|}\n }")]
        [InlineData("%", "=> {|DIFF010:x % 2.0|};")]
        [InlineData("%=", "{\n double s = x;\n {|DIFF010:s %= 2.0|};\n return s;\n }")]
        [InlineData("array element", "=> {|DIFF010:Weights[0]|} * x;")]
        [InlineData("property read", "=> {|DIFF010:Scale|} * x;")]
        [InlineData("field of another object", "=> {|DIFF010:Other.last|} * x;")]
        [InlineData("field write", "{\n {|DIFF010:last|} = x;\n return x;\n }")]
        [InlineData("this.field write", "{\n {|DIFF010:this.last|} = x;\n return x;\n }")]
        [InlineData("array element write", "{\n {|DIFF010:Weights[0]|} = x;\n return x;\n }")]
        [InlineData("integer local", "{\n int {|DIFF010:n = 2|};\n return x * {|DIFF010:n|};\n }")]
        [InlineData("cast to int", "=> {|DIFF010:(int)x|} * 1.0;")]
        [InlineData("comparison kept in a local", "{\n bool {|DIFF010:positive = x > 0|};\n return x;\n }")]
        [InlineData("lambda", "{\n Func<double, double> {|DIFF010:square = t => t * t|};\n return {|DIFF011:square(x)|};\n }")]
        [InlineData("local function", "{\n {|DIFF010:double Square(double t) => t * t;|}\n return {|DIFF011:Square(x)|};\n }")]
        [InlineData("string interpolation", "{\n string {|DIFF010:text = $\"{x}\"|};\n return x;\n }")]
        [InlineData("lock", "{\n {|DIFF010:lock (Gate) { }|}\n return x;\n }")]
        public void DIFF010_UnsupportedConstruct(string construct, string body)
        {
            Assert.NotNull(construct);
            string extra = @"
        private static readonly double[] Weights = { 1.0, 2.0 };
        private static readonly C Other = new C();
        private static readonly object Gate = new object();
        private double last;

        public double Scale => 2.0;
";
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body, extra));
            foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id == "DIFF010"))
            {
                Assert.Contains("cannot be differentiated here", diagnostic.GetMessage(), StringComparison.Ordinal);
            }
        }

        [Fact]
        public void DIFF010_IntegerArithmeticOnAParameter()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double F(double x, int n) => x * ({|DIFF010:n + 1|});"));
        }

        [Fact]
        public void DIFF010_MessageNamesTheConstruct()
        {
            var remainder = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF010:x % 2.0|};"));
            Assert.Equal(
                "The remainder operator '%' in 'x % 2.0' cannot be differentiated here: x % y is piecewise: its derivative is 1 between jumps and undefined at them; rewrite without %",
                remainder.Single().GetMessage());

            var conditional = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF010:x > 0 ? x : -x|};"));
            Assert.StartsWith("The conditional expression '?:' cannot be differentiated here: branches and loops are not supported yet", conditional.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF010_Throw()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF010:throw new InvalidOperationException();|}\n }"));
            string message = diagnostics.Single().GetMessage();
            Assert.StartsWith("The 'throw' cannot be differentiated here", message, StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF010_CastToInt_MessageNamesTheConversion()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF010:(int)x|} * 1.0;"));
            Assert.Contains("conversion", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF010_WriteToIntegerParameter_MessageIsNotContradictory()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public double F(double x, int n)
        {
            {|DIFF010:n|} = 2;
            return x;
        }"));
            Assert.DoesNotContain("may assign only its own locals and parameters", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF010_VoidCallStatement_MessageDoesNotSuggestAssigningIt()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF010:Console.WriteLine(x)|};\n return x;\n }"));
            Assert.DoesNotContain("assign it to a local", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF010_ChainedAssignment_ReportedOnce()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double y, z;\n y = {|DIFF010:z = x|};\n return y * z;\n }"));
        }

        [Fact]
        public void DIFF010_Deconstruction_ReportedOnceWithoutContradiction()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF010:var (a, b) = (x, x)|};\n return a * b;\n }"));
            Assert.DoesNotContain("may assign only its own locals and parameters", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF010_RefLocal()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n ref double {|DIFF010:alias = ref x|};\n alias = x * x;\n return x;\n }"));
        }

        // ---- DIFF011: no derivative --------------------------------------------------------------

        [Fact]
        public void DIFF011_UserMethod()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(
                "=> {|DIFF011:Helper(x)|};",
                "        private static double Helper(double t) => t * t;\n"));
            Assert.StartsWith("The call to 'Tests.C.Helper' cannot be differentiated: DiffGen differentiates only calls to the System.Math and System.MathF functions", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF011_MathFloor()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:Math.Floor(x)|} + x;"));
            Assert.Equal(
                "The call to 'System.Math.Floor' cannot be differentiated: it is piecewise constant: its derivative is zero almost everywhere and undefined at its jumps, so gradient descent would learn nothing through it",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void DIFF011_MathRound()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> x * {|DIFF011:Math.Round(x)|};"));
        }

        [Fact]
        public void DIFF011_MathSign()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:Math.Sign(x)|} * x;"));
            Assert.Contains("piecewise constant", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DIFF011_MathFRoundAndClamp()
        {
            DiagnosticAssert.AnalyzerReportsExactly(InClass(@"
        [Differentiable]
        public float F(float x) => {|DIFF011:MathF.Round(x)|} + {|DIFF011:Math.Clamp(x, 0f, 1f)|};"));
        }

        [Fact]
        public void DIFF011_EveryProblemInOneMethodIsReported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method(
                "{\n double a = {|DIFF011:Helper(x)|};\n double b = {|DIFF010:x % 3.0|};\n return a + b * {|DIFF011:Math.Floor(x)|};\n }",
                "        private static double Helper(double t) => t * t;\n"));
        }

        [Fact]
        public void DIFF011_ProblemsInsideTheArgumentsAreAlsoReported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method(
                "=> {|DIFF011:Helper({|DIFF010:x % 2.0|})|};",
                "        private static double Helper(double t) => t * t;\n"));
        }

        // ---- helpers -----------------------------------------------------------------------------

        private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
            new DifferentiableAnalyzer().SupportedDiagnostics.Append(DiagnosticDescriptors.InternalError);

        private static string RepositoryRoot([CallerFilePath] string path = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
    }
}
