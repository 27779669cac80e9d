using System;
using System.Reflection;

namespace DiffGen.Fuzz.Running
{
    /// <summary>Delegates to one compiled probe class (see <see cref="ProbeWriter"/>).</summary>
    public sealed class Probe
    {
        public delegate double OracleFunction(double[] s, double[][] a, int seedScalar, int seedArray, int seedElement, out double tangent);

        public Probe(Type type)
        {
            Value = Create<Func<double[], double[][], double>>(type, "Value");
            Gradient = Create<Func<double[], double[][], double[], double[][], double>>(type, "Gradient");
            Partial = Create<Func<int, double[], double[][], double>>(type, "Partial");
            Oracle = Create<OracleFunction>(type, "Oracle");
        }

        /// <summary>F itself, as the fuzzer wrote it.</summary>
        public Func<double[], double[][], double> Value { get; }

        /// <summary>FGradient: returns the value, writes scalar outputs to the third argument and array outputs to the fourth.</summary>
        public Func<double[], double[][], double[], double[][], double> Gradient { get; }

        /// <summary>FPartialP for the scalar in position k.</summary>
        public Func<int, double[], double[][], double> Partial { get; }

        public OracleFunction Oracle { get; }

        private static T Create<T>(Type type, string name)
            where T : Delegate =>
            (T)type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate(typeof(T));
    }
}
