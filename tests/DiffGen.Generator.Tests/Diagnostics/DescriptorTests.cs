using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// The descriptors themselves (found by reflection over DiagnosticDescriptors: severity, help
    /// link and page, the analyzer's SupportedDiagnostics, release tracking), and the signature
    /// diagnostics DIFF001–DIFF007 on minimal examples, with the exact span written in the source as
    /// <c>{|ID:...|}</c>. The body diagnostics have a file each: <see cref="UnsupportedConstructTests"/>
    /// (DIFF010), <see cref="NoDerivativeTests"/> (DIFF011), <see cref="PiecewiseWarningTests"/>
    /// (DIFF012), <see cref="CutsDerivativeTests"/> (DIFF013), <see cref="SideEffectTests"/>
    /// (DIFF014), <see cref="NotSupportedYetTests"/> (DIFF015) and <see cref="StopOfIntegerTests"/> (DIFF017).
    /// </summary>
    public sealed class DescriptorTests
    {
        private const string Header = "using System;\nusing System.Threading.Tasks;\nusing DiffGen;\n\nnamespace Tests\n{\n";

        public static IEnumerable<object[]> ReportedIds => AllDescriptors().Select(d => new object[] { d.Id });

        /// <summary>A source with <paramref name="members"/> in <c>public partial class C</c>.</summary>
        private static string InClass(string members) => Header + "    public partial class C\n    {\n" + members + "\n    }\n}\n";

        private static string MessageOf(ImmutableArray<Diagnostic> diagnostics, string id) => diagnostics.Single(d => d.Id == id).GetMessage();

        // ---- the descriptors themselves -------------------------------------------------------

        [Fact]
        public void Descriptors_AreFoundByReflection_OneForEveryIdConstant()
        {
            string[] ids = AllDescriptors().Select(d => d.Id).ToArray();
            Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(
                new[] { "DIFF001", "DIFF002", "DIFF003", "DIFF004", "DIFF005", "DIFF006", "DIFF007", "DIFF010", "DIFF011", "DIFF012", "DIFF013", "DIFF014", "DIFF015", "DIFF016", "DIFF017", "DIFF020", "DIFF021", "DIFF030", "DIFF031", "DIFF032", "DIFF033", "DIFF034", "DIFF035", "DIFF036", "DIFF900" },
                ids.OrderBy(id => id, StringComparer.Ordinal));

            string[] constants = typeof(DiagnosticDescriptors)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Id", StringComparison.Ordinal))
                .Select(f => (string)f.GetRawConstantValue()!)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), constants);
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Descriptor_HasItsSeverityAndAHelpLinkToItsPage(string id)
        {
            DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
            DiagnosticSeverity expected = id is DiagnosticDescriptors.PiecewiseConstantId or DiagnosticDescriptors.StopOfIntegerId ? DiagnosticSeverity.Warning
                : id is DiagnosticDescriptors.NoClosedFormId ? DiagnosticSeverity.Info
                : DiagnosticSeverity.Error;
            Assert.Equal(expected, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Equal("https://github.com/diffgen/diffgen/blob/main/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(CultureInfo.InvariantCulture)));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(CultureInfo.InvariantCulture)));
            Assert.StartsWith("DiffGen.", descriptor.Category, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Descriptor_HelpPageExistsInTheRepository(string id)
        {
            string page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md");
            Assert.True(File.Exists(page), "missing help page " + page);
            string text = File.ReadAllText(page);
            Assert.StartsWith("# " + id + ": ", text, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Descriptor_IsInTheDiagnosticsIndex(string id)
        {
            DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
            string index = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics", "README.md"));
            string row = index.Split('\n').Select(line => line.Trim()).SingleOrDefault(line => line.StartsWith("| [" + id + "](" + id + ".md) |", StringComparison.Ordinal)) ?? string.Empty;
            Assert.True(row.Length > 0, "docs/diagnostics/README.md has no row for " + id);
            Assert.Contains("| " + descriptor.DefaultSeverity + " |", row, StringComparison.Ordinal);
            Assert.Contains("| " + descriptor.Category + " |", row, StringComparison.Ordinal);
        }

        [Fact]
        public void Analyzers_SupportEveryDescriptorButTheGeneratorsInternalError()
        {
            // [Differentiable] and [Integrable] each have an analyzer; DIFF001 and DIFF007 (partial type, name taken) are shared.
            var analyzers = new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new DifferentiableAnalyzer(), new IntegrableAnalyzer() };
            foreach (var analyzer in analyzers)
            {
                string[] own = analyzer.SupportedDiagnostics.Select(d => d.Id).ToArray();
                Assert.Equal(own.Length, own.Distinct(StringComparer.Ordinal).Count());
                Assert.All(analyzer.SupportedDiagnostics, d => Assert.Same(AllDescriptors().Single(a => a.Id == d.Id), d));
            }

            string[] supported = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToArray();
            string[] expected = AllDescriptors().Select(d => d.Id).Where(id => id != DiagnosticDescriptors.InternalErrorId).OrderBy(x => x, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, supported);
            Assert.Equal(
                new[] { "DIFF001", "DIFF007", "DIFF030", "DIFF031", "DIFF032", "DIFF033", "DIFF034", "DIFF035", "DIFF036" },
                new IntegrableAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal));
        }

        [Fact]
        public void OnlyDIFF012_AndDIFF017_AreWarnings_AndDIFF036_Information()
        {
            Assert.Equal(
                new[] { DiagnosticDescriptors.PiecewiseConstantId, DiagnosticDescriptors.StopOfIntegerId, DiagnosticDescriptors.NoClosedFormId },
                AllDescriptors().Where(d => d.DefaultSeverity != DiagnosticSeverity.Error).Select(d => d.Id).ToArray());
            Assert.Equal(DiagnosticSeverity.Info, DiagnosticDescriptors.NoClosedForm.DefaultSeverity);
            Assert.Equal(DiagnosticSeverity.Warning, DiagnosticDescriptors.PiecewiseConstant.DefaultSeverity);
        }

        [Fact]
        public void ReleaseTracking_ListsEveryIdWithItsCategorySeverityAndTitle()
        {
            string folder = Path.Combine(RepositoryRoot(), "src", "DiffGen.Generator");
            var rows = ReleaseRows(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"))
                .Concat(ReleaseRows(Path.Combine(folder, "AnalyzerReleases.Shipped.md")))
                .ToList();
            Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(
                AllDescriptors().Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal),
                rows.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal));
            foreach (DiagnosticDescriptor descriptor in AllDescriptors())
            {
                var row = rows.Single(r => r.Id == descriptor.Id);
                Assert.Equal(descriptor.Category, row.Category);
                Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
                Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), row.Notes);
            }
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
        public double F(double x, string {|DIFF006:label|}, bool {|DIFF006:flag|}, decimal {|DIFF006:money|}, int[,] {|DIFF006:ns|}, double[,,] {|DIFF006:cube|}) => x * x;"));
            Assert.Contains("parameter 'label' has type 'string'", diagnostics[0].GetMessage(), StringComparison.Ordinal);
            Assert.Contains("parameter 'cube' has type 'double[,,]'", diagnostics[4].GetMessage(), StringComparison.Ordinal);
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

        // ---- helpers -----------------------------------------------------------------------------

        /// <summary>Every descriptor DiagnosticDescriptors declares, found by reflection over its static fields.</summary>
        private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
            typeof(DiagnosticDescriptors)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

        /// <summary>The rule rows of an AnalyzerReleases file: "Rule ID | Category | Severity | Notes".</summary>
        private static IEnumerable<(string Id, string Category, string Severity, string Notes)> ReleaseRows(string path)
        {
            Assert.True(File.Exists(path), "missing " + path);
            foreach (string line in File.ReadAllLines(path))
            {
                string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length == 4 && cells[0].StartsWith("DIFF", StringComparison.Ordinal))
                {
                    yield return (cells[0], cells[1], cells[2], cells[3]);
                }
            }
        }

        private static string RepositoryRoot([CallerFilePath] string path = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
    }
}
