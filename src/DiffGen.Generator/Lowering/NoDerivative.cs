using System.Globalization;
using System.Linq;
using DiffGen.Generator.Functions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Why a System.Math member (or an overload of one) has no derivative DiffGen can use: the text of DIFF011.</summary>
    internal static class NoDerivative
    {
        public static string ForMathMember(IInvocationOperation call)
        {
            string name = call.TargetMethod.Name;
            return name == "Round"
                ? Rounding(call)
                : ElementaryFunctions.NoDerivativeReason(name) ?? "only the double and float overloads of the functions listed in docs/supported.md have derivatives";
        }

        /// <summary>
        /// Math.Round with digits or a MidpointRounding mode: a step function like Math.Round(x), but
        /// outside the table. The way out rounds outside the method, or writes the same rounding with
        /// the functions DiffGen takes (as .NET computes it: scale by 10^digits, round, scale back)
        /// inside Gradient.Stop, which keeps the value and passes no derivative.
        /// </summary>
        private static string Rounding(IInvocationOperation call)
        {
            IMethodSymbol target = call.TargetMethod;
            string math = target.ContainingType?.Name == "MathF" || target.ReturnType.SpecialType == SpecialType.System_Single ? "MathF" : "Math";
            IArgumentOperation? value = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
            IArgumentOperation? digitsArgument = call.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_Int32);
            IArgumentOperation? modeArgument = call.Arguments.FirstOrDefault(a => a.Parameter?.Type.TypeKind == TypeKind.Enum);
            string? mode = modeArgument == null ? "ToEven" : ModeName(modeArgument);
            int? digits = digitsArgument == null ? 0 : digitsArgument.Value.ConstantValue.Value is int d && d >= 0 && d <= 15 ? d : null;
            string what = "rounding " + (digitsArgument != null ? (digits == 1 ? "to 1 digit" : "to " + (digits?.ToString(CultureInfo.InvariantCulture) ?? "a number of") + " digits") : "with a MidpointRounding mode")
                + " is a step function (its derivative is zero wherever it exists), and of the rounding functions DiffGen takes only " + math + ".Round(x), " + math + ".Floor, " + math + ".Ceiling and " + math + ".Truncate, with a DIFF012 warning; round the result outside the method";
            string? function = mode switch
            {
                "ToEven" => "Round",
                "ToZero" => "Truncate",
                "ToNegativeInfinity" => "Floor",
                "ToPositiveInfinity" => "Ceiling",
                _ => null,
            };
            if (value == null || function == null || digits == null)
            {
                return what + ", or write the rounding with those functions inside Gradient.Stop(...), which keeps the value and passes no derivative";
            }

            string x = Operand(value.Value.Syntax, digits.Value > 0);
            string replacement = digits.Value == 0
                ? math + "." + function + "(" + x + ")"
                : math + "." + function + "(" + x + " * 1" + new string('0', digits.Value) + ") / 1" + new string('0', digits.Value);
            return what + ", or, to use the rounded value here, write Gradient.Stop(" + replacement + ")";
        }

        private static string? ModeName(IArgumentOperation mode) =>
            mode.Value.ConstantValue.HasValue && mode.Parameter?.Type is INamedTypeSymbol type
                ? type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, mode.Value.ConstantValue.Value))?.Name
                : null;

        /// <summary>The rounded value as written, in parentheses when it is multiplied and is not a simple operand.</summary>
        private static string Operand(SyntaxNode syntax, bool multiplied)
        {
            string text = UnsupportedConstructs.Shorten(syntax);
            bool simple = syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or LiteralExpressionSyntax;
            return multiplied && !simple ? "(" + text + ")" : text;
        }
    }
}
