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

        /// <summary>
        /// An adversarial review's: counters read after the loop, trip counts and steps that read differentiated values,
        /// nesting both ways, every step form, headers declaring arrays or deconstructing, and names that meet (a header's
        /// dA beside the output dA, a suffixed t2 beside the source's t2, blocks in a switch section).
        /// </summary>
        public static readonly ArrayCase[] Review =
        {
            new ArrayCase("FhrCounterAfter", """
                [Differentiable]
                public static double FhrCounterAfter(double x, double a)
                {
                    double s = 0;
                    double t;
                    for (t = a; t < 3; t += 0.5) s += t * x;
                    return t * x + s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 2.9) }) { Sizes = ArrayCase.Scalar, Accept = p => Away((double)p[1], 3, 0.5) },

            new ArrayCase("FhrEmptyBody", """
                [Differentiable]
                public static double FhrEmptyBody(double a, double b)
                {
                    double t;
                    for (t = a; t < 3; t += 0.5) ;
                    return t * b;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 2.9), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar, Accept = p => Away((double)p[0], 3, 0.5) },

            new ArrayCase("FhrTripOnParam", """
                [Differentiable]
                public static double FhrTripOnParam(double x)
                {
                    double s = 0;
                    for (double t = 0; t < x; t += 0.3) s += Math.Sin(t * x);
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 3) }) { Sizes = ArrayCase.Scalar, Accept = p => Away((double)p[0], 0, 0.3) },

            new ArrayCase("FhrStepReadsParam", """
                [Differentiable]
                public static double FhrStepReadsParam(double a, double k)
                {
                    double s = 0;
                    for (double t = 0; t < 2; t += 0.1 * k) s += t * a + s * 0.1;
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar, Accept = p => Enumerable.Range(1, 60).All(j => Math.Abs((double)p[1] - (20.0 / j)) > 0.03) },

            new ArrayCase("FhrStepForms", """
                [Differentiable]
                public static double FhrStepForms(double a, double b)
                {
                    double s = 0;
                    for (double t = a; t < a + 2.5; t++) s += t * b;
                    for (double t = 3; t > 0.5; t--) s = s * 0.5 + t * a;
                    for (double t = 0; t < 2; t = t + 0.5) s += Math.Cos(t * b);
                    for (double t = 1; t < 10; t *= 1.5) s += t * a * b;
                    for (double t = 8; t > 1; t /= 2) s -= t * b;
                    for (double t = 0; t > -2; t -= 0.5) s += t * a;
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrNestedInInteger", """
                [Differentiable]
                public static double FhrNestedInInteger(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (double t = 0; t < 1; t += 0.25) s += x[i] * t * a + Math.Sin(s) * 0.1;
                        for (double t = 0.5; t < 1; t += 0.25) s *= 1 + 0.1 * t * x[i];
                    }

                    for (double t = 0; t < 1; t += 0.5)
                    {
                        for (int i = 0; i < x.Length; i++) s += x[i] * Math.Cos(t * a);
                        for (double u = t; u < 1; u += 0.25) s += t * u * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrLocalArray", """
                [Differentiable]
                public static double FhrLocalArray(double[] x, double a)
                {
                    double[] buf = new double[3];
                    for (double t = 0; t < 2; t += 0.5)
                    {
                        buf[0] = buf[0] * a + t;
                        buf[1] = Math.Sin(buf[0]) + buf[1] * 0.5;
                        for (int i = 0; i < x.Length; i++) buf[2] = buf[2] * 0.5 + x[i] * buf[1];
                    }

                    return buf[1] + buf[0] * buf[2];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrCounterIndex", """
                [Differentiable]
                public static double FhrCounterIndex(double[] x, double a)
                {
                    double s = 0;
                    int i = 0;
                    for (double t = 0; i < x.Length; t += 1, i++) s += x[i] * t * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrConditionReadsElement", """
                [Differentiable]
                public static double FhrConditionReadsElement(double[] w, double a)
                {
                    double[] b = { a, 2 * a };
                    double s = 0;
                    for (double t = 0; t < w[0] + 2; t += 0.5) s += t * a + b[1];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty, Accept = p => Away(((double[])p[0])[0], -2, 0.5) },

            new ArrayCase("FhrSameNames", """
                [Differentiable]
                public static double FhrSameNames(double[] x, double a)
                {
                    double Sq(double t) => t * t;
                    double s = 0;
                    for (double t = 0; t < 1; t += 0.5) s += Sq(t * a);
                    for (int k = 0; k < x.Length; k++) { double t = x[k] * a; s += Sq(t); }
                    { double t = a + 1; s += t; }
                    { double t = a * 2; s += Sq(t); }
                    foreach (double t in x) s += t * a;
                    for (double t = 1; t < 2; t += 0.5) s += t * Sq(a);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrSuffixTaken", """
                [Differentiable]
                public static double FhrSuffixTaken(double a)
                {
                    double s = 0;
                    for (double t = 0; t < 1; t += 0.5) s += t * a;
                    for (int k = 0; k < 2; k++) { double t = a * k; double t2 = t + 1; s += t * t2; }
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrOutputName", """
                [Differentiable]
                public static double FhrOutputName(double a)
                {
                    double s = 0;
                    for (double dA = 0; dA < 1; dA += 0.5) s += dA * a;
                    { double dA = a * a; s += dA; }
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrNestedContinue", """
                [Differentiable]
                public static double FhrNestedContinue(double[] x, double a)
                {
                    double s = 0;
                    for (double t = 0; t < 1; t += 0.25)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] < 0) continue;
                            s += x[i] * t * a;
                        }

                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] > 1.5) break;
                            s += x[i] * a;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => ((double[])p[0]).All(v => Math.Abs(v - 1.5) > 0.01) },

            new ArrayCase("FhrStepsReadBody", """
                [Differentiable]
                public static double FhrStepsReadBody(double a)
                {
                    double s = 0.1, acc = 0;
                    int i = 0;
                    for (double t = a; i < 6; i++, t += s * 0.1, acc += t * a) s += Math.Sin(t) * a;
                    return s + acc;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrInOuterBody", """
                [Differentiable]
                public static double FhrInOuterBody(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        for (double t = 0; t < 1; t += 0.5) s += t * a * k;
                        for (int j = 0; j < x.Length; j++) { double t = a * x[j]; s += t * t; }
                        for (double t = 0.25; t < 1; t += 0.5) s += Math.Exp(t * a * 0.1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrWhileAfter", """
                [Differentiable]
                public static double FhrWhileAfter(double a)
                {
                    double s = 0;
                    double t = 0;
                    for (t = 0.5; t < 2; t += 0.5) s += t * a;
                    while (t < 4) { s += t * t * a; t += 0.5; }
                    do { s *= 1.01 + 0.001 * a; t -= 1; } while (t > 0);
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrMultipleDeclared", """
                [Differentiable]
                public static double FhrMultipleDeclared(double a, double b)
                {
                    double s = 0;
                    for (double x = a, v = b, dt = 0.1; v > -1 && x < 5; x += v * dt, v -= 9.81 * dt * 0.1) s += x;
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0, 2) }) { Sizes = ArrayCase.Scalar, Accept = p => Away((double)p[1], -1, 0.0981) },

            new ArrayCase("FhrIntegerLoopsUnchanged", """
                [Differentiable]
                public static double FhrIntegerLoopsUnchanged(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0, j = x.Length - 1; i < x.Length; i++, j--) s += x[i] * x[j] * a;
                    { int i = 2; s += i * a; }
                    { int i = 3; s += i * a * a; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrSwitchSectionBlocks", """
                [Differentiable]
                public static double FhrSwitchSectionBlocks(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        switch (i)
                        {
                            case 0: { double t = x[i] * a; s += t; } { double t = x[i] + a; s += t * t; } break;
                            default: { double t = Math.Sin(x[i]); s += t * a; } break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrForeachIndexOutput", """
                [Differentiable]
                public static double FhrForeachIndexOutput(double[] x, double index)
                {
                    double s = 0;
                    foreach (double d in x) s += d * index;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrKindSuffixTaken", """
                [Differentiable]
                public static double FhrKindSuffixTaken(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < x.Length; k++) { int t = k * 2; s += t * a; }
                    for (int k = 0; k < x.Length; k++) { double t = a * x[k]; double t2 = t + 1; s += t * t2; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrBlocksWithTestsAndConstants", """
                [Differentiable]
                public static double FhrBlocksWithTestsAndConstants(double[] x, double a)
                {
                    double s = 0;
                    { bool big = a > 0.5; const double c = 2; for (int i = 0; i < x.Length; i++) s += big ? c * x[i] * a : x[i]; }
                    { bool big = a > -0.5; const double c = 3; for (int i = 0; i < x.Length; i++) s += big ? c * x[i] : x[i] * a; }
                    for (double t = 0; t < 1; t += 0.5) { int big = 2; s += big * t * a; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs(Math.Abs((double)p[1]) - 0.5) > 0.03 },

            new ArrayCase("FhrSwitchInBody", """
                [Differentiable]
                public static double FhrSwitchInBody(double a, int n)
                {
                    double s = 0;
                    for (double t = 0; t < 2; t += 0.5)
                    {
                        switch (n)
                        {
                            case 0: s += t * a; break;
                            default: s += Math.Sin(t * a); break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), n % 2 }) { Sizes = new[] { 0, 1 } },

            new ArrayCase("FhrArrayInHeader", """
                [Differentiable]
                public static double FhrArrayInHeader(double x)
                {
                    double s = 0;
                    int k = 0;
                    for (double[] b = new double[3]; k < 3; k++) { b[k] = x * (k + 1); s += b[k] * b[0]; }
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrDeconstructedHeader", """
                [Differentiable]
                public static double FhrDeconstructedHeader(double x)
                {
                    double s = 0, t = x, u = 1;
                    for (int i = 0; i < 3; i++, (t, u) = (u, t * x)) s += t * u;
                    for (var (i, w) = (0, x); i < 3; i++) s += w * i;
                    int j;
                    for ((j, t) = (0, x); j < 3; j++) { s += t * j; t *= x; }
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrParameterInHeader", """
                [Differentiable]
                public static double FhrParameterInHeader(double a, double b)
                {
                    double s = 0;
                    for (a = a * 0.5; a < 5; a += 1) s += a * b;
                    return s + a;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = p => Away((double)p[0] * 0.5, 5, 1) },

            new ArrayCase("FhrZeroTrips", """
                [Differentiable]
                public static double FhrZeroTrips(double a)
                {
                    double s = a;
                    double t;
                    for (t = 5; t < a; t += 1) s *= a;
                    for (double u = 5; u < a; u += 1) s += u;
                    return s * t;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrCallsInHeader", """
                [Differentiable]
                public static double FhrHeaderSq(double v) => v * v;

                [Differentiable]
                public static double FhrCallsInHeader(double a)
                {
                    double s = 0;
                    int i = 0;
                    for (double t = FhrHeaderSq(a); i < 4; i++, t += 0.5 + 0.1 * FhrHeaderSq(t)) s += Math.Sin(t * a);
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1.5, 1.5) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("FhrArrayInBody", """
                [Differentiable]
                public static double FhrArrayInBody(double[] x, double a)
                {
                    double s = 0;
                    for (double t = 0; t < 1.5; t += 0.5)
                    {
                        double[] tmp = new double[x.Length];
                        for (int i = 0; i < x.Length; i++) tmp[i] = x[i] * t + a;
                        for (int i = 0; i < x.Length; i++) s += tmp[i] * tmp[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("FhrBlocksNested", """
                [Differentiable]
                public static double FhrBlocksNested(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        { double t = x[i] * a; s += t; }
                        { double t = x[i] + a; { double u = t * t; s += u; } { double u = t; s += u * a; } }
                    }

                    { { double t = a; s += t; } }
                    { { double t = 2 * a; s += t * t; } }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
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

            ReviewTwin("FhrStepForms", """
                [Differentiable]
                public static float FhrStepFormsFloat(float a, float b)
                {
                    float s = 0;
                    for (float t = a; t < a + 2.5f; t++) s += t * b;
                    for (float t = 3; t > 0.5f; t--) s = s * 0.5f + t * a;
                    for (float t = 0; t < 2; t = t + 0.5f) s += MathF.Cos(t * b);
                    for (float t = 1; t < 10; t *= 1.5f) s += t * a * b;
                    for (float t = 8; t > 1; t /= 2) s -= t * b;
                    for (float t = 0; t > -2; t -= 0.5f) s += t * a;
                    return s;
                }
                """),
        };

        /// <summary>Whether v is away (farther than the finite differences' steps) from every origin + k * step, where a trip count jumps.</summary>
        private static bool Away(double v, double origin, double step)
        {
            double k = Math.Round((v - origin) / step);
            return Math.Abs(v - origin - (k * step)) > 0.03 * Math.Max(1, Math.Abs(v));
        }

        private static ArrayCase ReviewTwin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Review.Single(c => c.Name == doubleTwin), source);

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
