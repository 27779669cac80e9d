using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>How generated code and formulas name what the type and <c>Math</c> hold: constants, fields and properties.</content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>
        /// How generated code reads a const field (<c>Math.PI</c>, <c>MathF.E</c>, or one of the type's): by its name when
        /// it has the method's type (Math in a double method, MathF in a float one), else (empty) as a literal of the
        /// method's type, printed from its value.
        /// </summary>
        private string ConstantAccess(IFieldSymbol field) =>
            SymbolEqualityComparer.Default.Equals(field.Type, method.ReturnType) ? MemberAccess(field) : string.Empty;

        /// <summary>How a formula names a const field: π, e and τ for Math's, ∞ for double's and float's infinities, else the field's name.</summary>
        private static string ConstantName(IFieldSymbol field) => (field.ContainingType?.ToDisplayString(), field.Name) switch
        {
            ("System.Math" or "System.MathF", "PI") => "π",
            ("System.Math" or "System.MathF", "E") => "e",
            ("System.Math" or "System.MathF", "Tau") => "τ",
            ("double" or "float", "PositiveInfinity") => "∞",
            ("double" or "float", "NegativeInfinity") => "−∞",
            _ => field.Name,
        };

        /// <summary>A double field read in a float method (or the reverse) converted to the method's type.</summary>
        private string InMethodType(string access, ITypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type, method.ReturnType) ? access : "(" + RoslynNames.Keyword(method.ReturnType) + ")" + access;

        /// <summary>
        /// How generated code reads a field or property of this object (<c>base.</c> where the source wrote it: a
        /// member hidden by one of this type reads another field), or a static one.
        /// </summary>
        private static string MemberAccess(ISymbol member, IOperation? instance = null) => member.IsStatic
            ? member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + RoslynNames.Identifier(member.Name)
            : (instance?.Syntax is BaseExpressionSyntax ? "base." : "this.") + RoslynNames.Identifier(member.Name);
    }
}
