using System.Runtime.CompilerServices;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// The generated file for representative [Integrable] methods, compared with the approved
    /// <c>&lt;Test&gt;.verified.cs</c> beside this file (re-approve with <c>DIFFGEN_ACCEPT=1</c>, then read the diff).
    /// </summary>
    public sealed class IntegralSnapshotTests
    {
        [Fact]
        public void SpeedWithConstants() => Generated("Speed", @"
using DiffGen;

namespace Physics
{
    public static partial class Motion
    {
        /// <summary>The speed at time t of a vehicle that starts at v0 and accelerates at a.</summary>
        [Integrable(""t"")]
        public static double Speed(double t, double v0, double a) => v0 + a * t;
    }
}");

        [Fact]
        public void InstanceMethodReadingAField() => Generated("Force", @"
using DiffGen;

namespace Physics
{
    public partial class Spring
    {
        private readonly double stiffness;

        public Spring(double stiffness) => this.stiffness = stiffness;

        [Integrable]
        public double Force(double x) => stiffness * x;
    }
}");

        [Fact]
        public void FloatOverARectangle() => Generated("Density", @"
using System;
using DiffGen;

namespace Maps
{
    public static partial class Terrain
    {
        [Integrable(""x"", ""y"")]
        internal static float Density(float x, float y, float scale) => scale * MathF.Exp(-(x * x + y * y));
    }
}");

        [Fact]
        public void AntiderivativeByParts() => Generated("Growth", @"
using System;
using DiffGen;

namespace Calculus
{
    public static partial class Worked
    {
        [Integrable]
        public static double Growth(double x) => x * x * Math.Exp(x);
    }
}");

        [Fact]
        public void AntiderivativeBySubstitution() => Generated("Pulse", @"
using System;
using DiffGen;

namespace Calculus
{
    public static partial class Worked
    {
        [Integrable(""t"")]
        public static double Pulse(double t, double k)
        {
            double inner = k * t * t;
            return t * Math.Cos(inner) + Math.Exp(-k * t);
        }
    }
}");

        [Fact]
        public void AntiderivativeByCompletingTheSquare() => Generated("Resonance", @"
using System;
using DiffGen;

namespace Calculus
{
    public static partial class Worked
    {
        [Integrable]
        public static double Resonance(double x) => 3 / (x * x + 4 * x + 13) + 1 / Math.Sqrt(1 - x * x);
    }
}");

        [Fact]
        public void AntiderivativeOfSineCosinePowers() => Generated("Wave", @"
using System;
using DiffGen;

namespace Calculus
{
    public static partial class Worked
    {
        [Integrable]
        public static double Wave(double x) => Math.Pow(Math.Sin(x), 3) + Math.Sin(x) * Math.Sin(x) * Math.Cos(x) * Math.Cos(x);
    }
}");

        [Fact]
        public void AntiderivativeByPartsTwice() => Generated("Damped", @"
using System;
using DiffGen;

namespace Calculus
{
    public static partial class Worked
    {
        [Integrable(""t"")]
        public static double Damped(double t, double k, double w) => Math.Exp(-k * t) * Math.Sin(w * t) + Math.Exp(t) * Math.Cos(2 * t);
    }
}");

        [Fact]
        public void AntiderivativeByPartialFractions() => Generated("Fractions", @"
using System;
using DiffGen;

namespace Calculus
{
    public static partial class Worked
    {
        [Integrable]
        public static double Fractions(double x) => (2 * x + 3) / (x * x * x - x) + 1 / ((x * x + 1) * (x * x + 4));
    }
}");

        private static void Generated(string method, string source, [CallerFilePath] string file = "", [CallerMemberName] string test = "") =>
            Snapshot.Match(IntegralHarness.RunAndCompile(source).SourceFor(method), file, test);
    }
}
