using System.Runtime.CompilerServices;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Snapshots
{
    /// <summary>
    /// The generated file for methods that call other methods: a [Differentiable] helper (through
    /// its generated gradient) and a method with a [DerivativeOf] derivative, as <see cref="SnapshotTests"/> does.
    /// </summary>
    public sealed class CallSnapshotTests
    {
        /// <summary>A neuron's cost calls Sigmoid twice; the chain rule goes through SigmoidGradient.</summary>
        [Fact]
        public void NeuronCallingSigmoid() => Generated("Cost", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Neuron
    {
        [Differentiable]
        public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

        [Differentiable(""w"", ""b"")]
        public static double Cost(double w, double b, double x, double y)
        {
            double a = Sigmoid(w * x + b);
            double error = a - y;
            return 0.5 * error * error + 0.01 * Sigmoid(b);
        }
    }
}");

        /// <summary>GELU through an error function DiffGen cannot read, with a user-supplied derivative.</summary>
        [Fact]
        public void CustomDerivativeOfErf() => Generated("Gelu", @"
using System;
using DiffGen;

namespace Samples
{
    public static class Special
    {
        public static double Erf(double x) => Math.Tanh(1.2 * x);
    }

    public static partial class Activations
    {
        [DerivativeOf(typeof(Special), nameof(Special.Erf))]
        public static double ErfDerivative(double x, out double dX)
        {
            dX = 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);
            return Special.Erf(x);
        }

        [Differentiable]
        public static double Gelu(double x) => 0.5 * x * (1 + Special.Erf(x / Math.Sqrt(2)));
    }
}");

        private static void Generated(string method, string source, [CallerFilePath] string file = "", [CallerMemberName] string test = "") =>
            Snapshot.Match(GeneratorHarness.RunAndCompile(source).SourceFor(method), file, test);
    }
}
