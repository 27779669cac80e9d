using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Fuzz.Generation;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;

namespace DiffGen.Fuzz
{
    /// <summary>Generates a run of cases from a seed, checks them batch by batch, and reports.</summary>
    public static class Fuzzer
    {
        public const int BatchSize = 60;

        /// <summary>The cases of a run: the same seed gives the same programs on every machine.</summary>
        public static List<FuzzCase> Cases(int count, int seed, string? family = null)
        {
            var random = new Random(seed);
            var cases = new List<FuzzCase>(count);
            for (int i = 0; i < count; i++)
            {
                string chosen = family ?? Families.Pick(random);
                bool isFloat = random.NextDouble() < 0.25;
                cases.Add(Families.Generate(chosen, isFloat, new Random(random.Next())));
            }

            return cases;
        }

        public static List<CaseResult> Run(IReadOnlyList<FuzzCase> cases, int seed, Action<int>? progress = null)
        {
            var results = new List<CaseResult>(cases.Count);
            for (int start = 0; start < cases.Count; start += BatchSize)
            {
                var batch = cases.Skip(start).Take(BatchSize).ToList();
                results.AddRange(BatchRunner.Run(batch, seed + start));
                progress?.Invoke(results.Count);
            }

            return results;
        }
    }
}
