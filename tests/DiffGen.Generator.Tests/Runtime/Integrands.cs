using System;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>e^(−k·x): a struct integrand with a parameter, as generated MIntegral methods will pass.</summary>
    public readonly struct Decay : IIntegrand
    {
        private readonly double rate;

        public Decay(double rate)
        {
            this.rate = rate;
        }

        public double Evaluate(double x) => Math.Exp(-rate * x);
    }

    /// <summary>x^p, singular at 0 for p &lt; 0.</summary>
    public readonly struct Power : IIntegrand
    {
        private readonly double exponent;

        public Power(double exponent)
        {
            this.exponent = exponent;
        }

        public double Evaluate(double x) => Math.Pow(x, exponent);
    }

    /// <summary>x², counting its evaluations (in the quadrature's copy of the struct).</summary>
    public struct CountingSquare : IIntegrand
    {
        public int Calls;

        public double Evaluate(double x)
        {
            Calls++;
            return x * x;
        }
    }

    /// <summary>x·y².</summary>
    public readonly struct XTimesYSquared : IIntegrand2D
    {
        public double Evaluate(double x, double y) => x * y * y;
    }

    /// <summary>e^(−x² − y²).</summary>
    public readonly struct Gaussian2D : IIntegrand2D
    {
        public double Evaluate(double x, double y) => Math.Exp(-x * x - y * y);
    }

    /// <summary>x·y² in float.</summary>
    public readonly struct FloatXTimesYSquared : IFloatIntegrand2D
    {
        public float Evaluate(float x, float y) => x * y * y;
    }

    /// <summary>e^(−x²) in float.</summary>
    public readonly struct FloatGaussian : IFloatIntegrand
    {
        public float Evaluate(float x) => MathF.Exp(-x * x);
    }

    /// <summary>1/√x in float.</summary>
    public readonly struct FloatInverseSquareRoot : IFloatIntegrand
    {
        public float Evaluate(float x) => 1f / MathF.Sqrt(x);
    }

    /// <summary>ln x in float.</summary>
    public readonly struct FloatLog : IFloatIntegrand
    {
        public float Evaluate(float x) => MathF.Log(x);
    }

    /// <summary>ln x·ln(1 − x) in float.</summary>
    public readonly struct FloatLogTimesLog : IFloatIntegrand
    {
        public float Evaluate(float x) => MathF.Log(x) * MathF.Log(1 - x);
    }
}
