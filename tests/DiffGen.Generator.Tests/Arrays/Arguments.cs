using System;
using System.Globalization;
using System.Linq;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Argument lists (object[] of double, double[], double[,], double[][], their float twins, int): conversion, copies, text.</summary>
    public static class Arguments
    {
        /// <summary>Rounds every double, double[], double[,] and double[][] to float.</summary>
        public static object[] ToFloat(object[] arguments) => arguments.Select(a => a switch
        {
            double d => (float)d,
            double[] v => v.Select(x => (float)x).ToArray(),
            double[,] m => Map(m, x => (float)x),
            double[][] rows => rows.Select(r => r.Select(x => (float)x).ToArray()).ToArray(),
            _ => a,
        }).ToArray();

        /// <summary>Widens every float, float[], float[,] and float[][] to double (exactly).</summary>
        public static object[] ToDouble(object[] arguments) => arguments.Select(a => a switch
        {
            float f => (double)f,
            float[] v => v.Select(x => (double)x).ToArray(),
            float[,] m => Map(m, x => (double)x),
            float[][] rows => rows.Select(r => r.Select(x => (double)x).ToArray()).ToArray(),
            _ => a,
        }).ToArray();

        /// <summary>A copy with the arrays copied too (a jagged array's rows included).</summary>
        public static object[] DeepCopy(object[] arguments) => arguments.Select(a => a switch
        {
            Array[] rows => rows.Select(r => (Array)r.Clone()).ToArray(),
            Array array => array.Clone(),
            _ => a,
        }).ToArray();

        private static TTo[,] Map<TFrom, TTo>(TFrom[,] m, Func<TFrom, TTo> convert)
        {
            var result = new TTo[m.GetLength(0), m.GetLength(1)];
            for (int i = 0; i < m.GetLength(0); i++)
            {
                for (int j = 0; j < m.GetLength(1); j++)
                {
                    result[i, j] = convert(m[i, j]);
                }
            }

            return result;
        }

        /// <summary>A copy with argument <paramref name="position"/> (a scalar) set to <paramref name="value"/>.</summary>
        public static object[] With(object[] arguments, int position, double value)
        {
            var moved = (object[])arguments.Clone();
            moved[position] = value;
            return moved;
        }

        /// <summary>A copy with element <paramref name="index"/> of the array at <paramref name="position"/> set to <paramref name="value"/>.</summary>
        public static object[] WithElement(object[] arguments, int position, int index, double value)
        {
            var moved = (object[])arguments.Clone();
            var array = (double[])((double[])arguments[position]).Clone();
            array[index] = value;
            moved[position] = array;
            return moved;
        }

        public static bool SameValues(object[] a, object[] b) =>
            a.Length == b.Length && a.Zip(b, SameValue).All(same => same);

        public static string Describe(object[] arguments) => "(" + string.Join(", ", arguments.Select(Describe)) + ")";

        private static bool SameValue(object x, object y) => x is Array u && y is Array v
            ? u.Rank == v.Rank && u.Length == v.Length && u.Cast<object>().Zip(v.Cast<object>(), SameValue).All(same => same)
            : Equals(x, y);

        private static string Describe(object a) => a switch
        {
            Array { Rank: 2 } m => "[" + string.Join("; ", Enumerable.Range(0, m.GetLength(0)).Select(i => string.Join(", ", Enumerable.Range(0, m.GetLength(1)).Select(j => Text((IFormattable)m.GetValue(i, j)!))))) + "]",
            Array array => "[" + string.Join(", ", array.Cast<object>().Select(Describe)) + "]",
            _ => Text((IFormattable)a),
        };

        private static string Text(IFormattable value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
