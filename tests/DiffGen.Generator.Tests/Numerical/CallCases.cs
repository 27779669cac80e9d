using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// [Differentiable] methods calling [Differentiable] methods and methods with a [DerivativeOf]
    /// derivative: the chain rule runs through the callee's generated gradient. Helpers live in
    /// <see cref="CallHelpers"/> (another file, another partial type) and <see cref="Scaler"/> (instance methods).
    /// </summary>
    public static partial class CallCases
    {
        [Differentiable]
        public static double Square(double u) => u * u;

        [Differentiable]
        public static double Softplus(double z) => z > 20 ? z : Math.Log(1 + Math.Exp(z));

        /// <summary>A chain of three calls: Softplus(Square(Sigmoid(x·y))).</summary>
        [Differentiable]
        [SampleRange(-2, 2)]
        public static double ChainOfThree(double x, double y) => Softplus(Square(CallHelpers.Sigmoid(x * y)));

        /// <summary>The same callee used twice, with different arguments.</summary>
        [Differentiable]
        public static double CalleeTwice(double x, double y) => Square(x + y) - 3 * Square(x - 2 * y);

        /// <summary>A callee with a constant argument and a data argument beside the differentiated one.</summary>
        [Differentiable("w")]
        [SampleRange(0.5, 1.5)]
        public static double ConstantAndData(double w, double x, int power) => CallHelpers.Affine(w, 2.5, x, power) + CallHelpers.Affine(1.5, w, 0.5, 2);

        /// <summary>A callee differentiated in only some of its parameters, fed constants there.</summary>
        [Differentiable]
        public static double PartlyDifferentiated(double a) => CallHelpers.Scale(a * a, 3.0);

        /// <summary>A call inside a branch, and a local from a call reused after it.</summary>
        [Differentiable]
        public static double CallInBranch(double x, double y)
        {
            double s = Square(y);
            if (x > 0)
            {
                return s * Softplus(x);
            }

            return s + CallHelpers.Sigmoid(x);
        }

        /// <summary>Direct recursion: halving until |x| &lt; 1 (each level doubles), through the generated gradient of itself.</summary>
        [Differentiable]
        [SampleRange(2.2, 3.8)]
        public static double Halving(double x) => Math.Abs(x) < 1 ? Math.Sin(x) : 2 * Halving(x / 2);

        /// <summary>Mutual recursion through two methods.</summary>
        [Differentiable]
        [SampleRange(3.2, 3.8)]
        public static double Even(double x) => x < 1 ? x * x : Odd(x - 1) + x;

        [Differentiable]
        [SampleRange(3.2, 3.8)]
        public static double Odd(double x) => x < 1 ? Math.Exp(x) : Even(x - 1) * 0.5;

        /// <summary>A method DiffGen cannot read (it loops), with a user-supplied derivative.</summary>
        [Differentiable]
        public static double UsesCustom(double x, double y) => Outside.Cube(x * y) + x;

        [DerivativeOf(typeof(Outside), nameof(Outside.Cube))]
        public static double CubeDerivative(double u, out double dU)
        {
            dU = 3 * u * u;
            return Outside.Cube(u);
        }

        /// <summary>A choice between integer constants (a step), inside a product.</summary>
        [Differentiable]
        [SampleRange(0.5, 3)]
        public static double StepTimesSquare(double x) => (x > 0 ? 1 : 0) * x * x;

        private static readonly Scaler SharedScaler = new Scaler();

        /// <summary>An instance callee: a method of an object a field holds.</summary>
        [Differentiable]
        public static double InstanceCallee(double u, double v) => SharedScaler.Both(u, v);
    }

    /// <summary>Code DiffGen cannot read: a loop.</summary>
    public static class Outside
    {
        public static double Cube(double u)
        {
            double product = 1;
            for (int i = 0; i < 3; i++)
            {
                product *= u;
            }

            return product;
        }
    }

    /// <summary>Instance methods calling each other on <c>this</c> and reading a field.</summary>
    public partial class Scaler
    {
        private readonly double gain = 1.5;

        [Differentiable]
        public double Apply(double u) => gain * Math.Tanh(u);

        [Differentiable]
        public double Both(double u, double v) => Apply(u) * Apply(v) + this.Apply(u * v);
    }
}
