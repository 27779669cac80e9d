namespace DiffGen.Generator.Lowering
{
    /// <summary>The ways out that several diagnostics share, written once so they read the same everywhere.</summary>
    internal static class LoweringAdvice
    {
        public const string NoReturn = "it has no return statement DiffGen can read";

        /// <summary>DIFF007 for a generated name a member of the type (or a base type) already has.</summary>
        public const string RenameMethodOrMember = "rename the method or the existing member";

        public const string IntegerArithmetic = "compute it in an integer local first (as in int m = n + 1;) and use the local, or compute in double (n + 1.0)";

        public const string WritesCallerState = "changes state the caller owns (a field, property or array element); a differentiable method may assign only its own locals and parameters, so return the value instead";

        public const string Conditions = "a condition can compare double, float and integer values (< <= > >= == !=), combine comparisons with &&, || and !, and read bool locals that hold them; rewrite the test that way";

        /// <summary>For double.IsNaN, IsInfinity, IsFinite and a NaN pattern: conditions compare values, and a NaN the result ignores still reaches the gradient.</summary>
        /// <summary>For <c>x != x</c> or <c>x == x</c> on floating-point values: the NaN test, which the simplifier's algebra would decide.</summary>
        public const string SelfComparison = "comparing a floating-point value with itself is a test for NaN, and DiffGen reads comparisons as algebra on real numbers, where a value always equals itself: the generated code would not take the branch the method takes for a NaN; mark missing values in an integer array passed beside the data (int[] observed; ... if (observed[t] == 0) continue;), or test the inputs before calling the method";

        /// <summary>For a pattern after <c>is</c> that a condition does not read (<c>x is double d</c>).</summary>
        public const string IsPatterns = "test the value itself against numbers: a constant, < <= > >=, and, or, not (x is > 0 and < 1), and write any other test with &&";

        public const string NotANumberTests = "DiffGen reads comparisons of values, not tests for NaN or infinity, and a NaN computed in the method reaches its gradient even where the result does not use it; test the inputs before calling the method, and for missing values in data pass a mask beside it (int[] observed; ... if (observed[t] == 0) continue;)";

        /// <summary>For a test of null (<c>w == null</c>, <c>w is null</c>): not a comparison of numbers, and nothing a guard can copy.</summary>
        public const string NullTests = "a condition compares numbers, and a test of null is not one; leave it out (the generated members read the array, so a null one throws NullReferenceException there too), or check before calling the method (ArgumentNullException.ThrowIfNull(w) in the caller)";

        public const string Remainder = "is linear between its jumps and jumps where the quotient is an integer, so its derivative is 1 in the left operand, −trunc(a/b) in the right, and undefined at the jumps";

        /// <summary>For LINQ calls and queries: what DiffGen reads instead.</summary>
        public static string Linq(string array) => "it is LINQ, which runs library code (and any lambda given to it) that DiffGen cannot see; write a for loop over the array instead: double sum = 0; for (int i = 0; i < " + array + ".Length; i++) { sum += " + array + "[i]; } (use Math.Max or Math.Min in the loop for Max and Min, and divide by " + array + ".Length for Average)";

        /// <summary>For lambdas, delegates and the calls that take or invoke them.</summary>
        public const string Delegates = "DiffGen cannot see the code a lambda or delegate runs; write the expression inline, as a local function of one expression (double Sq(double v) => v * v;), which is read where it is called, or make it a [Differentiable] method and call that";

        /// <summary>For local functions and the calls of them.</summary>
        public const string LocalFunction = "DiffGen differentiates methods of a type, not local functions; write the expression inline, or make it a [Differentiable] method of the type and call that";

        public const string Discarded = "its result is discarded; assign it to a local or remove it";
    }
}
