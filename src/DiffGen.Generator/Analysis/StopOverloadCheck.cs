using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Finds <c>Gradient.Stop(n)</c> with an integer argument in a <c>double</c> method: C# prefers the
    /// <c>float</c> overload for an integer (int converts to both, and float is the narrower target), so
    /// <c>Gradient.Stop(10) / 3</c> divides in <c>float</c> and keeps 7 digits where the method meant 16.
    /// The derivative is still right (the value is a constant); the method's own value is not what it says.
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
                ITypeSymbol? written = argument is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : argument.Type;
                if (written != null && IsInteger(written.SpecialType))
                {
                    IOperation operand = argument is IConversionOperation implicitConversion ? implicitConversion.Operand : argument;
                    string text = operand.Syntax.ToString();
                    string instead = operand is ILiteralOperation ? text + ".0" : operand is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation ? "(double)" + text : "(double)(" + text + ")";
                    yield return Diagnostic.Create(DiagnosticDescriptors.StopOfInteger, call.Arguments[0].Syntax.GetLocation(), text, written.ToDisplayString(), instead);
                }
            }
        }

        private static bool IsInteger(SpecialType type) => type is SpecialType.System_SByte or SpecialType.System_Byte
            or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64;
    }
}
