using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// <c>Math.Sign(u)</c> of a double or float: an <c>int</c> that is the function sign(u), derivative 0 (DIFF012),
    /// read as in a method without loops wherever its value is used as a double or float.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        private const string SignAdvice = "the sign of a double or float is used as a double or float value (Math.Sign(u) * u, 2 * Math.Sign(u) - 1: integer constants under +, - and *), not yet with integer variables, as an index or a size, in an integer local, or divided by an integer (Math.Sign(u) / 2 is always 0, Math.Sign(u) % 2 is Math.Sign(u): write the value); convert it first, as in (double)Math.Sign(u) * n";

        /// <summary>
        /// An integer used as a floating-point value. <c>Math.Sign(u)</c>, alone or with integer constants
        /// (<c>2 * Math.Sign(u) - 1</c>), is computed in floating point, which gives the same number as long as the
        /// integer arithmetic cannot wrap; any other integer is data.
        /// </summary>
        /// <param name="written">Whether the source writes the conversion (<c>(double)n</c>), which a comment shows.</param>
        private Value IntegerAsValue(IOperation e, bool written = false) =>
            HasSignOfFloatingPoint(e) && SignBound(e) is double bound && bound <= MaxExactInteger(e.Type!)
                ? LowerSignArithmetic(e)
                : new FromInteger(LowerInteger(e), written);

        /// <summary>
        /// For an integer expression of signs of floating-point values and integer constants under + - * and unary -:
        /// a bound on its magnitude; null for any other shape.
        /// </summary>
        private static double? SignBound(IOperation e)
        {
            if (IntegerConstant(e) is double constant)
            {
                return System.Math.Abs(constant);
            }

            return e switch
            {
                IInvocationOperation call when IsSignOfFloatingPoint(call) => 1,
                IConversionOperation { OperatorMethod: null, IsImplicit: true, Operand.Type: { } from } widening when RoslynNames.IsInteger(from) => SignBound(widening.Operand),
                IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus => SignBound(minus.Operand),
                IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary => SignBound(binary.LeftOperand) + SignBound(binary.RightOperand),
                IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.Multiply } binary => SignBound(binary.LeftOperand) * SignBound(binary.RightOperand),
                _ => null,
            };
        }

        /// <summary>The expression <see cref="SignBound"/> accepts, as floating-point arithmetic.</summary>
        private Value LowerSignArithmetic(IOperation e)
        {
            if (IntegerConstant(e) is double constant)
            {
                return new Number(constant);
            }

            return e switch
            {
                IInvocationOperation call => LowerCall(call),
                IConversionOperation widening => LowerSignArithmetic(widening.Operand),
                IUnaryOperation minus => new Negation(LowerSignArithmetic(minus.Operand)),
                IBinaryOperation binary => new Arithmetic(
                    binary.OperatorKind switch { BinaryOperatorKind.Add => IrOp.Add, BinaryOperatorKind.Subtract => IrOp.Subtract, _ => IrOp.Multiply },
                    LowerSignArithmetic(binary.LeftOperand),
                    LowerSignArithmetic(binary.RightOperand)),
                _ => throw new System.InvalidOperationException("Not an arithmetic of signs: " + e.Syntax),
            };
        }

        private static double? IntegerConstant(IOperation e) =>
            e.ConstantValue.HasValue && e.ConstantValue.Value is int or long or short or sbyte or byte or ushort or uint
                ? System.Convert.ToDouble(e.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture)
                : null;

        /// <summary>The largest magnitude the integer type holds that a double also holds exactly.</summary>
        private static double MaxExactInteger(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Int32 => int.MaxValue,
            SpecialType.System_UInt32 => uint.MaxValue,
            SpecialType.System_Int16 => short.MaxValue,
            SpecialType.System_UInt16 => ushort.MaxValue,
            SpecialType.System_Byte => byte.MaxValue,
            SpecialType.System_SByte => sbyte.MaxValue,
            _ => 9007199254740992.0, // 2^53
        };

        /// <summary><c>Math.Sign(u)</c> (or <c>MathF.Sign</c>, <c>double.Sign</c>, <c>float.Sign</c>) of a double or float: an int that is a value's sign.</summary>
        private static bool IsSignOfFloatingPoint(IOperation e) =>
            e is IInvocationOperation { TargetMethod: { Name: "Sign", Parameters.Length: 1 } target }
            && target.ContainingType?.ToDisplayString() is "System.Math" or "System.MathF" or "double" or "float"
            && RoslynNames.IsFloatingPoint(target.Parameters[0].Type);

        /// <summary>True when the integer expression takes the sign of a floating-point value somewhere.</summary>
        private static bool HasSignOfFloatingPoint(IOperation e) => IsSignOfFloatingPoint(e) || e.Descendants().Any(IsSignOfFloatingPoint);
    }
}
