using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using DiffGen.Fuzz.Shrinking;

namespace DiffGen.Fuzz
{
    /// <summary>
    /// dotnet run --project tests/DiffGen.Fuzz -c Release -- [--count N] [--seed S] [--family NAME] [--shrink K] [--save DIR] [--dump DIR] [--timing] [--list] [--only INDEX] [--print]
    /// dotnet run --project tests/DiffGen.Fuzz -c Release -- --replay FILE   (one regression file, with its details)
    /// Runs N random methods (default 2000, seed 1), prints each failure shrunk (the first K, default 20;
    /// with --save, each also written to DIR as a regression file), the table of family × outcome, and one
    /// summary line. Exits 1 when any method failed. With --dump, every generated file is written to DIR
    /// (a refactoring of the generator that should not change its output is checked with diff -r).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string? replay = args.SkipWhile(a => a != "--replay").Skip(1).FirstOrDefault();
            if (replay is not null)
            {
                // One regression file run again, with everything the run reported.
                CaseResult result = BatchRunner.RunOne(RegressionFile.Read(replay).Case, Option(args, "--seed", 1));
                Console.WriteLine(Shrinker.Describe(result));
                return result.IsFailure ? 1 : 0;
            }

            int count = Option(args, "--count", 2000);
            int seed = Option(args, "--seed", 1);
            int shrink = Option(args, "--shrink", 20);
            string? family = args.SkipWhile(a => a != "--family").Skip(1).FirstOrDefault();
            string? dump = args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault();
            if (dump is not null)
            {
                System.IO.Directory.CreateDirectory(dump);
                Compiler.DumpDirectory = dump;
            }

            var clock = Stopwatch.StartNew();
            var cases = Fuzzer.Cases(count, seed, family);
            int only = Option(args, "--only", -1);
            if (only >= 0)
            {
                cases = cases.GetRange(only, 1); // one method of the run, by the number --list printed
            }

            if (args.Contains("--print"))
            {
                // The sources alone, as the generator reads them, without running anything (to read what a family writes).
                foreach (var (fuzzCase, index) in cases.Select((c, i) => (c, i)))
                {
                    Console.WriteLine("// #" + (only >= 0 ? only : index) + " [" + fuzzCase.Label + "]\n" + ProgramWriter.Standalone(fuzzCase));
                }

                return 0;
            }

            var results = Fuzzer.Run(cases, seed, done =>
            {
                if (done % 600 < Fuzzer.BatchSize || done == count)
                {
                    Console.Error.WriteLine(done + " / " + count + " methods, " + clock.Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture) + " s");
                }
            });

            var failures = results.Where(r => r.IsFailure).ToList();
            if (args.Contains("--list"))
            {
                foreach (var (failure, index) in results.Select((r, i) => (r, i)).Where(x => x.r.IsFailure))
                {
                    Console.WriteLine("#" + index + " [" + failure.Case.Label + "] " + failure.Outcome + " " + failure.DiagnosticIds + ": " + failure.Detail.Split('\n')[0]);
                    if (only >= 0)
                    {
                        Console.WriteLine(ProgramWriter.Standalone(failure.Case)); // as generated, before shrinking
                    }
                }
            }

            string? save = args.SkipWhile(a => a != "--save").Skip(1).FirstOrDefault();
            foreach (CaseResult failure in failures.Take(shrink))
            {
                CaseResult shrunk = Shrinker.Shrink(failure, seed);
                Console.WriteLine(Shrinker.Describe(shrunk));
                if (save is not null)
                {
                    RegressionFile.Of(shrunk).Write(System.IO.Path.Combine(save, RegressionFile.NameOf(shrunk)));
                }
            }

            if (failures.Count > shrink)
            {
                Console.WriteLine((failures.Count - shrink) + " more failures not shrunk (--shrink " + failures.Count + " shows them all).\n");
            }

            Console.WriteLine(Report.Table(results));
            if (args.Contains("--timing"))
            {
                Console.Error.WriteLine(Timing.Describe());
            }

            Console.WriteLine(Report.Summary(results, seed, clock.Elapsed));
            return failures.Count == 0 ? 0 : 1;
        }

        private static int Option(string[] args, string name, int fallback)
        {
            string? value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
            return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
        }
    }
}
