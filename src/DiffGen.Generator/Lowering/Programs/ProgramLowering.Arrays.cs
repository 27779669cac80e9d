using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Local arrays: <c>new double[n]</c> and <c>stackalloc double[n]</c>, and arrays given their elements
    /// (<c>double[] xs = { 0, 1, 2 };</c>, <c>new[] { a, b }</c>, <c>[1, 2]</c>, <c>stackalloc double[] { ... }</c>), of
    /// floating-point values or of integers (data: sizes and indices, never written).
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>Locals whose declaration is reported: their uses raise nothing more (one diagnostic, not a cascade).</summary>
        private readonly HashSet<ILocalSymbol> rejected = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

        /// <summary>A local array of floating-point values or integers; false for a local of another type.</summary>
        private bool LowerArrayDeclarator(IVariableDeclaratorOperation declarator, ILocalSymbol local, IOperation? initializer, List<Statement> into)
        {
            ITypeSymbol? floating = RoslynNames.FloatingElementType(local.Type);
            ITypeSymbol? integer = RoslynNames.IntegerElementType(local.Type);
            if (floating == null && integer == null)
            {
                return false;
            }

            if (floating != null && !SymbolEqualityComparer.Default.Equals(floating, method.ReturnType))
            {
                // As a scalar local of the other type: the generated code would hold it in the method's type, and round otherwise.
                Report(declarator, "The " + local.Type.ToDisplayString() + " local '" + local.Name + "' in a " + method.ReturnType.ToDisplayString() + " method", "a method computes in one floating-point type; declare the array " + method.ReturnType.ToDisplayString() + "[], or make the method " + floating.ToDisplayString(), DiagnosticDescriptors.NotSupportedYet);
                Declare(local, VariableKind.Array);
                rejected.Add(local);
                return true;
            }

            if (floating != null && initializer != null && LocalArray(initializer) is (Integer length, bool onStack))
            {
                string array = Declare(local, VariableKind.Array);
                into.Add(new DeclareArray(array, length, onStack));
                RememberLength(local, length, initializer);
            }
            else if (floating != null && initializer != null && CopiedArray(initializer) is string copied)
            {
                LowerCopiedArray(local, copied, initializer, into);
            }
            else if (initializer != null && GivenElements(initializer) is (IReadOnlyList<IOperation> elements, bool given))
            {
                if (floating != null)
                {
                    string array = Declare(local, VariableKind.Array);
                    into.Add(new DeclareArray(array, new IntegerNumber(elements.Count), given, elements.Select(ElementValue).ToEquatableArray()));
                }
                else
                {
                    string array = Declare(local, VariableKind.IntegerArray);
                    into.Add(new DeclareIntegerArray(array, elements.Select(LowerInteger).ToEquatableArray(), RoslynNames.Keyword(integer!), given));
                }
            }
            else
            {
                string advice = initializer is IArrayElementReferenceOperation { Indices.Length: 1 } row && JaggedName(row.ArrayReference) is string jagged
                    ? "a row of the jagged data '" + jagged + "' is read where it is, element by element: " + jagged + "[" + row.Indices[0].Syntax + "][j], and its length " + jagged + "[" + row.Indices[0].Syntax + "].Length"
                    : floating != null && initializer != null && WithoutConversions(initializer) is ILocalReferenceOperation { Local.Type: IArrayTypeSymbol }
                    ? SwapAdvice
                    : floating != null
                    ? "a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly"
                    : "an integer array is data given its elements where it is declared ({ 2, 0, 1 }); to keep indices the method computes (back-pointers, a permutation), store them in a double[] and read them as (int)Gradient.Stop(back[i])";
                Report(declarator, "The local '" + local.Name + "' of type '" + RoslynNames.TypeAsWritten(local.Type) + "'", advice, DiagnosticDescriptors.NotSupportedYet);
                Declare(local, floating != null ? VariableKind.Array : VariableKind.IntegerArray);
                rejected.Add(local);
            }

            return true;
        }

        /// <summary>An element of an array given its elements: a floating-point value, or an integer converted to one.</summary>
        private Value ElementValue(IOperation element) =>
            element.Type != null && RoslynNames.IsInteger(element.Type) && !element.ConstantValue.HasValue ? new FromInteger(LowerInteger(element)) : LowerValue(element);

        /// <summary><c>new double[n]</c> or <c>stackalloc double[n]</c>, with no initializer: its length and where it lives.</summary>
        private (Integer Length, bool OnStack)? LocalArray(IOperation initializer)
        {
            initializer = WithoutConversions(initializer);
            if (initializer is IArrayCreationOperation { DimensionSizes.Length: 1, Initializer: null } creation)
            {
                return (LowerInteger(creation.DimensionSizes[0]), false);
            }

            if (initializer.Syntax is StackAllocArrayCreationExpressionSyntax { Initializer: null } stack
                && stack.Type is ArrayTypeSyntax { RankSpecifiers.Count: 1 } type
                && type.RankSpecifiers[0].Sizes.Count == 1
                && initializer.SemanticModel?.GetOperation(type.RankSpecifiers[0].Sizes[0], cancellationToken) is IOperation size)
            {
                return (LowerInteger(size), true);
            }

            return null;
        }

        /// <summary>
        /// The elements of an array made with them (<c>{ 1, 2 }</c>, <c>new double[] { ... }</c>, <c>new[] { ... }</c>, a
        /// collection expression <c>[1, 2]</c>, <c>stackalloc double[] { ... }</c>) and whether it lives on the stack.
        /// </summary>
        private (IReadOnlyList<IOperation> Elements, bool OnStack)? GivenElements(IOperation initializer)
        {
            initializer = WithoutConversions(initializer);
            switch (initializer)
            {
                case IArrayCreationOperation { DimensionSizes.Length: 1, Initializer: { } given }:
                    return (given.ElementValues.ToList(), false);
                case ICollectionExpressionOperation collection when collection.Elements.All(e => !(e is ISpreadOperation)):
                    return (collection.Elements.ToList(), false);
            }

            InitializerExpressionSyntax? list = initializer.Syntax switch
            {
                StackAllocArrayCreationExpressionSyntax stack => stack.Initializer,
                ImplicitStackAllocArrayCreationExpressionSyntax stack => stack.Initializer,
                _ => null,
            };
            if (list == null || initializer.SemanticModel == null)
            {
                return null;
            }

            var elements = new List<IOperation>();
            foreach (ExpressionSyntax expression in list.Expressions)
            {
                if (!(initializer.SemanticModel.GetOperation(expression, cancellationToken) is IOperation element))
                {
                    return null;
                }

                elements.Add(element);
            }

            return (elements, true);
        }

        private static IOperation WithoutConversions(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>An integer array: a local one or a parameter (its name), or one this object holds (its access); null for anything else.</summary>
        private string? IntegerArrayName(IOperation array) => WithoutConversions(array) switch
        {
            ILocalReferenceOperation l when names.TryGetValue(l.Local, out string? name) && variables[name].Kind == VariableKind.IntegerArray => name,
            IParameterReferenceOperation p when names.TryGetValue(p.Parameter, out string? name) && variables[name].Kind == VariableKind.IntegerArray => name,
            IFieldReferenceOperation f when (f.Field.IsStatic || f.Instance is IInstanceReferenceOperation) && RoslynNames.IntegerElementType(f.Type!) != null => MemberAccess(f.Field, f.Instance),
            IPropertyReferenceOperation { Property.Parameters.Length: 0 } q when (q.Property.IsStatic || q.Instance is IInstanceReferenceOperation) && RoslynNames.IntegerElementType(q.Type!) != null && OperationFacts.IsAutoProperty(q.Property) => MemberAccess(q.Property, q.Instance),
            _ => null,
        };

        /// <summary>True when the operation reads a local whose declaration was reported.</summary>
        private bool ReadsRejected(IOperation operation) =>
            rejected.Count > 0 && new[] { operation }.Concat(operation.Descendants()).OfType<ILocalReferenceOperation>().Any(l => rejected.Contains(l.Local));
    }
}
