using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Why a call has no derivative, and what to do instead: the text of DIFF011.</summary>
    internal static class NoDerivative
    {
        public static string For(IMethodSymbol target) =>
            "DiffGen differentiates only calls to the System.Math and System.MathF functions listed in docs/supported.md; "
            + "compute '" + target.Name + "' inline from those functions, or differentiate it separately";

        public static string ForMathMember(IMethodSymbol target)
        {
            switch (target.Name)
            {
                case "Floor":
                case "Ceiling":
                case "Round":
                case "Truncate":
                case "Sign":
                    return "it is piecewise constant: its derivative is zero almost everywhere and undefined at its jumps, so gradient descent would learn nothing through it";
                case "IEEERemainder":
                case "BitDecrement":
                case "BitIncrement":
                case "CopySign":
                case "ScaleB":
                case "ILogB":
                    return "it works on the representation of the number, not on a smooth function of it";
                case "FusedMultiplyAdd":
                    return "it is not in DiffGen's table yet; write x * y + z instead";
                case "Clamp":
                    return "it is not supported yet; write Math.Min(Math.Max(x, lo), hi) instead";
                default:
                    return "only the double and float overloads of the functions listed in docs/supported.md have derivatives";
            }
        }
    }
}
