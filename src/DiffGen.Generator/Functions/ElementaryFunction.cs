namespace DiffGen.Generator.Functions
{
    /// <summary>
    /// The elementary functions, from lowering through the DAG to the printers: each has one row in
    /// <see cref="ElementaryFunctions"/>. The values are keys of interned DAG nodes: add a function at
    /// the end, never in between.
    /// </summary>
    internal enum ElementaryFunction
    {
        Sin,
        Cos,
        Tan,
        Asin,
        Acos,
        Atan,
        Atan2,
        Sinh,
        Cosh,
        Tanh,
        Asinh,
        Acosh,
        Atanh,
        Exp,
        Log,
        Log10,
        Log2,
        Cbrt,
        Pow,
        Abs,
        Max,
        Min,
        Sign,
        Floor,
        Ceiling,
        Round,
        Truncate,

        /// <summary>The floating-point remainder <c>a % b</c>: an operator in C#, a function in the DAG.</summary>
        Remainder,

        /// <summary><c>DiffGen.Gradient.Stop</c>: the value, with no derivative.</summary>
        Stop,

        /// <summary>Read by lowering only: the DAG holds it as the power ½.</summary>
        Sqrt,

        /// <summary><c>Math.Clamp(u, lo, hi)</c>; MathF has none, so float code writes <c>MathF.Min(MathF.Max(u, lo), hi)</c>.</summary>
        Clamp,

        /// <summary><c>Math.FusedMultiplyAdd(a, b, c)</c>, read by lowering only: the DAG holds it as the sum a·b + c.</summary>
        FusedMultiplyAdd,
    }
}
