using System;
using System.Globalization;
using System.Linq;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Argument lists (object[] of double, double[], float, float[], int): conversion, copies, text.</summary>
    public static class Arguments
    {
        /// <summary>Rounds every double and double[] to float.</summary>
        public static object[] ToFloat(object[] arguments) => arguments.Select(a => a switch
        {
            double d => (float)d,
            double[] v => v.Select(x => (float)x).ToArray(),
            _ => a,
        }).ToArray();

        /// <summary>Widens every float and float[] to double (exactly).</summary>
        public static object[] ToDouble(object[] arguments) => arguments.Select(a => a switch
        {
            float f => (double)f,
            float[] v => v.Select(x => (double)x).ToArray(),
            _ => a,
        }).ToArray();

        /// <summary>A copy with the arrays copied too.</summary>
        public static object[] DeepCopy(object[] arguments) => arguments.Select(a => a is Array array ? array.Clone() : a).ToArray();

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
            a.Length == b.Length && a.Zip(b, (x, y) => x is Array u && y is Array v ? u.Cast<object>().SequenceEqual(v.Cast<object>()) : Equals(x, y)).All(same => same);

        public static string Describe(object[] arguments) =>
            "(" + string.Join(", ", arguments.Select(a => a is Array array
                ? "[" + string.Join(", ", array.Cast<IFormattable>().Select(Text)) + "]"
                : Text((IFormattable)a))) + ")";

        private static string Text(IFormattable value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
