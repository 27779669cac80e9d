using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>Instance methods reading fields, in a partial struct nested in a partial class.</summary>
    public partial class InstanceCases
    {
        public partial struct Damper
        {
            private static readonly double Scale = 0.75;
            private readonly double stiffness;
            private readonly int order;

            public Damper()
            {
                stiffness = 2.5;
                order = 3;
            }

            [Differentiable]
            public double Energy(double x, double v)
            {
                double spring = 0.5 * stiffness * x * x;
                double damping = Scale * Math.Pow(v, order);
                return spring + damping;
            }
        }

        private readonly double bias = 0.3;

        [Differentiable]
        public double Shifted(double x) => Math.Exp(x - bias) * bias;
    }
}
