using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiffGen.Generator.Lowering
{
    /// <summary>How Roslyn symbols are written in generated C#.</summary>
    internal static class RoslynNames
    {
        /// <summary>
        /// Whether the file's language version has <c>#nullable</c> (C# 8 and later); generated files are parsed with the same
        /// options, so beside a C# 7.3 file (.NET Framework's and netstandard2.0's default) they leave it out.
        /// </summary>
        public static bool HasNullableDirectives(SyntaxTree tree) => !(tree.Options is CSharpParseOptions options) || options.LanguageVersion >= LanguageVersion.CSharp8;

        /// <summary>
        /// Whether another method of the type has the same name and parameter types (CS0111, often code being typed): the two
        /// would generate members of one name and one file, so neither is generated while the compiler reports it.
        /// </summary>
        public static bool IsDeclaredTwice(IMethodSymbol method) =>
            method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Count(other =>
                other.Arity == method.Arity // F<T>(double) beside F(double) is an overload
                && other.Parameters.Length == method.Parameters.Length
                && other.Parameters.Zip(method.Parameters, (a, b) => a.RefKind == b.RefKind && SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same)) > 1;

        /// <summary>A local's type as the user writes it: <c>double[,]</c>, not the <c>double[,]?</c> that <c>var</c> infers.</summary>
        public static string TypeAsWritten(ITypeSymbol type) =>
            type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

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

        /// <summary>The element type of a double/float array, Span or ReadOnlySpan; null for other types.</summary>
        public static ITypeSymbol? FloatingElementType(ITypeSymbol type) => ElementType(type) is ITypeSymbol element && IsFloatingPoint(element) ? element : null;

        /// <summary>The element type of an integer array or span (<c>int[]</c>, <c>Span&lt;long&gt;</c>); null for other types.</summary>
        public static ITypeSymbol? IntegerElementType(ITypeSymbol type) => ElementType(type) is ITypeSymbol element && IsInteger(element) ? element : null;

        /// <summary>The element type of a one-dimensional array, Span or ReadOnlySpan; null for other types.</summary>
        private static ITypeSymbol? ElementType(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
            INamedTypeSymbol { IsGenericType: true } named when IsSpan(named) => named.TypeArguments[0],
            _ => null,
        };

        /// <summary>
        /// For a two-dimensional (<c>double[,]</c>) or jagged (<c>double[][]</c>) array of double or float: its element
        /// type and whether it is jagged; null for other types. Such an array is data: read, never differentiated.
        /// </summary>
        public static (ITypeSymbol Element, bool Jagged)? MatrixShape(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol { Rank: 2, ElementType: var element } when IsFloatingPoint(element) => (element, false),
            IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol { Rank: 1, ElementType: var element } } when IsFloatingPoint(element) => (element, true),
            _ => null,
        };

        public static bool IsSpan(INamedTypeSymbol type)
        {
            string name = type.OriginalDefinition.ToDisplayString();
            return name == "System.Span<T>" || name == "System.ReadOnlySpan<T>";
        }
    }
}
