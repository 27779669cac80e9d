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
    /// <content>Loops: their headers, counting loops, and how they may be left.</content>
    internal sealed partial class ProgramLowering
    {
        private void LowerFor(IForLoopOperation loop, List<Statement> into)
        {
            // A header of integer counters makes a for loop (a counting one, most often); any other runs as a while loop.
            bool integerHeader = loop.Before.Concat(loop.AtLoopBottom).All(DeclaresAndChangesIntegersOnly);
            if (!integerHeader)
            {
                // The header's locals join the enclosing statements (below): each gets a name of its own there.
                ReserveNames(loop.Locals);
            }

            List<Statement> initializers = LowerHeader(loop.Before);

            int hoistedBefore = hoisted.Count;
            Test condition = loop.Condition == null ? new Truth(true) : LowerTest(loop.Condition);
            List<Statement> steps = LowerHeader(loop.AtLoopBottom);

            ReportCallsInCondition(loop, hoistedBefore);

            EquatableArray<Statement> body = ExitsTakenApart(LowerBlock(loop.Body));
            CheckExits(loop, body);
            CheckAfterExits(body);
            if (integerHeader)
            {
                if (initializers.Concat(steps).Any(s => !(s is DeclareInteger or AssignInteger)))
                {
                    // Integer targets whose values lowered to more (a call's local): the for loop holds integer statements only.
                    Report(loop, "A for loop whose header declares or changes a value other than an integer counter", "declare and update only integer counters in the header; change other values in the body", DiagnosticDescriptors.NotSupportedYet);
                }

                into.Add(new Loop(initializers.ToEquatableArray(), condition, steps.ToEquatableArray(), body, true, Counting(initializers, condition, steps, body)));
                return;
            }

            if (ProgramFacts.MayLeave(body))
            {
                // A continue would skip the steps moved to the body's end (a break skips them anyway, but leaves the body
                // followed by statements, which the sweeps do not take yet).
                Report(loop, "A for loop whose header declares or changes a floating-point value, with a break or continue in its body", "write it as a while loop: declare the value before it and change it at the end of the body, and before each continue", DiagnosticDescriptors.NotSupportedYet);
            }

            // for (double t = 0; t < end; t += dt) { body } runs as double t = 0; while (t < end) { body t += dt; }.
            into.AddRange(initializers);
            into.Add(new Loop(EquatableArray<Statement>.Empty, condition, EquatableArray<Statement>.Empty, body.Concat(steps).ToEquatableArray(), true, null));
        }

        /// <summary>
        /// Whether a for loop's initializer or step only declares or changes integers (<c>int i = 0</c>, <c>i++</c>, <c>j += 2</c>);
        /// not so for a floating-point value (<c>double t = 0</c>, <c>t += dt</c>), an array, a deconstruction or a call.
        /// </summary>
        private static bool DeclaresAndChangesIntegersOnly(IOperation header) => header switch
        {
            IVariableDeclarationGroupOperation group => group.Declarations.SelectMany(d => d.Declarators).All(d => RoslynNames.IsInteger(d.Symbol.Type)),
            IExpressionStatementOperation statement => DeclaresAndChangesIntegersOnly(statement.Operation),
            ISimpleAssignmentOperation or ICompoundAssignmentOperation => ((IAssignmentOperation)header).Target.Type is { } type && RoslynNames.IsInteger(type),
            IIncrementOrDecrementOperation step => step.Target.Type is { } type && RoslynNames.IsInteger(type),
            _ => false,
        };

        /// <summary><c>foreach (double v in x)</c>: a counting loop over x's indices whose body starts with <c>double v = x[index]</c>.</summary>
        private Loop LowerForEach(IForEachLoopOperation loop)
        {
            IOperation collection = WithoutConversions(loop.Collection);

            ILocalSymbol? element = (loop.LoopControlVariable as IVariableDeclaratorOperation)?.Symbol;
            bool floating = element != null && RoslynNames.IsFloatingPoint(element.Type);
            string? array = floating ? ArrayName(collection) : element != null && RoslynNames.IsInteger(element.Type) ? IntegerArrayName(collection) : null;
            if (array == null || element == null)
            {
                Report(loop.Collection, "The foreach over '" + loop.Collection.Syntax + "'", "foreach can walk a whole array or span of double, float or integer values that the method holds (a parameter, a local array or a field), one value at a time; for part of one (x[1..]), write a for loop over its indices", DiagnosticDescriptors.NotSupportedYet);
                return new Loop(EquatableArray<Statement>.Empty, new Truth(false), EquatableArray<Statement>.Empty, EquatableArray<Statement>.Empty, true, null);
            }

            string value = Declare(element, floating ? VariableKind.Scalar : VariableKind.Integer);
            string index = Fresh(VariableKind.Integer, value + "Index");
            var body = new List<Statement>
            {
                floating ? new DeclareScalar(value, new ElementRead(array, new IntegerRead(index), ConversionCast(RoslynNames.FloatingElementType(collection.Type!)))) : new DeclareInteger(value, new IntegerElement(array, new IntegerRead(index)), RoslynNames.Keyword(element.Type)),
            };
            walkedArrays.Add(array);
            LowerStatement(loop.Body, body);
            walkedArrays.RemoveAt(walkedArrays.Count - 1);
            body = ExitsTakenApart(body.ToEquatableArray()).ToList();
            CheckExits(loop, body);
            CheckAfterExits(body);
            Loop counting = CountingUp(index, new LengthOf(array), body.ToEquatableArray());
            return HasBreak(body) ? counting with { Counting = null } : counting;
        }

        /// <summary>A for loop's declarations or steps, as the header's statements (an integer stepped inside them stays there).</summary>
        private List<Statement> LowerHeader(IEnumerable<IOperation> operations)
        {
            var statements = new List<Statement>();
            headerDepth++;
            foreach (IOperation operation in operations)
            {
                LowerStatement(operation, statements);
            }

            headerDepth--;
            return statements;
        }

        /// <summary><c>for (int index = 0; index &lt; bound; index++) { body }</c>, a counting loop the lowering makes.</summary>
        private static Loop CountingUp(string index, Integer bound, EquatableArray<Statement> body) => new Loop(
            EquatableArray.Of<Statement>(new DeclareInteger(index, new IntegerNumber(0))),
            new IntegerComparison(ConditionOp.Less, new IntegerRead(index), bound),
            EquatableArray.Of<Statement>(new AssignInteger(index, new IntegerArithmetic(IrOp.Add, new IntegerRead(index), new IntegerNumber(1)))),
            body,
            true,
            new CountingLoop(index, new IntegerNumber(0), ConditionOp.Less, bound));

        private void LowerWhile(IWhileLoopOperation loop, List<Statement> into)
        {
            if (loop.Condition == null || loop.ConditionIsUntil)
            {
                Report(loop, "This loop", "write it as a while, do or for loop with a condition", DiagnosticDescriptors.NotSupportedYet);
                return;
            }

            int before = hoisted.Count;
            Test condition = LowerTest(loop.Condition);
            ReportCallsInCondition(loop, before);
            EquatableArray<Statement> body = ExitsTakenApart(LowerBlock(loop.Body));
            CheckExits(loop, body);
            CheckAfterExits(body);
            into.Add(new Loop(EquatableArray<Statement>.Empty, condition, EquatableArray<Statement>.Empty, body, loop.ConditionIsTop, null));
        }

        /// <summary>A call in a loop's condition would have to run before every test: not supported yet.</summary>
        private void ReportCallsInCondition(ILoopOperation loop, int before)
        {
            if (hoisted.Count > before)
            {
                Report(loop, "A call of a differentiable method in a loop's condition", "compute the value into a local before the loop and again at the end of its body, and test the local", DiagnosticDescriptors.NotSupportedYet);
                hoisted.RemoveRange(before, hoisted.Count - before);
            }
        }

        /// <summary>
        /// A bound holding a number an int counter cannot reach (<c>i &lt; 3000000000</c>, <c>i &gt;= long.MaxValue</c>): the loop
        /// is not counted, since counting it back would start the int counter there; it runs as the loop it is.
        /// </summary>
        private static bool BeyondInt(Integer bound) =>
            ExpressionWalk.SelfAndDescendants(bound).Any(n => n is IntegerNumber { Constant: < int.MinValue or > int.MaxValue });

        /// <summary>The counting shape, when the loop has it: one index declared, compared with a bound its body leaves alone, stepped by one.</summary>
        private static CountingLoop? Counting(List<Statement> initializers, Test condition, List<Statement> steps, EquatableArray<Statement> body)
        {
            if (initializers.Count != 1 || !(initializers[0] is DeclareInteger { Type: "int" } start) || steps.Count != 1 || !(steps[0] is AssignInteger step) || step.Name != start.Name)
            {
                return null;
            }

            int direction = step.Value switch
            {
                IntegerArithmetic { Op: IrOp.Add, Left: IntegerRead r, Right: IntegerNumber { Constant: 1 } } when r.Variable == start.Name => 1,
                IntegerArithmetic { Op: IrOp.Subtract, Left: IntegerRead r, Right: IntegerNumber { Constant: 1 } } when r.Variable == start.Name => -1,
                _ => 0,
            };
            if (!(condition is IntegerComparison { Left: IntegerRead index } comparison) || index.Variable != start.Name)
            {
                return null;
            }

            bool fits = direction == 1 ? comparison.Op == ConditionOp.Less || comparison.Op == ConditionOp.LessOrEqual
                : direction == -1 && (comparison.Op == ConditionOp.Greater || comparison.Op == ConditionOp.GreaterOrEqual);
            // Writing elements of an array does not change its length: h.Length stays a fine bound.
            var changed = new HashSet<string>(ProgramFacts.Assigned(body).Except(ProgramFacts.All(body).OfType<AssignElement>().Select(e => e.Array)));
            changed.UnionWith(ProgramFacts.All(body).OfType<DeclareArray>().Select(d => d.Name));
            if (!fits || changed.Contains(start.Name) || ProgramFacts.Reads(comparison.Right).Any(changed.Contains) || ProgramFacts.Reads(start.Value).Any(changed.Contains) || HasBreak(body)
                || BeyondInt(comparison.Right) || BeyondInt(start.Value))
            {
                return null;
            }

            return new CountingLoop(start.Name, start.Value, comparison.Op, comparison.Right);
        }

        /// <summary>
        /// Reports a break or continue that the reverse sweep cannot turn into branches: one in an if whose
        /// other paths go on, followed by more statements (<c>if (a) { if (b) break; s += x; } t += x;</c>).
        /// </summary>
        private void CheckExits(ILoopOperation at, IReadOnlyList<Statement> body)
        {
            if (!ExitsNormalize(body))
            {
                Report(at, "A break or continue inside an if that other statements follow", "write the test that leaves the loop as one if directly in the loop's body (if (a && b) break;)", DiagnosticDescriptors.NotSupportedYet);
            }
        }

        private static bool ExitsNormalize(IReadOnlyList<Statement> block)
        {
            for (int i = 0; i < block.Count; i++)
            {
                if (!(block[i] is IfStatement branch))
                {
                    continue;
                }

                foreach (IReadOnlyList<Statement> arm in new IReadOnlyList<Statement>[] { branch.Then, branch.Else })
                {
                    if (ProgramFacts.MayLeave(arm) && !ProgramFacts.AlwaysLeaves(arm) && (!ExitsNormalize(arm) || i != block.Count - 1))
                    {
                        return false;
                    }
                }
            }

            return true;
        }


        /// <summary>A break that leaves this loop (not one inside a nested loop).</summary>
        private static bool HasBreak(IEnumerable<Statement> body) => body.Any(s => s switch
        {
            Break => true,
            IfStatement branch => HasBreak(branch.Then) || HasBreak(branch.Else),
            _ => false,
        });

        /// <summary>A <c>for</c>, <c>foreach</c>, <c>while</c> or <c>do</c> loop.</summary>
        private void LowerLoop(ILoopOperation loop, List<Statement> into)
        {
            switch (loop)
            {
                case IForLoopOperation f:
                    LowerFor(f, into);
                    break;
                case IForEachLoopOperation each:
                    into.Add(LowerForEach(each));
                    break;
                case IWhileLoopOperation w:
                    LowerWhile(w, into);
                    break;
                default:
                    ReportAt(loop.Syntax, UnsupportedConstructs.Classify(loop));
                    break;
            }
        }

        /// <summary>True when a loop of the method encloses the operation.</summary>
        private static bool InsideLoop(IOperation operation)
        {
            for (IOperation? at = operation.Parent; at != null; at = at.Parent)
            {
                if (at is ILoopOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The array (or span) and the index of an element access, if <paramref name="operation"/> is one.</summary>
        private static (IOperation Array, IOperation Index)? ElementOf(IOperation operation) => operation switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element => (element.ArrayReference, element.Indices[0]),
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } span } indexer when span.Type is INamedTypeSymbol named && RoslynNames.IsSpan(named) => (span, indexer.Arguments[0].Value),

            // span[^1]: the span's indexer reached through its Length, the index read from the end.
            IImplicitIndexerReferenceOperation { Instance: { } span, Argument: IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } fromEnd } when span.Type is INamedTypeSymbol named && RoslynNames.IsSpan(named) => (span, fromEnd),
            _ => null,
        };

    }
}
