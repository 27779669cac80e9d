using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>The statements that change variables: assignments, compound assignments, <c>++</c> and <c>--</c>.</content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>An expression statement: an assignment, compound assignment, or ++/--.</summary>
        private void LowerEffect(IOperation effect, List<Statement> into)
        {
            switch (effect)
            {
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation flag } assignment when ConditionLocal(flag.Local) is string condition:
                    into.Add(new AssignCondition(condition, LowerTest(assignment.Value)));
                    break;
                case ISimpleAssignmentOperation assignment:
                    Assign(assignment, assignment.Target, _ => LowerValue(assignment.Value), _ => LowerInteger(assignment.Value), into, compound: false);
                    break;
                case ICompoundAssignmentOperation compound when compound.OperatorMethod == null && OperationFacts.ArithmeticOp(compound.OperatorKind) is IrOp op:
                    if (op == IrOp.Remainder && compound.Type != null && RoslynNames.IsFloatingPoint(compound.Type))
                    {
                        WarnPiecewise(compound, "The remainder in '" + compound.Syntax + "'", LoweringAdvice.Remainder);
                    }

                    ReportOtherPrecision(compound);
                    Assign(compound, compound.Target, old => new Arithmetic(op, old, LowerValue(compound.Value)), old => new IntegerArithmetic(op, old, LowerInteger(compound.Value)), into, compound: true);
                    break;
                case IIncrementOrDecrementOperation step:
                    ReportOtherPrecision(step);
                    IrOp stepOp = step.Kind == OperationKind.Increment ? IrOp.Add : IrOp.Subtract;
                    Assign(step, step.Target, old => new Arithmetic(stepOp, old, new Number(1)), old => new IntegerArithmetic(stepOp, old, new IntegerNumber(1)), into, compound: true);
                    break;
                case IInvocationOperation { Type.SpecialType: SpecialType.System_Void } library when TryLowerArrayLibraryCall(library, into):
                    break;
                case IInvocationOperation { Type.SpecialType: SpecialType.System_Void } call:
                    if (!ReadsRejected(call))
                    {
                        problems.Add(CallLowering.VoidCall(call));
                    }

                    break;
                case IInvocationOperation call:
                    int before = problems.Count;
                    LowerCall(call);
                    if (problems.Count == before)
                    {
                        Report(call, "The expression statement '" + call.Syntax + "'", LoweringAdvice.Discarded);
                    }

                    break;
                case IDeconstructionAssignmentOperation deconstruction when !loopFree && TryLowerArraySwap(deconstruction, into):
                    break;
                case IDeconstructionAssignmentOperation deconstruction when LowerDeconstruction(deconstruction, into):
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    Report(deconstruction, "The deconstruction '" + deconstruction.Syntax + "'", "only a tuple written in place is taken apart ((x, v) = (x + v * dt, v - k * x * dt), var (a, b) = (e1, e2)), into double, float or integer locals and parameters; assign each local separately" + (deconstruction.Value is IInvocationOperation { TargetMethod.Name: "SinCos" } ? " (double s = Math.Sin(a); double c = Math.Cos(a);)" : string.Empty));
                    foreach (ILocalReferenceOperation declared in deconstruction.Target.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
                    {
                        // Its locals are part of the construct reported: their reads raise nothing more.
                        rejected.Add(declared.Local);
                    }

                    break;
                default:
                    UnsupportedConstruct construct = UnsupportedConstructs.Classify(effect);
                    Report(effect, construct.Construct, construct.Advice, construct.Descriptor);
                    break;
            }
        }

        /// <summary>A write to a local, an integer local or an element of a local array; <paramref name="value"/> receives the old value.</summary>
        /// <param name="compound">The source wrote <c>v op= e</c> (or <c>v++</c>): a scalar's write is printed so.</param>
        private void Assign(IOperation at, IOperation target, System.Func<Value, Value> value, System.Func<Integer, Integer> integer, List<Statement> into, bool compound)
        {
            switch (target)
            {
                case ILocalReferenceOperation local when names.TryGetValue(local.Local, out string? name) && RoslynNames.IsFloatingPoint(local.Local.Type):
                    into.Add(new AssignScalar(name, value(new Read(name)), compound));
                    return;
                case ILocalReferenceOperation local when names.TryGetValue(local.Local, out string? name) && RoslynNames.IsInteger(local.Local.Type):
                    into.Add(new AssignInteger(name, Narrowed(integer(new IntegerRead(name)), local.Local.Type)));
                    return;
                case IParameterReferenceOperation parameter when !names.ContainsKey(parameter.Parameter):
                    // A primary constructor's parameter: state of the object, like a field, that the write would change.
                    Report(target, "Writing to the primary constructor parameter '" + parameter.Parameter.Name + "'", "changes the object's state (the type keeps the parameter like a field); a differentiable method may assign only its own locals and parameters, so compute the value in a local, or return it", DiagnosticDescriptors.SideEffect);
                    return;
                case IParameterReferenceOperation parameter when (loopFree || copiedParameters.Contains(parameter.Parameter)) && RoslynNames.IsFloatingPoint(parameter.Parameter.Type):
                    // A loop-free body follows values, so a parameter changes like a local; elsewhere its copy changes.
                    string changed = names[parameter.Parameter];
                    into.Add(new AssignScalar(changed, value(new Read(changed)), compound));
                    return;
                case IParameterReferenceOperation parameter when !RoslynNames.IsFloatingPoint(parameter.Parameter.Type):
                    Report(target, "Writing to '" + target.Syntax + "' of type '" + target.Type?.ToDisplayString() + "'", "only double and float locals and parameters can be assigned in a differentiable method");
                    return;
                case IParameterReferenceOperation parameter:
                    Report(at, "The assignment to the parameter '" + parameter.Parameter.Name + "'", "copy the parameter into a local and change the local", DiagnosticDescriptors.NotSupportedYet);
                    return;
                case ILocalReferenceOperation local when names.TryGetValue(local.Local, out string? whole) && variables[whole].Kind is VariableKind.Array or VariableKind.IntegerArray:
                    Report(at, "The assignment of another array to the local array '" + local.Local.Name + "'", "a local array keeps the array it was made with; write its elements instead (" + local.Local.Name + "[i] = ...;), or declare another local array", DiagnosticDescriptors.NotSupportedYet);
                    return;
            }

            if (MatrixElementOf(target) != null || target is IArrayElementReferenceOperation { Indices.Length: > 1 })
            {
                Report(target, "Writing to '" + target.Syntax + "'", LoweringAdvice.WritesCallerState + "; a multi-dimensional array is data, read only; to fill an array of your own, use a local one-dimensional array (new double[rows * columns], element [i, j] at i * columns + j)", DiagnosticDescriptors.SideEffect);
                return;
            }

            if (ElementOf(target) is (IOperation array, IOperation index))
            {
                if (array is ILocalReferenceOperation local && names.TryGetValue(local.Local, out string? name) && variables[name].Kind == VariableKind.Array)
                {
                    Integer position = LowerIndex(name, index);
                    into.Add(new AssignElement(name, position, value(new ElementRead(name, position))));
                    return;
                }

                if (array is ILocalReferenceOperation integers && names.TryGetValue(integers.Local, out string? data) && variables[data].Kind == VariableKind.IntegerArray)
                {
                    Report(target, "Writing to an element of the integer array '" + integers.Local.Name + "'", "an integer array is data: give it all its elements where it is declared (int[] order = { 2, 0, 1 };), or keep the changing value in an integer local", DiagnosticDescriptors.NotSupportedYet);
                    return;
                }

                string own = IntegerArrayName(array) != null
                    ? "; an integer array is data, read only: keep an index that changes in an integer local (int j = idx[i] + 1;)"
                    : "; to fill an array of your own, use a local one (new double[n] or stackalloc double[n])";
                Report(target, "Writing to '" + target.Syntax + "'", LoweringAdvice.WritesCallerState + own, DiagnosticDescriptors.SideEffect);
                return;
            }

            if (target is IFieldReferenceOperation or IPropertyReferenceOperation)
            {
                Report(target, "Writing to '" + target.Syntax + "'", LoweringAdvice.WritesCallerState, DiagnosticDescriptors.SideEffect);
                return;
            }

            Report(at, "The assignment to '" + target.Syntax + "'", "only locals and elements of local arrays can be assigned in a differentiable method", DiagnosticDescriptors.NotSupportedYet);
        }
    }
}
