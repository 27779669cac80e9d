using System;
using System.Collections.Generic;
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
                : ElementaryFunctions.NoDerivativeReason(name)
                    ?? (ElementaryFunctions.ForMember(name) == null ? NotInTable(call) : "only the double and float overloads of the functions listed in docs/supported.md have derivatives");
        }

        /// <summary>What to write for a member outside the table, in the functions of the table: <c>{0}</c> an argument as written, <c>&lt;0&gt;</c> one that an operator reads (in parentheses unless simple).</summary>
        private static readonly Dictionary<string, string> Rewrites = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Hypot"] = "Math.Sqrt(<0> * <0> + <1> * <1>)",
            ["Exp2"] = "Math.Pow(2, {0})",
            ["Exp10"] = "Math.Pow(10, {0})",
            ["ExpM1"] = "Math.Exp({0}) - 1",
            ["LogP1"] = "Math.Log(1 + <0>)",
            ["SinPi"] = "Math.Sin(Math.PI * <0>)",
            ["CosPi"] = "Math.Cos(Math.PI * <0>)",
            ["TanPi"] = "Math.Tan(Math.PI * <0>)",
            ["Atan2Pi"] = "Math.Atan2({0}, {1}) / Math.PI",
            ["RootN"] = "Math.Pow({0}, 1.0 / <1>)",
            ["Lerp"] = "<0> + (<1> - <0>) * <2>",
            ["DegreesToRadians"] = "<0> * (Math.PI / 180)",
            ["RadiansToDegrees"] = "<0> * (180 / Math.PI)",
            ["ReciprocalEstimate"] = "1 / <0>",
            ["ReciprocalSqrtEstimate"] = "1 / Math.Sqrt({0})",
            ["ScaleB"] = "<0> * Math.Pow(2, {1})",
        };

        /// <summary>A member of Math, MathF, double or float that the table does not have at all (not only this overload): what to write instead.</summary>
        private static string NotInTable(IInvocationOperation call)
        {
            const string what = "it is not among the functions DiffGen differentiates (the table in docs/supported.md)";
            IArgumentOperation[] arguments = call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).ToArray();
            const string otherwise = what + "; compute it with those functions, or outside the method and pass the value in";
            if (!Rewrites.TryGetValue(call.TargetMethod.Name, out string? rewrite) || rewrite.Contains("{" + arguments.Length.ToString(CultureInfo.InvariantCulture) + "}") || rewrite.Contains("<" + arguments.Length.ToString(CultureInfo.InvariantCulture) + ">"))
            {
                return otherwise;
            }

            bool single = call.TargetMethod.ReturnType.SpecialType == SpecialType.System_Single;
            string text = single ? rewrite.Replace("Math.", "MathF.") : rewrite;
            for (int i = 0; i < arguments.Length; i++)
            {
                string index = i.ToString(CultureInfo.InvariantCulture);
                text = text.Replace("{" + index + "}", Operand(arguments[i].Value.Syntax, multiplied: false)).Replace("<" + index + ">", Operand(arguments[i].Value.Syntax, multiplied: true));
            }

            return what + "; write " + text + " instead";
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
