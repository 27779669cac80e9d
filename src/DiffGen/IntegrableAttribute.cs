using System;

namespace DiffGen
{
    /// <summary>
    /// Marks a method whose definite integral DiffGen generates at compile time, as <c>MIntegral</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// For <c>[Integrable("t")] double M(double t, double a)</c> in a <c>partial</c> type the generator emits
    /// <c>double MIntegral(double from, double to, double a)</c>, ∫ M dt from <c>from</c> to <c>to</c> with
    /// <c>a</c> held constant, and an overload that also returns an estimate of the absolute error through
    /// <c>out double errorEstimate</c>. Today the integral is computed by adaptive Gauss–Kronrod quadrature
    /// of M itself (<see cref="Quadrature"/>), whatever M's body holds: branches, loops and calls are fine.
    /// </para>
    /// <para>
    /// With two variables, <c>[Integrable("x", "y")]</c>, the generator emits
    /// <c>MIntegral(xFrom, xTo, yFrom, yTo, ...)</c>, the iterated integral over a rectangle: x inner, y outer.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// public static partial class Motion
    /// {
    ///     [Integrable("t")]
    ///     public static double Speed(double t, double v0, double a) => v0 + a * t;
    /// }
    ///
    /// double distance = Motion.SpeedIntegral(0, 10, 2, 0.5);   // ∫₀¹⁰ (2 + 0.5·t) dt = 45
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class IntegrableAttribute : Attribute
    {
        /// <summary>Integrates over the method's one <see cref="double"/> or <see cref="float"/> parameter.</summary>
        public IntegrableAttribute()
        {
            Variables = Array.Empty<string>();
        }

        /// <summary>
        /// Integrates over the named parameters: one for an integral over an interval, two for an iterated
        /// integral over a rectangle (the first inner, the second outer). Every other parameter is passed
        /// to the method unchanged, a constant of the integration.
        /// </summary>
        /// <param name="variables">The names of the variables of integration, e.g. <c>"t"</c> or <c>"x", "y"</c>.</param>
        public IntegrableAttribute(params string[] variables)
        {
            Variables = variables ?? Array.Empty<string>();
        }

        /// <summary>The variables of integration, inner first; empty means the method's one floating-point parameter.</summary>
        public string[] Variables { get; }
    }
}
