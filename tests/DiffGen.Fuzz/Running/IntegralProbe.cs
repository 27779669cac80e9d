using System;
using System.Reflection;

namespace DiffGen.Fuzz.Running
{
    /// <summary>Delegates to one compiled integral probe class (see <see cref="IntegralProbeWriter"/>).</summary>
    public sealed class IntegralProbe
    {
        public delegate double IntegralWithErrorFunction(double[] bounds, double[] point, out double errorEstimate);

        public IntegralProbe(Type type)
        {
            Value = Create<Func<double[], double>>(type, "Value")!;
            Oracle = Create<Func<double[], double>>(type, "Oracle")!;
            Antiderivative = Create<Func<double[], double>>(type, "Antiderivative");
            Integral = Create<Func<double[], double[], double>>(type, "Integral")!;
            IntegralWithError = Create<IntegralWithErrorFunction>(type, "IntegralWithError")!;
        }

        /// <summary>F itself at a point (every parameter, in order), as the fuzzer wrote it.</summary>
        public Func<double[], double> Value { get; }

        /// <summary>F printed over dual numbers: the integrand as the oracle evaluates it.</summary>
        public Func<double[], double> Oracle { get; }

        /// <summary>FAntiderivative at a point, or null where DiffGen generated none.</summary>
        public Func<double[], double>? Antiderivative { get; }

        /// <summary>FIntegral(bounds, the constants of the point).</summary>
        public Func<double[], double[], double> Integral { get; }

        public IntegralWithErrorFunction IntegralWithError { get; }

        private static T? Create<T>(Type type, string name)
            where T : Delegate =>
            (T?)type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)?.CreateDelegate(typeof(T));
    }
}
