namespace DiffGen.Generator.Lowering
{
    /// <summary>The ways out that several diagnostics share, written once so they read the same everywhere.</summary>
    internal static class LoweringAdvice
    {
        public const string IntegerArithmetic = "integer arithmetic arrives with loops and indices; use integer parameters, fields or constants directly, or compute in double";

        public const string WritesCallerState = "changes state the caller owns (a field, property or array element); a differentiable method may assign only its own locals and parameters, so return the value instead";

        public const string Conditions = "a condition can compare double, float and integer values (< <= > >= == !=), combine comparisons with &&, || and !, and read bool locals that hold them; rewrite the test that way";

        public const string Discarded = "its result is discarded; assign it to a local or remove it";
    }
}
