using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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
                int caseSeed = random.Next();
                cases.Add(LocalFunctionExtraction.Apply(Families.Generate(chosen, isFloat, new Random(caseSeed)), new Random(caseSeed ^ 0x4C46)));
            }

            return cases;
        }

        /// <summary>Runs the batches, as many at once as there are cores; results in the order of the cases.</summary>
        public static List<CaseResult> Run(IReadOnlyList<FuzzCase> cases, int seed, Action<int>? progress = null)
        {
            var starts = Enumerable.Range(0, (cases.Count + BatchSize - 1) / BatchSize).Select(b => b * BatchSize).ToList();
            var batches = new IReadOnlyList<CaseResult>[starts.Count];
            int done = 0;
            Parallel.For(0, starts.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
            {
                var batch = cases.Skip(starts[b]).Take(BatchSize).ToList();
                batches[b] = BatchRunner.Run(batch, seed + starts[b]);
                progress?.Invoke(Interlocked.Add(ref done, batch.Count));
            });
            return batches.SelectMany(r => r).ToList();
        }
    }
}
