using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiffGen.Generator.Lowering
{
    /// <summary>How Roslyn symbols are written in generated C#.</summary>
    internal static class RoslynNames
    {
        public const string DifferentiableAttribute = "DiffGen.DifferentiableAttribute";

        /// <summary>An identifier as C# source must write it: <c>@class</c> for a keyword.</summary>
        public static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.VarKeyword
                ? "@" + name
                : name;

        public static bool IsFloatingPoint(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_Double || type.SpecialType == SpecialType.System_Single;

        /// <summary>float or double (for a type that <see cref="IsFloatingPoint"/>).</summary>
        public static NumericType NumericTypeOf(ITypeSymbol type) => type.SpecialType == SpecialType.System_Single ? NumericType.Float : NumericType.Double;

        public static bool IsInteger(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 => true,
            _ => false,
        };

        /// <summary>The C# keyword of a numeric type (<c>double</c>, <c>int</c>, ...).</summary>
        public static string Keyword(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

        public static string Accessibility(Accessibility accessibility) => accessibility switch
        {
            Microsoft.CodeAnalysis.Accessibility.Public => "public",
            Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
            Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
            Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
            Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };

        public static bool IsDiffGenGenerated(ISymbol symbol)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
                    && attribute.ConstructorArguments.Length > 0
                    && attribute.ConstructorArguments[0].Value as string == "DiffGen")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
