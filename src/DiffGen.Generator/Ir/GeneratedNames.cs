using DiffGen.Generator.Common;

namespace DiffGen.Generator.Ir
{
    /// <summary>The names of the generated members and outputs, as the public contract fixes them.</summary>
    internal static class GeneratedNames
    {
        /// <summary><c>Cost</c>, <c>m</c> → <c>CostPartialM</c>.</summary>
        public static string Partial(string method, string parameter) => method + "Partial" + Identifiers.Capitalize(parameter);

        /// <summary><c>Cost</c> → <c>CostGradient</c>.</summary>
        public static string Gradient(string method) => method + "Gradient";

        /// <summary>The local holding a callee's partial in the caller's code: <c>Sigmoid</c>, <c>z</c> → <c>dSigmoidDZ</c>.</summary>
        public static string CalleePartial(string callee, string parameter) => "d" + Identifiers.Capitalize(callee) + "D" + Identifiers.Capitalize(parameter);

        /// <summary>The gradient's output for a parameter: <c>m</c> → <c>dM</c>.</summary>
        public static string GradientOutput(string parameter) => "d" + Identifiers.Capitalize(parameter);
    }
}
