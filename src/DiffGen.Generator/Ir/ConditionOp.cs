namespace DiffGen.Generator.Ir
{
    /// <summary>
    /// What a condition tests: a comparison of two values, a connective of conditions, or a constant truth. Shared by the
    /// program IR's tests and the DAG's <c>Condition</c> nodes; conditions are evaluated, never differentiated.
    /// </summary>
    internal enum ConditionOp
    {
        GreaterOrEqual,
        LessOrEqual,
        Greater,
        Less,
        Equal,
        NotEqual,
        And,
        Or,
        Not,
        True,
        False,
    }
}
