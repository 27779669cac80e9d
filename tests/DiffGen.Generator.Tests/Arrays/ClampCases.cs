using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Math.Clamp in loops: bounds that are differentiated parameters (their partials summed over the
    /// elements clamped at them), and a running value clamped each iteration (kept on a tape). Points
    /// are drawn away from the kinks, so the finite differences never step across one.
    /// </summary>
    public static class ClampCases
    {
        public static readonly ArrayCase[] Double =
        {
            new ArrayCase(
                "ClampedSquares",
                """
                [Differentiable]
                public static double ClampedSquares(double[] w, double[] x, double lo, double hi)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double r = Math.Clamp(w[i] * x[i], lo, hi);
                        s += r * r;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1.5, -0.5), Uniform(r, 0.5, 1.5) })
            {
                Accept = p => ((double[])p[0]).Zip((double[])p[1], (w, x) => w * x).All(v => Math.Abs(v - (double)p[2]) > 0.05 && Math.Abs(v - (double)p[3]) > 0.05),
            },

            new ArrayCase(
                "ClampedRecurrence",
                """
                [Differentiable]
                public static double ClampedRecurrence(double[] x, double a)
                {
                    double acc = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        acc = Math.Clamp(a * acc + x[i], -1.0, 1.0);
                    }

                    return acc * a;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Uniform(r, -1.5, 1.5) })
            {
                Accept = AwayFromRecurrenceKinks,
            },
        };

        public static readonly ArrayCase[] Float =
        {
            Twin(
                "ClampedSquares",
                """
                [Differentiable]
                public static float ClampedSquaresFloat(float[] w, float[] x, float lo, float hi)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        float r = Math.Clamp(w[i] * x[i], lo, hi);
                        s += r * r;
                    }

                    return s;
                }
                """),

            Twin(
                "ClampedRecurrence",
                """
                [Differentiable]
                public static float ClampedRecurrenceFloat(float[] x, float a)
                {
                    float acc = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        acc = float.Clamp(a * acc + x[i], -1f, 1f);
                    }

                    return acc * a;
                }
                """),
        };

        /// <summary>Every value the recurrence clamps is at least 0.05 from ±1.</summary>
        private static bool AwayFromRecurrenceKinks(object[] p)
        {
            double a = (double)p[1];
            double acc = 0;
            foreach (double x in (double[])p[0])
            {
                double v = a * acc + x;
                if (Math.Abs(Math.Abs(v) - 1) <= 0.05)
                {
                    return false;
                }

                acc = Math.Clamp(v, -1.0, 1.0);
            }

            return true;
        }

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
