using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Catalog cases that fail today, each with its symptom. They stay in the catalog and are
    /// listed (skipped) by <see cref="ArrayGradientTests.Known_generator_bugs"/>,
    /// <see cref="ArrayGradientTests.Not_supported_yet"/> and
    /// <see cref="AllocationTests.Known_allocating_gradients"/>: when a fix lands, delete the entry
    /// and the case runs with the passing ones again.
    /// </summary>
    /// <remarks>
    /// Fixed since first reported (entries deleted): the self-assignment 'dS = dS;' (CS1717) in forward-mode
    /// partials of accumulators started from a scalar parameter (BiasedSum, Hinge, HingeMax, Huber, Ridge,
    /// Perceptron, PerceptronStackalloc, DivideRecurrence); the wrong gradient of a local array element
    /// updated in place (InPlaceLocal, InPlaceSquare), declined with DIFF015 for a while and supported since issue 10
    /// (the forward sweep keeps what such writes overwrite; InPlaceUpdateCases); a branch inside a
    /// fused forward-and-reverse loop replayed, so MGradient returned a wrong value (BranchSum, MaskedSines,
    /// ParityBranch, Huber). From the review of the loop route (AdversarialCases): a carried variable overwritten
    /// each iteration treated as a sum (RvLastAssigned), arrays read across iterations in a reduction (RvCrossIter,
    /// RvCrossIterFused), element writes skipped on replay when another iteration overwrote them (RvOverlapWrite,
    /// RvMovingIndex), versions read by a loop changed in place by a later one (RvReadThenChanged, RvBoundChanged,
    /// RvHolderProduct, RvFloatHolder), a callee's gradient call dropped (RvCallArrayInLoop), guarded indices
    /// (RvGuardedIndex), declarations dropped or not replayed (RvIfElseAssign, RvIfElseInLoop, RvNestedJoin,
    /// RvNestedJoinLoop, RvShortInBranch), a call after a fused loop (RvTailCall), long counters (RvLongBound).
    /// From the second pass (Adversarial2Cases): v = e(v) with ∂e/∂v = 1 cleared dV (Av2UnitSelf, the % cases), a
    /// costly value the source keeps in a local declared twice (Av2DeclaredCostly), a for loop's counter changed in
    /// its body redeclared in the reverse sweep, and loops whose iterations overwrite each other's elements run as
    /// reductions (the a[i % 3] cases).
    /// </remarks>
    public static class KnownBugs
    {
        /// <summary>Cases whose generated code is wrong or does not compile cleanly: name → symptom.</summary>
        public static readonly IReadOnlyDictionary<string, string> Open = new Dictionary<string, string>
        {
        };

        /// <summary>
        /// Cases whose generated derivative is the program's and not the one wanted, warned of with DIFF012: name → the comparison
        /// the warning stands at. They are not checked against finite differences (<see cref="ArrayGradientTests.Warned_cases_get_DIFF012_at_their_comparison"/>).
        /// </summary>
        public static readonly IReadOnlyDictionary<string, string> Warned = new Dictionary<string, string>
        {
            // From the numerics sweep (NumericsSweepCases.Known): bisection for √p from hi = 2 + p, silently wrong until the
            // twenty-fourth session (the derivative of the path of tests, √p/(2 + p), not 1/(2√p)); a bracketing search since.
            ["NsBisection"] = "mid * mid - p > 0",
        };

        /// <summary>Cases the analyzer declines with DIFF015 'not supported yet': name → its message.</summary>
        public static readonly IReadOnlyDictionary<string, string> NotSupportedYet = new Dictionary<string, string>
        {
            ["RvRecursiveChoice"] = "DIFF015: The call to 'RvRecursiveChoice' in an arm of ?: is not supported yet (it would run where ?: skips it: endless recursion).",
            ["RvCallInChoice"] = "DIFF015: The call to 'RvRoot' in an arm of ?: is not supported yet (computed unconditionally, its NaN would reach the gradient).",
            ["RvNestedBreak"] = "DIFF015: A break or continue inside an if that other statements follow is not supported yet.",
            ["RvNestedContinue"] = "DIFF015: A break or continue inside an if that other statements follow is not supported yet.",
            ["InPlaceAfterBreakTest"] = "DIFF015: A test that reads an element of the local array 't' that the same loop iteration overwrites afterwards is not supported yet.",
            ["RvFloatDoubleLocal"] = "DIFF015: The double local 't' in a float method is not supported yet.",
            ["N2JaggedMse"] = "DIFF015: The local 'row' of type 'double[]' is not supported yet: a row of the jagged data 'X' is read where it is.",
            ["Av9NestedIfContinue"] = "DIFF015: A break or continue inside an if that other statements follow is not supported yet.",
            ["Av9RecursiveInLoop"] = "DIFF015: The call to 'Av9Pow' in an arm of ?: is not supported yet.",
            ["Av9ReturnInNestedLoop"] = "DIFF015: A 'return' inside a loop or branch is not supported yet.",
            ["Av9ReturnInLoopBoolFlag"] = "DIFF015: The bool local 'found' here is not supported yet.",
            ["Av9CallInCondition"] = "DIFF015: A call of a differentiable method in a loop's condition is not supported yet.",
            // Returns that are not guard clauses before the work (EarlyReturnCases.Declined).
            // From the review of guard clauses (EarlyReturnReviewCases.Declined).
            ["ErvConstantTest"] = "DIFF015: A guard clause whose test compares locals declared with constant values ('order == 2') is not supported yet: tested first, with the locals written as their values, it would make code unreachable.",
            ["ErvConstantOr"] = "DIFF015: A guard clause whose test compares locals declared with constant values ('x.Length == 0 || limit > 1') is not supported yet.",
            ["ErvSignBefore"] = "DIFF015: A 'return' inside a loop or branch is not supported yet: Math.Sign before the guard throws for NaN, so the guard cannot be tested first.",
            ["ErvClampBoundsBefore"] = "DIFF015: A 'return' inside a loop or branch is not supported yet: Math.Clamp with bounds that are not constants throws where min > max, so the guard cannot be tested first.",
            ["ErAfterElementRead"] = "DIFF015: A 'return' inside a loop or branch is not supported yet.",
            ["ErCallInGuard"] = "DIFF015: The call of 'ErSquare' in a guard clause (if (...) return ...;) is not supported yet.",
            ["LxrInPlaceAfterTest"] = "DIFF015: A test that reads an element of the local array 'y' that the same loop iteration overwrites afterwards is not supported yet.",
            ["LxrTailArrayCall"] = "DIFF015: The call to 'LxrAt' with an array argument in the last return after a loop that returns from inside is not supported yet: it would run where the loop returned (x[n - 1] out of range).",
            ["LxrLastCall"] = "DIFF015: The call to 'LxrTotal' with an array argument inside an if is not supported yet: in a method with loops or arrays, call it before the if and use the value inside",
            // From the statistics and signal sweep (StatsSignalCases): the advice of each is followed by a case that passes
            // (SsZeroInflatedPoissonHoisted, SsSavitzkyGolayInner, SsLmsFilterCopy, SsTrimmedMeanMinMax, SsTrimmedMeanOldCopy).
            ["SsTrimmedMeanSort"] = "DIFF015: An if whose test reads an element of the local array 'a' that the if then writes is not supported yet: the reverse sweep would test the new value; for a swap (a sort's step), write both elements from their old values without the if (double lo = Math.Min(a[j], a[j + 1]), hi = Math.Max(a[j], a[j + 1]); a[j] = lo; a[j + 1] = hi;), else each element as one assignment with ?:",
            // From the particle-simulation sweep (ParticleCases): each followed by a case that passes (PtMorseListLoopFirst,
            // PtEwaldReciprocalLoopFirst, PtThreeBodyFolded, PtLeapfrogNBodyCopy).
            // Listed at the merge (the sweep's own run had passed them by a stale build): a wall's if testing the element it
            // reflects, a neighbour list built into local int[] arrays. (A thermostat's kinetic energy read from the velocities
            // the same step then scales in place, PtBerendsen, passes since the sixteenth session.)
            ["PtReflectingWallsIf"] = "DIFF015: An if whose test reads an element of the local array 'x' that the if then writes is not supported yet: the reverse sweep would test the new value; write the choice as one assignment with ?: (x[i] = x[i] > 1 ? 1 : x[i];)",
            ["PtBuiltNeighbourList"] = "DIFF015: The local 'li' of type 'int[]' is not supported yet: an integer array is data given its elements where it is declared ({ 2, 0, 1 }); to keep indices the method computes (back-pointers, a permutation), store them in a double[] and read them as (int)Gradient.Stop(back[i])",
            // From the adversarial review of guarded loops and floating-point for headers (GuardReviewCases). The guards that
            // read what their loop changes (GrvLocalFunction*, GrvDeconstructionChanges, GrvGuardReadsOtherElement,
            // GrvGuardParameterWritten), wrong without a diagnostic once, then DIFF015, and the loops an if alone could not
            // guard (GrvNestedIfs, GrvDeclarationsNotConstant, ...) pass since loops inside an if are supported (BranchedLoopCases).
            ["GrvGuardCallsHead"] = "DIFF015: The call to 'GrvHead' on the right of && is not supported yet: in a method with loops or arrays, compute it into a local in an if / else first",
            ["GrvGuardIncrements"] = "DIFF015: The integer expression 'k++' is not supported yet.",
            ["GrvHeaderSwitchContinue"] = "DIFF015: A for loop whose header declares or changes a floating-point value, with a break or continue in its body is not supported yet: write it as a while loop: declare the value before it and change it at the end of the body, and before each continue",
            ["GrvHeaderBool"] = "DIFF015: The bool local 'first' here is not supported yet.",
            ["GrvHeaderFloatInDouble"] = "DIFF015: The float local 't' in a double method is not supported yet.",
            ["GrvGuardedDoWhile"] = "DIFF015: A do loop inside an if is not supported yet: in a method with loops or arrays, write the do loop as a while loop, whose test comes first, or put the if inside the loop",
            // From the adversarial review of loops inside an if and after continue (BranchedLoopReviewCases). Its switch cases
            // (BlrSwitch*) pass since switch sections may hold loops; so do BlrContinueThenReturn and BlrLoopBreakLoop, since a
            // return after the last loop and a break before a loop are taken apart. A do loop or an array given its elements
            // after continue said "inside an if".
            ["BlrContinueThenDo"] = "DIFF015: A do loop after 'if (...) continue;' in a loop's body, when a loop or a local array follows it too, is not supported yet: in a method with loops or arrays, write the do loop as a while loop, whose test comes first",
            ["BlrContinueThenGivenArray"] = "DIFF015: A local array given its elements after 'if (...) continue;' in a loop's body, when a loop or a local array follows it too, is not supported yet: in a method with loops or arrays, make it with new double[2] and assign its elements one by one, or declare it before that if",
            ["LrvAliasLocal"] = "DIFF015: The local 'u' of type 'double[]' is not supported yet: a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly",
            ["LrvSwitchReturn"] = "DIFF015: A 'return' inside a loop or branch is not supported yet: a switch section that returns after its loop.",
            ["LrvWhileTrueInnerReturn"] = "DIFF015: A 'return' inside a loop or branch is not supported yet: while (true) returning from inside an inner for loop.",
            ["AsSwapOfDifferentLengths"] = "DIFF015: The local 'tmp' of type 'double[]' is not supported yet: a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly",
            ["AsTemporaryReadAgain"] = "DIFF015: The local 'tmp' of type 'double[]' is not supported yet: a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly",
            ["SiReadTwice"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["SiStepInChoice"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["CbCallThenBreakInIf"] = "DIFF015: The call to 'CbL2' with an array argument inside an if with a break, continue or return beside it is not supported yet: in a method with loops or arrays, call it before the if and use the value inside",
            ["BlrContinueInNestedIf"] = "DIFF015: A break or continue inside an if that other statements follow is not supported yet.",
            ["BlrReturnInIf"] = "DIFF015: A 'return' inside a loop or branch is not supported yet.",
            ["BlrTailReturnInIf"] = "DIFF015: A 'return' inside a loop or branch is not supported yet.",
            ["BlrLoopReturnInIf"] = "DIFF015: A 'return' inside a loop or branch is not supported yet.",
            ["BlrLoopReturnThenIf"] = "DIFF015: A 'return' inside a loop or branch is not supported yet.",
            // From the review of undoing writes in loops nested in a recomputed pass (NestedUndoReviewCases): the writes stand where
            // the reverse sweep cannot put them back (in a loop with continue, under an if, in a while, do or long-counter loop or
            // one stepping by 2, in a for loop whose counter is declared before it, at an index or bound that a local of the
            // loop between reads, the pass leaving early, a carried bound changed before the loop, a bound reading the Length of
            // an array the pass makes, or ?: on a local of the pass). Each is reported at the read, with the generic advice.
            ["NurCrossArrayIndexPlain"] = "DIFF015: An element write to 'w' whose index reads the local array 'v', which that write or a later one changes is not supported yet: the undo read v[0] after a later write changed it (wrong before the sixteenth session's review).",
            ["NurCrossArrayBoundViaLocal"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet. The bound reads v[0], which the pass writes: the undo would read it changed (wrong at e7b6d9f).",
            ["NurStopBinBound"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet. The bound reads w[2] through Gradient.Stop (wrong at e7b6d9f).",
            ["NurSelfBoundViaLocal"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet. The bound reads w[2], which the pass writes (wrong at e7b6d9f).",
            ["NurCrossArrayBound"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet. The bound reads v[0], which the pass writes (wrong at e7b6d9f).",
            ["NurIndexTestsWrittenElement"] = "DIFF015: An element write to 'w' whose index reads the local array 'w', which this write or a later one changes is not supported yet: taken back at an index computed from the changed element (wrong before the sixteenth session's review).",
            ["NurSelfIndexViaLocal"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet. The index reads w[0], which the pass writes (wrong at e7b6d9f).",
            ["NurIndexLocalInNested"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurContinueInNested"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurWhileCounting"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurWhileCountingF"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurLongCounter"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurStepTwo"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurCountersDeclaredOutside"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurBoundCarriedBefore"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurBoundLengthOfPassArray"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurBoundLocalOfNest"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            ["NurBoundConditionalOfLocal"] = "DIFF015: Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet.",
            // From the review of calls in ifs and integers stepped inside expressions (BranchCallStepReviewCases): each declined as the docs say.
            ["BcsStepThenLocalFunctionReads"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after (a local function the statement calls reads k; was wrong before the review's fix)",
            ["BcsStepArgumentAndCapture"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after (was wrong)",
            ["BcsStepInsideLocalFunction"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after (the step is inside a local function; was wrong)",
            ["BcsStepInIntegerChoiceDeclaration"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after (in an arm of an integer ?:; was wrong)",
            ["BcsStepInIntegerChoiceIndex"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after (in an arm of an integer ?:; was wrong)",
            ["BcsStepInForInitializer"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after (in a for loop's header; was uncompilable)",
            ["BcsStepInForAssignInitializer"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after (in a for loop's header)",
            ["BcsStepInForStep"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after (in a for loop's header)",
            ["BcsSwitchGuardCallSkipped"] = "DIFF015: The call to 'BcsFirstSq' in the when guard of a switch section is not supported yet: in a method with loops or arrays, compute it into a local in an if / else first (was computed before the switch: threw where the method does not)",
            ["BcsSwitchGuardCallFirst"] = "DIFF015: The call to 'BcsFirstSq' in the when guard of a switch section is not supported yet: in a method with loops or arrays, compute it into a local in an if / else first (as above, older than the session)",
            ["BcsStepInsideLocalFunctionAlone"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["BcsStepLoopCounterInBody"] = "DIFF015: The integer expression 'i++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["BcsStepInReturn"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["BcsStepRightOfAnd"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["BcsStepInIfCondition"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["BcsStepInWhileCondition"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["BcsStepInIntegerSwitchArm"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["BcsStepInValueSwitchArm"] = "DIFF015: The integer expression 'k++' is not supported yet: an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after",
            ["BcsStepInBoolLocal"] = "DIFF015: The bool local 'positive' here is not supported yet.",
            ["BcsStepAfterHeldTest"] = "DIFF015: The bool local 'positive' here is not supported yet: the held test x[k] > 0 would be read after the step.",
            ["BcsTailReturnThenCall"] = "DIFF015: The call to 'BcsL2' with an array argument inside an if is not supported yet: in a method with loops or arrays, call it before the if and use the value inside",
            ["BcsLocalFunctionWrapsCall"] = "DIFF015: The call to 'BcsL2' with an array argument inside an if is not supported yet: in a method with loops or arrays, call it before the if and use the value inside",
            ["BcsContinueThenCallThenBreak"] = "DIFF015: The call to 'BcsL2' with an array argument after 'if (...) continue;' in a loop's body, with a break, continue or return beside it, is not supported yet: in a method with loops or arrays, call it before the if and use the value inside",
            // From the domain sweep (DomainSweepCases): each followed by its advised form, which passes (DsCatmullRomFitAdvised,
            // DsHeatEquationSwapAdvised, DsMovingMedianAdvised, DsAutocorrelationPenaltyAdvised).
            ["DsMovingMedian"] = "DIFF015: Reading an element of the local array 'window' into a value that the same loop iteration overwrites afterwards is not supported yet: the reverse sweep computes that value again after the element has changed; read the element in the statement that overwrites it (window[i] = window[i] * window[i];), or copy the old elements into a local array declared before the loop (old[i] = window[i];) and read them there",
            ["DsAutocorrelationPenalty"] = "DIFF015: A 'return' inside a loop or branch is not supported yet: in a method with loops or arrays the method returns once, at its end; assign the result to a local and return it last; a guard clause (if (n == 0) return 0;) may stand at the start of the body, after nothing but declarations that read no array element, call no method and divide no integers; elsewhere, compute the rest first and return the guard's choice last (return n == 0 ? 0 : total / n;)",
            // From the review of array swaps (ArraySwapReviewCases).
            ["AsrGivenElementsSwap"] = "DIFF015: The assignment of arrays in '(u, v) = (v, u)' is not supported yet.",
            ["AsrRotateThreeTupleInIf"] = "DIFF015: The assignment of arrays in '(p, q, w) = (q, w, p)' is not supported yet.",
            ["AsrLengthsWrittenDifferently"] = "DIFF015: The assignment of arrays in '(u, v) = (v, u)' is not supported yet.",
            ["AsrForeachTempSwapAfterLoop"] = "DIFF015: The local 'tmp' of type 'double[]' is not supported yet: a foreach walks the arrays it swaps (was wrong before the review's fix).",
            ["AsrLengthLocalChanged"] = "DIFF015: The assignment of arrays in '(u, v) = (v, u)' is not supported yet.",
            ["AsrForeachSwapInside"] = "DIFF015: The assignment of arrays in '(u, v) = (v, u)' is not supported yet. A foreach walks u (was wrong before the review's fix).",
            ["AsrForeachOverSecondBuffer"] = "DIFF015: The assignment of arrays in '(v, u) = (u, v)' is not supported yet. A foreach walks v (was wrong).",
            ["AsrRotateThreeTuple"] = "DIFF015: The assignment of arrays in '(p, q, w) = (q, w, p)' is not supported yet.",
            ["AsrAlsoAssignedNew"] = "DIFF015: The assignment of arrays in '(u, v) = (v, u)' is not supported yet.",
            ["AsrSwapWithParameter"] = "DIFF015: The assignment of arrays in '(u, x) = (x, u)' is not supported yet.",
            ["AsrForeachSwapInsideFloat"] = "DIFF015: The assignment of arrays in '(u, v) = (v, u)' is not supported yet. (was wrong).",
            ["AsrForeachTempSwapInIf"] = "DIFF015: The local 'tmp' of type 'double[]' is not supported yet: a foreach walks the arrays it swaps.",
            ["AsrSpansFromNew"] = "DIFF015: The local 'u' of type 'Span<double>' is not supported yet: Span<double> u = new double[n]; (a span local made from a new array, before any swap).",
            ["AsrTemporaryAssigned"] = "DIFF015: The local 'tmp' of type 'double[]' is not supported yet: a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly",
            ["AsrRotateThreeTemp"] = "DIFF015: The local 'tmp' of type 'double[]' is not supported yet: a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly",
            ["AsrTempSwapInUnbracedSection"] = "DIFF015: The local 'tmp' of type 'double[]' is not supported yet: a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly",
            ["AsrTemporaryReadBetween"] = "DIFF015: The local 'tmp' of type 'double[]' is not supported yet: a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly",
        };

        /// <summary>Reductions whose gradient allocates: name → symptom.</summary>
        public static readonly IReadOnlyDictionary<string, string> Allocating = new Dictionary<string, string>
        {
        };
    }
}
