using System.Globalization;

namespace DiffGen.Generator.Emit
{
    /// <summary>Round-trip digits of a number, with an exponent as people write one: <c>1e-5</c>, not .NET's <c>1E-05</c>.</summary>
    internal static class NumberText
    {
        /// <summary>The round-trip digits of <paramref name="value"/> (<c>R</c> format), its exponent written short.</summary>
        public static string RoundTrip(double value) => Short(value.ToString("R", CultureInfo.InvariantCulture));

        /// <inheritdoc cref="RoundTrip(double)"/>
        public static string RoundTrip(float value) => Short(value.ToString("R", CultureInfo.InvariantCulture));

        /// <summary>
        /// <c>9.9E-05</c> as <c>9.9e-5</c> and <c>1E+15</c> as <c>1e15</c>: a lower-case e, no plus sign, no leading zeros.
        /// The number is the same; only how its exponent is written changes.
        /// </summary>
        public static string Short(string digits)
        {
            int e = digits.IndexOf('E');
            if (e < 0)
            {
                return digits;
            }

            string exponent = digits.Substring(e + 1);
            bool negative = exponent.StartsWith("-", System.StringComparison.Ordinal);
            string magnitude = exponent.TrimStart('+', '-').TrimStart('0');
            return digits.Substring(0, e) + "e" + (negative ? "-" : string.Empty) + (magnitude.Length == 0 ? "0" : magnitude);
        }
    }
}
