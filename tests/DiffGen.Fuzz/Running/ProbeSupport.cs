using System;
using DiffGen.Fuzz.Oracle;

namespace DiffGen.Fuzz.Running
{
    /// <summary>Conversions the probes use between the checker's double arrays and a case's float or dual ones.</summary>
    public static class ProbeSupport
    {
        public static float[] ToFloat(double[] values) => Array.ConvertAll(values, v => (float)v);

        public static void CopyTo(float[] from, double[] to)
        {
            for (int i = 0; i < from.Length; i++)
            {
                to[i] = from[i];
            }
        }

        public static void CopyTo(double[] from, double[] to) => from.CopyTo(to, 0);

        /// <summary>The int[] of a case, <paramref name="n"/> long: element k is <see cref="Programs.Parameter.IndexValue"/>(k, n).</summary>
        public static int[] Indices(int n)
        {
            var indices = new int[n];
            for (int k = 0; k < n; k++)
            {
                indices[k] = Programs.Parameter.IndexValue(k, n);
            }

            return indices;
        }

        /// <summary>The labels of a case as reals, <paramref name="n"/> long: element k is <see cref="Programs.Parameter.IndexValue"/>(k, n), a whole number.</summary>
        public static double[] Labels(int n) => Array.ConvertAll(Indices(n), k => (double)k);

        public static float[] LabelsFloat(int n) => Array.ConvertAll(Indices(n), k => (float)k);

        /// <summary>The data matrix of a case: element [i, j] is <see cref="Programs.Parameter.DataValue"/>(i, j).</summary>
        public static double[,] Matrix(int rows, int columns)
        {
            var m = new double[rows, columns];
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    m[i, j] = Programs.Parameter.DataValue(i, j);
                }
            }

            return m;
        }

        public static float[,] MatrixFloat(int rows, int columns)
        {
            var m = new float[rows, columns];
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    m[i, j] = (float)Programs.Parameter.DataValue(i, j);
                }
            }

            return m;
        }

        /// <summary>The same data as rows of a jagged array.</summary>
        public static double[][] Jagged(int rows, int columns)
        {
            var m = new double[rows][];
            for (int i = 0; i < rows; i++)
            {
                m[i] = new double[columns];
                for (int j = 0; j < columns; j++)
                {
                    m[i][j] = Programs.Parameter.DataValue(i, j);
                }
            }

            return m;
        }

        public static float[][] JaggedFloat(int rows, int columns) => Array.ConvertAll(Jagged(rows, columns), ToFloat);

        /// <summary>Dual numbers for an array, element <paramref name="seed"/> with tangent 1; rounded to float first for a float case.</summary>
        public static Dual[] ToDual(double[] values, int seed, bool roundToFloat)
        {
            var result = new Dual[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                result[i] = new Dual(roundToFloat ? (float)values[i] : values[i], i == seed ? 1 : 0);
            }

            return result;
        }
    }
}
