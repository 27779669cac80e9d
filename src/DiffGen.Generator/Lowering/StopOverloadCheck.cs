using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>
    /// Finds <c>Gradient.Stop(n)</c> with an integer argument in a <c>double</c> method: C# prefers the
    /// <c>float</c> overload for an integer (int converts to both, and float is the narrower target), so
    /// <c>Gradient.Stop(10) / 3</c> divides in <c>float</c> and keeps 7 digits where the method meant 16, and
    /// <c>Gradient.Stop(n)</c> drops digits of an int above 2²⁴. No warning where the float is exact and turns
    /// into a double at once (<c>x * Gradient.Stop(Math.Sign(x))</c>). The derivative is right either way
    /// (the value is a constant); the method's own value is not what it says.
    /// </summary>
    internal static class StopOverloadCheck
    {
        public static IEnumerable<Diagnostic> Check(IMethodSymbol method, IOperation body)
        {
            if (method.ReturnType.SpecialType != SpecialType.System_Double)
            {
                yield break;
            }

            foreach (IInvocationOperation call in body.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (call.TargetMethod.Name != "Stop"
                    || call.TargetMethod.ContainingType?.ToDisplayString() != "DiffGen.Gradient"
                    || call.TargetMethod.ReturnType.SpecialType != SpecialType.System_Single
                    || call.Arguments.Length != 1)
                {
                    continue;
                }

                IOperation argument = call.Arguments[0].Value;
                IOperation operand = argument is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : argument;
                if (operand.Type == null || !IsInteger(operand.Type.SpecialType) || (ExactInFloat(operand) && MeetsADouble(call)))
                {
                    continue;
                }

                string text = operand.Syntax.ToString();
                string instead = operand is ILiteralOperation ? text + ".0" : operand is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation ? "(double)" + text : "(double)(" + text + ")";
                yield return Diagnostic.Create(DiagnosticDescriptors.StopOfInteger, call.Arguments[0].Syntax.GetLocation(), text, operand.Type.ToDisplayString(), instead);
            }
        }

        /// <summary>
        /// Whether the integer is exact as a float: a constant float holds exactly, a type of at most 16 bits, or a
        /// sign (Math.Sign is −1, 0 or 1). An int or long variable can exceed 2²⁴, where float drops digits.
        /// </summary>
        private static bool ExactInFloat(IOperation operand) =>
            operand.ConstantValue is { HasValue: true, Value: object value } && System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) is double number && (float)number == number
            || operand.Type!.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            || operand is IInvocationOperation { TargetMethod.Name: "Sign" } sign && sign.TargetMethod.ContainingType?.ToDisplayString() is "System.Math" or "System.MathF";

        /// <summary>
        /// Whether the float result turns into a double at once (<c>x * Gradient.Stop(10)</c>), before any
        /// arithmetic in float (<c>Gradient.Stop(10) / 3</c> divides in float).
        /// </summary>
        private static bool MeetsADouble(IInvocationOperation call) =>
            call.Parent is IConversionOperation { IsImplicit: true } widening && widening.Type?.SpecialType == SpecialType.System_Double;

        private static bool IsInteger(SpecialType type) => type is SpecialType.System_SByte or SpecialType.System_Byte
            or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64;
    }
}
