using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <summary>
    /// The textbook corpus: integrands of the kind a calculus textbook's exercises and tables of integrals give, each
    /// beside the antiderivative G the textbook states (or that a student works by hand: the substitution is named), with
    /// its source. The chapters are the partial files beside this one. The integrands become <c>[Integrable]</c> methods of
    /// one class, compiled once with what the generator adds (zero diagnostics, through <see cref="IntegralHarness"/>).
    /// Form numbers are those of the table of integrals on the reference pages of Stewart, Calculus, 8th edition; a
    /// mistyped G cannot pass unnoticed, since the tests check G′ = f by Richardson differences before using it.
    /// </summary>
    public static partial class TextbookCorpus
    {
        private const string Form1 = "Stewart, Calculus 8e, table of integrals, form 1 (∫ uⁿ du = uⁿ⁺¹/(n + 1))";
        private const string Form2 = "Stewart, Calculus 8e, table of integrals, form 2 (∫ du/u = ln|u|)";
        private const string Form3 = "Stewart, Calculus 8e, table of integrals, form 3 (∫ eᵘ du = eᵘ)";
        private const string Form4 = "Stewart, Calculus 8e, table of integrals, form 4 (∫ bᵘ du = bᵘ/ln b)";
        private const string Form5 = "Stewart, Calculus 8e, table of integrals, form 5 (∫ sin u du = −cos u)";
        private const string Form6 = "Stewart, Calculus 8e, table of integrals, form 6 (∫ cos u du = sin u)";
        private const string Form7 = "Stewart, Calculus 8e, table of integrals, form 7 (∫ sec²u du = tan u)";
        private const string Form8 = "Stewart, Calculus 8e, table of integrals, form 8 (∫ csc²u du = −cot u)";
        private const string Form9 = "Stewart, Calculus 8e, table of integrals, form 9 (∫ sec u tan u du = sec u)";
        private const string Form10 = "Stewart, Calculus 8e, table of integrals, form 10 (∫ csc u cot u du = −csc u)";
        private const string Form11 = "Stewart, Calculus 8e, table of integrals, form 11 (∫ sec u du = ln|sec u + tan u|)";
        private const string Form12 = "Stewart, Calculus 8e, table of integrals, form 12 (∫ csc u du = ln|csc u − cot u|)";
        private const string Form13 = "Stewart, Calculus 8e, table of integrals, form 13 (∫ tan u du = ln|sec u|)";
        private const string Form14 = "Stewart, Calculus 8e, table of integrals, form 14 (∫ cot u du = ln|sin u|)";
        private const string Form15 = "Stewart, Calculus 8e, table of integrals, form 15 (∫ sinh u du = cosh u)";
        private const string Form16 = "Stewart, Calculus 8e, table of integrals, form 16 (∫ cosh u du = sinh u)";
        private const string Form17 = "Stewart, Calculus 8e, table of integrals, form 17 (∫ du/(a² + u²) = tan⁻¹(u/a)/a)";
        private const string Form18 = "Stewart, Calculus 8e, table of integrals, form 18 (∫ du/√(a² − u²) = sin⁻¹(u/a))";
        private const string Form19 = "Stewart, Calculus 8e, table of integrals, form 19 (∫ du/(u² − a²) = ln|(u − a)/(u + a)|/(2a))";
        private const string Form20 = "Stewart, Calculus 8e, table of integrals, form 20 (∫ du/(a² − u²) = ln|(u + a)/(u − a)|/(2a))";
        private const string Form21 = "Stewart, Calculus 8e, table of integrals, form 21 (∫ √(a² + u²) du = (u/2)√(a² + u²) + (a²/2) ln(u + √(a² + u²)))";
        private const string Form25 = "Stewart, Calculus 8e, table of integrals, form 25 (∫ du/√(a² + u²) = ln(u + √(a² + u²)))";

        /// <summary>The integrands with an elementary antiderivative, chapter by chapter.</summary>
        public static IReadOnlyList<TextbookIntegral> Elementary { get; } =
            Powers().Concat(ExponentialsAndLogarithms()).Concat(Trigonometric()).Concat(Hyperbolic()).Concat(InverseTrigonometric())
                .Concat(Roots()).Concat(Rational()).Concat(Parts()).ToList();

        /// <summary>The integrands with none.</summary>
        public static IReadOnlyList<NonElementaryIntegral> WithoutElementaryAntiderivative { get; } = NonElementary().ToList();

        public static string Source { get; } = BuildSource();

        private static readonly Lazy<Type> Compiled = new Lazy<Type>(() => IntegralHarness.Load(Source).GetType("Tests.Textbook")!);

        private static readonly Lazy<IReadOnlyDictionary<string, string>> NoClosedForm = new Lazy<IReadOnlyDictionary<string, string>>(ReportedWithoutClosedForm);

        /// <summary>The compiled class holding every integrand and what the generator added to it.</summary>
        public static Type Methods => Compiled.Value;

        /// <summary>The methods the analyzer reports DIFF036 for (no closed form), with the message.</summary>
        public static IReadOnlyDictionary<string, string> WithoutClosedForm => NoClosedForm.Value;

        public static TextbookIntegral Find(string name) => Elementary.Single(c => c.Name == name);

        public static NonElementaryIntegral FindNonElementary(string name) => WithoutElementaryAntiderivative.Single(c => c.Name == name);

        private static TextbookIntegral Case(string name, string integrand, Func<double, double> reference, double from, double to, string source) =>
            new TextbookIntegral(name, integrand, reference, from, to, source, WhyMissed(name));

        private static string BuildSource()
        {
            var source = new StringBuilder();
            source.AppendLine("using System;").AppendLine("using DiffGen;").AppendLine();
            source.AppendLine("namespace Tests").AppendLine("{").AppendLine("    public static partial class Textbook").AppendLine("    {");
            foreach ((string name, string integrand) in Elementary.Select(c => (c.Name, c.Integrand)).Concat(WithoutElementaryAntiderivative.Select(c => (c.Name, c.Integrand))))
            {
                source.Append("        [Integrable] public static double ").Append(name).Append("(double x) => ").Append(integrand).AppendLine(";");
            }

            return source.AppendLine("    }").AppendLine("}").ToString();
        }

        /// <summary>DIFF036's messages by method: "No {Name}Antiderivative is generated: {why}; ...".</summary>
        private static IReadOnlyDictionary<string, string> ReportedWithoutClosedForm()
        {
            const string prefix = "No ", suffix = "Antiderivative is generated";
            var reported = new Dictionary<string, string>();
            foreach (Diagnostic diagnostic in GeneratorHarness.Analyze(Source).Where(d => d.Id == "DIFF036"))
            {
                string message = diagnostic.GetMessage();
                int end = message.IndexOf(suffix, StringComparison.Ordinal);
                reported.Add(message.Substring(prefix.Length, end - prefix.Length), message);
            }

            return reported;
        }
    }
}
