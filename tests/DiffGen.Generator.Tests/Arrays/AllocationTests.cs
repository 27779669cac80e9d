using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The gradient of a pure reduction (no intermediate that the reverse sweep must keep per
    /// element) allocates nothing: after a warm-up call, many calls allocate 0 bytes on this thread.
    /// </summary>
    public sealed class AllocationTests
    {
        private static readonly string[] Reductions = { "Dot", "DotSpan", "DotFloat", "DotSpanFloat", "L2Norm", "Mse", "ScaledSquaresSpan" };

        public static IEnumerable<object[]> Passing => Reductions.Where(n => !KnownBugs.Allocating.ContainsKey(n)).Select(n => new object[] { n });

        public static IEnumerable<object[]> Failing => Reductions.Where(n => KnownBugs.Allocating.ContainsKey(n)).Select(n => new object[] { n });

        [Theory]
        [MemberData(nameof(Passing))]
        public void Reduction_gradients_allocate_nothing(string name) => Check(name);

        [Theory(Skip = "Open generator bugs: each case and its symptom is listed in Arrays/KnownBugs.cs. Delete the entry when the fix lands.")]
        [MemberData(nameof(Failing))]
        public void Known_allocating_gradients(string name) => Check(name);

        private static void Check(string name)
        {
            ArrayCase c = ArrayCaseCatalog.Find(name);
            CompiledCase compiled = CompiledCase.For(c);
            foreach (int size in new[] { 1, 100 })
            {
                object[] drawn = c.Arguments(new Random(size), size);
                object[] point = compiled.IsFloat ? Arguments.ToFloat(drawn) : drawn;
                object[] outputs = compiled.NewOutputs(point, fill: 0);
                long bytes = compiled.AllocatedBytes(point, outputs, calls: 10_000);
                Assert.True(bytes == 0, name + "Gradient at n = " + size + " allocated " + bytes + " bytes in 10,000 calls. Generated:\n" + compiled.GeneratedSource);
            }
        }
    }
}
