using System;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <summary>
    /// One integrand of the textbook corpus with an elementary antiderivative: the method body as C# writes it (in x),
    /// the textbook's antiderivative G written by hand as a lambda, an interval [From, To] on which f and G are both
    /// defined and continuous, and where G comes from. <see cref="Miss"/> is set for the integrands DiffGen is known not
    /// to find a closed form for (the corpus asserts that they are still missed, so the list stays true), with why.
    /// </summary>
    public sealed class TextbookIntegral
    {
        public TextbookIntegral(string name, string integrand, Func<double, double> reference, double from, double to, string source, string? miss = null)
        {
            Name = name;
            Integrand = integrand;
            Reference = reference;
            From = from;
            To = to;
            Source = source;
            Miss = miss;
        }

        /// <summary>The method's name in the compiled corpus (its generated members are NameAntiderivative, NameIntegral).</summary>
        public string Name { get; }

        /// <summary>The method's body, an expression in <c>double x</c>: <c>x * Math.Exp(x)</c>.</summary>
        public string Integrand { get; }

        /// <summary>G, the textbook's antiderivative: G′ = f on [From, To].</summary>
        public Func<double, double> Reference { get; }

        public double From { get; }

        public double To { get; }

        /// <summary>Where G comes from: a table of integrals, a textbook's worked example, or the substitution worked by hand.</summary>
        public string Source { get; }

        /// <summary>Null where DiffGen finds a closed form; else why it does not (docs/supported.md lists the same).</summary>
        public string? Miss { get; }

        public override string ToString() => Name;
    }
}
