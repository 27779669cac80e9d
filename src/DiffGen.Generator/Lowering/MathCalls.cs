namespace DiffGen.Generator.Lowering
{
    /// <summary>Which argument counts each supported math function accepts.</summary>
    internal static class MathCalls
    {
        public static bool AcceptsArity(IrFunction function, int count) => function switch
        {
            IrFunction.Log => count == 1 || count == 2,
            IrFunction.Atan2 or IrFunction.Pow or IrFunction.Max or IrFunction.Min => count == 2,
            _ => count == 1,
        };

        /// <summary>Constant between jumps: a zero derivative wherever one exists.</summary>
        public static bool IsPiecewiseConstant(IrFunction function) =>
            function == IrFunction.Floor || function == IrFunction.Ceiling || function == IrFunction.Round
            || function == IrFunction.Truncate || function == IrFunction.Sign;
    }
}
