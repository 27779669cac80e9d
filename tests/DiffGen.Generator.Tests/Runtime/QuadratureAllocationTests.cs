using System;
using System.Collections.Generic;
using Xunit;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>
    /// With a struct integrand, an integration allocates nothing on the heap once the array pool is
    /// warm: no closure, no boxing, no list that grows. Measured as in Arrays/AllocationTests: a
    /// warm-up, a gen0 collection that retires this thread's allocation context (so a background GC
    /// cannot make a jump in the count), then many calls; up to three measurements, passing when one
    /// is 0 (something that allocates per call shows in every measurement; a one-off of the runtime,
    /// such as tiered recompilation or the pool trimming itself under memory pressure, in one at most).
    /// </summary>
    public sealed class QuadratureAllocationTests
    {
        private const int Calls = 200;

        private const int Attempts = 3;

        [Fact]
        public void Smooth_integrand_on_a_finite_interval() =>
            AssertAllocatesNothing(() => Quadrature.Integrate(new Decay(2), 0, 1, out _));

        /// <summary>The singular case halves many times and runs the ε-extrapolation.</summary>
        [Fact]
        public void Singular_integrand_with_extrapolation() =>
            AssertAllocatesNothing(() => Quadrature.Integrate(new Power(-0.9), 0, 1, out _));

        [Fact]
        public void Infinite_interval() =>
            AssertAllocatesNothing(() => Quadrature.Integrate(new Decay(0.5), double.NegativeInfinity, double.PositiveInfinity, out _) * 0
                + Quadrature.Integrate(new Decay(0.5), 0, double.PositiveInfinity, out _));

        [Fact]
        public void Float_integrand() =>
            AssertAllocatesNothing(() => Quadrature.Integrate(new FloatLogTimesLog(), 0f, 1f, out _));

        /// <summary>An inner integration for every outer point: the pool must serve nested rentals too.</summary>
        [Fact]
        public void Rectangle() =>
            AssertAllocatesNothing(() => Quadrature.IntegrateRectangle(new XTimesYSquared(), 0, 2, 0, 1, out _), calls: 20);

        [Fact]
        public void Subdivision_cap_reached() =>
            AssertAllocatesNothing(() => Quadrature.Integrate(new Power(-1), 0, 1, out _), calls: 5);

        /// <summary>The measurement itself sees an allocation: a lambda that captures a local of the call allocates a closure and a delegate each time.</summary>
        [Fact]
        public void A_capturing_lambda_does_allocate()
        {
            long bytes = Measure(
                () =>
                {
                    double rate = 2;
                    return Quadrature.Integrate(x => Math.Exp(-rate * x), 0, 1);
                },
                Calls);
            Assert.True(bytes >= Calls * 32, bytes + " bytes");
        }

        private static void AssertAllocatesNothing(Func<double> integrate, int calls = Calls)
        {
            var measured = new List<long>();
            while (measured.Count < Attempts && !measured.Contains(0))
            {
                measured.Add(Measure(integrate, calls));
            }

            Assert.True(measured.Contains(0), "allocated in each of " + Attempts + " runs of " + calls + " calls: " + string.Join(", ", measured) + " bytes");
        }

        private static long Measure(Func<double> integrate, int calls)
        {
            double sum = integrate();
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < calls; i++)
            {
                sum += integrate();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(sum);
            return allocated;
        }
    }
}
