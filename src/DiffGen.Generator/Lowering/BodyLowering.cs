using System.Collections.Generic;
using System.Threading;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>
    /// Lowers a method body from Roslyn's semantic operation tree into instructions, tracking
    /// the current value of every local and parameter (assignments rebind them, so the result
    /// is in SSA form). Every construct it cannot handle becomes a <see cref="Problem"/> at that
    /// construct; lowering goes on, so one pass reports them all.
    /// </summary>
    internal sealed partial class BodyLowering
    {
        private readonly IMethodSymbol method;
        private readonly List<Problem> problems;
        private readonly CancellationToken cancellationToken;
        private readonly IrBuilder ir;
        private readonly List<CallTarget> calls = new List<CallTarget>();
        private Dictionary<ISymbol, int> values = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        private int? result;

        /// <summary>How many Gradient.Stop calls enclose the expression being lowered.</summary>
        private int stopDepth;

        public BodyLowering(IMethodSymbol method, IEnumerable<string> differentiated, List<Problem> problems, CancellationToken cancellationToken)
        {
            ir = new IrBuilder(differentiated);
            this.method = method;
            this.problems = problems;
            this.cancellationToken = cancellationToken;
        }

        public IrBuilder Instructions => ir;

        /// <summary>The methods the body calls, which the Invoke instructions index.</summary>
        public IReadOnlyList<CallTarget> Calls => calls;

        /// <summary>Lowers the body; returns the index of the returned value, or null if the body never returns one.</summary>
        public int? Lower(IOperation body, Location methodLocation)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                values[parameter] = ir.Parameter(RoslynNames.Identifier(parameter.Name));
            }

            LowerStatement(body);
            if (result == null && problems.Count == 0)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedConstruct, methodLocation, "This method body", LoweringAdvice.NoReturn));
            }

            return result is int returned ? Fold(pendingReturns, returned) : (int?)null;
        }

        private void LowerStatement(IOperation statement)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result != null)
            {
                // Code after the return statement never runs (the compiler warns about it).
                return;
            }

            switch (statement)
            {
                case IMethodBodyOperation body:
                    LowerStatement((IOperation?)body.BlockBody ?? body.ExpressionBody!);
                    break;
                case IBlockOperation block when UnsupportedConstructs.ForBlock(block) is UnsupportedConstruct blocked:
                    // Reported at the checked/unsafe/fixed statement that wraps the block.
                    Report(block.Syntax.Parent!, blocked);
                    break;
                case IBlockOperation block:
                    foreach (IOperation inner in block.Operations)
                    {
                        LowerStatement(inner);
                    }

                    break;
                case IVariableDeclarationGroupOperation group:
                    foreach (IVariableDeclarationOperation declaration in group.Declarations)
                    {
                        foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
                        {
                            LowerDeclarator(declarator);
                        }
                    }

                    break;
                case IExpressionStatementOperation expressionStatement:
                    LowerEffect(expressionStatement.Operation);
                    break;
                case IConditionalOperation branch:
                    LowerIf(branch);
                    break;
                case IReturnOperation { ReturnedValue: not null } ret:
                    result = LowerExpression(ret.ReturnedValue);
                    break;
                case IEmptyOperation:
                    break;
                default:
                    Report(statement, UnsupportedConstructs.Classify(statement));
                    break;
            }
        }

        private void LowerDeclarator(IVariableDeclaratorOperation declarator)
        {
            ILocalSymbol local = declarator.Symbol;
            IVariableInitializerOperation? initializer = declarator.GetVariableInitializer();
            if (local.IsConst)
            {
                // Uses of a constant arrive already folded (ConstantValue), so nothing to track.
                return;
            }

            if (local.IsRef)
            {
                Unsupported(declarator, "The ref local '" + local.Name + "'", "a ref local is another name for a variable, and DiffGen follows values, not references; use a plain local");
                return;
            }

            if (local.Type.SpecialType == SpecialType.System_Double && method.ReturnType.SpecialType == SpecialType.System_Single)
            {
                Report(declarator.Syntax, DiagnosticDescriptors.NotSupportedYet, "The double local '" + local.Name + "' in a float method", "a float method computes in float; declare it float, or make the method double");
                return;
            }

            if (local.Type.SpecialType == SpecialType.System_Boolean)
            {
                LowerConditionLocal(local, initializer?.Value);
                return;
            }

            if (!RoslynNames.IsFloatingPoint(local.Type))
            {
                if (local.Type is IArrayTypeSymbol || local.Type.Name == "Span" || local.Type.Name == "ReadOnlySpan")
                {
                    Report(declarator.Syntax, DiagnosticDescriptors.NotSupportedYet, "The array or span local '" + local.Name + "'", "arrays and spans arrive with loops; use double or float locals");
                }
                else if (RoslynNames.IsInteger(local.Type))
                {
                    Report(declarator.Syntax, DiagnosticDescriptors.NotSupportedYet, "The integer local '" + local.Name + "'", "integer locals (counters and indices) arrive with loops; use an integer parameter or a const");
                }
                else if (local.Type.TypeKind == TypeKind.Delegate)
                {
                    Report(declarator, UnsupportedConstructs.ForDelegateLocal(local));
                }
                else
                {
                    Unsupported(declarator, "The local '" + local.Name + "' of type '" + local.Type.ToDisplayString() + "'", "only double and float locals can be differentiated; compute the value in double or float");
                }

                return;
            }

            if (initializer != null)
            {
                values[local] = ir.Bind(RoslynNames.Identifier(local.Name), LowerExpression(initializer.Value));
            }
        }

        /// <summary>An expression statement: an assignment to a local or parameter (plain, compound, ++ or --).</summary>
        private void LowerEffect(IOperation effect)
        {
            switch (effect)
            {
                case ISimpleAssignmentOperation { IsRef: true } refAssignment:
                    Unsupported(refAssignment, "The ref assignment '" + refAssignment.Syntax + "'", "DiffGen follows values, not references; use a plain local");
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local.Type.SpecialType: SpecialType.System_Boolean } flag } assignment:
                    LowerConditionLocal(flag.Local, assignment.Value);
                    break;
                case ISimpleAssignmentOperation assignment when TargetOf(assignment.Target) is ISymbol target:
                    values[target] = ir.Bind(RoslynNames.Identifier(target.Name), LowerExpression(assignment.Value));
                    break;
                case ICompoundAssignmentOperation compound when TargetOf(compound.Target) is ISymbol target:
                    IrOp? op = OperationFacts.ArithmeticOp(compound.OperatorKind);
                    if (op == IrOp.Remainder)
                    {
                        WarnPiecewise(compound, "The remainder in '" + compound.Syntax + "'", LoweringAdvice.Remainder);
                    }

                    if (op == null || compound.OperatorMethod != null)
                    {
                        Unsupported(compound, "The compound assignment '" + compound.Syntax + "'", "only +=, -=, *= and /= on double or float values can be differentiated");
                        return;
                    }

                    int combined = ir.Binary(op.Value, values[target], LowerExpression(compound.Value));
                    values[target] = ir.Bind(RoslynNames.Identifier(target.Name), combined);
                    break;
                case IIncrementOrDecrementOperation step when TargetOf(step.Target) is ISymbol target:
                    IrOp stepOp = step.Kind == OperationKind.Increment ? IrOp.Add : IrOp.Subtract;
                    values[target] = ir.Bind(RoslynNames.Identifier(target.Name), ir.Binary(stepOp, values[target], ir.Constant(1)));
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    Unsupported(deconstruction, "The deconstruction '" + deconstruction.Syntax + "'", "tuples are not supported; assign each local separately");
                    break;
                case IAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation } } localSpanWrite:
                    Report(localSpanWrite.Target, UnsupportedConstructs.Classify(localSpanWrite.Target));
                    break;
                case IAssignmentOperation { Target: IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation } } localArrayWrite:
                    Report(localArrayWrite.Target, UnsupportedConstructs.Classify(localArrayWrite.Target));
                    break;
                case ISimpleAssignmentOperation { Target: IDiscardOperation } discard:
                    Unsupported(discard, "The discard '" + discard.Syntax + "'", "it computes a value and throws it away; remove it");
                    break;
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } integerStep:
                    ReportNonFloatingWrite(integerStep.Target);
                    break;
                case IIncrementOrDecrementOperation { Target: IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation } } localArrayStep:
                    Report(localArrayStep.Target, UnsupportedConstructs.Classify(localArrayStep.Target));
                    break;
                case IIncrementOrDecrementOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation } write:
                    Report(write.Target.Syntax, DiagnosticDescriptors.SideEffect, "Writing to '" + write.Target.Syntax + "'", LoweringAdvice.WritesCallerState);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } assignment:
                    ReportNonFloatingWrite(assignment.Target);
                    break;
                case IAssignmentOperation assignment:
                    Report(assignment.Target.Syntax, DiagnosticDescriptors.SideEffect, "Writing to '" + assignment.Target.Syntax + "'", LoweringAdvice.WritesCallerState);
                    break;
                case IInvocationOperation { Type.SpecialType: SpecialType.System_Void } call:
                    problems.Add(CallLowering.VoidCall(call));
                    break;
                case IInvocationOperation call:
                    // A call whose result is dropped: report what the call itself is (e.g. Random), else that it does nothing.
                    int before = problems.Count;
                    LowerCall(call);
                    if (problems.Count == before)
                    {
                        Unsupported(effect, "The expression statement '" + effect.Syntax + "'", LoweringAdvice.Discarded);
                    }

                    break;
                default:
                    Unsupported(effect, "The expression statement '" + effect.Syntax + "'", LoweringAdvice.Discarded);
                    break;
            }
        }

        /// <summary>The local or floating-point parameter an assignment writes, or null for anything else.</summary>
        private ISymbol? TargetOf(IOperation target)
        {
            switch (target)
            {
                case ILocalReferenceOperation local when RoslynNames.IsFloatingPoint(local.Local.Type) && values.ContainsKey(local.Local):
                    return local.Local;
                case ILocalReferenceOperation local when RoslynNames.IsFloatingPoint(local.Local.Type):
                    values[local.Local] = ir.Constant(0);
                    return local.Local;
                case IParameterReferenceOperation parameter when RoslynNames.IsFloatingPoint(parameter.Parameter.Type) && values.ContainsKey(parameter.Parameter):
                    return parameter.Parameter;
                default:
                    return null;
            }
        }

        private void ReportNonFloatingWrite(IOperation target) =>
            Unsupported(target, "Writing to '" + target.Syntax + "' of type '" + target.Type?.ToDisplayString() + "'", "only double and float locals and parameters can be assigned in a differentiable method");

        private void Unsupported(IOperation at, string construct, string advice) =>
            Report(at.Syntax, DiagnosticDescriptors.UnsupportedConstruct, construct, advice);

        private void Report(IOperation at, UnsupportedConstruct construct) => Report(at.Syntax, construct);

        private void Report(SyntaxNode at, UnsupportedConstruct construct) => Report(at, construct.Descriptor, construct.Construct, construct.Advice);

        /// <summary>The one place lowering records a problem: what, where, why, and the way out.</summary>
        private void Report(SyntaxNode at, DiagnosticDescriptor descriptor, string construct, string advice) =>
            problems.Add(new Problem(descriptor, at.GetLocation(), construct, advice));
    }
}
