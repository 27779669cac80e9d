using System;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Sources for the tests of the diagnostics about a method's body (DIFF010–DIFF015): a
    /// <c>[Differentiable] public double F(double x)</c> in <c>Tests.C</c>, with members to read,
    /// write and call beside it.
    /// </summary>
    public static class BodySources
    {
        public const string Header = "using System;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing DiffGen;\n\nnamespace Tests\n{\n";

        /// <summary>Members the bodies use: fields, properties and methods of every kind DiffGen reports.</summary>
        public const string Helpers = @"
        private static readonly double[] Weights = { 1.0, 2.0 };
        private static readonly C Other = new C();
        private static readonly object Gate = new object();
        private double last;
        public double Scale => 2.0 * last;
        public double Settable { get; set; }
        private static double Helper(double t) => t * t;
        private double InstanceHelper(double t) => t * last;
        private static double Apply(Func<double, double> f, double t) => f(t);
        private static double Take(double[] values) => values[0];
        private static double TakeSpan(Span<double> values) => values[0];
        private static double TakeObject(object value) => value.GetHashCode();
        private static double TakeLong(long value) => value;
        private static double TakeText(string text) => text.Length;
        private static double TakeGuid(Guid value) => value.GetHashCode();
        private static double TakeC(C value) => value.last;

        [Differentiable]
        public static double Square(double t) => t * t;
";

        /// <summary>A source with <paramref name="members"/> in <c>public partial class C</c>.</summary>
        public static string InClass(string members) => Header + "    public partial class C\n    {\n" + members + "\n    }\n}\n";

        /// <summary>
        /// A source with <c>[Differentiable] public double F(double x)</c> whose body is
        /// <paramref name="body"/> (a block or <c>=&gt; expr;</c>), beside <see cref="Helpers"/>.
        /// </summary>
        public static string Method(string body) => Method("double F(double x)", body);

        /// <summary>A source with <c>[Differentiable] public <paramref name="signature"/></c> and <paramref name="body"/>, beside <see cref="Helpers"/>.</summary>
        public static string Method(string signature, string body) =>
            InClass(Helpers + "\n        [Differentiable]\n        public " + signature + "\n        " + body);

        /// <summary>A source with only <c>[Differentiable] public <paramref name="signature"/></c>: no helpers, so it compiles without a warning.</summary>
        public static string Alone(string signature, string body) =>
            InClass("        [Differentiable]\n        public " + signature + "\n        " + body);

        public static string MessageOf(ImmutableArray<Diagnostic> diagnostics, string id) => diagnostics.Single(d => d.Id == id).GetMessage();

        /// <summary>
        /// The analyzer reports exactly the marked diagnostics, the generator still generates
        /// <c>F</c> (its partials and gradient), and the output compiles with no diagnostic at all.
        /// </summary>
        public static ImmutableArray<Diagnostic> AssertReportedAndGenerated(string markup, string hintName)
        {
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(markup);
            GeneratorRun run = GeneratorHarness.RunAndCompile(MarkupSource.Parse(markup).Source);
            Assert.Equal(new[] { hintName }, run.Sources.Select(s => s.HintName.WithoutHash()).ToArray());
            string generated = run.SourceFor("F");
            Assert.Contains("FPartialX(", generated, StringComparison.Ordinal);
            Assert.Contains("FGradient(", generated, StringComparison.Ordinal);
            return diagnostics;
        }

        /// <summary>The method is reported and nothing is generated for it.</summary>
        public static void AssertNotGenerated(string markup)
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(MarkupSource.Parse(markup).Source));
            Assert.DoesNotContain(run.Sources, s => s.HintName.Contains(".F(", StringComparison.Ordinal));
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
        }
    }
}
