using System;

namespace DiffGen
{
    /// <summary>
    /// Marks a method whose partial derivatives and gradient DiffGen generates at compile time.
    /// </summary>
    /// <remarks>
    /// For <c>[Differentiable] double M(double p, ...)</c> in a <c>partial</c> type the generator emits
    /// <c>MPartialP</c> (∂M/∂p) for every differentiated parameter and <c>MGradient</c>, which
    /// returns M's value and writes every partial through <c>out</c> parameters in one reverse sweep.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class DifferentiableAttribute : Attribute
    {
        /// <summary>Differentiates with respect to every floating-point parameter.</summary>
        public DifferentiableAttribute()
        {
            WithRespectTo = Array.Empty<string>();
        }

        /// <summary>
        /// Differentiates with respect to the named parameters only; the other parameters
        /// (data such as <c>x</c> and <c>y</c>) are treated as constants.
        /// </summary>
        /// <param name="withRespectTo">Names of the parameters to differentiate, e.g. <c>"m", "b"</c>.</param>
        public DifferentiableAttribute(params string[] withRespectTo)
        {
            WithRespectTo = withRespectTo ?? Array.Empty<string>();
        }

        /// <summary>The parameters differentiated; empty means every floating-point parameter.</summary>
        public string[] WithRespectTo { get; }
    }
}
