using System;
using System.IO;
using DiffGen.Generator.Tests.Arrays;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Helpers of the review of fresh adjoints (FreshAdjointReviewTests*): a loop method checked as the catalog's array cases
    /// are (gradient and partials against finite differences at smooth points), and whether the reverse sweep wrote a local
    /// array's adjoint fresh (the comment of <c>GradientWriter.FreshAdjoints</c>), as the review found it.
    /// </summary>
    internal static class FreshAdjointReviewCheck
    {
        /// <summary>The comment of a share that writes a fresh adjoint's entry.</summary>
        public const string Fired = "is new each iteration: its adjoint starts from this share";

        /// <summary>
        /// Checks the case against finite differences, and that the optimization fired (<paramref name="fires"/>) or not. With
        /// FRESH_REVIEW_DUMP set to a folder, the generated file is written there first (for reading, and for counting).
        /// </summary>
        public static ArrayCase Check(string name, string source, Func<Random, int, object[]> args, bool fires, int[]? sizes = null)
        {
            ArrayCase c = Review23Check.Case(name, source, args, sizes);
            Dump(c);
            ArrayGradientTests.Check(c);
            AssertFired(c, fires);
            return c;
        }

        /// <summary>The float twin of <paramref name="twin"/>, checked against it, and whether it fired as the double twin did.</summary>
        public static void Twin(ArrayCase twin, string name, string source, bool fires)
        {
            ArrayCase f = new ArrayCase(name, source, twin.Arguments) { Sizes = twin.Sizes, DoubleTwin = twin.Name, Accept = p => NotebookSweep22Tests.Smooth(twin, Arrays.Arguments.ToDouble(p)) };
            Dump(f);
            ArrayGradientTests.Check(f, twin);
            AssertFired(f, fires);
        }

        /// <summary>How many shares of the generated gradient write a fresh adjoint.</summary>
        public static int FreshShares(ArrayCase c) => CompiledCase.For(c).GeneratedSource.Split(Fired).Length - 1;

        private static void AssertFired(ArrayCase c, bool fires)
        {
            string generated = CompiledCase.For(c).GeneratedSource;
            Assert.True(generated.Contains(Fired, StringComparison.Ordinal) == fires, c.Name + (fires ? ": expected a fresh adjoint, got none" : ": expected no fresh adjoint") + "\n" + generated);
        }

        private static void Dump(ArrayCase c)
        {
            string? folder = Environment.GetEnvironmentVariable("FRESH_REVIEW_DUMP");
            if (string.IsNullOrEmpty(folder))
            {
                return;
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, c.Name + ".g.cs"), CompiledCase.For(c).GeneratedSource);
        }
    }
}
