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
    /// <content>
    /// Calls of methods whose derivative is known, inside a method with loops or arrays: each call gets a
    /// local of its own (<c>double sigmoid = Sigmoid(z);</c>) just before the statement that uses it, so the
    /// reverse sweep can call the callee's gradient for that one statement.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        private readonly List<CallTarget> calls = new List<CallTarget>();
        private readonly List<(CallArgument Argument, string Callee, IArgumentOperation Operation)> unDifferentiatedArguments = new List<(CallArgument, string, IArgumentOperation)>();
        private List<Statement> hoisted = new List<Statement>();

        /// <summary>What <paramref name="lower"/> gives, with the locals of the calls inside it (<see cref="hoisted"/>), to be declared before their use.</summary>
        private (T Lowered, List<Statement> Calls) Hoisting<T>(System.Func<T> lower)
        {
            List<Statement> outer = hoisted;
            hoisted = new List<Statement>();
            try
            {
                T lowered = lower();
                return (lowered, hoisted);
            }
            finally
            {
                hoisted = outer;
            }
        }

        /// <summary>Where lowered statements came from, for problems found once the whole body is lowered.</summary>
        private void Locate(IEnumerable<Statement> statements, IOperation from)
        {
            foreach (Statement statement in statements)
            {
                if (!locations.ContainsKey(statement))
                {
                    locations[statement] = from.Syntax.GetLocation();
                }
            }
        }

        /// <summary>How many ?: arms or right operands of && / || enclose the expression being lowered.</summary>
        private int conditionalDepth;

        /// <summary>The methods the body calls, for the pipeline to check that their generated members exist.</summary>
        public IReadOnlyList<CallTarget> Calls => calls;

        /// <summary>Where the call stands that makes it run only on some inputs, as the diagnostic says it: the nearest such construct around it.</summary>
        private static string WhereEvaluatedConditionally(IOperation call)
        {
            IOperation inner = call;
            for (IOperation? outer = call.Parent; outer != null; inner = outer, outer = outer.Parent)
            {
                switch (outer)
                {
                    case IConditionalOperation choice when inner != choice.Condition:
                        return "in an arm of ?:";
                    case ISwitchExpressionArmOperation arm when inner == arm.Guard:
                        return "in the when guard of a switch arm";
                    case IPatternCaseClauseOperation clause when inner == clause.Guard:
                        return "in the when guard of a switch section";
                    case ISwitchExpressionArmOperation:
                        return "in an arm of a switch expression";
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.And or BinaryOperatorKind.Or } logic
                        when inner == logic.RightOperand && logic.Type?.SpecialType == SpecialType.System_Boolean:
                        return "on the right of " + logic.OperatorKind switch
                        {
                            BinaryOperatorKind.ConditionalAnd => "&&",
                            BinaryOperatorKind.ConditionalOr => "||",
                            BinaryOperatorKind.And => "&",
                            _ => "|",
                        };
                }
            }

            return "inside ?:, a switch expression, or on the right of && or ||";
        }

        private Value LowerUserCall(IInvocationOperation call, IMethodSymbol target, IMethodSymbol? custom)
        {
            string shown = "The call to '" + target.Name + "'";
            if (conditionalDepth > 0 && !loopFree)
            {
                // The call gets a local computed before the statement: it would run even where ?: or && skip it.
                Report(call, shown + " " + WhereEvaluatedConditionally(call), "in " + kindOfMethod + ", compute it into a local in an if / else first", DiagnosticDescriptors.NotSupportedYet);
                return new Number(0);
            }

            if (CallLowering.CheckCallee(call, target, method, out string receiver) is Problem problem)
            {
                if (!ReadsRejected(call))
                {
                    problems.Add(problem);
                }

                return new Number(0);
            }

            if (custom != null && RestrictedMembers.Restriction(custom, method) is string restriction)
            {
                // The generated members would call a derivative that only an obsolete or experimental caller may use.
                Report(call, shown + " through its custom derivative '" + custom.Name + "', marked " + restriction + ",", "mark '" + method.Name + "' " + restriction + " too (its generated members carry it), or take " + restriction + " off '" + custom.Name + "'", DiagnosticDescriptors.NotSupportedYet);
                return new Number(0);
            }

            HashSet<string> differentiated = CallLowering.Differentiated(target, custom);
            var arguments = new List<CallArgument>();
            foreach (IArgumentOperation argument in call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
            {
                IParameterSymbol parameter = argument.Parameter!;
                bool hasDerivative = differentiated.Contains(parameter.Name);
                CallArgument lowered;
                if (RoslynNames.IsFloatingPoint(parameter.Type))
                {
                    lowered = new CallArgument(parameter.Name, LowerValue(argument.Value), null, null, hasDerivative, RoslynNames.NumericTypeOf(parameter.Type));
                }
                else if (RoslynNames.FloatingElementType(parameter.Type) != null && ArrayName(argument.Value) is string array)
                {
                    // Inside ifs the lowering takes apart (an if that holds such a call is one), the call runs in a loop of one iteration.
                    if (branchDepth > flatteningDepth && hasDerivative)
                    {
                        Report(call, shown + " with an array argument inside an if", "in a method with loops or arrays, call it before the if and use the value inside", DiagnosticDescriptors.NotSupportedYet);
                        return new Number(0);
                    }

                    lowered = new CallArgument(parameter.Name, null, array, null, hasDerivative);
                }
                else if (RoslynNames.IsInteger(parameter.Type))
                {
                    lowered = new CallArgument(parameter.Name, null, null, LowerInteger(argument.Value), false);
                }
                else if (RoslynNames.MatrixShape(parameter.Type) != null && !hasDerivative && MatrixName(argument.Value) is string matrix)
                {
                    // Multi-dimensional data passed on by name; the callee reads it as data too.
                    lowered = new CallArgument(parameter.Name, null, matrix, null, false);
                    arguments.Add(lowered);
                    continue;
                }
                else if (CallLowering.DataCode(argument.Value) is string code)
                {
                    // A bool constant, or a parameter or field of another type: passed on as written.
                    arguments.Add(new CallArgument(parameter.Name, null, null, null, false, Code: code, Written: OperationFacts.AsWritten(argument.Value.Syntax)));
                    continue;
                }
                else
                {
                    string advice = RoslynNames.IntegerElementType(parameter.Type) != null
                        ? "an integer array is passed on when it is a parameter or a field as it is (idx, not idx.AsSpan() or idx[1..]); make a local one a static readonly field (static readonly int[] Order = { 2, 0, 1 };), or take it as a parameter"
                        : "pass a double or float value, an array or span this method holds, or an integer";
                    Report(argument.Value, "The argument '" + argument.Value.Syntax + "' for the parameter '" + parameter.Name + "'", advice, DiagnosticDescriptors.NotSupportedYet);
                    continue;
                }

                if (!hasDerivative && (lowered.Scalar != null || lowered.Array != null))
                {
                    unDifferentiatedArguments.Add((lowered, target.Name, argument));
                }

                arguments.Add(lowered);
            }

            string valueAccess = CallLowering.ValueAccess(target, receiver);
            string gradientAccess = CallLowering.GradientAccess(target, custom, receiver);
            string? requires = CallLowering.RequiresGenerated(target, custom);
            string gradientName = CallLowering.GradientName(target, custom);
            calls.Add(new CallTarget(target.Name, valueAccess, gradientAccess, gradientName, EquatableArray<CallParameter>.Empty, requires));
            var value = new CallValue(target.Name, valueAccess, gradientAccess, gradientName, CallLowering.CalledAsWritten(call), arguments.ToEquatableArray(), requires);
            if (loopFree)
            {
                // Followed as a value: the straight-line view calls it where the expression does.
                return value;
            }

            string local = Fresh(VariableKind.Scalar, char.ToLowerInvariant(target.Name[0]) + target.Name.Substring(1));
            hoisted.Add(new DeclareScalar(local, value));
            return new Read(local);
        }

        /// <summary>An argument that carries a derivative, for a parameter the callee does not differentiate: no derivative could flow back (DIFF016).</summary>
        private void ReportUndifferentiatedArguments(IEnumerable<Statement> body)
        {
            // Most bodies pass no such argument: then which values are active is not worth a fixpoint over the body.
            if (unDifferentiatedArguments.Count == 0)
            {
                return;
            }

            HashSet<string> active = ProgramFacts.Active(body, variables.Values.Where(v => v.IsDifferentiated).Select(v => v.Name));
            foreach ((CallArgument argument, string callee, IArgumentOperation operation) in unDifferentiatedArguments)
            {
                IEnumerable<string> reads = argument.Scalar != null ? ProgramFacts.FloatReads(argument.Scalar) : new[] { argument.Array! };
                if (reads.Any(active.Contains))
                {
                    problems.Add(CallLowering.NoDerivativeForArgument(operation, callee));
                }
            }
        }
    }
}
