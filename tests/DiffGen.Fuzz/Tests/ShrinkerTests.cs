using System;
using System.Linq;
using DiffGen.Fuzz.Generation;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Shrinking;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// What the shrinker may try. A stack overflow cannot be caught, so one candidate that
    /// recursed without end (its guard or its argument made smaller) ended a whole fuzz run.
    /// </summary>
    public class ShrinkerTests
    {
        [Fact]
        public void Recursive_callees_are_never_changed_by_a_reduction()
        {
            var random = new Random(11);
            var recursive = Enumerable.Range(0, 400)
                .Select(_ => Families.Generate("calls", isFloat: false, random))
                .Where(c => c.Methods.Any(m => m.Recursive))
                .Take(10)
                .ToList();
            Assert.NotEmpty(recursive);
            foreach (FuzzCase fuzzCase in recursive)
            {
                foreach (FuzzCase smaller in Reductions.Of(fuzzCase))
                {
                    foreach (Method method in smaller.Methods.Where(m => m.Recursive))
                    {
                        Assert.Contains(method, fuzzCase.Methods);
                    }
                }
            }
        }
    }
}
