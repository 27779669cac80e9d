using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A <c>for</c> loop whose header declares or steps a floating-point value (a physics notebook's time stepping,
    /// <c>for (double t = 0; t &lt; end; t += dt)</c>), run as the declaration before a while loop whose body ends with the
    /// steps; and blocks inside a block declaring locals of one name, each its own variable. It was DIFF015 ("declare and
    /// update only integer counters in the header"), and two blocks each declaring <c>t</c> made code that declared
    /// <c>t</c> twice (CS0128).
    /// </summary>
    public static class ForHeaderCases
    {
        public static readonly ArrayCase[] Double =
        {
            // Falling with quadratic drag, explicit Euler steps over time: the drag coefficient's effect on the height.
            new ArrayCase("FhFallingWithDrag", """
                [Differentiable("k", "v0")]
                public static double FhFallingWithDrag(double k, double v0, double dt)
                {
                    double v = v0, y = 100;
                    for (double t = 0; t < 2; t += dt)
                    {
                        v += (9.81 - k * v * Math.Abs(v)) * dt;
                        y -= v * dt;
                    }

                    return y;
                }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.5), Uniform(r, -1, 3), 0.0625 }) { Sizes = ArrayCase.Scalar },

            // The counter read in the body, two values stepped in the header, a counter that starts at a parameter.
            new ArrayCase("FhTwoSteppedValues", """
                [Differentiable]
                public static double FhTwoSteppedValues(double a, double b)
                {
                    double s = 0;
                    for (double x = 0.5, w = b; x < 3; x += 0.5, w *= a)
                    {
                        s += Math.Sin(x * a) * w;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // A geometric schedule going down, and an integer counter beside the floating one in one header.
            new ArrayCase("FhGeometricSchedule", """
                [Differentiable]
                public static double FhGeometricSchedule(double x, double rate)
                {
                    double s = 0;
                    int i = 0;
                    for (double step = 1; step > 0.01; step *= 0.5, i++)
                    {
                        s += step * Math.Tanh(x * rate + i);
                    }

                    return s + i * x;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.2, 2) }) { Sizes = ArrayCase.Scalar },

            // Over the data: a time grid of its own beside an array, and the header's value assigned (not declared) before.
            new ArrayCase("FhGridOverData", """
                [Differentiable("w")]
                public static double FhGridOverData(double[] w, double[] x)
                {
                    double s = 0;
                    double t;
                    int k = 0;
                    for (t = 0; k < x.Length; t += 0.25)
                    {
                        s += w[k] * Math.Cos(t * x[k]);
                        k++;
                    }

                    return s * t;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Two blocks and two loops each declaring a t: four variables.
            new ArrayCase("FhBlocksOfOneName", """
                [Differentiable]
                public static double FhBlocksOfOneName(double[] x, double a)
                {
                    double s = 0;
                    { double t = a * 2; s += t * x[0]; }
                    { double t = a * 3; s += Math.Sin(t) * x[1]; }
                    double u = 1;
                    for (double t = 0; t < 1; t += 0.25) u += t * a;
                    for (double t = 0.5; t < 1; t += 0.25) { u *= 1 + t * a; }
                    double t2 = a;
                    for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    return s + u * t2;
                }
                """, (r, n) => new object[] { Vector(r, Math.Max(n, 2)), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("FhFallingWithDrag", """
                [Differentiable("k", "v0")]
                public static float FhFallingWithDragFloat(float k, float v0, float dt)
                {
                    float v = v0, y = 100;
                    for (float t = 0; t < 2; t += dt)
                    {
                        v += (9.81f - k * v * MathF.Abs(v)) * dt;
                        y -= v * dt;
                    }

                    return y;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
