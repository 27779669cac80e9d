using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>What both lowerings (straight-line bodies and bodies with loops) read off Roslyn operations and symbols the same way.</summary>
    internal static class OperationFacts
    {
        /// <summary>An expression as the source writes it, on one line with its spacing normalized, for generated comments.</summary>
        public static string AsWritten(SyntaxNode syntax) => syntax.NormalizeWhitespace(indentation: string.Empty, eol: " ").ToString();

        /// <summary>
        /// A decimal literal with an exponent, as written without its type suffix or digit separators (<c>1e-8</c>;
        /// <c>10e-4</c> for <c>1_0e-4f</c>); null for any other literal (<c>0.5</c> prints alike anyway; a hexadecimal
        /// <c>0x1E</c> has no exponent).
        /// </summary>
        private static string? ExponentLiteral(SyntaxNode syntax)
        {
            if (!(syntax is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal)
                || literal.Token.Text.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase) || literal.Token.Text.StartsWith("0b", System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string text = literal.Token.Text.Replace("_", string.Empty);
            text = "dDfFmM".IndexOf(text[text.Length - 1]) >= 0 ? text.Substring(0, text.Length - 1) : text;
            return text.IndexOfAny(new[] { 'e', 'E' }) >= 0 ? text : null;
        }

        /// <summary>
        /// How the source writes a number C# folds, where its round-trip digits would read otherwise: a literal with an
        /// exponent (<c>1e-8</c>; <see cref="ExponentLiteral"/>), or arithmetic of literals computed in double (<c>(4.0 / 3.0)</c>,
        /// <c>(1 - 0.9)</c>), in parentheses, which C# folds to the same number wherever it is written; null for anything else
        /// (<c>0.5</c> and <c>2</c> print alike anyway, so the IR of most numbers carries no text; an integer or float
        /// computation's text means another number in double).
        /// </summary>
        public static string? NumberText(IOperation e)
        {
            // Negations of a literal or of arithmetic read as one sign (- -1e-3 and -(-1e-3) are 1e-3, not a text that
            // begins with a minus for a positive number, which a formula would read as -(-(-1e-3)·y)).
            (SyntaxNode core, bool negative) = Signed(e.Syntax);
            if (core is LiteralExpressionSyntax)
            {
                return ExponentLiteral(core) is string literal ? (negative ? "-" : string.Empty) + literal : null;
            }

            IOperation folded = e;
            while (folded is IConversionOperation { IsImplicit: true } conversion)
            {
                folded = conversion.Operand;
            }

            if (folded.Type?.SpecialType != SpecialType.System_Double || !(folded is IBinaryOperation or IUnaryOperation) || !IsLiteralArithmetic(folded.Syntax))
            {
                return null;
            }

            (SyntaxNode computed, bool negated) = Signed(folded.Syntax);
            return (negated ? "-" : string.Empty) + "(" + AsWritten(computed) + ")";
        }

        /// <summary>An expression through its parentheses and unary signs, and whether an odd number of minuses negates it.</summary>
        private static (SyntaxNode Core, bool Negative) Signed(SyntaxNode syntax)
        {
            bool negative = false;
            while (true)
            {
                switch (syntax)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        syntax = parenthesized.Expression;
                        continue;
                    case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negation:
                        negative = !negative;
                        syntax = negation.Operand;
                        continue;
                    case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryPlusExpression } plus:
                        syntax = plus.Operand;
                        continue;
                    default:
                        return (syntax, negative);
                }
            }
        }

        private static bool IsLiteralArithmetic(SyntaxNode syntax) => syntax switch
        {
            ParenthesizedExpressionSyntax p => IsLiteralArithmetic(p.Expression),
            PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.UnaryMinusExpression) || u.IsKind(SyntaxKind.UnaryPlusExpression) => IsLiteralArithmetic(u.Operand),
            BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression) || b.IsKind(SyntaxKind.SubtractExpression) || b.IsKind(SyntaxKind.MultiplyExpression) || b.IsKind(SyntaxKind.DivideExpression) =>
                IsLiteralArithmetic(b.Left) && IsLiteralArithmetic(b.Right),
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } l => !l.Token.Text.EndsWith("f", System.StringComparison.OrdinalIgnoreCase) && !l.Token.Text.EndsWith("m", System.StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

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
                .Where(a => !a.IsNull) // [Differentiable(null)]: as if no names were given
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
