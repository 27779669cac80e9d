using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Calls in a value: <c>Gradient.Stop</c>, a function of the table (a piecewise one with a DIFF012 warning), a method
    /// whose derivative is known (handed to <see cref="LowerUserCall"/>), or a call reported as unsupported after the
    /// problems inside its receiver and arguments.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        private Value LowerCall(IInvocationOperation call)
        {
            IMethodSymbol target = call.TargetMethod;
            if (CallsLocalFunction(call, out ILocalFunctionOperation? function))
            {
                return Inline(call, function!, LowerValue, new Number(0));
            }

            CallKind kind = CallLowering.Kind(target, call.Arguments.Length);
            if (kind == CallKind.Stop)
            {
                stopDepth++;
                Value stopped = LowerValue(call.Arguments[0].Value);
                stopDepth--;
                return new MathCall(ElementaryFunction.Stop, EquatableArray.Of(stopped));
            }

            if (kind == CallKind.Method && CallLowering.HasKnownDerivative(target, method, out IMethodSymbol? custom))
            {
                return LowerUserCall(call, target, custom);
            }

            FunctionRow? row = kind == CallKind.MathMember ? ElementaryFunctions.ForMember(target.Name) : null;
            if (row != null && row.AcceptsArity(call.Arguments.Length) && (RoslynNames.IsFloatingPoint(target.ReturnType) || row.ReturnsInteger)
                && target.Parameters.All(p => RoslynNames.IsFloatingPoint(p.Type)))
            {
                if (row.NoGradientReason != null && !call.Arguments.All(a => a.Value.ConstantValue.HasValue))
                {
                    // Math.Floor(2.5) or Math.Round(Math.PI) is a constant: no gradient was to flow through it.
                    WarnPiecewise(call, "'" + CallLowering.Shown(target) + "'", row.NoGradientReason);
                }

                Value[] arguments = call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => LowerValue(a.Value)).ToArray();
                return new MathCall(row.Function, arguments.ToEquatableArray());
            }

            ReportUnsupportedCall(call, kind);
            return new Number(0);
        }

        /// <summary>A call outside the table and without a known derivative, after the problems inside its receiver and arguments.</summary>
        private void ReportUnsupportedCall(IInvocationOperation call, CallKind kind)
        {
            Problem problem = CallLowering.Unsupported(call, kind);
            foreach (IOperation part in CallLowering.PartsToExamine(call, kind, problem))
            {
                // Examine the receiver and arguments anyway, so problems inside them are reported in the same pass.
                Examine(part);
            }

            if (!CallLowering.IsCallOfLocalDelegate(call) && !ReadsRejected(call))
            {
                problems.Add(problem);
            }
        }

        private bool ProblemsInside(IOperation value)
        {
            int before = problems.Count;
            Examine(value);
            return problems.Count > before;
        }

        /// <summary>Lowers a part of an unsupported call only for the problems inside it (the value is dropped), as the scalar route does.</summary>
        private void Examine(IOperation part)
        {
            IOperation value = CallLowering.PassedValue(part);
            if (CallLowering.IsPlainValue(value) || (value.Type != null && (RoslynNames.FloatingElementType(value.Type) != null || RoslynNames.MatrixShape(value.Type) != null)))
            {
                // An array made or passed for the call is no problem by itself: the call with no derivative is.
                return;
            }

            if (value is IInvocationOperation call)
            {
                LowerCall(call);
            }
            else if (value.Type != null && RoslynNames.IsFloatingPoint(value.Type))
            {
                LowerValue(value);
            }
            else if (value.Type != null && RoslynNames.IsInteger(value.Type))
            {
                LowerInteger(value);
            }
            else if (value is IPropertyReferenceOperation property)
            {
                ReportProperty(property);
            }
            else
            {
                UnsupportedConstruct construct = UnsupportedConstructs.Classify(value);
                Report(value, construct.Construct, construct.Advice, construct.Descriptor);
            }
        }

        /// <summary>A piecewise operation outside Gradient.Stop: differentiated by convention, with a warning.</summary>
        private void WarnPiecewise(IOperation at, string construct, string why)
        {
            if (stopDepth == 0)
            {
                problems.Add(new Problem(DiagnosticDescriptors.PiecewiseConstant, at.Syntax.GetLocation(), construct, why));
            }
        }
    }
}
