using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Why a System.Math member (or an overload of one) has no derivative DiffGen can use: the text of DIFF011.</summary>
    internal static class NoDerivative
    {
        public static string ForMathMember(IMethodSymbol target)
        {
            switch (target.Name)
            {
                case "Round":
                    return "only Math.Round(x), rounding to the nearest integer, is supported (with a DIFF012 warning); the overloads with digits or a MidpointRounding mode are not";
                case "IEEERemainder":
                case "BitDecrement":
                case "BitIncrement":
                case "CopySign":
                case "ScaleB":
                case "ILogB":
                    return "it works on the representation of the number, not on a smooth function of it";
                case "FusedMultiplyAdd":
                    return "it is not in DiffGen's derivative table yet; write x * y + z instead";
                case "Clamp":
                    return "it is not supported yet; write Math.Min(Math.Max(x, lo), hi) instead";
                default:
                    return "only the double and float overloads of the functions listed in docs/supported.md have derivatives";
            }
        }
    }
}
