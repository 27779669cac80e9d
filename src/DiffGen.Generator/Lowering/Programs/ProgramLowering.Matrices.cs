using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Multi-dimensional data: <c>double[,]</c> and <c>double[][]</c> (and their float twins) passed as parameters or
    /// held in fields, read element by element (<c>X[i, j]</c>, <c>X[i][j]</c>) and measured (<c>X.GetLength(0)</c>,
    /// <c>X.Length</c>, <c>X[i].Length</c>) as constants of the method: never differentiated, never written.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>A multi-dimensional data array: a parameter (its name) or one this object holds (its access); null for anything else.</summary>
        private string? MatrixName(IOperation array) => WithoutConversions(array) switch
        {
            IParameterReferenceOperation p when names.TryGetValue(p.Parameter, out string? name) && variables[name].Kind == VariableKind.Matrix => name,
            IFieldReferenceOperation f when (f.Field.IsStatic || f.Instance is IInstanceReferenceOperation) && RoslynNames.MatrixShape(f.Type!) != null => MemberAccess(f.Field, f.Instance),
            IPropertyReferenceOperation { Property.Parameters.Length: 0 } q when (q.Property.IsStatic || q.Instance is IInstanceReferenceOperation) && RoslynNames.MatrixShape(q.Type!) != null && OperationFacts.IsAutoProperty(q.Property) => MemberAccess(q.Property, q.Instance),
            _ => null,
        };

        /// <summary>A jagged data array (<c>double[][]</c>) by name or access; null for anything else.</summary>
        private string? JaggedName(IOperation array) =>
            array.Type != null && RoslynNames.MatrixShape(array.Type) is (_, true) ? MatrixName(array) : null;

        /// <summary>
        /// <c>X[i, j]</c> of a two-dimensional data array, or <c>X[i][j]</c> of a jagged one: the array's name or
        /// access, the row and column indices, and whether it is jagged; null for any other element access.
        /// </summary>
        private (string Matrix, IOperation Row, IOperation Column, bool Jagged)? MatrixElementOf(IOperation operation) => operation switch
        {
            IArrayElementReferenceOperation { Indices.Length: 2 } element when MatrixName(element.ArrayReference) is string name => (name, element.Indices[0], element.Indices[1], false),
            IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: IArrayElementReferenceOperation { Indices.Length: 1 } row } element when JaggedName(row.ArrayReference) is string name
                => (name, row.Indices[0], element.Indices[0], true),
            _ => null,
        };

        private Value LowerMatrixElement(IOperation at, string matrix, IOperation row, IOperation column, bool jagged)
        {
            // The element's own type decides a cast: a double[,] read in a float method is converted, as a double field is.
            ITypeSymbol? element = at.Type;
            string cast = element != null && RoslynNames.IsFloatingPoint(element) && !SymbolEqualityComparer.Default.Equals(element, method.ReturnType)
                ? RoslynNames.Keyword(method.ReturnType)
                : string.Empty;
            return new MatrixElement(matrix, LowerInteger(row), LowerInteger(column), jagged, cast);
        }
    }
}
