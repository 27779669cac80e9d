using System.Runtime.CompilerServices;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Snapshots
{
    /// <summary>
    /// The generated file for methods with branches (if / else, early returns, ?:), compared with
    /// the approved <c>&lt;Test&gt;.verified.cs</c> beside this file, as <see cref="SnapshotTests"/> does.
    /// To re-approve after an intended change:
    /// <c>DIFFGEN_ACCEPT=1 dotnet test --filter FullyQualifiedName~Snapshots</c>, then read the diff.
    /// </summary>
    public sealed class BranchSnapshotTests
    {
        /// <summary>An early return guards the origin: sqrt and the division must stay out of that path.</summary>
        [Fact]
        public void GuardedSinc() => Generated("Sinc", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Radial
    {
        [Differentiable]
        public static double Sinc(double x, double y)
        {
            double r2 = x * x + y * y;
            if (r2 < 1e-12)
            {
                return 1;
            }

            double r = Math.Sqrt(r2);
            return Math.Sin(r) / r;
        }
    }
}");

        /// <summary>
        /// A check that throws before the work, in a loop-free method: each member makes it first, and the partials keep
        /// their closed forms and doc formulas.
        /// </summary>
        [Fact]
        public void GaussianLogDensityWithAThrowingGuard() => Generated("LogPdf", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Gaussian
    {
        [Differentiable]
        public static double LogPdf(double x, double mu, double sigma)
        {
            if (sigma <= 0) throw new ArgumentOutOfRangeException(nameof(sigma), ""sigma must be positive"");
            double z = (x - mu) / sigma;
            return -0.5 * z * z - Math.Log(sigma) - 0.5 * Math.Log(2 * Math.PI);
        }
    }
}");

        /// <summary>Huber loss with delta differentiated: Math.Abs in the condition and in one branch's value.</summary>
        [Fact]
        public void HuberLoss() => Generated("Huber", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Losses
    {
        [Differentiable]
        public static double Huber(double prediction, double target, double delta)
        {
            double r = prediction - target;
            if (Math.Abs(r) <= delta)
            {
                return 0.5 * r * r;
            }

            return delta * (Math.Abs(r) - 0.5 * delta);
        }
    }
}");

        /// <summary>Locals reassigned differently in each branch, then used after the if: both sweeps keep the if.</summary>
        [Fact]
        public void LocalsAssignedInBranches() => Generated("Blend", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Blends
    {
        [Differentiable]
        public static double Blend(double x, double y)
        {
            double a = x + y;
            double b = x * y;
            if (x > y)
            {
                a = a * a;
                b = Math.Exp(b);
            }
            else
            {
                b = b - x;
            }

            return a * b + Math.Sin(a);
        }
    }
}");

        /// <summary>A clamp written as an if / else if / else chain without braces, bounds differentiated, and a ?: softplus.</summary>
        [Fact]
        public void ElseIfChainAndConditionalOperator() => Generated("ClippedSoftplus", @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Activations
    {
        [Differentiable]
        public static double ClippedSoftplus(double x, double lo, double hi)
        {
            double s = x > 20 ? x : Math.Log(1 + Math.Exp(x));
            if (s < lo)
                return lo;
            else if (s > hi)
                return hi;
            else
                return s;
        }
    }
}");

        /// <summary>Generates <paramref name="source"/> (which must compile cleanly, before and after) and snapshots the file for <paramref name="method"/>.</summary>
        private static void Generated(string method, string source, [CallerFilePath] string file = "", [CallerMemberName] string test = "") =>
            Snapshot.Match(GeneratorHarness.RunAndCompile(source).SourceFor(method), file, test);
    }
}
