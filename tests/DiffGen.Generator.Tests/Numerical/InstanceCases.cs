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

        /// <summary>Auto-properties are read like fields: as constants.</summary>
        public partial record Planet
        {
            public static int Dimensions { get; } = 3;

            public double Gravity { get; init; } = 9.81;

            [Differentiable]
            public double FallHeight(double speed, double time) => (speed * time) - (Gravity * time * time / 2) + Dimensions;
        }

        /// <summary>base.K and this.K are different fields here; the generated code must read the same one.</summary>
        public partial class Hiding : HidingBase
        {
            public new double K = 5;

            [Differentiable]
            public double Scaled(double x) => base.K * x * x + K * x;

            /// <summary>The same with a loop (the route for loops read base.K as this.K: a silently wrong value and gradient).</summary>
            [Differentiable]
            public double ScaledThrice(double x)
            {
                double s = 0;
                for (int i = 0; i < 3; i++)
                {
                    s += base.K * x * x + K * x;
                }

                return s;
            }
        }

        public class HidingBase
        {
            public double K = 1.5;
        }

        private readonly double bias = 0.3;

        [Differentiable]
        public double Shifted(double x) => Math.Exp(x - bias) * bias;
    }
}
