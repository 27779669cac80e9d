namespace DiffGen.Generator.Ir
{
    /// <summary>The names of what DiffGen generates for an <c>[Integrable]</c> method, as the public contract fixes them.</summary>
    internal static class IntegralNames
    {
        /// <summary><c>Speed</c> → <c>SpeedIntegral</c>.</summary>
        public static string Integral(string method) => method + "Integral";

        /// <summary><c>Speed</c> → <c>SpeedAntiderivative</c>.</summary>
        public static string Antiderivative(string method) => method + "Antiderivative";

        /// <summary>The out parameter of the overload with the error estimate.</summary>
        public const string ErrorEstimate = "errorEstimate";

        /// <summary>
        /// The bounds of a variable: <c>from</c> and <c>to</c> for an integral over an interval,
        /// <c>xFrom</c> and <c>xTo</c> for the variable x of an integral over a rectangle.
        /// </summary>
        public static (string From, string To) Bounds(string variable, bool overRectangle) =>
            overRectangle ? (variable.TrimStart('@') + "From", variable.TrimStart('@') + "To") : ("from", "to");

        /// <summary>
        /// The private struct that holds the other parameters while the quadrature calls the method:
        /// <c>SpeedIntegrand</c>; when the method is overloaded, its parameter types are added so that
        /// each overload has its own (<c>FIntegrandOfDouble</c>, <c>FIntegrandOfSingleInt32</c>).
        /// </summary>
        public static string Integrand(string method, string? overloadSuffix) => method + "Integrand" + (overloadSuffix == null ? string.Empty : "Of" + overloadSuffix);
    }
}
