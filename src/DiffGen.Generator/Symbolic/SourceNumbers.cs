using System.Collections.Generic;
using System.Globalization;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// What the method's source says about its numbers, for the printers: which ones it multiplies by (<c>0.1 * s</c> prints
    /// as written, not as <c>s / 10</c>, which C# rounds differently) and how it writes its literals (<c>1e-8</c>, not
    /// <c>1E-08</c>; <c>1e10</c>, not <c>10000000000</c>). The DAG keeps a number's value only, so that equal numbers are one
    /// node; this keeps their text beside it, per method.
    /// </summary>
    internal sealed class SourceNumbers
    {
        private readonly HashSet<double> factors = new HashSet<double>();
        private readonly Dictionary<double, string> texts = new Dictionary<double, string>();
        private readonly List<double> divisors = new List<double>();

        /// <summary>Whether the source multiplies by ±<paramref name="magnitude"/>: a coefficient of that size prints as a factor, never as a division.</summary>
        public bool IsWrittenFactor(double magnitude) => factors.Contains(magnitude);

        /// <summary>
        /// The source's literal for <paramref name="value"/> (without a type suffix), where it writes one with an exponent
        /// (<c>1e-3</c>, which round-trip digits would print <c>0.001</c>), or the arithmetic of literals C# folds to it, in
        /// parentheses (<c>(4.0 / 3.0)</c>, not 1.3333333333333333); the first the method writes where it writes the
        /// value twice. Other literals print alike either way (<c>0.5</c>), or their text would spread where the value is not
        /// the source's (<c>1.0</c> for every derivative 1 of a method that writes <c>Math.Min(u, 1.0)</c>).
        /// </summary>
        public string? TextOf(double value) => texts.TryGetValue(value, out string? text) ? text : null;

        internal void AddFactor(double magnitude) => factors.Add(magnitude);

        internal void AddDivisor(double magnitude)
        {
            if (!double.IsNaN(magnitude) && !double.IsInfinity(magnitude) && !divisors.Contains(magnitude))
            {
                divisors.Add(magnitude);
            }
        }

        /// <summary>
        /// A number the source divides by (<c>/ 9.81</c>), d, with a short whole number n, such that n / d is exactly
        /// <paramref name="magnitude"/>: a coefficient a derivative makes from the source's <c>v * v / 9.81</c> (2/9.81) then prints
        /// as <c>2 * v / 9.81</c>, the numbers the student wrote, instead of 0.2038735983690112. The first such divisor the
        /// method writes; null when there is none.
        /// </summary>
        public (double Numerator, double Divisor)? WrittenDivisorOf(double magnitude)
        {
            foreach (double divisor in divisors)
            {
                double numerator = System.Math.Round(magnitude * divisor);
                if (numerator >= 1 && numerator <= 1000 && numerator / divisor == magnitude)
                {
                    return (numerator, divisor);
                }
            }

            return null;
        }

        /// <summary>Remembers a literal and its negation (<c>-1e-3</c> is printed as the negation of <c>1e-3</c> or whole).</summary>
        internal void AddLiteral(double value, string text)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || IsShort(value))
            {
                return;
            }

            if (IsArithmetic(text))
            {
                Add(value, text);
                Add(-value, text.StartsWith("-", System.StringComparison.Ordinal) ? text.Substring(1) : "-" + text); // never --(...), a decrement
                return;
            }

            if (text.IndexOfAny(new[] { 'e', 'E' }) < 0)
            {
                return;
            }

            bool negative = text.StartsWith("-", System.StringComparison.Ordinal);
            string magnitude = negative ? text.Substring(1) : text;
            if (!double.TryParse(magnitude, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
                || (parsed != System.Math.Abs(value) && (double)(float)parsed != System.Math.Abs(value)))
            {
                return; // the text gives neither the double nor the float the DAG holds (a literal folded with others)
            }

            Add(System.Math.Abs(value), magnitude);
            Add(-System.Math.Abs(value), "-" + magnitude);
        }

        /// <summary>
        /// A number whose digits take three characters or fewer (0, 1, 2, 10, 100, 0.5, 2.5) prints as its digits, whatever
        /// the source writes (<c>1e0</c>, <c>(4.0 / 2.0)</c>, <c>(1 - 0.5)</c>, <c>(1 / 3 * 0.5)</c>): they read as well as any
        /// text, and they are the numbers derivatives make (the 2 of x², the ½ of √x, a tangent's 0 and 1), where the
        /// source's text would spread (<c>(4.0 / 2.0)·x</c> for ∂(x²)/∂x, <c>double dSum = (1 / 3 * 0.5);</c>). A text
        /// kept for 0 would also print −0 as +0 (or +0 as −0), which a dictionary of doubles does not tell apart.
        /// </summary>
        private static bool IsShort(double value) => System.Math.Abs(value).ToString("R", CultureInfo.InvariantCulture).Length <= 3;

        /// <summary>Arithmetic of literals the source writes, kept in parentheses (<c>(4.0 / 3.0)</c>), rather than one literal.</summary>
        public static bool IsArithmetic(string text) => text.StartsWith("(", System.StringComparison.Ordinal) || text.StartsWith("-(", System.StringComparison.Ordinal);

        private void Add(double value, string text)
        {
            if (!texts.ContainsKey(value))
            {
                texts.Add(value, text);
            }
        }
    }
}
