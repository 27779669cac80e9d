using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The numerics, geometry and robotics sweep: code as people write it for numerical methods, graphics and robot
    /// kinematics. Most methods have no loop (the scalar route: closed-form partials and gradients): piecewise functions
    /// with early returns, switch expressions and nested ?:, Abs/Sign/Min/Max/Clamp/Pow with integer, fractional and
    /// negative exponents, Atan2, Cbrt, logarithms with a base, exponentials of large arguments, integer arithmetic mixed
    /// with doubles, named constants, calls between [Differentiable] methods, [DerivativeOf], Gradient.Stop and local
    /// functions; ray-sphere intersection, barycentric coordinates, Bezier and Catmull-Rom points, signed distance
    /// functions, forward and inverse kinematics. The rest loop: Horner, Clenshaw, quadrature, Newton iterations, a
    /// continued fraction, a series that breaks on a tolerance. Points are drawn across branch boundaries and kept only
    /// where no branch flips within the finite-difference step (<see cref="Away"/>), so many lie near a boundary.
    /// </summary>
    public static class NumericsSweepCases
    {
        public static readonly ArrayCase[] Scalar =
        {
            // ---- Piecewise functions ----

            // Huber loss with early return, the residual often negative (Abs of a negative argument).
            new ArrayCase("NsHuber", """
                [Differentiable]
                public static double NsHuber(double r, double delta)
                {
                    double a = Math.Abs(r);
                    if (a <= delta)
                    {
                        return 0.5 * r * r;
                    }

                    return delta * (a - 0.5 * delta);
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], Math.Abs(v[0]) - v[1] }) },

            // GLSL smoothstep with Math.Clamp of a quotient; x on both sides of the edges.
            new ArrayCase("NsSmoothStep", """
                [Differentiable]
                public static double NsSmoothStep(double e0, double e1, double x)
                {
                    double t = Math.Clamp((x - e0) / (e1 - e0), 0.0, 1.0);
                    return t * t * (3 - 2 * t);
                }
                """, (r, n) => new object[] { Uniform(r, -1, 0), Uniform(r, 0.5, 1.5), Uniform(r, -1.5, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { (v[2] - v[0]) / (v[1] - v[0]), ((v[2] - v[0]) / (v[1] - v[0])) - 1 }) },

            // A switch expression with relational arms, a log in the last.
            new ArrayCase("NsPiecewiseSwitch", """
                [Differentiable]
                public static double NsPiecewiseSwitch(double x, double a)
                {
                    return x switch
                    {
                        < -1 => -a * x,
                        < 0 => a * x * x + 1,
                        < 1.5 => Math.Sin(a * x) + 1,
                        _ => Math.Log(x) * a,
                    };
                }
                """, (r, n) => new object[] { Uniform(r, -2.5, 3), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0] + 1, v[0], v[0] - 1.5 }) },

            // Nested ternaries, the inner tests comparing two parameters.
            new ArrayCase("NsNestedTernary", """
                [Differentiable]
                public static double NsNestedTernary(double x, double y) =>
                    x > 0 ? (y > 0 ? x * y : x - y * y) : (y > x ? Math.Sin(x * y) : Math.Exp(x) * y);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], v[1], v[1] - v[0] }) },

            // A tent (hat) basis function: four early returns, two of them constant.
            new ArrayCase("NsTent", """
                [Differentiable]
                public static double NsTent(double x, double w)
                {
                    if (x < -w) return 0;
                    if (x < 0) return (x + w) / w;
                    if (x < w) return (w - x) / w;
                    return 0;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0] + v[1], v[0], v[0] - v[1] }) },

            // The sRGB transfer function: linear below a threshold, a fractional power above.
            new ArrayCase("NsSrgbToLinear", """
                [Differentiable]
                public static double NsSrgbToLinear(double c, double gain)
                {
                    double linear = c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
                    return gain * linear;
                }
                """, (r, n) => new object[] { Uniform(r, -0.1, 1), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0] - 0.04045 }) },

            // Signed square root by Math.Sign (DIFF012 warning, generated) plus a kinked Max.
            new ArrayCase("NsSignedSqrt", """
                [Differentiable]
                public static double NsSignedSqrt(double x, double y) => Math.Sign(x) * Math.Sqrt(Math.Abs(x)) + Math.Max(x, y) * y;
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0]) > 0.1 && Away(a, v => new[] { v[0], v[0] - v[1] }) },

            // Min and Max of three with negative arguments, Clamp whose bounds are parameters.
            new ArrayCase("NsMinMaxClamp", """
                [Differentiable]
                public static double NsMinMaxClamp(double x, double y, double lo)
                {
                    double m = Math.Max(Math.Max(x, y), -x * y);
                    double n = Math.Min(x - y, Math.Min(y, 0.5));
                    return m * n + Math.Clamp(x * 2, lo, lo + 1.5);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 0) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0] - v[1], Math.Max(v[0], v[1]) + (v[0] * v[1]), v[0] - v[1] - Math.Min(v[1], 0.5), v[1] - 0.5, (v[0] * 2) - v[2], (v[0] * 2) - v[2] - 1.5 }) },

            // ---- Powers ----

            // Fractional, negative and integer exponents, and a constant base with the variable exponent.
            new ArrayCase("NsPowFamily", """
                [Differentiable]
                public static double NsPowFamily(double x) =>
                    Math.Pow(x, 0.5) + Math.Pow(x, -1.5) + 2 * Math.Pow(x, 3) - Math.Pow(x, -2) + Math.Pow(2, x) + Math.Pow(x, 1.0 / 3) + Math.Pow(Math.E, -x);
                """, (r, n) => new object[] { Uniform(r, 0.3, 3) }) { Sizes = ArrayCase.Scalar },

            // Whole exponents of a negative base (where ln(base) is NaN).
            new ArrayCase("NsPowNegativeBase", """
                [Differentiable]
                public static double NsPowNegativeBase(double x, double y) => Math.Pow(x, 3) + Math.Pow(x, 2) * y + Math.Pow(x * y, 4) + Math.Pow(x, -1) - Math.Pow(x - y, 5.0);
                """, (r, n) => new object[] { Uniform(r, -2, -0.5), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar },

            // An exponent given as an integer parameter, the base negative or positive.
            new ArrayCase("NsPowIntParameter", """
                [Differentiable]
                public static double NsPowIntParameter(double x, int n) => Math.Pow(x, n) / n + Math.Pow(x * x + 1, -n);
                """, (r, n) => new object[] { Uniform(r, -2, 2), r.Next(2) == 0 ? r.Next(1, 5) : -r.Next(1, 4) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0]) > 0.2 },

            // A double exponent that is not differentiated, whole-valued, with a negative base.
            new ArrayCase("NsPowDataExponent", """
                [Differentiable("x")]
                public static double NsPowDataExponent(double x, double p) => Math.Pow(x, p) + x * Math.Pow(2 - x, p);
                """, (r, n) => new object[] { Uniform(r, -2, 2), (double)r.Next(1, 5) }) { Sizes = ArrayCase.Scalar },

            // Both base and exponent variable.
            new ArrayCase("NsPowBothVariable", """
                [Differentiable]
                public static double NsPowBothVariable(double x, double y) => Math.Pow(x * x + 1, y) - Math.Pow(y, x);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.3, 2) }) { Sizes = ArrayCase.Scalar },

            // ---- Elementary functions ----

            // Atan2 in every quadrant, away from the branch cuts.
            new ArrayCase("NsAtan2Quadrants", """
                [Differentiable]
                public static double NsAtan2Quadrants(double x, double y) => Math.Atan2(y - 0.3, x) + 0.5 * Math.Atan2(x, y) * Math.Atan2(-y, -x * x);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[1] - 0.3, v[0], v[1] }) },

            // A hypotenuse written out, and the unit vector's component.
            new ArrayCase("NsHypotNormalize", """
                [Differentiable]
                public static double NsHypotNormalize(double x, double y)
                {
                    double len = Math.Sqrt(x * x + y * y);
                    return x / len + len - y / Math.Sqrt(x * x + y * y + 1e-12);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Sqrt(Sq((double)a[0]) + Sq((double)a[1])) > 0.3 },

            // Cube roots of negative arguments.
            new ArrayCase("NsCbrtNegative", """
                [Differentiable]
                public static double NsCbrtNegative(double x, double y) => Math.Cbrt(x * y) + Math.Cbrt(x - 2) * y;
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0] * (double)a[1]) > 0.2 },

            // Logarithms with a variable base, base 10 and base 2, and a constant base.
            new ArrayCase("NsLogarithms", """
                [Differentiable]
                public static double NsLogarithms(double x, double b) => Math.Log(x, b) + Math.Log10(x * b) - Math.Log2(x + b) + Math.Log(x, 2.0) * Math.Log(b, 10);
                """, (r, n) => new object[] { Uniform(r, 0.5, 4), Uniform(r, 1.5, 4) }) { Sizes = ArrayCase.Scalar },

            // The stable softplus at arguments up to ±700.
            new ArrayCase("NsSoftplusLarge", """
                [Differentiable]
                public static double NsSoftplusLarge(double x, double s) => s * (x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x)));
                """, (r, n) => new object[] { Uniform(r, -700, 700) * (r.Next(3) == 0 ? 0.01 : 1), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0]) > 0.1 },

            // A logistic written with exp of a large argument in numerator and denominator.
            new ArrayCase("NsExpRatioLarge", """
                [Differentiable]
                public static double NsExpRatioLarge(double x, double y) => Math.Exp(x) * y / (1 + Math.Exp(x)) + Math.Exp(-x / 100);
                """, (r, n) => new object[] { r.Next(2) == 0 ? Uniform(r, -30, 30) : Uniform(r, 300, 705), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar },

            // Hyperbolic and inverse functions together.
            new ArrayCase("NsHyperbolic", """
                [Differentiable]
                public static double NsHyperbolic(double x, double y) => Math.Tanh(x * y) + Math.Asinh(x - y) + Math.Sinh(y) * Math.Acos(x / 3) - Math.Cosh(x) / Math.Atan(y + 3);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -1.5, 1.5) }) { Sizes = ArrayCase.Scalar },

            // ---- Integers mixed with doubles ----

            // Integer division of integer parameters (n / 2, 1 / n) beside a double division.
            new ArrayCase("NsIntDivision", """
                [Differentiable]
                public static double NsIntDivision(double x, int n, int k) => x * (n / 2) + x * x / n + (double)k / n * x + (1 / n) * x + k / 2 * x * x;
                """, (r, n) => new object[] { Uniform(r, -2, 2), r.Next(1, 6), r.Next(-3, 6) }) { Sizes = ArrayCase.Scalar },

            // k * k with int k, a remainder of integers and a choice of integers.
            new ArrayCase("NsIntSquareMod", """
                [Differentiable]
                public static double NsIntSquareMod(double x, int k) => k * k * x + (k - 1) * x * x / (2 * k) + (k % 3) * x + x * x * (k % 2 == 0 ? 1 : -1) + x / k / k;
                """, (r, n) => new object[] { Uniform(r, -2, 2), r.Next(1, 7) }) { Sizes = ArrayCase.Scalar },

            // An integer parameter in a test and an early return (a method that computes with integers returns last).
            new ArrayCase("NsIntTestChoice", """
                [Differentiable]
                public static double NsIntTestChoice(double x, int n) => n > 2 ? x * x * n : Math.Sin(x) / (n + 1);
                """, (r, n) => new object[] { Uniform(r, -2, 2), r.Next(0, 5) }) { Sizes = ArrayCase.Scalar },

            // (double)k / n for step fractions, as a uniform grid does, with an early return on a double.
            new ArrayCase("NsGridFraction", """
                [Differentiable]
                public static double NsGridFraction(double a, double b, int k, int n)
                {
                    double t = (double)k / n;
                    return a + (b - a) * t * t + Math.Sqrt(a * a + b * b) * (1 - t);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), r.Next(0, 8), r.Next(1, 8) }) { Sizes = ArrayCase.Scalar },

            // Named constants: const locals (one built from Math.PI), Math.E, a static field and a tiny epsilon.
            new ArrayCase("NsNamedConstants", """
                private static readonly double NsScale = 1.5;
                private const double NsEpsilon = 1e-8;

                [Differentiable]
                public static double NsNamedConstants(double x)
                {
                    const double TwoPi = 2 * Math.PI;
                    const double Half = 0.5;
                    return Math.Sqrt(x * x + NsEpsilon) + Math.Sin(TwoPi * x) / Math.E + NsScale * x * Half + Math.Log(x * x + Math.E);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0]) > 0.05 },

            // ---- Calls ----

            // A chain of three [Differentiable] methods, the middle one called twice with its arguments swapped.
            new ArrayCase("NsChain3", """
                [Differentiable]
                public static double NsC3(double u) => Math.Sin(u) * u;

                [Differentiable]
                public static double NsB3(double u, double v) => NsC3(u * v) + v * v;

                [Differentiable]
                public static double NsChain3(double x, double y) => NsB3(x, y) * NsB3(y, x) + NsC3(x);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // A helper with an int parameter, called with constants and twice.
            new ArrayCase("NsLegs", """
                [Differentiable]
                public static double NsLeg(double angle, double length, int sign) => sign * length * Math.Cos(angle) + length / (sign + 3);

                [Differentiable]
                public static double NsLegs(double a, double l) => NsLeg(a, l, 1) + NsLeg(2 * a, l, -1) * a;
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar },

            // The same helper, with early returns, called twice; its arguments cross its kinks.
            new ArrayCase("NsTwice", """
                [Differentiable]
                public static double NsClampedSquare(double u)
                {
                    if (u > 1) return 2 * u - 1;
                    if (u < -1) return -2 * u - 1;
                    return u * u;
                }

                [Differentiable]
                public static double NsTwice(double x, double y) => NsClampedSquare(x * y) + NsClampedSquare(x - y) * y;
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { (v[0] * v[1]) - 1, (v[0] * v[1]) + 1, v[0] - v[1] - 1, v[0] - v[1] + 1 }) },

            // A helper called in a branch and in an early return, with a helper's result in the test.
            new ArrayCase("NsCallInBranch", """
                [Differentiable]
                public static double NsSq(double u) => u * u;

                [Differentiable]
                public static double NsCallInBranch(double x, double y)
                {
                    if (NsSq(x) > 1) return NsSq(x - y);
                    double s = y > 0 ? NsSq(y) * x : NsSq(x * y);
                    return s + NsSq(s);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { (v[0] * v[0]) - 1, v[1] }) },

            // A [DerivativeOf] derivative of a library function, called in both arms of a branch.
            new ArrayCase("NsCustomDerivative", """
                public static class NsLib
                {
                    public static double SoftAbs(double u, double eps) => Math.Sqrt(u * u + eps * eps);
                }

                [DerivativeOf(typeof(NsLib), nameof(NsLib.SoftAbs))]
                public static double NsSoftAbsDerivative(double u, double eps, out double dU, out double dEps)
                {
                    double v = NsLib.SoftAbs(u, eps);
                    dU = u / v;
                    dEps = eps / v;
                    return v;
                }

                [Differentiable]
                public static double NsCustomDerivative(double x, double y) => x > 0 ? NsLib.SoftAbs(x - y, 0.1) * x : NsLib.SoftAbs(y, x);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0] }) },

            // Gradient.Stop of a rounding (quantisation), whose derivative is 0 where it does not jump.
            new ArrayCase("NsStopQuantized", """
                [Differentiable]
                public static double NsStopQuantized(double x, double y) => Gradient.Stop(Math.Round(x * 4)) / 4 * y + x * y + Gradient.Stop(Math.Floor(y)) * x;
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { Frac((v[0] * 4) + 0.5) - 0.5, Frac(v[1]) - 0.5 }) },

            // Local functions of one expression, one static, one calling the other.
            new ArrayCase("NsLocalFunctions", """
                [Differentiable]
                public static double NsLocalFunctions(double x, double y)
                {
                    double Sq(double v) => v * v;
                    static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
                    double Both(double v) => Sq(Sigmoid(v));
                    return Sq(x - y) * Sigmoid(x * y) + Both(y) - Sq(Both(x));
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // ---- Geometry and graphics ----

            // Ray-sphere intersection distance: a miss returns -1, from inside the far root is taken.
            new ArrayCase("NsRaySphere", """
                [Differentiable]
                public static double NsRaySphere(double ox, double oy, double oz, double dx, double dy, double dz, double r)
                {
                    double b = ox * dx + oy * dy + oz * dz;
                    double c = ox * ox + oy * oy + oz * oz - r * r;
                    double disc = b * b - c;
                    if (disc < 0)
                    {
                        return -1;
                    }

                    double s = Math.Sqrt(disc);
                    double t = -b - s;
                    if (t < 0)
                    {
                        t = -b + s;
                    }

                    return t;
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 1, 2.5) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, RaySphereKinks) },

            // Barycentric coordinates of a point in a triangle (Ericson's form), combined.
            new ArrayCase("NsBarycentric", """
                [Differentiable]
                public static double NsBarycentric(double px, double py, double ax, double ay, double bx, double by, double cx, double cy)
                {
                    double v0x = bx - ax, v0y = by - ay;
                    double v1x = cx - ax, v1y = cy - ay;
                    double v2x = px - ax, v2y = py - ay;
                    double d00 = v0x * v0x + v0y * v0y;
                    double d01 = v0x * v1x + v0y * v1y;
                    double d11 = v1x * v1x + v1y * v1y;
                    double d20 = v2x * v0x + v2y * v0y;
                    double d21 = v2x * v1x + v2y * v1y;
                    double denom = d00 * d11 - d01 * d01;
                    double v = (d11 * d20 - d01 * d21) / denom;
                    double w = (d00 * d21 - d01 * d20) / denom;
                    double u = 1.0 - v - w;
                    return u * 0.2 + v * v - 3 * w;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 2), Uniform(r, -1, 2), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, 1.7, 2.3), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, 1.7, 2.3) }) { Sizes = ArrayCase.Scalar },

            // A cubic Bezier point.
            new ArrayCase("NsBezierCubic", """
                [Differentiable]
                public static double NsBezierCubic(double t, double p0, double p1, double p2, double p3)
                {
                    double u = 1 - t;
                    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
                }
                """, (r, n) => new object[] { Uniform(r, 0, 1), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // A Catmull-Rom point, written as the matrix form multiplied out.
            new ArrayCase("NsCatmullRom", """
                [Differentiable]
                public static double NsCatmullRom(double t, double p0, double p1, double p2, double p3)
                {
                    double t2 = t * t;
                    double t3 = t2 * t;
                    return 0.5 * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
                }
                """, (r, n) => new object[] { Uniform(r, 0, 1), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // A sphere's signed distance.
            new ArrayCase("NsSdfSphere", """
                [Differentiable]
                public static double NsSdfSphere(double px, double py, double pz, double cx, double radius)
                {
                    double x = px - cx;
                    return Math.Sqrt(x * x + py * py + pz * pz) - radius;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -1, 1), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Sqrt(Sq((double)a[0] - (double)a[3]) + Sq((double)a[1]) + Sq((double)a[2])) > 0.2 },

            // A box's signed distance (Quilez): Abs, Max with 0, Min; the point inside the box too, where the outside
            // distance is the square root of 0 and does not change.
            new ArrayCase("NsSdfBox", """
                [Differentiable]
                public static double NsSdfBox(double px, double py, double pz, double bx, double by, double bz)
                {
                    double qx = Math.Abs(px) - bx;
                    double qy = Math.Abs(py) - by;
                    double qz = Math.Abs(pz) - bz;
                    double mx = Math.Max(qx, 0.0), my = Math.Max(qy, 0.0), mz = Math.Max(qz, 0.0);
                    double outside = Math.Sqrt(mx * mx + my * my + mz * mz);
                    double inside = Math.Min(Math.Max(qx, Math.Max(qy, qz)), 0.0);
                    return outside + inside;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], v[1], v[2], Math.Abs(v[0]) - v[3], Math.Abs(v[1]) - v[4], Math.Abs(v[2]) - v[5], Math.Abs(v[0]) - v[3] - (Math.Abs(v[1]) - v[4]), Math.Abs(v[1]) - v[4] - (Math.Abs(v[2]) - v[5]), Math.Abs(v[0]) - v[3] - (Math.Abs(v[2]) - v[5]) }) },

            // A 2-D rounded box, the point inside and outside.
            new ArrayCase("NsSdfRoundBox", """
                [Differentiable]
                public static double NsSdfRoundBox(double px, double py, double bx, double by, double radius)
                {
                    double dx = Math.Abs(px) - bx + radius;
                    double dy = Math.Abs(py) - by + radius;
                    double ox = Math.Max(dx, 0.0), oy = Math.Max(dy, 0.0);
                    return Math.Min(Math.Max(dx, dy), 0.0) + Math.Sqrt(ox * ox + oy * oy) - radius;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 1.5), Uniform(r, 0.05, 0.3) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], v[1], Math.Abs(v[0]) - v[2] + v[4], Math.Abs(v[1]) - v[3] + v[4], Math.Abs(v[0]) - v[2] - Math.Abs(v[1]) + v[3] }) },

            // A torus's signed distance: a square root inside a square root.
            new ArrayCase("NsSdfTorus", """
                [Differentiable]
                public static double NsSdfTorus(double px, double py, double pz, double major, double minor)
                {
                    double qx = Math.Sqrt(px * px + pz * pz) - major;
                    return Math.Sqrt(qx * qx + py * py) - minor;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -1, 1), Uniform(r, -2, 2), Uniform(r, 0.8, 1.2), Uniform(r, 0.1, 0.4) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Sqrt(Sq((double)a[0]) + Sq((double)a[2])) > 0.2 && Math.Sqrt(Sq(Math.Sqrt(Sq((double)a[0]) + Sq((double)a[2])) - (double)a[3]) + Sq((double)a[1])) > 0.1 },

            // A capsule's signed distance: the projection onto the segment clamped to [0, 1].
            new ArrayCase("NsSdfCapsule", """
                [Differentiable]
                public static double NsSdfCapsule(double px, double py, double ax, double ay, double bx, double by, double radius)
                {
                    double pax = px - ax, pay = py - ay, bax = bx - ax, bay = by - ay;
                    double h = Math.Clamp((pax * bax + pay * bay) / (bax * bax + bay * bay), 0.0, 1.0);
                    double ex = pax - bax * h, ey = pay - bay * h;
                    return Math.Sqrt(ex * ex + ey * ey) - radius;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 3), Uniform(r, -2, 2), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, 1.5, 2), Uniform(r, -0.3, 0.3), Uniform(r, 0.1, 0.5) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, CapsuleKinks) },

            // Polynomial smooth minimum (Quilez), the blend clamped on both sides.
            new ArrayCase("NsSmoothMin", """
                [Differentiable]
                public static double NsSmoothMin(double a, double b, double k)
                {
                    double h = Math.Clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
                    return b + (a - b) * h - k * h * (1.0 - h);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.2, 1) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { 0.5 + (0.5 * (v[1] - v[0]) / v[2]), -0.5 + (0.5 * (v[1] - v[0]) / v[2]) }) },

            // A triangle's area in 3-D by the cross product.
            new ArrayCase("NsTriangleArea", """
                [Differentiable]
                public static double NsTriangleArea(double ax, double ay, double az, double bx, double by, double bz, double cx, double cy, double cz)
                {
                    double ux = bx - ax, uy = by - ay, uz = bz - az;
                    double vx = cx - ax, vy = cy - ay, vz = cz - az;
                    double nx = uy * vz - uz * vy;
                    double ny = uz * vx - ux * vz;
                    double nz = ux * vy - uy * vx;
                    return 0.5 * Math.Sqrt(nx * nx + ny * ny + nz * nz);
                }
                """, (r, n) => Enumerable.Range(0, 9).Select(_ => (object)Uniform(r, -2, 2)).ToArray()) { Sizes = ArrayCase.Scalar },

            // Pinhole camera projection and the squared reprojection error; the pixel data not differentiated.
            new ArrayCase("NsReprojection", """
                [Differentiable("x", "y", "z", "f")]
                public static double NsReprojection(double x, double y, double z, double f, double cx, double cy, double u0, double v0)
                {
                    double u = f * x / z + cx;
                    double v = f * y / z + cy;
                    double du = u - u0, dv = v - v0;
                    return du * du + dv * dv;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 2, 5), Uniform(r, 400, 800), 320.0, 240.0, Uniform(r, 200, 440), Uniform(r, 120, 360) }) { Sizes = ArrayCase.Scalar },

            // The angle between two vectors: Acos of a cosine clamped to [-1, 1].
            new ArrayCase("NsAngleBetween", """
                [Differentiable]
                public static double NsAngleBetween(double ax, double ay, double az, double bx, double by, double bz)
                {
                    double dot = ax * bx + ay * by + az * bz;
                    double na = Math.Sqrt(ax * ax + ay * ay + az * az);
                    double nb = Math.Sqrt(bx * bx + by * by + bz * bz);
                    return Math.Acos(Math.Clamp(dot / (na * nb), -1.0, 1.0));
                }
                """, (r, n) => Enumerable.Range(0, 6).Select(_ => (object)Uniform(r, -2, 2)).ToArray()) { Sizes = ArrayCase.Scalar, Accept = a => Norm3(a, 0) > 0.3 && Norm3(a, 3) > 0.3 && Math.Abs(Cosine(a)) < 0.98 },

            // Phong specular: reflect the light about a normalised normal, Max with 0, a fractional power, the shininess
            // differentiated too (where the Max is 0, ∂/∂shininess is 0: it was NaN, NsPowZeroBase).
            new ArrayCase("NsPhongSpecular", """
                [Differentiable]
                public static double NsPhongSpecular(double nx, double ny, double lx, double ly, double shininess)
                {
                    double len = Math.Sqrt(nx * nx + ny * ny);
                    double ux = nx / len, uy = ny / len;
                    double d = lx * ux + ly * uy;
                    double rx = 2 * d * ux - lx, ry = 2 * d * uy - ly;
                    double s = Math.Max(rx * 0.6 + ry * 0.8, 0.0);
                    return Math.Pow(s, shininess) + 0.1 * Math.Max(d, 0.0);
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.3, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 2, 20) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, PhongKinks) },

            // ---- Robotics ----

            // Two-link planar arm: the distance from the end effector to a target (data).
            new ArrayCase("NsTwoLinkReach", """
                [Differentiable("t1", "t2", "l1", "l2")]
                public static double NsTwoLinkReach(double t1, double t2, double l1, double l2, double tx, double ty)
                {
                    double x = l1 * Math.Cos(t1) + l2 * Math.Cos(t1 + t2);
                    double y = l1 * Math.Sin(t1) + l2 * Math.Sin(t1 + t2);
                    double ex = x - tx, ey = y - ty;
                    return Math.Sqrt(ex * ex + ey * ey);
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 1.5), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => TwoLinkDistance(a) > 0.1 },

            // Three-link arm: accumulated angles, const lengths, reach plus an orientation term with Atan2 of the target.
            new ArrayCase("NsThreeLinkReach", """
                [Differentiable("t1", "t2", "t3")]
                public static double NsThreeLinkReach(double t1, double t2, double t3, double tx, double ty)
                {
                    const double L1 = 1.0, L2 = 0.8, L3 = 0.5;
                    double a1 = t1;
                    double a2 = a1 + t2;
                    double a3 = a2 + t3;
                    double x = L1 * Math.Cos(a1) + L2 * Math.Cos(a2) + L3 * Math.Cos(a3);
                    double y = L1 * Math.Sin(a1) + L2 * Math.Sin(a2) + L3 * Math.Sin(a3);
                    double dx = x - tx, dy = y - ty;
                    double orient = a3 - Math.Atan2(ty, tx);
                    return dx * dx + dy * dy + 0.1 * (1 - Math.Cos(orient));
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // An inverse-kinematics cost: reach plus joint-limit penalties added in ifs (|t| beyond a limit).
            new ArrayCase("NsIkJointLimits", """
                [Differentiable]
                public static double NsIkJointLimits(double t1, double t2, double t3)
                {
                    double x = Math.Cos(t1) + 0.8 * Math.Cos(t1 + t2) + 0.5 * Math.Cos(t1 + t2 + t3);
                    double y = Math.Sin(t1) + 0.8 * Math.Sin(t1 + t2) + 0.5 * Math.Sin(t1 + t2 + t3);
                    double cost = (x - 1.2) * (x - 1.2) + (y - 0.9) * (y - 0.9);
                    double e1 = Math.Abs(t1) - 2.0;
                    if (e1 > 0) cost += 10 * e1 * e1;
                    double e2 = Math.Abs(t2) - 1.5;
                    if (e2 > 0)
                    {
                        cost += 10 * e2 * e2;
                    }
                    else if (e2 > -0.5)
                    {
                        cost += 0.1 * (e2 + 0.5);
                    }

                    cost += Math.Max(0.0, t3 - 1.0) * Math.Max(0.0, t3 - 1.0);
                    return cost;
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -2.5, 2.5), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], Math.Abs(v[0]) - 2, v[1], Math.Abs(v[1]) - 1.5, Math.Abs(v[1]) - 1, v[2] - 1 }) },

            // An angle error wrapped into (-π, π] by if / else if before it is squared.
            new ArrayCase("NsWrappedAngleError", """
                [Differentiable]
                public static double NsWrappedAngleError(double a, double b)
                {
                    double e = a - b;
                    if (e > Math.PI) e -= 2 * Math.PI;
                    else if (e < -Math.PI) e += 2 * Math.PI;
                    return e * e;
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0] - v[1] - Math.PI, v[0] - v[1] + Math.PI }) },

            // A differential-drive step (midpoint heading), squared distance to the origin.
            new ArrayCase("NsDiffDriveStep", """
                [Differentiable("v", "w")]
                public static double NsDiffDriveStep(double v, double w, double x, double y, double theta, double dt)
                {
                    double heading = theta + w * dt / 2;
                    double nx = x + v * Math.Cos(heading) * dt;
                    double ny = y + v * Math.Sin(heading) * dt;
                    return nx * nx + ny * ny;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -2, 2), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -3, 3), Uniform(r, 0.05, 0.5) }) { Sizes = ArrayCase.Scalar },

            // A 3-DOF arm (yaw, shoulder, elbow) in 3-D: the error to a target point.
            new ArrayCase("NsArm3D", """
                [Differentiable("q1", "q2", "q3")]
                public static double NsArm3D(double q1, double q2, double q3, double tx, double ty, double tz)
                {
                    const double L1 = 0.4, L2 = 1.0, L3 = 0.7;
                    double r = L2 * Math.Cos(q2) + L3 * Math.Cos(q2 + q3);
                    double z = L1 + L2 * Math.Sin(q2) + L3 * Math.Sin(q2 + q3);
                    double x = r * Math.Cos(q1), y = r * Math.Sin(q1);
                    double ex = x - tx, ey = y - ty, ez = z - tz;
                    return ex * ex + ey * ey + ez * ez;
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -1.5, 1.5), Uniform(r, -2, 2), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0, 1.5) }) { Sizes = ArrayCase.Scalar },

            // Closed-form two-link inverse kinematics: law of cosines (clamped), Acos, two Atan2.
            new ArrayCase("NsAnalyticIk", """
                [Differentiable]
                public static double NsAnalyticIk(double x, double y)
                {
                    const double L1 = 1.0, L2 = 0.7;
                    double c2 = (x * x + y * y - L1 * L1 - L2 * L2) / (2 * L1 * L2);
                    c2 = Math.Clamp(c2, -1.0, 1.0);
                    double t2 = Math.Acos(c2);
                    double t1 = Math.Atan2(y, x) - Math.Atan2(L2 * Math.Sin(t2), L1 + L2 * Math.Cos(t2));
                    return t1 + 0.5 * t2;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { ((v[0] * v[0]) + (v[1] * v[1]) - 1.49) / 1.4 - 1, ((v[0] * v[0]) + (v[1] * v[1]) - 1.49) / 1.4 + 1, v[1] }) && (Math.Abs((Sq((double)a[0]) + Sq((double)a[1]) - 1.49) / 1.4) < 0.97 || Math.Abs((Sq((double)a[0]) + Sq((double)a[1]) - 1.49) / 1.4) > 1.03) },

            // Compound rotation of a point by two angles (rotation matrices multiplied out), then a distance.
            new ArrayCase("NsRotateTwice", """
                [Differentiable]
                public static double NsRotateTwice(double a, double b, double px, double py)
                {
                    double ca = Math.Cos(a), sa = Math.Sin(a);
                    double x1 = ca * px - sa * py, y1 = sa * px + ca * py;
                    double cb = Math.Cos(b), sb = Math.Sin(b);
                    double x2 = cb * x1 - sb * y1 + 0.5, y2 = sb * x1 + cb * y1;
                    return Math.Sqrt(x2 * x2 + y2 * y2);
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, 0.8, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },
        };

        public static readonly ArrayCase[] Loops =
        {
            // Horner's rule, coefficients and the point differentiated.
            new ArrayCase("NsHorner", """
                [Differentiable]
                public static double NsHorner(double[] c, double x)
                {
                    double s = 0;
                    for (int i = c.Length - 1; i >= 0; i--)
                    {
                        s = s * x + c[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // Horner for the value and the derivative at once (the Newton step's numerator and denominator).
            new ArrayCase("NsHornerNewtonStep", """
                [Differentiable]
                public static double NsHornerNewtonStep(double[] c, double x)
                {
                    double p = 0, dp = 0;
                    for (int i = c.Length - 1; i >= 0; i--)
                    {
                        dp = dp * x + p;
                        p = p * x + c[i];
                    }

                    return x - p / (dp + 3.0);
                }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5), Uniform(r, -0.8, 0.8) }),

            // Clenshaw's recurrence for a Chebyshev series.
            new ArrayCase("NsClenshaw", """
                [Differentiable]
                public static double NsClenshaw(double[] c, double x)
                {
                    double b1 = 0, b2 = 0;
                    for (int k = c.Length - 1; k >= 1; k--)
                    {
                        double b0 = 2 * x * b1 - b2 + c[k];
                        b2 = b1;
                        b1 = b0;
                    }

                    return x * b1 - b2 + c[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The Chebyshev three-term recurrence run forwards, the first two terms outside the loop.
            new ArrayCase("NsChebyshevForward", """
                [Differentiable]
                public static double NsChebyshevForward(double[] c, double x)
                {
                    double t0 = 1, t1 = x;
                    double s = c[0] * t0 + c[1] * t1;
                    for (int k = 2; k < c.Length; k++)
                    {
                        double t2 = 2 * x * t1 - t0;
                        s += c[k] * t2;
                        t0 = t1;
                        t1 = t2;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Uniform(r, -1, 1) }),

            // The composite trapezoid rule for a Gaussian of width k between a and b.
            new ArrayCase("NsTrapezoid", """
                [Differentiable]
                public static double NsTrapezoid(double a, double b, double k)
                {
                    const int n = 32;
                    double h = (b - a) / n;
                    double s = 0.5 * (Math.Exp(-k * a * a) + Math.Exp(-k * b * b));
                    for (int i = 1; i < n; i++)
                    {
                        double t = a + i * h;
                        s += Math.Exp(-k * t * t);
                    }

                    return s * h;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 0), Uniform(r, 0.5, 2), Uniform(r, 0.3, 2) }) { Sizes = ArrayCase.Scalar },

            // Composite Simpson with weights 4 and 2 chosen by i % 2, an int local n.
            new ArrayCase("NsSimpson", """
                [Differentiable]
                public static double NsSimpson(double a, double w)
                {
                    int n = 20;
                    double h = a / n;
                    double s = Math.Sin(w * a) / (1 + a * a);
                    for (int i = 1; i < n; i++)
                    {
                        double t = i * h;
                        s += (i % 2 == 0 ? 2 : 4) * Math.Sin(w * t) / (1 + t * t);
                    }

                    return s * h / 3;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0.5, 3) }) { Sizes = ArrayCase.Scalar },

            // Newton's iteration for a square root, 30 steps from a guess chosen by a test.
            new ArrayCase("NsNewtonSqrt", """
                [Differentiable]
                public static double NsNewtonSqrt(double a)
                {
                    double x = a > 1 ? a : 1.0;
                    for (int i = 0; i < 30; i++)
                    {
                        x = 0.5 * (x + a / x);
                    }

                    return x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 10) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0] - 1) > 0.05 },

            // Newton's method for the real root of x^3 + p x - 1 = 0, 12 steps, x -= f / f'.
            new ArrayCase("NsNewtonCubicRoot", """
                [Differentiable]
                public static double NsNewtonCubicRoot(double p)
                {
                    double x = 1;
                    for (int i = 0; i < 12; i++)
                    {
                        double f = x * x * x + p * x - 1;
                        double df = 3 * x * x + p;
                        x -= f / df;
                    }

                    return x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3) }) { Sizes = ArrayCase.Scalar },

            // Lambert's continued fraction for tan, evaluated from the bottom; (2 * k - 1) an integer.
            new ArrayCase("NsContinuedFractionTan", """
                [Differentiable]
                public static double NsContinuedFractionTan(double x)
                {
                    double f = 2 * 14 + 1;
                    for (int k = 14; k >= 1; k--)
                    {
                        f = (2 * k - 1) - x * x / f;
                    }

                    return x / f;
                }
                """, (r, n) => new object[] { Uniform(r, -1.2, 1.2) }) { Sizes = ArrayCase.Scalar },

            // The exponential series, leaving the loop once a term is negligible.
            new ArrayCase("NsExpSeriesBreak", """
                [Differentiable]
                public static double NsExpSeriesBreak(double x)
                {
                    double term = 1, sum = 1;
                    for (int k = 1; k < 200; k++)
                    {
                        term *= x / k;
                        sum += term;
                        if (Math.Abs(term) < 1e-17 * Math.Abs(sum))
                        {
                            break;
                        }
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, -5, 5) }) { Sizes = ArrayCase.Scalar },

            // A fixed-point iteration x = p cos x (a contraction for p < 1).
            new ArrayCase("NsFixedPoint", """
                [Differentiable]
                public static double NsFixedPoint(double p)
                {
                    double x = 0.5;
                    for (int i = 0; i < 80; i++)
                    {
                        x = p * Math.Cos(x);
                    }

                    return x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.9) }) { Sizes = ArrayCase.Scalar },

            // Five-point Gauss-Legendre over [a, b] with nodes and weights in local arrays.
            new ArrayCase("NsGaussLegendre", """
                [Differentiable]
                public static double NsGaussLegendre(double a, double b, double k)
                {
                    double[] nodes = { -0.906179845938664, -0.538469310105683, 0.0, 0.538469310105683, 0.906179845938664 };
                    double[] weights = { 0.236926885056189, 0.478628670499366, 0.568888888888889, 0.478628670499366, 0.236926885056189 };
                    double half = 0.5 * (b - a), mid = 0.5 * (a + b), s = 0;
                    for (int i = 0; i < 5; i++)
                    {
                        double t = mid + half * nodes[i];
                        s += weights[i] * Math.Exp(-k * t) * Math.Sin(t);
                    }

                    return half * s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 0.5), Uniform(r, 1, 3), Uniform(r, 0.1, 1) }) { Sizes = ArrayCase.Scalar },

            // An n-link planar arm: angles accumulated in the loop, the squared distance to a target.
            new ArrayCase("NsArmChain", """
                [Differentiable("angles", "lengths")]
                public static double NsArmChain(double[] angles, double[] lengths, double tx, double ty)
                {
                    double a = 0, x = 0, y = 0;
                    for (int i = 0; i < angles.Length; i++)
                    {
                        a += angles[i];
                        x += lengths[i] * Math.Cos(a);
                        y += lengths[i] * Math.Sin(a);
                    }

                    double dx = x - tx, dy = y - ty;
                    return dx * dx + dy * dy;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n, 0.3, 1), Uniform(r, -1, 1), Uniform(r, -1, 1) }),

            // The length of a cubic Bezier by 16 chords; i / 16.0 and the previous point carried.
            new ArrayCase("NsBezierArcLength", """
                [Differentiable]
                public static double NsBezierArcLength(double[] px, double[] py)
                {
                    double len = 0, prevX = px[0], prevY = py[0];
                    for (int i = 1; i <= 16; i++)
                    {
                        double t = i / 16.0;
                        double u = 1 - t;
                        double x = u * u * u * px[0] + 3 * u * u * t * px[1] + 3 * u * t * t * px[2] + t * t * t * px[3];
                        double y = u * u * u * py[0] + 3 * u * u * t * py[1] + 3 * u * t * t * py[2] + t * t * t * py[3];
                        double dx = x - prevX, dy = y - prevY;
                        len += Math.Sqrt(dx * dx + dy * dy);
                        prevX = x;
                        prevY = y;
                    }

                    return len;
                }
                """, (r, n) => new object[] { new[] { 0.0, 1.0, 2.0, 3.0 }.Select(v => v + Uniform(r, -0.3, 0.3)).ToArray(), Vector(r, 4, -1, 1) }) { Sizes = ArrayCase.Scalar },

            // The shoelace area of a polygon, the next vertex by (i + 1) % n, Math.Abs of the sum.
            new ArrayCase("NsPolygonArea", """
                [Differentiable]
                public static double NsPolygonArea(double[] xs, double[] ys)
                {
                    int n = xs.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int j = (i + 1) % n;
                        s += xs[i] * ys[j] - xs[j] * ys[i];
                    }

                    return 0.5 * Math.Abs(s);
                }
                """, (r, n) => Polygon(r, n + 3)) { Sizes = new[] { 0, 1, 2, 5 } },

            // Integer division in a loop: (k / 2) and (double)k / n beside x * x / k.
            new ArrayCase("NsIntDivisionLoop", """
                [Differentiable]
                public static double NsIntDivisionLoop(double x, int n)
                {
                    double s = 0;
                    for (int k = 1; k <= n; k++)
                    {
                        s += (k / 2) * x + x * x / k + (double)k / n * x + (1 / k) * x * x * x;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), n + 1 }),

            // The secant method for a root of cos(x) = p x, 5 steps (before f1 - f0 rounds to 0).
            new ArrayCase("NsSecantRoot", """
                [Differentiable]
                public static double NsSecantRoot(double p)
                {
                    double x0 = 0.0, x1 = 1.0;
                    double f0 = Math.Cos(x0) - p * x0;
                    for (int i = 0; i < 5; i++)
                    {
                        double f1 = Math.Cos(x1) - p * x1;
                        double x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
                        x0 = x1;
                        f0 = f1;
                        x1 = x2;
                    }

                    return x1;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar },
        };


        /// <summary>
        /// Second pass: constructs where a generator could go wrong quietly (named arguments out of order, default
        /// arguments, √(x²) and ln(x²) of negative x, Atan2 of scaled arguments, integer division and overflow,
        /// float constants in double methods, local functions reading a local reassigned later), and the minimal
        /// repro of the one wrong partial the first pass found (<c>NsNormOfClampedParts</c>).
        /// </summary>
        public static readonly ArrayCase[] Adversarial =
        {
            // Was NaN in MPartialY (MPartialX alike) where x < 0 and y < 0: the chain rule through √ multiplied the sum of
            // the two Max's guarded derivatives, 0 there, by 1/(2·√0). The gradient was right. The minimal form of the
            // rounded box's signed distance (NsSdfRoundBox), where both parts depend on the radius.
            new ArrayCase("NsNormOfClampedParts", """
                [Differentiable]
                public static double NsNormOfClampedParts(double x, double y)
                {
                    double a = Math.Max(x + y, 0.0), b = Math.Max(y - x, 0.0);
                    return Math.Sqrt(a * a + b * b) + 0.5 * y;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 1) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0] + v[1], v[1] - v[0] }) },

            // Named arguments in another order than the parameters, for a method of ours and for Math members.
            new ArrayCase("NsNamedArguments", """
                [Differentiable]
                public static double NsHelper3(double a, double b, double c) => a * 100 + b * 10 + c * c;

                [Differentiable]
                public static double NsNamedArguments(double x, double y) =>
                    NsHelper3(c: x, a: y, b: x * y) + Math.Atan2(x: x, y: y) + Math.Pow(y: y, x: x * x + 1) + Math.Clamp(max: 1.5, min: -0.5, value: x * y) + Math.Log(newBase: 3.0, a: y * y + 1) + Math.Max(val2: x, val1: 2 * y);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], v[1], (v[0] * v[1]) - 1.5, (v[0] * v[1]) + 0.5, (2 * v[1]) - v[0] }) },

            // An optional parameter left to its default value, and given.
            new ArrayCase("NsDefaultArgument", """
                [Differentiable]
                public static double NsScaled(double x, double k = 2.5) => x * x * k + x;

                [Differentiable]
                public static double NsDefaultArgument(double x, double y) => NsScaled(x * y) + NsScaled(y, x);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // √(x²), (y²)^½, (x²)^1.5, ∛(x³), 1/√(x²) and x²/|x| of negative arguments: |x|, never x.
            new ArrayCase("NsRootsOfSquares", """
                [Differentiable]
                public static double NsRootsOfSquares(double x, double y) =>
                    Math.Sqrt(x * x) + Math.Pow(y * y, 0.5) + Math.Sqrt(x * x * y * y) + Math.Pow(x * x, 1.5) + Math.Pow(y * y, 0.25)
                    + Math.Cbrt(x * x * x) + Math.Pow(Math.Pow(x, 2), 0.5) * y + 1 / Math.Sqrt(x * x) + x * x / Math.Abs(x);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0]) > 0.2 && Math.Abs((double)a[1]) > 0.2 },

            // ln(x²), ln(y⁴), exp(2·ln u) and ln(exp(x·y)) of negative x and y.
            new ArrayCase("NsLogsOfPowers", """
                [Differentiable]
                public static double NsLogsOfPowers(double x, double y) =>
                    Math.Log(x * x) + Math.Log(Math.Pow(y, 4)) + Math.Log(x * x * y * y) + Math.Exp(2 * Math.Log(y * y + 0.5)) + Math.Log(Math.Exp(x * y));
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0]) > 0.2 && Math.Abs((double)a[1]) > 0.2 },

            // Atan2 of arguments scaled by a negative number or sharing a factor: not scale-invariant.
            new ArrayCase("NsAtan2Scaled", """
                [Differentiable]
                public static double NsAtan2Scaled(double x, double y) => Math.Atan2(-2 * y, -2 * x) + Math.Atan2(x * y * y, x) + Math.Atan2(y * x, x * x);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], v[1] }) },

            // Integer division that does not cancel: (n / 2) * 2, n - n / 2 * 2, and a test on parity.
            new ArrayCase("NsIntEvenOdd", """
                [Differentiable]
                public static double NsIntEvenOdd(double x, int n) => x * (n / 2 * 2) + x * x * (n - n / 2 * 2) + (n / 2 * 2 == n ? x : -x) + (double)(n / 2) * 2 / n * x;
                """, (r, n) => new object[] { Uniform(r, -2, 2), r.Next(1, 9) }) { Sizes = ArrayCase.Scalar },

            // Unchecked integer overflow, as C# wraps it.
            new ArrayCase("NsIntOverflow", """
                [Differentiable]
                public static double NsIntOverflow(double x, int n) => x * (n * 1000000 * 1000) + x * x * (n * int.MaxValue) * 1e-9;
                """, (r, n) => new object[] { Uniform(r, -2, 2), r.Next(1, 9) }) { Sizes = ArrayCase.Scalar },

            // float constants (a const local, a const field, a literal) in a double method: (double)0.1f, not 0.1.
            new ArrayCase("NsFloatConstants", """
                private const float NsTenth = 0.1f;

                [Differentiable]
                public static double NsFloatConstants(double x, double y)
                {
                    const float k = 0.1f;
                    return x * k + y * NsTenth + x * y * 0.3f + 1e-8f * y + Math.Sqrt(x * x + 0.01f);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // The integer divisions 1 / 3 and 2 / 3 (both 0) as exponents, and n / 2 and 1 / n of an int parameter.
            new ArrayCase("NsIntegerExponents", """
                [Differentiable]
                public static double NsIntegerExponents(double x, double y, int n) =>
                    Math.Pow(x * x + 1, 1 / 3) * y + Math.Pow(y * y + 1, 2 / 3 * x) + x * (1 / 2) + Math.Pow(x, n / 2) + Math.Pow(y * y + 1, 1 / n) + x / (n / 2 + 1);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), r.Next(1, 7) }) { Sizes = ArrayCase.Scalar },

            // |x|/x and Sign(x)·x (DIFF012) with x negative and positive.
            new ArrayCase("NsSignForms", """
                [Differentiable]
                public static double NsSignForms(double x, double y) => Math.Abs(x) / x * y + Math.Abs(x * y) / (x * y) * x + Math.Sign(x) * x * y;
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], v[1] }) },

            // A switch expression on an int parameter with an or pattern and a when guard on a double.
            new ArrayCase("NsSwitchOnInt", """
                [Differentiable]
                public static double NsSwitchOnInt(double x, int n) => n switch { 0 => x, 1 or 2 => x * x, > 2 when x > 0 => Math.Exp(x), _ => -x * x * x };
                """, (r, n) => new object[] { Uniform(r, -2, 2), r.Next(0, 6) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0] }) },

            // A switch statement with two labels on one section.
            new ArrayCase("NsSwitchStatement", """
                [Differentiable]
                public static double NsSwitchStatement(double x, double y)
                {
                    double r;
                    switch (x)
                    {
                        case < 0:
                        case > 1:
                            r = x * y;
                            break;
                        default:
                            r = Math.Sin(x) + y;
                            break;
                    }

                    return r * r;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], v[0] - 1 }) },

            // A local function reads a local that is reassigned between its calls, and one reassigned after them.
            new ArrayCase("NsLocalCapture", """
                [Differentiable]
                public static double NsLocalCapture(double x, double y)
                {
                    double k = 2;
                    double F(double v) => k * v * v;
                    k = 3 * y;
                    double a = F(x);
                    k = x;
                    return a + F(y);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Tuple assignment reading the old values, then Sin and Cos of the new.
            new ArrayCase("NsTupleSwap", """
                [Differentiable]
                public static double NsTupleSwap(double x, double y)
                {
                    (x, y) = (y, x * y);
                    double s = Math.Sin(x), c = Math.Cos(x);
                    return s * y + c;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Chebyshev polynomials by their recurrence written as recursion on an int, the calls in an if / else (in ?:
            // they are DIFF015 in a method that computes with integers, whose message says to write this).
            new ArrayCase("NsChebyshevRecursive", """
                [Differentiable]
                public static double NsChebyshevRecursive(double x, int n)
                {
                    double r;
                    if (n == 0) r = 1;
                    else if (n == 1) r = x;
                    else
                    {
                        double a = NsChebyshevRecursive(x, n - 1);
                        double b = NsChebyshevRecursive(x, n - 2);
                        r = 2 * x * a - b;
                    }

                    return r;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), r.Next(0, 7) }) { Sizes = ArrayCase.Scalar },

            // sinc with its guard at 0 (never exactly 0 here).
            new ArrayCase("NsSinc", """
                [Differentiable]
                public static double NsSinc(double x, double y) => x == 0 ? y : Math.Sin(x * y) / x;
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // The overflow-safe hypotenuse: scale by the larger magnitude first.
            new ArrayCase("NsHypotScaled", """
                [Differentiable]
                public static double NsHypotScaled(double x, double y)
                {
                    double m = Math.Max(Math.Abs(x), Math.Abs(y));
                    double a = x / m, b = y / m;
                    return m * Math.Sqrt(a * a + b * b);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => Away(a, v => new[] { v[0], v[1], Math.Abs(v[0]) - Math.Abs(v[1]) }) },
        };

        /// <summary>Iterations as numerical code writes them: while with a tolerance, a break after the update, do-while, in-place sweeps, Romberg.</summary>
        public static readonly ArrayCase[] Iterations =
        {
            // Newton's square root until the residual is below a tolerance, at most 60 steps (a while with && on a counter).
            new ArrayCase("NsNewtonWhile", """
                [Differentiable]
                public static double NsNewtonWhile(double a)
                {
                    double x = a;
                    int iter = 0;
                    while (Math.Abs(x * x - a) > 1e-14 * a && iter < 60)
                    {
                        x = 0.5 * (x + a / x);
                        iter++;
                    }

                    return x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 9) }) { Sizes = ArrayCase.Scalar },

            // Newton's square root leaving the loop once the step is negligible (the break last in the body).
            new ArrayCase("NsNewtonBreak", """
                [Differentiable]
                public static double NsNewtonBreak(double a)
                {
                    double x = a;
                    for (int i = 0; i < 60; i++)
                    {
                        double next = 0.5 * (x + a / x);
                        double step = next - x;
                        x = next;
                        if (Math.Abs(step) < 1e-15)
                        {
                            break;
                        }
                    }

                    return x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 9) }) { Sizes = ArrayCase.Scalar },

            // The Taylor series of sin: term *= -x²/((2k)(2k + 1)) with integer products below the line.
            new ArrayCase("NsTaylorSin", """
                [Differentiable]
                public static double NsTaylorSin(double x, double y)
                {
                    double term = x, sum = x;
                    for (int k = 1; k < 15; k++)
                    {
                        term *= -x * x / ((2 * k) * (2 * k + 1));
                        sum += term;
                    }

                    return sum * y;
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Gauss-Seidel sweeps of a 1-D Laplace problem in a local array updated in place, boundary values a and b.
            new ArrayCase("NsGaussSeidel", """
                [Differentiable]
                public static double NsGaussSeidel(double a, double b)
                {
                    double[] u = new double[5];
                    for (int sweep = 0; sweep < 10; sweep++)
                    {
                        for (int i = 0; i < 5; i++)
                        {
                            double left = i > 0 ? u[i - 1] : a;
                            double right = i < 4 ? u[i + 1] : b;
                            u[i] = 0.5 * (left + right) + 0.01 * a * b;
                        }
                    }

                    return u[2] * u[2] + u[0];
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // The exponential series as a do-while on an int counter.
            new ArrayCase("NsDoWhileSeries", """
                [Differentiable]
                public static double NsDoWhileSeries(double x, double y)
                {
                    double term = 1, sum = 0;
                    int k = 0;
                    do
                    {
                        sum += term;
                        k++;
                        term *= x * y / k;
                    }
                    while (k < 20);

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Romberg integration of exp over [a, b]: trapezoid refinements into a local array, then Richardson in place.
            new ArrayCase("NsRomberg", """
                [Differentiable]
                public static double NsRomberg(double a, double b)
                {
                    double[] r = new double[4];
                    int n = 1;
                    double h = b - a;
                    r[0] = 0.5 * h * (Math.Exp(a) + Math.Exp(b));
                    for (int k = 1; k < 4; k++)
                    {
                        h /= 2;
                        double s = 0;
                        for (int i = 1; i < 2 * n; i += 2)
                        {
                            s += Math.Exp(a + i * h);
                        }

                        n *= 2;
                        r[k] = 0.5 * r[k - 1] + h * s;
                    }

                    double f = 1;
                    for (int j = 1; j < 4; j++)
                    {
                        f *= 4;
                        for (int k = 3; k >= j; k--)
                        {
                            r[k] = r[k] + (r[k] - r[k - 1]) / (f - 1);
                        }
                    }

                    return r[3];
                }
                """, (r, n) => new object[] { Uniform(r, -2, 0), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar },

            // Math.Pow of the loop counter and of its integer half.
            new ArrayCase("NsPowLoopIndex", """
                [Differentiable]
                public static double NsPowLoopIndex(double x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < 6; i++)
                    {
                        s += Math.Pow(x, i) * y / (i + 1) + Math.Pow(y, i / 2);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },
        };

        /// <summary>Cases whose derivative was or is wrong: those listed in <see cref="KnownBugs.Open"/> are still (see there).</summary>
        public static readonly ArrayCase[] Known =
        {
            // Bisection for √p: the loop's test picks which end moves, so the result is p-dependent only through hi = 2 + p,
            // and its derivative along the path taken is a dyadic fraction of 1, not 1/(2√p).
            new ArrayCase("NsBisection", """
                [Differentiable]
                public static double NsBisection(double p)
                {
                    double lo = 0, hi = 2 + p;
                    for (int i = 0; i < 50; i++)
                    {
                        double mid = 0.5 * (lo + hi);
                        if (mid * mid - p > 0)
                        {
                            hi = mid;
                        }
                        else
                        {
                            lo = mid;
                        }
                    }

                    return 0.5 * (lo + hi);
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 9) }) { Sizes = ArrayCase.Scalar },

            // Pow(s, k) with s = 0 (a Max with 0, as in Phong shading): ∂/∂k was s^k·ln(s) = 0·(−∞) = NaN; it is 0 (fixed, no
            // longer in KnownBugs.Open).
            new ArrayCase("NsPowZeroBase", """
                [Differentiable]
                public static double NsPowZeroBase(double s, double k) => Math.Pow(Math.Max(s, 0.0), k) + k;
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 2, 20) }) { Sizes = ArrayCase.Scalar, Accept = a => Math.Abs((double)a[0]) > 0.05 },
        };

        public static readonly ArrayCase[] All = Scalar.Concat(Loops).Concat(Adversarial).Concat(Iterations).Concat(Known).ToArray();

        /// <summary>Float twins (MathF, float literals) of about a quarter of the cases; the oracle is the double twin.</summary>
        public static readonly ArrayCase[] Float =
        {
            Twin("NsHuber", """
                [Differentiable]
                public static float NsHuberF(float r, float delta)
                {
                    float a = MathF.Abs(r);
                    if (a <= delta)
                    {
                        return 0.5f * r * r;
                    }

                    return delta * (a - 0.5f * delta);
                }
                """),
            Twin("NsSmoothStep", """
                [Differentiable]
                public static float NsSmoothStepF(float e0, float e1, float x)
                {
                    float t = Math.Clamp((x - e0) / (e1 - e0), 0f, 1f);
                    return t * t * (3 - 2 * t);
                }
                """),
            Twin("NsNestedTernary", """
                [Differentiable]
                public static float NsNestedTernaryF(float x, float y) =>
                    x > 0 ? (y > 0 ? x * y : x - y * y) : (y > x ? MathF.Sin(x * y) : MathF.Exp(x) * y);
                """),
            Twin("NsSrgbToLinear", """
                [Differentiable]
                public static float NsSrgbToLinearF(float c, float gain)
                {
                    float linear = c <= 0.04045f ? c / 12.92f : MathF.Pow((c + 0.055f) / 1.055f, 2.4f);
                    return gain * linear;
                }
                """),
            Twin("NsPowFamily", """
                [Differentiable]
                public static float NsPowFamilyF(float x) =>
                    MathF.Pow(x, 0.5f) + MathF.Pow(x, -1.5f) + 2 * MathF.Pow(x, 3) - MathF.Pow(x, -2) + MathF.Pow(2, x) + MathF.Pow(x, 1.0f / 3) + MathF.Pow(MathF.E, -x);
                """),
            Twin("NsAtan2Quadrants", """
                [Differentiable]
                public static float NsAtan2QuadrantsF(float x, float y) => MathF.Atan2(y - 0.3f, x) + 0.5f * MathF.Atan2(x, y) * MathF.Atan2(-y, -x * x);
                """),
            Twin("NsCbrtNegative", """
                [Differentiable]
                public static float NsCbrtNegativeF(float x, float y) => MathF.Cbrt(x * y) + MathF.Cbrt(x - 2) * y;
                """),
            Twin("NsIntDivision", """
                [Differentiable]
                public static float NsIntDivisionF(float x, int n, int k) => x * (n / 2) + x * x / n + (float)k / n * x + (1 / n) * x + k / 2 * x * x;
                """),
            Twin("NsRaySphere", """
                [Differentiable]
                public static float NsRaySphereF(float ox, float oy, float oz, float dx, float dy, float dz, float r)
                {
                    float b = ox * dx + oy * dy + oz * dz;
                    float c = ox * ox + oy * oy + oz * oz - r * r;
                    float disc = b * b - c;
                    if (disc < 0)
                    {
                        return -1;
                    }

                    float s = MathF.Sqrt(disc);
                    float t = -b - s;
                    if (t < 0)
                    {
                        t = -b + s;
                    }

                    return t;
                }
                """),
            Twin("NsBezierCubic", """
                [Differentiable]
                public static float NsBezierCubicF(float t, float p0, float p1, float p2, float p3)
                {
                    float u = 1 - t;
                    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
                }
                """),
            Twin("NsSdfBox", """
                [Differentiable]
                public static float NsSdfBoxF(float px, float py, float pz, float bx, float by, float bz)
                {
                    float qx = MathF.Abs(px) - bx;
                    float qy = MathF.Abs(py) - by;
                    float qz = MathF.Abs(pz) - bz;
                    float mx = MathF.Max(qx, 0f), my = MathF.Max(qy, 0f), mz = MathF.Max(qz, 0f);
                    float outside = MathF.Sqrt(mx * mx + my * my + mz * mz);
                    float inside = MathF.Min(MathF.Max(qx, MathF.Max(qy, qz)), 0f);
                    return outside + inside;
                }
                """),
            Twin("NsSmoothMin", """
                [Differentiable]
                public static float NsSmoothMinF(float a, float b, float k)
                {
                    float h = Math.Clamp(0.5f + 0.5f * (b - a) / k, 0f, 1f);
                    return b + (a - b) * h - k * h * (1f - h);
                }
                """),
            Twin("NsTwoLinkReach", """
                [Differentiable("t1", "t2", "l1", "l2")]
                public static float NsTwoLinkReachF(float t1, float t2, float l1, float l2, float tx, float ty)
                {
                    float x = l1 * MathF.Cos(t1) + l2 * MathF.Cos(t1 + t2);
                    float y = l1 * MathF.Sin(t1) + l2 * MathF.Sin(t1 + t2);
                    float ex = x - tx, ey = y - ty;
                    return MathF.Sqrt(ex * ex + ey * ey);
                }
                """),
            Twin("NsWrappedAngleError", """
                [Differentiable]
                public static float NsWrappedAngleErrorF(float a, float b)
                {
                    float e = a - b;
                    if (e > MathF.PI) e -= 2 * MathF.PI;
                    else if (e < -MathF.PI) e += 2 * MathF.PI;
                    return e * e;
                }
                """),
            Twin("NsHorner", """
                [Differentiable]
                public static float NsHornerF(float[] c, float x)
                {
                    float s = 0;
                    for (int i = c.Length - 1; i >= 0; i--)
                    {
                        s = s * x + c[i];
                    }

                    return s;
                }
                """),
            Twin("NsNewtonSqrt", """
                [Differentiable]
                public static float NsNewtonSqrtF(float a)
                {
                    float x = a > 1 ? a : 1f;
                    for (int i = 0; i < 30; i++)
                    {
                        x = 0.5f * (x + a / x);
                    }

                    return x;
                }
                """),
            Twin("NsTrapezoid", """
                [Differentiable]
                public static float NsTrapezoidF(float a, float b, float k)
                {
                    const int n = 32;
                    float h = (b - a) / n;
                    float s = 0.5f * (MathF.Exp(-k * a * a) + MathF.Exp(-k * b * b));
                    for (int i = 1; i < n; i++)
                    {
                        float t = a + i * h;
                        s += MathF.Exp(-k * t * t);
                    }

                    return s * h;
                }
                """),
            Twin("NsArmChain", """
                [Differentiable("angles", "lengths")]
                public static float NsArmChainF(float[] angles, float[] lengths, float tx, float ty)
                {
                    float a = 0, x = 0, y = 0;
                    for (int i = 0; i < angles.Length; i++)
                    {
                        a += angles[i];
                        x += lengths[i] * MathF.Cos(a);
                        y += lengths[i] * MathF.Sin(a);
                    }

                    float dx = x - tx, dy = y - ty;
                    return dx * dx + dy * dy;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(All.Single(c => c.Name == doubleTwin), source);

        private static double Sq(double v) => v * v;

        private static double Frac(double v) => v - Math.Floor(v);

        /// <summary>
        /// Whether no kink value changes its sign (or becomes NaN) when any one scalar argument moves by up to the
        /// finite-difference step 0.012·max(1, |x|) either way: the point lies on one branch of every test for the
        /// oracle's whole stencil, though it may lie just beyond that step from a boundary.
        /// </summary>
        private static bool Away(object[] arguments, Func<double[], double[]> kinks)
        {
            double[] x = arguments.Select(a => a is double d ? d : a is int i ? i : double.NaN).ToArray();
            int[] at = kinks(x).Select(Side).ToArray();
            if (at.Any(s => s == 0))
            {
                return false;
            }

            for (int i = 0; i < x.Length; i++)
            {
                if (arguments[i] is not double)
                {
                    continue;
                }

                double h = 0.012 * Math.Max(1, Math.Abs(x[i]));
                foreach (double step in new[] { -1, -0.5, -0.25, 0.25, 0.5, 1 })
                {
                    double[] moved = (double[])x.Clone();
                    moved[i] += step * h;
                    if (!kinks(moved).Select(Side).SequenceEqual(at))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static int Side(double v) => double.IsNaN(v) ? 2 : v > 0 ? 1 : v < 0 ? -1 : 0;

        private static double[] RaySphereKinks(double[] v)
        {
            double b = (v[0] * v[3]) + (v[1] * v[4]) + (v[2] * v[5]);
            double c = (v[0] * v[0]) + (v[1] * v[1]) + (v[2] * v[2]) - (v[6] * v[6]);
            double disc = (b * b) - c;
            return new[] { disc, disc < 0 ? 1 : -b - Math.Sqrt(disc) };
        }

        private static double[] CapsuleKinks(double[] v)
        {
            double pax = v[0] - v[2], pay = v[1] - v[3], bax = v[4] - v[2], bay = v[5] - v[3];
            double h = ((pax * bax) + (pay * bay)) / ((bax * bax) + (bay * bay));
            double hc = Math.Clamp(h, 0, 1);
            double ex = pax - (bax * hc), ey = pay - (bay * hc);
            return new[] { h, h - 1, Math.Sqrt((ex * ex) + (ey * ey)) - 0.05 };
        }

        private static double[] PhongKinks(double[] v)
        {
            double len = Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]));
            double ux = v[0] / len, uy = v[1] / len;
            double d = (v[2] * ux) + (v[3] * uy);
            double rx = (2 * d * ux) - v[2], ry = (2 * d * uy) - v[3];
            double s = (rx * 0.6) + (ry * 0.8);
            return new[] { s - 0.05, d };
        }

        private static double Norm3(object[] a, int from) => Math.Sqrt(Sq((double)a[from]) + Sq((double)a[from + 1]) + Sq((double)a[from + 2]));

        private static double Cosine(object[] a) =>
            (((double)a[0] * (double)a[3]) + ((double)a[1] * (double)a[4]) + ((double)a[2] * (double)a[5])) / (Norm3(a, 0) * Norm3(a, 3));

        private static double TwoLinkDistance(object[] a)
        {
            double t1 = (double)a[0], t2 = (double)a[1], l1 = (double)a[2], l2 = (double)a[3];
            double x = (l1 * Math.Cos(t1)) + (l2 * Math.Cos(t1 + t2)) - (double)a[4];
            double y = (l1 * Math.Sin(t1)) + (l2 * Math.Sin(t1 + t2)) - (double)a[5];
            return Math.Sqrt((x * x) + (y * y));
        }

        /// <summary>A star-shaped polygon of n vertices, counter-clockwise, radii in [0.5, 1.5].</summary>
        private static object[] Polygon(Random random, int n)
        {
            var xs = new double[n];
            var ys = new double[n];
            for (int i = 0; i < n; i++)
            {
                double angle = (2 * Math.PI * i / n) + Uniform(random, -0.2, 0.2) / n;
                double radius = Uniform(random, 0.5, 1.5);
                xs[i] = radius * Math.Cos(angle);
                ys[i] = radius * Math.Sin(angle);
            }

            return new object[] { xs, ys };
        }
    }
}
