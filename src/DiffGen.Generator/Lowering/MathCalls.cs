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
    }
}
