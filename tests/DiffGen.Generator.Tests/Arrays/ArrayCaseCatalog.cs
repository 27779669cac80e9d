using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Every array and loop case, and the theory data that splits them into expected to pass and known generator bugs.</summary>
    public static class ArrayCaseCatalog
    {
        public static IEnumerable<ArrayCase> DoubleCases =>
ReductionCases.All.Concat(LoopShapeCases.All).Concat(RecurrenceCases.All).Concat(IndexingCases.All).Concat(LoopCallCases.All).Concat(ControlFlowCases.All).Concat(ArrayModelCases.All).Concat(AdversarialCases.All).Concat(Adversarial2Cases.All).Concat(Adversarial3Cases.All).Concat(Adversarial4Cases.All).Concat(ExtremeArrayCases.All).Concat(InPlaceUpdateCases.All).Concat(InPlaceVariantCases.All).Concat(InductionCases.All).Concat(WrittenOnceCases.All).Concat(ReorderedReductionCases.All).Concat(TapeReviewCases.All).Concat(GivenElementsCases.All).Concat(SimplificationCases.Double).Concat(MatrixDataCases.Double).Concat(ClampCases.Double).Concat(RunningExtremeCases.Double).Concat(ElementSumCases.Double).Concat(ExtremeAndSumReviewCases.Double).Concat(SumFromZeroCases.Double).Concat(KeptBufferCases.Double).Concat(ParameterCopyCases.Double).Concat(SteppingLoopCases.Double).Concat(HeldTestCases.Double).Concat(UnreachableCases.Double).Concat(Adversarial5Cases.All).Concat(SwitchExpressionCases.Double).Concat(LocalFunctionCases.Double).Concat(Adversarial6Cases.All).Concat(NotebookCases.All).Concat(Adversarial7Cases.All).Concat(NotebookSweep2Cases.All).Concat(Adversarial9Cases.All).Concat(PhysicsCases.All).Concat(KeptCallCases.Double).Concat(KeptCallCases.Accumulated).Concat(KeptCallCases.EveryArm).Concat(KeptCallCases.OverwrittenAfterRead).Concat(FuzzGapsCases.All).Concat(ModelLayerCases.All).Concat(NumericsSweepCases.All).Concat(FinanceSeriesCases.All).Concat(ForHeaderCases.Double).Concat(ForHeaderCases.Review).Concat(GuardedLoopCases.Double).Concat(StatsSignalCases.All).Concat(ParticleCases.All).Concat(EarlyReturnCases.Double).Concat(EarlyReturnCases.LoopExits).Concat(EarlyReturnCases.TailReturns).Concat(EarlyReturnCases.Declined).Concat(GuardReviewCases.All).Concat(EarlyReturnReviewCases.Double).Concat(EarlyReturnReviewCases.Declined).Concat(LoopExitReviewCases.Double).Concat(BranchedLoopCases.Double).Concat(BranchedLoopReviewCases.Double).Concat(LaterReviewCases.Double).Concat(CallInBranchCases.Double).Concat(CallInBranchCases.Declined).Concat(SteppedIndexCases.Double).Concat(SteppedIndexCases.Declined).Concat(ArraySwapCases.Double).Concat(ArraySwapCases.Declined).Concat(NestedUndoReviewCases.Double).Concat(DomainSweepCases.All).Concat(BranchCallStepReviewCases.Double).Concat(ArraySwapReviewCases.Double).Concat(ArraySwapReviewCases.Declined).Concat(UnreadReplayCases.Double).Concat(ArrayCopyCases.Double).Concat(GatedUndoCases.Double).Concat(EpochGateCases.Double).Concat(FreshAdjointCases.Double);

        public static IEnumerable<ArrayCase> All => DoubleCases.Concat(FloatArrayCases.All).Concat(ExtremeArrayCases.Float).Concat(GivenElementsCases.Float).Concat(SimplificationCases.Float).Concat(MatrixDataCases.Float).Concat(ClampCases.Float).Concat(RunningExtremeCases.Float).Concat(ElementSumCases.Float).Concat(SumFromZeroCases.Float).Concat(ExtremeAndSumReviewCases.Float).Concat(KeptBufferCases.Float).Concat(Adversarial5Cases.Float).Concat(ParameterCopyCases.Float).Concat(HeldTestCases.Float).Concat(SwitchExpressionCases.Float).Concat(LocalFunctionCases.Float).Concat(Adversarial7Cases.Float).Concat(Adversarial9Cases.Float).Concat(KeptCallCases.Float).Concat(NotSupportedYetCases.All).Concat(FuzzGapsCases.Float).Concat(ModelLayerCases.Float).Concat(NumericsSweepCases.Float).Concat(FinanceSeriesCases.Float).Concat(ForHeaderCases.Float).Concat(StatsSignalCases.Float).Concat(ParticleCases.Float).Concat(EarlyReturnCases.Float).Concat(GuardReviewCases.Float).Concat(EarlyReturnReviewCases.Float).Concat(LoopExitReviewCases.Float).Concat(BranchedLoopCases.Float).Concat(BranchedLoopReviewCases.Float).Concat(LaterReviewCases.Float).Concat(CallInBranchCases.Float).Concat(NestedUndoReviewCases.Float).Concat(DomainSweepCases.Float).Concat(BranchCallStepReviewCases.Float).Concat(ArraySwapReviewCases.Float).Concat(GatedUndoCases.Float).Concat(EpochGateCases.Float).Concat(FreshAdjointCases.Float);

        /// <summary>Cases expected to pass: all but the known generator bugs and what is not supported yet.</summary>
        public static IEnumerable<object[]> Passing =>
            All.Where(c => !KnownBugs.Open.ContainsKey(c.Name) && !KnownBugs.NotSupportedYet.ContainsKey(c.Name) && !KnownBugs.Warned.ContainsKey(c.Name)).Select(c => new object[] { c.Name });

        /// <summary>Cases whose derivative is the program's and not the one wanted, warned of (see <see cref="KnownBugs.Warned"/>).</summary>
        public static IEnumerable<object[]> Warned => All.Where(c => KnownBugs.Warned.ContainsKey(c.Name)).Select(c => new object[] { c.Name });

        /// <summary>Cases that fail because of an open generator bug (see <see cref="KnownBugs.Open"/>).</summary>
        public static IEnumerable<object[]> Failing => All.Where(c => KnownBugs.Open.ContainsKey(c.Name)).Select(c => new object[] { c.Name });

        /// <summary>Cases the generator declines with DIFF015 'not supported yet' (see <see cref="KnownBugs.NotSupportedYet"/>).</summary>
        public static IEnumerable<object[]> Unsupported => All.Where(c => KnownBugs.NotSupportedYet.ContainsKey(c.Name)).Select(c => new object[] { c.Name });

        public static ArrayCase Find(string name) => All.Single(c => c.Name == name);

        public static ArrayCase FindDouble(string name) => DoubleCases.Single(c => c.Name == name);

        /// <summary>The case's points: <see cref="ArrayCase.PointsPerSize"/> per size, reproducible, each accepted by the case.</summary>
        public static IEnumerable<(int Size, object[] Arguments)> Points(ArrayCase c)
        {
            var random = new Random(StableHash(c.DoubleTwin ?? c.Name));
            foreach (int size in c.Sizes)
            {
                for (int k = 0; k < c.PointsPerSize; k++)
                {
                    yield return (size, DrawAccepted(c, random, size));
                }
            }
        }

        private static object[] DrawAccepted(ArrayCase c, Random random, int size)
        {
            for (int attempt = 0; attempt < 10_000; attempt++)
            {
                object[] arguments = c.Arguments(random, size);
                if (c.Accept == null || c.Accept(arguments))
                {
                    return arguments;
                }
            }

            throw new InvalidOperationException("No acceptable point for " + c.Name + " at size " + size);
        }

        /// <summary>string.GetHashCode is randomized per process; this is not.</summary>
        private static int StableHash(string text)
        {
            unchecked
            {
                int hash = 23;
                foreach (char ch in text)
                {
                    hash = (hash * 31) + ch;
                }

                return hash;
            }
        }
    }
}
