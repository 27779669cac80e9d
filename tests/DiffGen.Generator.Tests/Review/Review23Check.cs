using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Helpers of the twenty-third session's review (Review23*Tests): array cases checked as the catalog's are, at points
    /// where the method is smooth over the whole finite-difference stencil, and declines asserted by id and message.
    /// </summary>
    internal static class Review23Check
    {
        /// <summary>An array case whose points are drawn where the method is smooth (<see cref="NotebookSweep22Tests.Smooth"/>).</summary>
        public static ArrayCase Case(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? new[] { 1, 2, 3, 5 }, Accept = p => NotebookSweep22Tests.Smooth(c, p) };
            return c;
        }

        /// <summary>The float twin of <paramref name="twin"/>, drawn where the double twin is smooth, checked against it.</summary>
        public static void FloatTwin(ArrayCase twin, string name, string source)
        {
            ArrayCase f = new ArrayCase(name, source, twin.Arguments) { Sizes = twin.Sizes, DoubleTwin = twin.Name, Accept = p => NotebookSweep22Tests.Smooth(twin, Arrays.Arguments.ToDouble(p)) };
            ArrayGradientTests.Check(f, twin);
        }

        /// <summary>Random vector of length n + extra in [−2, 2].</summary>
        public static double[] V(Random r, int n, int extra = 0) => Draw.Vector(r, n + extra);

        public static double S(Random r) => Draw.Uniform(r, -2, 2);

        /// <summary>
        /// <paramref name="members"/> (inside Review.C, or inside Tests.Cases when <paramref name="arrays"/>) are declined:
        /// every error is <paramref name="id"/>, and one message starts with <paramref name="messageStart"/>.
        /// </summary>
        public static void Declined(string members, string id, string messageStart, bool arrays = false)
        {
            string source = arrays
                ? CompiledCase.SourceOf(new ArrayCase("Declined", members, (r, n) => Array.Empty<object>()))
                : LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n";
            Diagnostic[] errors = GeneratorHarness.Analyze(source).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            string all = string.Join("\n", errors.Select(d => d.Id + ": " + d.GetMessage()));
            Assert.True(errors.Length > 0, "expected " + id + ", got no error");
            Assert.True(errors.All(d => d.Id == id), "expected only " + id + ", got:\n" + all);
            Assert.True(errors.Any(d => d.GetMessage().StartsWith(messageStart, StringComparison.Ordinal)), "expected a message starting '" + messageStart + "', got:\n" + all);
        }
    }
}
