using System.Linq;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Parts the source computes in the other floating-point type than the method's. The generated code computes every
    /// value in the method's type (its return type), so such a part differs from the method's by a rounding. Where
    /// nothing cancels that rounding it stays a rounding (× and ÷, the functions: documented, read as before); an addition
    /// or a subtraction can make it as large as the value itself (<c>y + 1e8f - 1e8f</c> on a float y in a double method is
    /// 0 in float and 1.3 in double; <c>(float)(Math.Exp(x * 1e-9) - 1)</c> in a float method is 0 in float), a rounding to
    /// float in a double method is what its subtraction cancels, and a float method's comparison in double can take the other
    /// branch at its boundary (<c>x &lt; 0.7</c>, 0.7f being below 0.7): those are reported (DIFF015), with what to write,
    /// instead of generated silently wrong. A part whose result is the same number in either type is read as before: a
    /// comparison of values exact in the method's type (<c>x &gt; 0.5</c> of a float x), and a sum or difference of such
    /// values rounded back to the method's type at once (<c>(float)(x + 0.5)</c>: double rounding is innocuous there).
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>Whether the method computes in float (its return type).</summary>
        private bool MethodIsFloat => method.ReturnType.SpecialType == SpecialType.System_Single;

        /// <summary>
        /// Reports the operation if the source computes it in the other floating-point type and the generated code's value
        /// could differ (the caller lowers it as before; no code is generated for the method).
        /// </summary>
        private void ReportOtherPrecision(IOperation e)
        {
            if (e.ConstantValue.HasValue)
            {
                return;
            }

            switch (e)
            {
                case IBinaryOperation { OperatorMethod: null, LeftOperand.Type: { } type } binary:
                    ReportBinary(binary, type);
                    break;
                case IInvocationOperation rounding
                    when IsStepFunction(rounding) && rounding.Arguments.Length == 1 && rounding.Arguments[0].Value is { Type: { } argumentType } argument
                        && (MethodIsFloat ? IsOtherFloatingType(argumentType) && !ExactInMethodType(argument) && MeetsAFloat(argument) : RoundedToFloat(argument)):
                    // A rounding jumps: a value a rounding apart from the method's can land on the other side (⌊x·0.7⌋ at x = 7.142857f
                    // is 4 in double, 5 in float; ⌊(float)x·100⌋ at x = 0.29 is 29 in float, 28 in double).
                    Report(e, "The rounding '" + UnsupportedConstructs.Shorten(e.Syntax) + "'", MethodIsFloat ? OtherPrecisionAdvice(argumentType) : RoundedAdvice, DiagnosticDescriptors.NotSupportedYet);
                    break;
                case ICompoundAssignmentOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, Target.Type: { } target } compound
                    when IsOtherFloatingType(target) || (!MethodIsFloat && RoundedToFloat(compound.Value)):
                    // s -= (float)x in a double method cancels the rounding as s - (float)x does.
                    Report(e, "The assignment '" + UnsupportedConstructs.Shorten(e.Syntax) + "'", IsOtherFloatingType(target) ? OtherPrecisionAdvice(target) : RoundedAdvice, DiagnosticDescriptors.NotSupportedYet);
                    break;
                case IIncrementOrDecrementOperation { OperatorMethod: null, Target.Type: { } stepped } when IsOtherFloatingType(stepped):
                    Report(e, "The step '" + UnsupportedConstructs.Shorten(e.Syntax) + "'", OtherPrecisionAdvice(stepped), DiagnosticDescriptors.NotSupportedYet);
                    break;
            }
        }

        /// <summary>
        /// × and ÷ differ by a rounding only (documented); + and − can cancel it up to the value; a float method's comparison or
        /// remainder in double can jump at its boundary; in a double method, + and − of a value rounded to float can cancel
        /// the rounding.
        /// </summary>
        private void ReportBinary(IBinaryOperation binary, ITypeSymbol type)
        {
            bool comparison = Comparison(binary.OperatorKind) != null;
            bool jumps = comparison || binary.OperatorKind == BinaryOperatorKind.Remainder;
            bool additive = binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract;
            bool other = IsOtherFloatingType(type);
            bool rounded = RoundedToFloat(binary.LeftOperand) || RoundedToFloat(binary.RightOperand);

            // A float method's double part meeting a float; a double method's float comparison (10·y < 7 of a float y), or a sum or a
            // test of a value rounded to float ((float)x < 0.7).
            bool inFloatMethod = MethodIsFloat && other && (additive || jumps) && MeetsAFloat(binary);
            bool inDoubleMethod = !MethodIsFloat && ((other && (additive || jumps && rounded)) || (!other && (additive || jumps) && rounded));
            if (!inFloatMethod && !inDoubleMethod)
            {
                return;
            }

            // In a float method, a sum or a test of values exact in float is the float operation's sum to a rounding (a sum of two
            // floats is exact in double), and the same test: what consumes a sum reports itself where it would differ.
            if (inFloatMethod && ExactInMethodType(binary.LeftOperand) && ExactInMethodType(binary.RightOperand))
            {
                return;
            }

            Report(binary, "The " + (comparison ? "comparison" : "expression") + " '" + UnsupportedConstructs.Shorten(binary.Syntax) + "'", other ? OtherPrecisionAdvice(type) : RoundedAdvice, DiagnosticDescriptors.NotSupportedYet);
        }

        private const string RoundedAdvice = "it adds to a value rounded to float (a cast to float, or float arithmetic) inside a double method, and the generated code computes in double, so it would not see the rounding, which the addition can make as large as the value; convert the operands to double first ((double)y * y), remove the cast, or make the method float";

        /// <summary>
        /// Whether a float value takes part in the operation: in a float method, one widened to double inside it (double data
        /// alone computes as the source does); in a double method, any (the operation is float arithmetic).
        /// </summary>
        private bool MeetsAFloat(IOperation operation) =>
            !MethodIsFloat || operation.DescendantsAndSelf().Any(o => o is IConversionOperation { Operand.Type.SpecialType: SpecialType.System_Single, Type.SpecialType: SpecialType.System_Double } c && !c.Operand.ConstantValue.HasValue);

        /// <summary>
        /// A value rounded to float, widened or not: a conversion to float of a double or an integer that is not a constant
        /// (<c>(float)(y + 1e8)</c>), or float arithmetic or a MathF call (<c>y * y</c>, <c>n / 0.7f</c> of a float y, an int n).
        /// </summary>
        private static bool RoundedToFloat(IOperation operand)
        {
            while (operand is IConversionOperation { OperatorMethod: null, Type.SpecialType: SpecialType.System_Double, Operand: var inner })
            {
                operand = inner;
            }

            return !operand.ConstantValue.HasValue && operand switch
            {
                IConversionOperation { OperatorMethod: null, Type.SpecialType: SpecialType.System_Single, Operand.Type: { } from } => from.SpecialType == SpecialType.System_Double || RoslynNames.IsInteger(from),
                IBinaryOperation { Type.SpecialType: SpecialType.System_Single } => true,

                // MathF.Sin(y) of a float y; not Gradient.Stop of an integer, whose float overload DIFF017 reports.
                IInvocationOperation { Type.SpecialType: SpecialType.System_Single, TargetMethod.ContainingType: { } owner } => owner.ToDisplayString() is "System.MathF" or "float",
                _ => false,
            };
        }

        /// <summary>float in a double method, double in a float method.</summary>
        private bool IsOtherFloatingType(ITypeSymbol type) =>
            MethodIsFloat ? type.SpecialType == SpecialType.System_Double : type.SpecialType == SpecialType.System_Single;

        /// <summary>In a float method: a float value widened, or a constant float holds exactly (0.5, 2; not 0.7).</summary>
        private bool ExactInMethodType(IOperation operand) => operand switch
        {
            { ConstantValue: { HasValue: true, Value: { } value } } => OperationFacts.Number(value) is double d && (!MethodIsFloat || (double)(float)d == d),
            IConversionOperation { OperatorMethod: null, Operand.Type: { } from } => from.SpecialType == method.ReturnType.SpecialType,
            _ => false,
        };

        private string OtherPrecisionAdvice(ITypeSymbol computed) => MethodIsFloat
            ? "C# computes it in " + RoslynNames.Keyword(computed) + " (a double constant widens the float values beside it), and the generated code computes in float, so its value can differ (at a test's boundary, take the other branch); write the constants as float (0.7f), or make the method double"
            : "C# computes it in float, and the generated code computes in double, so its value can differ by float's rounding, which subtraction can make as large as the value; convert the operands to double first ((double)y), or make the method float";
    }
}
