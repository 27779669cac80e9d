using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>Multi-statement functions of the kind model code is made of: costs, neurons, physics.</summary>
    public static partial class ModelCases
    {
        private const double Gravity = 9.81;

        /// <summary>A per-point quadratic cost; x and y are data.</summary>
        [Differentiable("m", "b")]
        public static double QuadraticCost(double m, double b, double x, double y)
        {
            double yHat = m * x + b;
            double error = yHat - y;
            return error * error;
        }

        [Differentiable, SampleRange(-1.5, 1.5)]
        public static double Rosenbrock(double x, double y)
        {
            double a = 1 - x;
            double b = y - x * x;
            return a * a + 100 * b * b;
        }

        [Differentiable("w", "b"), SampleRange(-2, 2)]
        public static double SigmoidNeuron(double w, double b, double x)
        {
            double z = w * x + b;
            double activation = 1 / (1 + Math.Exp(-z));
            return activation;
        }

        [Differentiable("w", "b"), SampleRange(-2, 2)]
        public static double CrossEntropy(double w, double b, double x, [SampleRange(0.1, 0.9)] double y)
        {
            double z = w * x + b;
            double p = 1 / (1 + Math.Exp(-z));
            double loss = -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
            return loss;
        }

        [Differentiable, SampleRange(-3, 3)]
        public static double Softplus(double x, double y)
        {
            double z = x * y - 1;
            double e = Math.Exp(z);
            return Math.Log(1 + e);
        }

        [Differentiable]
        public static double Gaussian(double x, double mu, double sigma)
        {
            double d = x - mu;
            double variance = sigma * sigma;
            double norm = 1 / (sigma * Math.Sqrt(2 * Math.PI));
            return norm * Math.Exp(-d * d / (2 * variance));
        }

        [Differentiable, SampleRange(0.2, 1.2)]
        public static double ProjectileRange([SampleRange(5, 30)] double speed, double angle)
        {
            double lift = Math.Sin(2 * angle);
            return speed * speed * lift / Gravity;
        }

        [Differentiable]
        public static double CompoundAssignments(double x, double y)
        {
            double s = x;
            s += y * y;
            s *= x;
            s -= 3;
            s /= 1 + y * y;
            s++;
            return s;
        }

        [Differentiable, SampleRange(-1, 1)]
        public static double Reassignments(double x, double y)
        {
            double t = x;
            t = Math.Sin(t) + y;
            t = t * t + x;
            t = Math.Exp(t / 10);
            return t;
        }

        /// <summary>Heron's formula for the area of a triangle with sides a, b, c.</summary>
        [Differentiable, SampleRange(2, 3)]
        public static double HeronArea(double a, double b, double c)
        {
            double s = (a + b + c) / 2;
            double product = s * (s - a) * (s - b) * (s - c);
            return Math.Sqrt(product);
        }

        [Differentiable]
        public static double LogSumExp(double a, [SampleRange(3, 4)] double b, double c)
        {
            double m = Math.Max(a, Math.Max(b, c));
            double sum = Math.Exp(a - m) + Math.Exp(b - m) + Math.Exp(c - m);
            return m + Math.Log(sum);
        }

        [Differentiable("x"), SampleRange(-3, 3)]
        public static double PseudoHuber(double x, [SampleRange(0.5, 2)] double delta)
        {
            double ratio = x / delta;
            return delta * delta * (Math.Sqrt(1 + ratio * ratio) - 1);
        }

        [Differentiable("x1", "y1"), SampleRange(-2, 2)]
        public static double SpringEnergy(double x1, double y1, [SampleRange(3, 4)] double x2, double y2)
        {
            const double k = 3.5, restLength = 1.25;
            double dx = x1 - x2, dy = y1 - y2;
            double length = Math.Sqrt(dx * dx + dy * dy);
            double stretch = length - restLength;
            return 0.5 * k * stretch * stretch;
        }

        [Differentiable, SampleRange(0.9, 1.6)]
        public static double LennardJones(double x, double y)
        {
            double r2 = x * x + y * y;
            double inverse6 = 1 / (r2 * r2 * r2);
            return 4 * (inverse6 * inverse6 - inverse6);
        }

        [Differentiable("spot", "volatility", "time")]
        public static double BlackScholesD1([SampleRange(80, 120)] double spot, [SampleRange(90, 110)] double strike, [SampleRange(0.1, 0.5)] double volatility, [SampleRange(0.25, 2)] double time, [SampleRange(0, 0.05)] double rate)
        {
            double drift = (rate + volatility * volatility / 2) * time;
            double spread = volatility * Math.Sqrt(time);
            return (Math.Log(spot / strike) + drift) / spread;
        }

        [Differentiable, SampleRange(-1, 1)]
        public static double HyperbolicMix(double x, double y)
        {
            double u = Math.Tanh(x) * Math.Cosh(y);
            double v = Math.Asinh(x * y);
            return u - v + Math.Sinh(u * v);
        }

        [Differentiable]
        public static double RootsAndLogs(double x, double y)
        {
            double c = Math.Cbrt(x * y);
            double l = Math.Log10(x) * Math.Log2(y);
            return c + l + Math.Log(x * c, 3);
        }

        [Differentiable]
        public static double VariablePowers(double x, double y)
        {
            double p = Math.Pow(x, y);
            double q = Math.Pow(y, x);
            return p * q / (p + q);
        }

        [Differentiable("x")]
        public static double IntegerParameter(double x, [SampleRange(2, 5)] int n) => x * n + Math.Pow(x, n);

        [Differentiable("x")]
        public static double NegatedIntegers(double x, [SampleRange(2, 5)] int n, [SampleRange(1, 3)] short k) => (x * -n) + (x * x * +k) - (n * -x);

        [Differentiable, SampleRange(-2, 2)]
        public static double Polar([SampleRange(0.5, 2)] double x, double y)
        {
            double r = Math.Sqrt(x * x + y * y);
            double theta = Math.Atan2(y, x);
            return r * Math.Cos(theta) + r * Math.Sin(2 * theta);
        }

        [Differentiable]
        public static double SharedSubexpressions(double x, double y)
        {
            double a = Math.Sin(x * y), b = Math.Sin(x * y) * Math.Sin(x * y);
            var c = a * b + Math.Exp(x * y);
            return c / (1 + a * a);
        }

        [Differentiable]
        public static double Nested(double x, double y)
        {
            double result;
            {
                double inner = x / (y + 1);
                result = inner * inner;
            }

            result -= x * Math.Exp(-y);
            return result * 3;
        }
    }
}
