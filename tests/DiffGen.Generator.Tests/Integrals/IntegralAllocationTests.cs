using System;
using System.Collections.Generic;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// A generated MIntegral allocates nothing: the integrand is a struct, so there is no closure and no
    /// delegate, and the quadrature's working arrays come from a pool. Measured as in
    /// <see cref="Arrays.AllocationTests"/>: a warm-up call, a gen0 collection, then
    /// <see cref="GC.GetAllocatedBytesForCurrentThread"/> around many calls, best of three attempts.
    /// </summary>
    public sealed class IntegralAllocationTests
    {
        private const int Calls = 2_000;

        private const int Attempts = 3;

        [Theory]
        [InlineData("Speed")]       // static, constants held, with the error estimate
        [InlineData("Gaussian")]    // infinite bounds
        [InlineData("Force")]       // an instance method
        [InlineData("Product")]     // two variables over a rectangle
        [InlineData("HalfFloat")]   // float
        public void MIntegral_AllocatesNothing(string probe)
        {
            var integrate = IntegralCases.Probe.GetMethod(probe)!.CreateDelegate<Func<double>>();
            var measured = new List<long>();
            while (measured.Count < Attempts && !measured.Contains(0))
            {
                measured.Add(Measure(integrate));
            }

            Assert.True(measured.Contains(0), probe + " allocated in each of " + Attempts + " runs of " + Calls + " calls: " + string.Join(", ", measured) + " bytes");
        }

        private static long Measure(Func<double> integrate)
        {
            double sum = integrate();
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Calls; i++)
            {
                sum += integrate();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(sum);
            return allocated;
        }
    }
}
