using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Oracles for the [Integrable] review that share no code with the generator or with DiffGen's runtime quadrature: an
    /// adaptive 20-point Gauss–Legendre rule of its own (nodes found by Newton's method on the Legendre polynomial, halving
    /// where the two halves disagree with the whole), central differences refined by Richardson extrapolation, and calls of
    /// the generated members by reflection.
    /// </summary>
    internal static class IntegralReviewOracle
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

        private static readonly (double[] Nodes, double[] Weights) Legendre = LegendreRule(20);

        /// <summary>∫ f from a to b by adaptive Gauss–Legendre; NaN where f is NaN or infinite at a node or the halving does not settle.</summary>
        public static double Integrate(Func<double, double> f, double a, double b, double relative = 1e-13)
        {
            if (a == b)
            {
                return 0;
            }

            if (b < a)
            {
                return -Integrate(f, b, a, relative);
            }

            if (double.IsNegativeInfinity(a) && double.IsPositiveInfinity(b))
            {
                return Integrate(f, a, 0, relative) + Integrate(f, 0, b, relative);
            }

            if (double.IsPositiveInfinity(b))
            {
                // x = a + t/(1 − t), t in [0, 1).
                return Integrate(t => t >= 1 ? 0 : f(a + (t / (1 - t))) / ((1 - t) * (1 - t)), 0, 1, relative);
            }

            if (double.IsNegativeInfinity(a))
            {
                return Integrate(t => t >= 1 ? 0 : f(b - (t / (1 - t))) / ((1 - t) * (1 - t)), 0, 1, relative);
            }

            double whole = Rule(f, a, b);
            if (double.IsNaN(whole) || double.IsInfinity(whole))
            {
                return double.NaN;
            }

            // The tolerance is relative to ∫|f| (estimated by the same rule), so that an integral that cancels to 0 settles.
            double scale = Math.Max(Math.Abs(whole), Rule(t => Math.Abs(f(t)), a, b));
            int budget = 100000;
            return Halve(f, a, b, whole, relative * Math.Max(scale, 1e-300), 0, ref budget);
        }

        /// <summary>dF/dx at x: central differences with steps h, h/2, ..., h/16, combined in a Neville tableau.</summary>
        public static double Derivative(Func<double, double> f, double x, double relativeStep = 1e-2)
        {
            const int levels = 5;
            double h = relativeStep * Math.Max(1, Math.Abs(x));
            var table = new double[levels, levels];
            for (int i = 0; i < levels; i++)
            {
                table[i, 0] = (f(x + h) - f(x - h)) / (2 * h);
                double factor = 4;
                for (int j = 1; j <= i; j++)
                {
                    table[i, j] = table[i, j - 1] + ((table[i, j - 1] - table[i - 1, j - 1]) / (factor - 1));
                    factor *= 4;
                }

                h /= 2;
            }

            return table[levels - 1, levels - 1];
        }

        public static bool IsFinite(double v) => !double.IsNaN(v) && !double.IsInfinity(v);

        /// <summary>|actual − expected| within <paramref name="relative"/> of max(1, |expected|), or both NaN.</summary>
        public static void Close(double expected, double actual, double relative, string what)
        {
            bool ok = double.IsNaN(expected)
                ? double.IsNaN(actual)
                : Math.Abs(actual - expected) <= relative * Math.Max(1, Math.Abs(expected));
            Assert.True(ok, what + ": expected " + expected.ToString("R") + ", got " + actual.ToString("R") + " (difference " + (actual - expected).ToString("R") + ")");
        }

        /// <summary>The method called <paramref name="name"/> with these parameter types (static or instance), or null.</summary>
        public static MethodInfo? Find(Type type, string name, params Type[] parameters) =>
            type.GetMethods(All).FirstOrDefault(m => m.Name == name && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters));

        /// <summary>A static <c>double M(double)</c> of <paramref name="type"/> as a delegate (found once, so that quadrature stays fast).</summary>
        public static Func<double, double> Function(Type type, string name) =>
            (Find(type, name, typeof(double)) ?? throw new MissingMethodException(type.Name, name)).CreateDelegate<Func<double, double>>();

        /// <summary>Calls a static method of <paramref name="type"/> whose parameter types are those of the arguments.</summary>
        public static double Call(Type type, string name, params object[] arguments) => CallOn(null, type, name, arguments);

        /// <summary>Calls a method on <paramref name="target"/> (null for a static one) whose parameter types are those of the arguments.</summary>
        public static double CallOn(object? target, Type type, string name, params object[] arguments)
        {
            MethodInfo method = Find(type, name, arguments.Select(a => a.GetType()).ToArray())
                ?? throw new MissingMethodException(type.Name, name);
            return Convert.ToDouble(method.Invoke(target, arguments));
        }

        /// <summary>MIntegral's overload with <c>out errorEstimate</c>: the value and the estimate.</summary>
        public static (double Value, double Error) CallWithError(object? target, Type type, string name, params object[] arguments)
        {
            Type[] types = arguments.Select(a => a.GetType()).ToArray();
            Type last = types.Length > 0 && types[0] == typeof(float) ? typeof(float).MakeByRefType() : typeof(double).MakeByRefType();
            MethodInfo method = Find(type, name, types.Append(last).ToArray()) ?? throw new MissingMethodException(type.Name, name + " (with errorEstimate)");
            object?[] all = arguments.Cast<object?>().Append(null).ToArray();
            double value = Convert.ToDouble(method.Invoke(target, all));
            return (value, Convert.ToDouble(all[all.Length - 1]));
        }

        private static double Halve(Func<double, double> f, double a, double b, double whole, double tolerance, int depth, ref int budget)
        {
            double m = (0.5 * a) + (0.5 * b);
            double left = Rule(f, a, m), right = Rule(f, m, b);
            if (double.IsNaN(left + right) || double.IsInfinity(left + right) || --budget < 0)
            {
                return double.NaN;
            }

            if (Math.Abs(left + right - whole) <= tolerance || depth > 50 || m <= a || m >= b)
            {
                return left + right;
            }

            return Halve(f, a, m, left, tolerance / 1.5, depth + 1, ref budget) + Halve(f, m, b, right, tolerance / 1.5, depth + 1, ref budget);
        }

        private static double Rule(Func<double, double> f, double a, double b)
        {
            double middle = (0.5 * a) + (0.5 * b), half = (0.5 * b) - (0.5 * a), sum = 0;
            for (int i = 0; i < Legendre.Nodes.Length; i++)
            {
                sum += Legendre.Weights[i] * f(middle + (half * Legendre.Nodes[i]));
            }

            return sum * half;
        }

        private static (double[] Nodes, double[] Weights) LegendreRule(int n)
        {
            var nodes = new double[n];
            var weights = new double[n];
            for (int i = 0; i < n; i++)
            {
                double z = Math.Cos(Math.PI * (i + 0.75) / (n + 0.5)), derivative = 0;
                for (int iteration = 0; iteration < 100; iteration++)
                {
                    double p1 = 1, p2 = 0;
                    for (int j = 0; j < n; j++)
                    {
                        double p3 = p2;
                        p2 = p1;
                        p1 = (((2 * j) + 1) * z * p2 - (j * p3)) / (j + 1);
                    }

                    derivative = n * ((z * p1) - p2) / ((z * z) - 1);
                    double previous = z;
                    z = previous - (p1 / derivative);
                    if (Math.Abs(z - previous) < 1e-16)
                    {
                        break;
                    }
                }

                nodes[i] = z;
                weights[i] = 2 / ((1 - (z * z)) * derivative * derivative);
            }

            return (nodes, weights);
        }
    }
}
