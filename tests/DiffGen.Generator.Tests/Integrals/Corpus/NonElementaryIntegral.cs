namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <summary>
    /// An integrand of the corpus with no elementary antiderivative (Liouville): DiffGen must find none, say so in DIFF036,
    /// and still integrate it. <see cref="Value"/> is ∫ f over [From, To] from a special function's tables, with its source.
    /// </summary>
    public sealed class NonElementaryIntegral
    {
        public NonElementaryIntegral(string name, string integrand, double from, double to, double value, string source)
        {
            Name = name;
            Integrand = integrand;
            From = from;
            To = to;
            Value = value;
            Source = source;
        }

        public string Name { get; }

        /// <summary>The method's body, an expression in <c>double x</c>.</summary>
        public string Integrand { get; }

        public double From { get; }

        public double To { get; }

        /// <summary>∫ f dx from <see cref="From"/> to <see cref="To"/>, to 16 digits.</summary>
        public double Value { get; }

        public string Source { get; }

        public override string ToString() => Name;
    }
}
