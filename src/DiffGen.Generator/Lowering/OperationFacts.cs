using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>What both lowerings (straight-line bodies and bodies with loops) read off Roslyn operations and symbols the same way.</summary>
    internal static class OperationFacts
    {
        /// <summary>An expression as the source writes it, on one line with its spacing normalized, for generated comments.</summary>
        public static string AsWritten(SyntaxNode syntax) => syntax.NormalizeWhitespace(indentation: string.Empty, eol: " ").ToString();

        /// <summary><c>+ - * / %</c> as an instruction; null for any other operator.</summary>
        public static IrOp? ArithmeticOp(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.Add => IrOp.Add,
            BinaryOperatorKind.Subtract => IrOp.Subtract,
            BinaryOperatorKind.Multiply => IrOp.Multiply,
            BinaryOperatorKind.Divide => IrOp.Divide,
            BinaryOperatorKind.Remainder => IrOp.Remainder,
            _ => null,
        };

        /// <summary>
        /// A floating-point constant expression that arithmetic builds from named constants
        /// (<c>2 * Math.PI</c>, <c>-Epsilon</c>, <c>Math.PI / Scale</c>): the compiler folds it to one
        /// number, but lowering takes it operator by operator, so the output keeps the names the source wrote.
        /// </summary>
        public static bool IsArithmeticOfNamedConstants(IOperation e) => e switch
        {
            IBinaryOperation { OperatorMethod: null, Type: { } type } binary when RoslynNames.IsFloatingPoint(type)
                && binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide
                => NamesConstant(binary.LeftOperand) || NamesConstant(binary.RightOperand),
            IUnaryOperation { OperatorMethod: null, Type: { } type, OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary when RoslynNames.IsFloatingPoint(type)
                => NamesConstant(unary.Operand),
            _ => false,
        };

        private static bool NamesConstant(IOperation e) =>
            e is ILocalReferenceOperation { Local.IsConst: true } or IFieldReferenceOperation { Field.IsConst: true } || IsArithmeticOfNamedConstants(e);

        /// <summary>A compile-time constant of a numeric type, as a double; null for anything else.</summary>
        public static double? Number(object? value) => value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            sbyte sb => sb,
            uint ui => ui,
            ulong ul => ul,
            ushort us => us,
            _ => null,
        };

        /// <summary>
        /// An auto-property (including a record's positional property) only reads its backing
        /// field, so it is read like a field, as a constant; other properties may run code.
        /// </summary>
        public static bool IsAutoProperty(IPropertySymbol property) =>
            property.Parameters.Length == 0
            && property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

        /// <summary>The parameters a [Differentiable] method is differentiated with respect to: those its attribute names, else every floating-point one (arrays and spans included).</summary>
        public static HashSet<string> DifferentiatedParameters(IMethodSymbol target)
        {
            AttributeData attribute = DifferentiableMethods.DifferentiableAttribute(target)!;
            var named = attribute.ConstructorArguments
                .SelectMany(a => a.Kind == TypedConstantKind.Array ? (IEnumerable<TypedConstant>)a.Values : new[] { a })
                .Select(v => v.Value as string)
                .Where(n => n != null)
                .ToList();
            return new HashSet<string>(target.Parameters
                .Where(p => (RoslynNames.IsFloatingPoint(p.Type) || RoslynNames.FloatingElementType(p.Type) != null) && (named.Count == 0 || named.Contains(p.Name)))
                .Select(p => p.Name));
        }
    }
}
