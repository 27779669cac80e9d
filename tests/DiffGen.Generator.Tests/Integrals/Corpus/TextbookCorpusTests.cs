using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <summary>
    /// The textbook corpus against the textbook. For every integrand with an elementary antiderivative: the reference G is
    /// checked first (G′ = f by Richardson differences, so a mistyped reference fails here, not as a DiffGen bug); then,
    /// where DiffGen finds F, F(c) − F(a) = G(c) − G(a) at several c, F′ = f at random points, and no DIFF036; where it is a
    /// known miss, no F and DIFF036 still (so the list of misses stays true). For every integrand, MIntegral(a, c) =
    /// G(c) − G(a) to 1e-10, or the tabulated value where there is no elementary G.
    /// </summary>
    public sealed class TextbookCorpusTests
    {
        private const int RandomPoints = 12;
        private const int Ends = 6;
        private const string NoRuleApplies = "no rule of DiffGen's table applies";

        public static TheoryData<string> Found() => Names(c => c.Miss == null);

        public static TheoryData<string> KnownMisses() => Names(c => c.Miss != null);

        public static TheoryData<string> NonElementary()
        {
            var names = new TheoryData<string>();
            foreach (NonElementaryIntegral integral in TextbookCorpus.WithoutElementaryAntiderivative)
            {
                names.Add(integral.Name);
            }

            return names;
        }

        [Theory]
        [MemberData(nameof(Found))]
        public void ClosedForm_AgreesWithTheTextbooksAntiderivative(string name)
        {
            TextbookIntegral integral = TextbookCorpus.Find(name);
            Func<double, double> f = Integrand(name);
            AssertDerivative(integral.Reference, f, integral, "the reference G");

            MethodInfo? antiderivative = TextbookCorpus.Methods.GetMethod(name + "Antiderivative", new[] { typeof(double) });
            Assert.True(antiderivative != null, name + ": DiffGen found no closed form (" + Reported(name) + ")");
            Func<double, double> closedForm = x => (double)antiderivative!.Invoke(null, new object[] { x })!;
            Assert.False(TextbookCorpus.WithoutClosedForm.ContainsKey(name), "DIFF036 reported for " + name + ", which has an antiderivative");

            AssertDerivative(closedForm, f, integral, "DiffGen's F");
            foreach (double c in EndPoints(integral))
            {
                double expected = integral.Reference(c) - integral.Reference(integral.From);
                double actual = closedForm(c) - closedForm(integral.From);
                double scale = Magnitude(expected, integral.Reference(c), integral.Reference(integral.From), closedForm(c), closedForm(integral.From));
                Assert.True(Math.Abs(actual - expected) <= (1e-9 * scale) + 1e-13, name + ": F(" + c + ") − F(" + integral.From + ") = " + actual + ", the textbook's G gives " + expected);
            }

            AssertDefiniteIntegrals(integral);
        }

        [Theory]
        [MemberData(nameof(KnownMisses))]
        public void KnownMiss_StillGetsNoClosedForm_AndItsIntegralIsRight(string name)
        {
            TextbookIntegral integral = TextbookCorpus.Find(name);
            AssertDerivative(integral.Reference, Integrand(name), integral, "the reference G");
            Assert.True(
                TextbookCorpus.Methods.GetMethod(name + "Antiderivative") == null,
                name + " now gets a closed form: move it out of the known misses (TextbookCorpus.WhyMissed) and docs/supported.md's list");
            Assert.Contains(NoRuleApplies, Reported(name), StringComparison.Ordinal);
            AssertDefiniteIntegrals(integral);
        }

        [Theory]
        [MemberData(nameof(NonElementary))]
        public void NoElementaryAntiderivative_GetsNone_AndItsIntegralIsTheTabulatedValue(string name)
        {
            NonElementaryIntegral integral = TextbookCorpus.FindNonElementary(name);
            Assert.Null(TextbookCorpus.Methods.GetMethod(name + "Antiderivative"));
            Assert.Contains(NoRuleApplies, Reported(name), StringComparison.Ordinal);

            double actual = (double)TextbookCorpus.Methods.Call(name + "Integral", integral.From, integral.To);
            Assert.True(
                Math.Abs(actual - integral.Value) <= 1e-10 * Math.Abs(integral.Value),
                name + ": MIntegral(" + integral.From + ", " + integral.To + ") = " + actual + ", " + integral.Source + " = " + integral.Value);
        }

        [Fact]
        public void TheCorpusHoldsAtLeast150IntegrandsWithAnElementaryAntiderivative_UniquelyNamed()
        {
            Assert.True(TextbookCorpus.Elementary.Count >= 150, "only " + TextbookCorpus.Elementary.Count + " integrands");
            var names = TextbookCorpus.Elementary.Select(c => c.Name).Concat(TextbookCorpus.WithoutElementaryAntiderivative.Select(c => c.Name)).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            Assert.All(TextbookCorpus.Elementary, c => Assert.True(c.From < c.To && c.Source.Length > 0, c.Name));
        }

        [Fact]
        public void Supported_md_StatesTheSolveRate_AndListsEveryMiss()
        {
            string docs = File.ReadAllText(RepositoryFile("docs/supported.md"));
            int found = TextbookCorpus.Elementary.Count(c => c.Miss == null);
            string rate = "finds a closed form for " + found + " of the " + TextbookCorpus.Elementary.Count + " integrands with an elementary antiderivative";
            Assert.True(docs.Contains(rate, StringComparison.Ordinal), "docs/supported.md does not say: " + rate);
            Assert.All(TextbookCorpus.Elementary.Where(c => c.Miss != null), c => Assert.True(
                docs.Contains("`" + c.Integrand + "`", StringComparison.Ordinal) && docs.Contains(c.Miss!, StringComparison.Ordinal),
                "docs/supported.md does not list the miss `" + c.Integrand + "` with why: " + c.Miss));
        }

        private static string RepositoryFile(string relative, [CallerFilePath] string here = "") =>
            Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", relative);

        private static TheoryData<string> Names(Func<TextbookIntegral, bool> which)
        {
            var names = new TheoryData<string>();
            foreach (TextbookIntegral integral in TextbookCorpus.Elementary.Where(which))
            {
                names.Add(integral.Name);
            }

            return names;
        }

        private static Func<double, double> Integrand(string name) => x => (double)TextbookCorpus.Methods.Call(name, x);

        private static string Reported(string name) =>
            TextbookCorpus.WithoutClosedForm.TryGetValue(name, out string? message) ? message : "no DIFF036 reported for " + name;

        /// <summary>MIntegral(a, c) = G(c) − G(a) at each c, to a relative 1e-10 (of G's values, which round at that size).</summary>
        private static void AssertDefiniteIntegrals(TextbookIntegral integral)
        {
            foreach (double c in EndPoints(integral))
            {
                double expected = integral.Reference(c) - integral.Reference(integral.From);
                double actual = (double)TextbookCorpus.Methods.Call(integral.Name + "Integral", integral.From, c);
                double scale = Magnitude(expected, integral.Reference(c), integral.Reference(integral.From));
                Assert.True(
                    Math.Abs(actual - expected) <= (1e-10 * scale) + 1e-13,
                    integral.Name + ": MIntegral(" + integral.From + ", " + c + ") = " + actual + ", the textbook's G gives " + expected);
            }
        }

        /// <summary>
        /// The derivative of <paramref name="antiderivative"/> (Richardson) equals f at random points of the interval, kept
        /// 2% from its ends so that no difference step leaves it.
        /// </summary>
        private static void AssertDerivative(Func<double, double> antiderivative, Func<double, double> f, TextbookIntegral integral, string what)
        {
            var random = new Random(2024);
            double margin = 0.02 * (integral.To - integral.From);
            for (int i = 0; i < RandomPoints; i++)
            {
                double x = integral.From + margin + ((integral.To - integral.From - (2 * margin)) * random.NextDouble());
                double expected = f(x);
                double derivative = Richardson.Derivative(antiderivative, x, 1e-3);
                Assert.True(
                    Math.Abs(derivative - expected) <= 1e-7 * Math.Max(1, Math.Abs(expected)),
                    integral.Name + ": at x = " + x + " the derivative of " + what + " is " + derivative + ", f = " + expected);
            }
        }

        /// <summary>c = a + k·(b − a)/6 for k = 1 … 6: the upper ends of the definite integrals checked.</summary>
        private static double[] EndPoints(TextbookIntegral integral) =>
            Enumerable.Range(1, Ends).Select(k => integral.From + ((integral.To - integral.From) * k / Ends)).ToArray();

        private static double Magnitude(params double[] values) => values.Max(Math.Abs);
    }
}
