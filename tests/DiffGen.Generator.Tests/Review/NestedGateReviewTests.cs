using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// An adversarial pass over gated updates in loops inside other loops (commits 036cdce, 624fb83: GateStacks, the epoch's
    /// StackedUndo, RecomputedReads' control dependence). The cases (<c>NestedGateReviewTests.Cases.cs</c>) are perceptron and
    /// dead-zone shapes three and four loops deep, two arrays under one stacked gate, mixed gated and every-iteration writes,
    /// outer gates of other arrays, while / do / data-bounded / triangular / stepped epoch loops, inner loops whose length varies
    /// per epoch or per a carried int, indices from the epoch counter, an epoch local or a carried int, the epoch body reading
    /// the weights before and after its samples, carried biases read after the samples, continue-gates, nested ifs, sibling
    /// gated loops, early stopping on the epoch loop, tests reading scalars earlier samples changed, one-vs-rest, sparse
    /// indices, generated names taken by the method's own locals, epochs inside a top-level if, 2000 epochs (the stack grows),
    /// and five float twins. Accepted ones are checked as the catalog's are
    /// (<see cref="ArrayGradientTests.Check(ArrayCase)"/>) at points where the method is smooth over the stencil
    /// (<see cref="NotebookSweep22Tests.Smooth"/>). None was found wrong, uncompilable or crashing; the declines are below.
    /// </summary>
    public sealed partial class NestedGateReviewTests
    {
        /// <summary>
        /// Declined with DIFF015, each with the message's start. Documented by docs/supported.md ("An update made only
        /// sometimes", returns): early stopping in the nested loop (NgCountedBreakBefore), a break beside a carried scalar
        /// (NgBreakBias), a test that reads the elements (NgTestReadsElement), two tests in one iteration (NgSameTextTwoIfs and
        /// its one-level twin, NgSameTextChangedInside), a buffer filled anew read by the update
        /// (NgGatedBufferFilledAnew; accepted without the bias, NgGatedBufferNoBias, and in one loop, NgGatedBufferOneLevel),
        /// returns in loops (NgReturnInInner, NgReturnOneLevel, NgReturnNoArrays).
        /// Not said by the page: a counted break after the update, whose test reads no element, where the epoch body reads w
        /// before and after the samples (NgBreakAfterOuterReads; EgThreeDeepCountedStop, the same break with no epoch read, is
        /// accepted); with a carried bias, an index or a bound from an int local the sample's body declares (NgSparseLocalIndex,
        /// NgLocalBoundInSample; accepted without the bias, NgSparseLocalIndexNoBias) or a while loop over the samples
        /// (NgWhileSamples; accepted without the bias, NgWhileSamplesNoBias); a counting loop written j + off &lt; d
        /// (NgIndexReadsEpochLocal; j = off; j &lt; d is accepted, NgIndexReadsEpochLocal2).
        /// Declined when the review was made and accepted and right since (the undo of a loop with a gate of its own runs the
        /// writes of stacked gates inside it under their outcomes too): an epoch loop with its own gate, an if that scales w
        /// or early stopping on a scalar, around a stacked gate on the same array (NgOuterGateInnerStacked,
        /// NgOuterGateInnerStackedBias, NgRoundGateAndStacked, NgEpochBreakBeforeOnScalar, NgEpochBreakBeforeOnScalarBias,
        /// NgEpochStopOnValue); the gated loop inside an if of the epoch body (NgGateInsideEpochIf, NgGateInsideEpochIfData);
        /// a second stacked gate in a loop of the same sample (NgTwoGatesInSample), a gate within a gate (NgGateWithinGate).
        /// </summary>
        internal static readonly Dictionary<string, string> Declined = new Dictionary<string, string>
        {
            ["NgCountedBreakBefore"] = ReadOverwritten,
            ["NgBreakBias"] = ReadOverwritten,
            ["NgTestReadsElement"] = "An if whose test reads an element of the local array 'w' that the if then writes",
            ["NgSameTextTwoIfs"] = ReadOverwritten,
            ["NgSameTextTwoIfsOneLevel"] = ReadOverwritten,
            ["NgSameTextChangedInside"] = ReadOverwritten,
            ["NgGatedBufferFilledAnew"] = "Reading an element of the local array 'g' into a value that the same loop iteration overwrites afterwards",
            ["NgReturnInInner"] = ReturnInLoop,
            ["NgReturnOneLevel"] = ReturnInLoop,
            ["NgReturnNoArrays"] = ReturnInLoop,
            ["NgBreakAfterOuterReads"] = ReadOverwritten,
            ["NgSparseLocalIndex"] = ReadOverwritten,
            ["NgLocalBoundInSample"] = ReadOverwritten,
            ["NgWhileSamples"] = ReadOverwritten,
            ["NgIndexReadsEpochLocal"] = ReadOverwritten,
        };

        private const string ReadOverwritten = "Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards";

        private const string ReturnInLoop = "A 'return' inside a loop or branch";

        internal static IEnumerable<ArrayCase> Accepted => All.Where(c => !Declined.ContainsKey(c.Name));

        public static TheoryData<string> AcceptedNames() => new TheoryData<string>(Accepted.Select(c => c.Name));

        public static TheoryData<string> DeclinedNames() => new TheoryData<string>(Declined.Keys);

        public static TheoryData<int> FloatIndexes() => new TheoryData<int>(Enumerable.Range(0, Floats.Length));

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Gradient_and_partials_match_finite_differences(string name) => ArrayGradientTests.Check(All.Single(c => c.Name == name));

        [Theory]
        [MemberData(nameof(FloatIndexes))]
        public void Float_gradient_matches_its_double_twin(int i)
        {
            ArrayCase twin = All.Single(c => c.Name == Floats[i].Twin);
            ArrayGradientTests.Check(ArrayCase.FloatTwinOf(twin, Floats[i].Source), twin);
        }

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Nested_gates_the_generator_declines(string name)
        {
            ArrayCase c = All.Single(d => d.Name == name);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == "DIFF015") && diagnostics.Any(d => d.GetMessage().StartsWith(Declined[name], StringComparison.Ordinal)),
                name + ":\n" + string.Join("\n", diagnostics));
        }

        [Fact]
        public void Every_case_is_named_once()
        {
            Assert.Equal(All.Length, All.Select(c => c.Name).Distinct().Count());
            Assert.All(Declined.Keys, k => Assert.Contains(All, c => c.Name == k));
        }
    }
}
