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
    public static class KnownBugs
    {
        private const string SelfAssignment =
            "The generated partial's loop contains a self-assignment 'dS = dS;' for an accumulator whose derivative the loop body leaves unchanged, "
            + "and the compiler warns CS1717 (an error under TreatWarningsAsErrors). Minimal case: BiasedSum (s = b; s += w[i]; BiasedSumPartialB). "
            + "The values are right: with CS1717 ignored the case passes.";

        private const string InPlaceUpdate =
            "Wrong gradient, no diagnostic: an element of a local array overwritten with a function of its own value (t[i] = f(t[i])) gets, in the reverse sweep, "
            + "the derivative f′ at the element's NEW value: the reverse sweep re-runs the statement (t[i] = Sin(t[i]) again) or reads t[i] after the overwrite, "
            + "instead of restoring the value it had before.";

        /// <summary>Cases whose generated code is wrong or does not compile cleanly: name → symptom.</summary>
        public static readonly IReadOnlyDictionary<string, string> Open = new Dictionary<string, string>
        {
            ["BiasedSum"] = SelfAssignment,
            ["Hinge"] = SelfAssignment + " Here: HingePartialB.",
            ["HingeMax"] = SelfAssignment + " Here: HingeMaxPartialB.",
            ["Huber"] = SelfAssignment + " Here: HuberPartialDelta, in the else branch (s += 0.5·r[i]² does not depend on delta).",
            ["Ridge"] = SelfAssignment + " Here: RidgePartialB, 'dZ = dZ;' in the inner loop.",
            ["Perceptron"] = SelfAssignment + " Here: PerceptronPartialB2, 'dOutput = dOutput;'.",
            ["PerceptronStackalloc"] = SelfAssignment + " Here: PerceptronStackallocPartialB2 (and PartialY), 'dOutput = dOutput;'.",
            ["DivideRecurrence"] = SelfAssignment + " Here: DivideRecurrencePartialP, 'dQ = dQ;' for q -= 0.1·x[i].",
            ["InPlaceLocal"] = InPlaceUpdate + " Loop 2 of InPlaceLocalGradient's reverse sweep computes t[i] = Sin(t[i]) again and then uses Cos(t[i]): "
                + "at x = [1.3884] dX[0] is 1.9230 = 2x·cos(sin(sin x²)) instead of −0.9700 = 2x·cos(x²).",
            ["InPlaceSquare"] = InPlaceUpdate + " In the fused loop, dT[i] += 2·dTElement·t[i] reads t[i] = x[i]² instead of x[i]: "
                + "at x = [1.5103] dX[0] is 4.5621 = 2x² instead of 3.0206 = 2x.",
        };

        /// <summary>Cases the analyzer declines with DIFF015 'not supported yet': name → its message.</summary>
        public static readonly IReadOnlyDictionary<string, string> NotSupportedYet = new Dictionary<string, string>
        {
            ["HingeEarlyReturn"] = "DIFF015: A 'return' inside a loop or branch is not supported yet: in a method with loops or arrays the method returns once, at its end.",
            ["ReturnInLoop"] = "DIFF015: A 'return' inside a loop or branch is not supported yet.",
            ["CallInLoop"] = "DIFF015: The call of the [Differentiable] method 'Sigmoid' in a method with loops or arrays is not supported yet: write the computation inline for now (calls from scalar methods work).",
            ["ArrayCallsArray"] = "DIFF015: The call of the [Differentiable] method 'SumOfSquares' in a method with loops or arrays is not supported yet.",
            ["ParameterAssignedInLoop"] = "DIFF015: The assignment to the parameter 'p' is not supported yet: copy the parameter into a local and change the local.",
        };

        /// <summary>Reductions whose gradient allocates: name → symptom.</summary>
        public static readonly IReadOnlyDictionary<string, string> Allocating = new Dictionary<string, string>
        {
        };
    }
}
