using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-sixth session's adversarial sweep of ML and scientific code that writes infinities as constants, after
    /// <see cref="Numerical.ConstantInfinityTests"/> (a product's local partial that multiplies by such a value is 0 where the
    /// product is infinite): masked attention and masked softmax (−∞ for masked scores by ?:, if, a local additive mask, a
    /// switch expression; a scale or temperature on the scores; causal masks; online softmax), log-space dynamic programming
    /// (HMM forward and backward, Viterbi, smoothed Viterbi, a CTC-like alignment sum, soft-DTW and soft edit distances with
    /// +∞ borders in flat tables, two rows swapped by tuple and by reference, borders by loops, initializers and Array.Fill,
    /// bands, subsequence alignment), running minima and maxima from ±∞, top-k, log-sum-exp with a running maximum from −∞,
    /// clipping with infinite bounds, barrier factors and +∞ penalties, infinities scaled by a differentiated parameter
    /// (−r / γ, scale · r, r · r · g, Math.Pow), helpers and local functions, and other spellings (1.0 / 0.0, a float
    /// constant in a double method, Math.Log(0), const fields). Accepted methods are checked against central finite
    /// differences at points smooth over the stencil (<see cref="NotebookSweep22Tests.Smooth"/>).
    /// 98 double methods and 12 float twins: 75 accepted and right (3 of them the rewrites the declines advise), 12 float
    /// twins right, 6 declined with DIFF015 (each leads to an accepted rewrite; the band's advice "one if around the writes"
    /// leads to a second DIFF015 first), 17 WRONG: accepted with no diagnostic and a gradient (and partials) NaN where the
    /// value and the true derivative are finite. The WRONG ones come from four gaps, each shrunk to minimal methods
    /// (<see cref="MinimalCases"/>, one skipped test each in InfinitySweep26Tests.Minimal.cs):
    /// (A) a factor that may be infinite but is a choice, a sum or a call (scale · (m ? q : −∞), (q + bias) / t,
    /// −(a − lo) / γ, w · Math.Max(−∞, −∞)) is not tested, nor is, in a loop-free method, a local set by ?: or by an if
    /// (every local is inlined there, and only infinite constants count);
    /// (B) Math.Pow with an infinite base (∞^g) or exponent (d^∞ = 0, whose guard tests |d^∞| &lt; ∞, which holds);
    /// (C) a [Differentiable] helper that receives an infinity (its own generated gradient does not know);
    /// (D) the log of a sum of exponentials of −∞ (log 0 = −∞ is a constant, its partial 1/0 meets a zero derivative).
    /// No generator crash, no uncompilable generated code. Gaps A and B were then closed in the same session
    /// (<c>Symbolic/InfiniteFactors.cs</c>: a factor that is a choice, sum, call or product reading an infinity counts; a power
    /// with an infinite exponent is constant in its base; Math.Pow and Math.Atan2 are 0 in one argument where the other is
    /// infinite): 90 accepted and right, 2 WRONG left (C and D, documented in supported.md).
    /// Readability of the guards (no test): the "may hold an infinity" set grows through every call and quotient, so guards
    /// stand where no constant infinity can reach: after Math.Exp (exp(−∞) is 0) in masked and online softmax
    /// (<c>if (Math.Abs(e * v[i]) &lt; double.PositiveInfinity) dV[i] += dAcc * e;</c>, <c>Math.Abs(acc / z) &lt; ∞ ? …</c>, nine
    /// in I26OnlineSoftmax), behind a clamp whose bound is +∞ (I26ProjectedGdHalfLine); loop-free, a parameter times a
    /// constant ∞ keeps a dead branch of ∞ arithmetic (<c>x * sig * (1 - sig) * double.PositiveInfinity - …</c>), no-op bounds
    /// stay with their tests (<c>Math.Max(y, double.NegativeInfinity)</c>, <c>if (xPlusY &lt; double.NegativeInfinity)</c>),
    /// <c>Math.Log(double.PositiveInfinity)</c> is not folded, and a loop-invariant guard is repeated in every iteration.
    /// </summary>
    public sealed partial class InfinitySweep26Tests
    {
        /// <summary>A property, not a field: the catalogs in the other files are initialized before this file's fields may be.</summary>
        private static int[] Lengths => new[] { 1, 2, 3, 5 };

        private static ArrayCase C(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? Lengths, Accept = p => NotebookSweep22Tests.Smooth(c, p) };
            return c;
        }

        /// <summary>A method without arrays among its arguments: the size is ignored.</summary>
        private static ArrayCase S(string name, string source, Func<Random, object[]> args) => C(name, source, (r, _) => args(r), ArrayCase.Scalar);

        private static int[] Ints(Random r, int n, int max) => Enumerable.Range(0, n).Select(_ => r.Next(max)).ToArray();

        /// <summary>A 0/1 mask, about a quarter masked, at least one element kept (a fully masked softmax is NaN).</summary>
        private static double[] Mask(Random r, int n)
        {
            double[] m = Enumerable.Range(0, n).Select(_ => r.Next(4) == 0 ? 0.0 : 1.0).ToArray();
            if (n > 0)
            {
                m[r.Next(n)] = 1;
            }

            return m;
        }

        private static IEnumerable<ArrayCase> Sweep =>
            AttentionCases.Concat(HmmCases).Concat(DtwCases).Concat(ReductionCases).Concat(BarrierCases).Concat(ScaledCases).Concat(HelperCases)
                .Concat(SpellingCases).Concat(RewriteCases);

        private static IEnumerable<ArrayCase> All => Sweep.Concat(MinimalCases);

        private static ArrayCase Find(string name) => All.Single(c => c.Name == name);

        /// <summary>Declined: the id, how the message starts, a part of its advice, and the rewrite (an accepted case) that follows it.</summary>
        private static readonly Dictionary<string, (string Id, string Starts, string Advice, string Rewrite)> Declines = new Dictionary<string, (string, string, string, string)>
        {
            // A band written as if (outside) { r[...] = +∞; continue; }: the message offers three ways; copying the neighbours
            // into an array declared before the loop works at once (I26SoftDtwBandedOld).
            ["I26SoftDtwBanded"] = ("DIFF015", "Reading an element of the local array 'r' into a value that the same loop iteration overwrites afterwards is not supported yet", "copy the old elements into a local array declared before the loop (old[i] = r[i];)", "I26SoftDtwBandedOld"),

            // Its other advice, "one if around the writes", followed: a second DIFF015 (the same if now), whose advice leads to
            // the same rewrite. A detour, not a dead end.
            ["I26SoftDtwBandedIf"] = ("DIFF015", "Reading an element of the local array 'r' into a value that the same if overwrites afterwards is not supported yet", "copy the old elements into a local array declared before the if (old[i] = r[i];)", "I26SoftDtwBandedOld"),
            ["I26SoftDtwBandedIfElse"] = ("DIFF015", "Reading an element of the local array 'r' into a value that the same if overwrites afterwards is not supported yet", "copy the old elements into a local array declared before the if (old[i] = r[i];)", "I26SoftDtwBandedOld"),

            // The banded soft edit distance: the advised copy as such (I26SoftEditBandedOld) is accepted but WRONG (gap A: the
            // cost added inside the quotient, −(old[0] + d²) / γ); with the sums in locals first it is right.
            ["I26SoftEditBanded"] = ("DIFF015", "Reading an element of the local array 'r' into a value that the same loop iteration overwrites afterwards is not supported yet", "copy the old elements into a local array declared before the loop (old[i] = r[i];)", "I26SoftEditBandedOldLocals"),
            ["I26SoftEditBandedIf"] = ("DIFF015", "Reading an element of the local array 'r' into a value that the same if overwrites afterwards is not supported yet", "copy the old elements into a local array declared before the if (old[i] = r[i];)", "I26SoftEditBandedOldLocals"),

            ["I26TopKSelection"] = ("DIFF015", "A test that reads an element of the local array 'used' that the same loop iteration overwrites afterwards is not supported yet", "copy the old elements into a local array declared before the loop (old[i] = used[i];) and test those", "I26TopKSelectionOld"),
        };

        /// <summary>
        /// Accepted with no diagnostic but with a gradient (and partials) that disagree with finite differences: name → gap and
        /// symptom. Skipped below; <see cref="MinimalCases"/> holds each gap shrunk. Gaps A and B (15 methods) are right since
        /// the same session (<c>InfiniteFactors</c>) and run with the accepted ones.
        /// </summary>
        private static readonly Dictionary<string, string> Wrong = new Dictionary<string, string>
        {
            // (C) a [Differentiable] helper that receives an infinity.
            ["I26SoftDtwHelper"] = "C: dGamma NaN: the soft minimum in a [Differentiable] helper gets +∞ from the border; the helper's own gradient computes dG = -exp(quotient) * quotient / gamma = 0 * ∞ (it has no infinite constant of its own)",

            // (D) the log of a sum of exponentials of -∞.
            ["I26HmmLeftToRightNaiveLse"] = "D: dLogA[5] (and others) NaN while a state is unreachable: Math.Log(Math.Exp(a1 + logA[5]) + Math.Exp(a2 + logA[8])) with a1 = a2 = -∞ is log 0 = -∞ for every logA, its partial 1 / 0 meets exp(-∞) = 0",
        };

        private static IEnumerable<ArrayCase> Accepted => Sweep.Where(c => !Declines.ContainsKey(c.Name) && !Wrong.ContainsKey(c.Name));

        public static TheoryData<string> AcceptedNames() => new TheoryData<string>(Accepted.Select(c => c.Name));

        public static TheoryData<string> DeclinedNames() => new TheoryData<string>(Declines.Keys.OrderBy(k => k, StringComparer.Ordinal));

        public static TheoryData<string> WrongNames() => new TheoryData<string>(Wrong.Keys.Concat(MinimalCases.Select(c => c.Name)).OrderBy(k => k, StringComparer.Ordinal));

        public static TheoryData<string> SweepWrongNames() => new TheoryData<string>(Wrong.Keys.OrderBy(k => k, StringComparer.Ordinal));

        public static TheoryData<int> FloatIndexes() => new TheoryData<int>(Enumerable.Range(0, Floats.Length));

        [Fact]
        public void Every_name_is_unique_and_every_listed_case_exists()
        {
            Assert.Equal(All.Count(), All.Select(c => c.Name).Distinct().Count());
            Assert.All(Declines.Keys.Concat(Wrong.Keys), n => Assert.Contains(n, Sweep.Select(c => c.Name)));
            Assert.All(Floats, f => Assert.Contains(f.Twin, Accepted.Select(c => c.Name)));
            Assert.Equal((98, 90, 6, 2, 12), (Sweep.Count(), Accepted.Count(), Declines.Count, Wrong.Count, Floats.Length));
        }

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Gradient_and_partials_match_finite_differences(string name)
        {
            ArrayCase c = Find(name);
            Assert.Empty(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            ArrayGradientTests.Check(c);
        }

        [Theory]
        [MemberData(nameof(FloatIndexes))]
        public void Float_gradient_matches_its_double_twin(int i)
        {
            ArrayCase twin = Find(Floats[i].Twin);
            ArrayGradientTests.Check(ArrayCase.FloatTwinOf(twin, Floats[i].Source), twin);
        }

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Declined_with_advice_whose_rewrite_is_accepted(string name)
        {
            (string id, string starts, string advice, string rewrite) = Declines[name];
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(Find(name)));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => id.Split(' ').Contains(d.Id))
                && diagnostics.Any(d => d.GetMessage().StartsWith(starts, StringComparison.Ordinal) && d.GetMessage().Contains(advice, StringComparison.Ordinal)),
                name + ":\n" + string.Join("\n", diagnostics));
            Assert.Contains(rewrite, Accepted.Select(c => c.Name));
        }

        /// <summary>What is listed as wrong is accepted with no diagnostic at all (so it is silently wrong, not declined), and its generated code compiles.</summary>
        [Theory]
        [MemberData(nameof(WrongNames))]
        public void Wrong_cases_are_accepted_with_no_diagnostic(string name)
        {
            string source = CompiledCase.SourceOf(Find(name));
            Assert.Empty(GeneratorHarness.Analyze(source));
            Assert.Contains(name + "Gradient(", GeneratorHarness.RunAndCompile(source).SourceFor(name), StringComparison.Ordinal);
        }

        [Theory(Skip = "WRONG: accepted with no diagnostic, NaN gradient and partials where the value and the true derivative are finite; the symptom and gap of each are in Wrong, each gap shrunk in a skipped test of its own (InfinitySweep26Tests.Minimal.cs).")]
        [MemberData(nameof(SweepWrongNames))]
        public void Known_wrong_cases(string name) => ArrayGradientTests.Check(Find(name));
    }
}
