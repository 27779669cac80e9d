namespace DiffGen.Generator.Symbolic
{
    /// <summary>Which operation of the source a <see cref="WrittenForm"/> is.</summary>
    internal enum WrittenOperation
    {
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,

        /// <summary><c>Math.FusedMultiplyAdd(left, right, addend)</c>: left·right + addend, rounded once.</summary>
        FusedMultiplyAdd,
    }

    /// <summary>
    /// How the source computes a node: one operation of it (<c>a + b</c>, <c>a * b</c>, <c>-a</c>) over the nodes of its
    /// operands, as written. The DAG holds <c>1 - p + 1e-12</c> as the sum <c>1.000000000001 - p</c>; this says the source
    /// adds <c>1e-12</c> to <c>1 - p</c>, so a printer can compute the value as the method does, to the last bit.
    /// </summary>
    /// <param name="Right">The right operand; null for a negation.</param>
    /// <param name="Addend">What a fused multiply-add adds; null for any other operation.</param>
    internal sealed record WrittenForm(WrittenOperation Operation, Expr Left, Expr? Right, Expr? Addend = null);
}
