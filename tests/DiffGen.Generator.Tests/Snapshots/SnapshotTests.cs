using System.Runtime.CompilerServices;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Snapshots
{
    /// <summary>
    /// The generated file for representative methods, compared with the approved
    /// <c>&lt;Test&gt;.verified.cs</c> beside this file. To re-approve after an intended change:
    /// <c>DIFFGEN_ACCEPT=1 dotnet test --filter FullyQualifiedName~Snapshots</c>, then read the diff.
    /// </summary>
    public sealed class SnapshotTests
    {
        [Fact]
        public void LinearRegressionCost() => Generated("Cost", @"
using DiffGen;

namespace Samples
{
    public static partial class LinearRegression
    {
        [Differentiable(""m"", ""b"")]
        public static double Cost(double m, double b, double x, double y)
        {
            double yHat = m * x + b;
            double error = yHat - y;
            return error * error;
        }
    }
}");

        [Fact]
        public void Polynomial() => Generated("F", @"
using DiffGen;

namespace Samples
{
    public static partial class Polynomials
    {
        [Differentiable]
        public static double F(double x, double y) => x * x * y;
    }
}");

        [Fact]
        public void Rosenbrock() => Generated("Rosenbrock", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class TestFunctions
    {
        [Differentiable]
        public static double Rosenbrock(double x, double y) => Math.Pow(1 - x, 2) + 100 * Math.Pow(y - x * x, 2);
    }
}");

        [Fact]
        public void FloatWithMathF() => Generated("Wave", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Waves
    {
        [Differentiable]
        public static float Wave(float x, float t) => MathF.Sin(x - 2f * t) * MathF.Exp(-0.5f * t);
    }
}");

        [Fact]
        public void InstanceMethodOfStructReadingField() => Generated("Energy", @"
using DiffGen;

namespace Samples
{
    public partial struct Spring
    {
        private readonly double stiffness;

        public Spring(double stiffness)
        {
            this.stiffness = stiffness;
        }

        [Differentiable]
        public double Energy(double x) => 0.5 * stiffness * x * x;
    }
}");

        [Fact]
        public void NestedClassInFileScopedNamespace() => Generated("KineticEnergy", @"
using DiffGen;

namespace Samples.Physics;

public static partial class Mechanics
{
    internal static partial class Bodies
    {
        [Differentiable]
        internal static double KineticEnergy(double mass, double speed) => 0.5 * mass * speed * speed;
    }
}");

        [Fact]
        public void GlobalNamespace() => Generated("Hypotenuse", @"
using System;
using DiffGen;

public static partial class Geometry
{
    [Differentiable]
    public static double Hypotenuse(double a, double b) => Math.Sqrt(a * a + b * b);
}");

        [Fact]
        public void Record() => Generated("PotentialEnergy", @"
using DiffGen;

namespace Samples
{
    public partial record Planet
    {
        private readonly double gravity = 9.81;

        [Differentiable]
        public double PotentialEnergy(double mass, double height) => mass * gravity * height;
    }
}");

        [Fact]
        public void CompoundAssignmentsAndReassignment() => Generated("Accumulate", @"
using DiffGen;

namespace Samples
{
    public static partial class Assignments
    {
        [Differentiable]
        public static double Accumulate(double x, double y)
        {
            double s = x;
            s += y;
            s -= 2 * x;
            s *= y;
            s /= x;
            s = s * s;
            return s;
        }
    }
}");

        [Fact]
        public void ChainOfExpSinSqrt() => Generated("Damped", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Chains
    {
        [Differentiable]
        public static double Damped(double x, double y) => Math.Exp(Math.Sin(x) * y) / Math.Sqrt(x) + Math.Log(x * y);
    }
}");

        [Fact]
        public void MaxMinAbs() => Generated("Clipped", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Piecewise
    {
        [Differentiable]
        public static double Clipped(double x, double y) => Math.Max(x, y) + Math.Min(x * y, 1.0) + Math.Abs(x - y);
    }
}");

        [Fact]
        public void Atan2AndPowWithVariableExponent() => Generated("Polar", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Angles
    {
        [Differentiable]
        public static double Polar(double x, double y) => Math.Atan2(y, x) + Math.Pow(x, y);
    }
}");

        [Fact]
        public void Sigmoid() => Generated("Neuron", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Logistic
    {
        [Differentiable(""w"", ""b"")]
        public static double Neuron(double w, double b, double x) => 1 / (1 + Math.Exp(-(w * x + b)));
    }
}");

        [Fact]
        public void ConstLocalsAndSeveralDeclarators() => Generated("Range", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Projectile
    {
        [Differentiable]
        public static double Range(double speed, double angle)
        {
            const double g = 9.81, two = 2.0;
            double vx = speed * Math.Cos(angle), vy = speed * Math.Sin(angle);
            double flightTime = two * vy / g;
            return vx * flightTime;
        }
    }
}");

        /// <summary>Generates <paramref name="source"/> (which must compile cleanly, before and after) and snapshots the file for <paramref name="method"/>.</summary>
        private static void Generated(string method, string source, [CallerFilePath] string file = "", [CallerMemberName] string test = "") =>
            Snapshot.Match(GeneratorHarness.RunAndCompile(source).SourceFor(method), file, test);
    }
}
