using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Tests.Arrays
{
    public enum ParameterKind
    {
        /// <summary>double or float: an <c>out R</c> output when differentiated.</summary>
        Scalar,

        /// <summary>double[], float[], Span&lt;T&gt; or ReadOnlySpan&lt;T&gt;: a <c>Span&lt;R&gt;</c> output when differentiated; passed as an array.</summary>
        Sequence,

        /// <summary>int (or another integer type, <c>long k</c>): never differentiated.</summary>
        Integer,

        /// <summary>double[,], double[][] or their float twins: data, never differentiated; passed as it is.</summary>
        Matrix,

        /// <summary>int[], Span&lt;int&gt; or ReadOnlySpan&lt;int&gt; (or of another integer type): data (labels, counts, indices), never differentiated; passed as an array.</summary>
        IntegerArray,
    }

    /// <summary>A case method's parameter as the adapters and the oracle see it.</summary>
    public sealed record CaseParameter(string Name, int Position, ParameterKind Kind, bool IsFloat, bool Differentiated, bool Jagged = false, string IntegerType = "int")
    {
        /// <summary>A matrix's C# type: <c>double[,]</c> or <c>double[][]</c> (float twins alike).</summary>
        public string MatrixType => ElementType + (Jagged ? "[][]" : "[,]");

        public string ElementType => IsFloat ? "float" : "double";

        /// <summary>The name with its first letter upper-cased, as the contract names outputs and partials (w → dW, MPartialW).</summary>
        public string Capitalized => char.ToUpperInvariant(Name[0]) + Name.Substring(1);

        /// <summary>How an adapter reads this argument out of its object[]: an array stands for a span.</summary>
        public string Unbox(string element) => Kind switch
        {
            ParameterKind.Scalar => "(" + ElementType + ")" + element,
            ParameterKind.Sequence => "(" + ElementType + "[])" + element,
            ParameterKind.Matrix => "(" + MatrixType + ")" + element,
            ParameterKind.IntegerArray => "(" + IntegerType + "[])" + element,
            _ => "(" + IntegerType + ")" + element,
        };

        public string ArrayOrScalarType => Kind switch
        {
            ParameterKind.Scalar => ElementType,
            ParameterKind.Sequence => ElementType + "[]",
            ParameterKind.Matrix => MatrixType,
            ParameterKind.IntegerArray => IntegerType + "[]",
            _ => IntegerType,
        };

        /// <summary>The parameters of a [Differentiable] method, and which of them the contract differentiates.</summary>
        public static CaseParameter[] Of(IMethodSymbol method)
        {
            AttributeData attribute = method.GetAttributes().Single(a => a.AttributeClass?.ToDisplayString() == "DiffGen.DifferentiableAttribute");
            string[] named = attribute.ConstructorArguments
                .SelectMany(a => a.Kind == TypedConstantKind.Array ? (IEnumerable<TypedConstant>)a.Values : new[] { a })
                .Select(a => (string)a.Value!)
                .ToArray();
            return method.Parameters.Select(p =>
            {
                (ParameterKind kind, bool isFloat) = Classify(p.Type);
                bool differentiated = kind is ParameterKind.Scalar or ParameterKind.Sequence && (named.Length == 0 || named.Contains(p.Name));
                return new CaseParameter(p.Name, p.Ordinal, kind, isFloat, differentiated, p.Type is IArrayTypeSymbol { ElementType: IArrayTypeSymbol }, (IntegerElement(p.Type) ?? (kind == ParameterKind.Integer ? p.Type : null))?.ToDisplayString() ?? "int");
            }).ToArray();
        }

        /// <summary>The element type of an integer array or span (int[], long[], ReadOnlySpan&lt;short&gt;); null for anything else.</summary>
        private static ITypeSymbol? IntegerElement(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol { Rank: 1, ElementType: { SpecialType: >= SpecialType.System_SByte and <= SpecialType.System_UInt64 } element } => element,
            INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", TypeArguments: [{ SpecialType: >= SpecialType.System_SByte and <= SpecialType.System_UInt64 } element] } => element,
            _ => null,
        };

        private static (ParameterKind Kind, bool IsFloat) Classify(ITypeSymbol type)
        {
            switch (type)
            {
                case { SpecialType: SpecialType.System_Double }:
                    return (ParameterKind.Scalar, false);
                case { SpecialType: SpecialType.System_Single }:
                    return (ParameterKind.Scalar, true);
                case { SpecialType: >= SpecialType.System_SByte and <= SpecialType.System_UInt64 }:
                    return (ParameterKind.Integer, false);
                case IArrayTypeSymbol { Rank: 2 } matrix:
                    return (ParameterKind.Matrix, matrix.ElementType.SpecialType == SpecialType.System_Single);
                case IArrayTypeSymbol { ElementType: IArrayTypeSymbol rows }:
                    return (ParameterKind.Matrix, rows.ElementType.SpecialType == SpecialType.System_Single);
                case var _ when IntegerElement(type) != null:
                    return (ParameterKind.IntegerArray, false);
                case IArrayTypeSymbol array:
                    return (ParameterKind.Sequence, array.ElementType.SpecialType == SpecialType.System_Single);
                case INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", TypeArguments.Length: 1 } span:
                    return (ParameterKind.Sequence, span.TypeArguments[0].SpecialType == SpecialType.System_Single);
                default:
                    throw new NotSupportedException("The array tests take double, float, int, arrays and spans, not " + type);
            }
        }
    }
}
