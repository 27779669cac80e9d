using System.Linq;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// The problems of values lowering does not follow, each named as the construct it is: conversions, properties,
    /// constants beyond float's range, integers made from floating-point values.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        private static bool IsNumber(IOperation operand) =>
            operand.Type != null && (RoslynNames.IsFloatingPoint(operand.Type) || RoslynNames.IsInteger(operand.Type));

        /// <summary>Whether an integer expression is made from a floating-point value somewhere inside.</summary>
        private static bool ReadsFloatingPoint(IOperation integer) =>
            integer.DescendantsAndSelf().Any(o => o is IConversionOperation { Operand.Type: { } from } && RoslynNames.IsFloatingPoint(from));

        /// <summary>
        /// A conversion DiffGen does not follow: user-defined, to a type other than double or float (it cuts the derivative),
        /// or from a value that is not a number.
        /// </summary>
        private void ReportConversion(IConversionOperation conversion)
        {
            ITypeSymbol? from = conversion.Operand.Type;
            if (conversion.OperatorMethod != null)
            {
                Report(conversion, "The user-defined conversion '" + conversion.Syntax + "'", "DiffGen differentiates double and float arithmetic only; convert to double or float first");
            }
            else if (conversion.Type == null || !RoslynNames.IsFloatingPoint(conversion.Type))
            {
                Report(conversion, "The conversion '" + conversion.Syntax + "' to '" + conversion.Type?.ToDisplayString() + "'", "a conversion to a non-floating-point type cuts the derivative; keep the value in double or float", DiagnosticDescriptors.CutsDerivative);
            }
            else if (from == null || from.TypeKind == TypeKind.Dynamic)
            {
                // A throw expression or a dynamic value: named by what it is, not by its type.
                UnsupportedConstruct construct = UnsupportedConstructs.Classify(conversion.Operand);
                Report(conversion.Operand, construct.Construct, construct.Advice, construct.Descriptor);
            }
            else
            {
                Report(conversion.Operand, "The expression '" + conversion.Operand.Syntax + "' of type '" + from.ToDisplayString() + "'", "only double, float and integer values can be converted to double or float here");
            }
        }

        /// <summary>
        /// A property that is not an auto-property of this object: reported for what its receiver does if that is
        /// the problem (<c>x.ToString().Length</c>, <c>DateTime.Now.Second</c>), else for itself.
        /// </summary>
        private void ReportProperty(IPropertyReferenceOperation property)
        {
            if (property.Instance is IInvocationOperation or IPropertyReferenceOperation && ProblemsInside(property.Instance))
            {
                return;
            }

            UnsupportedConstruct construct = CallClassifier.ClassifyProperty(property.Property, property.Syntax.ToString()) ?? UnsupportedConstructs.Classify(property);
            Report(property, construct.Construct, construct.Advice, construct.Descriptor);
        }

        private bool IsOutsideFloat(double value) =>
            method.ReturnType.SpecialType == SpecialType.System_Single
            && !double.IsInfinity(value) && !double.IsNaN(value) && (System.Math.Abs(value) > float.MaxValue || (value != 0 && System.Math.Abs(value) < 1e-45));
    }
}
