using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// A loop that only an <c>if</c> guards (<c>if (useRidge) for (...) penalty += w[i] * w[i];</c>): the same loop with the
    /// guard joined to its condition (<c>useRidge &amp;&amp; i &lt; n</c>), where nothing the loop changes is read by the guard,
    /// so the guard holds at every test as it did once. The sweeps take loops, not loops inside an if.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>Lowers <c>if (c) loop</c> (no else; the loop alone, or after declarations of constants) as the loop tested with c; false when it is not that shape.</summary>
        private bool TryLowerGuardedLoop(IConditionalOperation branch, List<Statement> into)
        {
            if (loopFree || branch.WhenFalse != null)
            {
                return false;
            }

            IBlockOperation? block = branch.WhenTrue as IBlockOperation;
            IReadOnlyList<IOperation> statements = block != null ? block.Operations : new[] { branch.WhenTrue };
            if (statements.Count == 0 || !(statements[statements.Count - 1] is ILoopOperation last))
            {
                return false;
            }

            if (!Guardable(last) || !statements.Take(statements.Count - 1).All(DeclaresConstants))
            {
                // Taken apart as an if that holds a loop (LowerBranchWithLoops): the header's and the declarations' values
                // would run whether or not the test holds.
                return false;
            }

            if (ChangedAndRead(branch.Condition, statements) != null)
            {
                // C# tests the guard once; joined to the condition it would be tested before every iteration: the if is kept
                // in an integer local instead (LowerBranchWithLoops).
                return false;
            }

            if (block != null)
            {
                // The declarations join the enclosing statements: names of their own there.
                ReserveNames(block.Locals);
            }

            Test guard = LowerTest(branch.Condition);
            foreach (IOperation declaration in statements.Take(statements.Count - 1))
            {
                LowerStatement(declaration, into);
            }

            var lowered = new List<Statement>();
            LowerStatement(statements[statements.Count - 1], lowered);
            foreach (Statement statement in lowered)
            {
                // The loop itself (and what lowering put before it, a call its condition makes); any counting shape is gone with the guard.
                into.Add(statement is Loop loop ? loop with { Condition = new Logic(ConditionOp.And, guard, loop.Condition), Counting = null } : statement);
            }

            return true;
        }

        /// <summary>
        /// A for (integer header), foreach or while loop whose condition comes first and whose header changes nothing outside it
        /// and reads no element, calls nothing and divides no integers: its header may run whether or not the guard holds.
        /// </summary>
        private static bool Guardable(ILoopOperation statement) => statement switch
        {
            IForLoopOperation loop when !loop.Before.Concat(loop.AtLoopBottom).All(DeclaresAndChangesIntegersOnly) => false,

            // Its header's declarations run whether or not the guard holds: none may read an element or call anything
            // (for (int i = (int)x[0]; ...) under if (x.Length > 0) would throw where the method does not).
            IForLoopOperation loop when !loop.Before.All(b => b is IVariableDeclarationGroupOperation) => false,
            IForLoopOperation loop when loop.Before.Any(b => b.DescendantsAndSelf().Any(MayThrow)) => false,
            IForLoopOperation or IForEachLoopOperation => true,
            IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false, Condition: not null } => true,
            _ => false,
        };

        /// <summary>An element read, a call or an integer division: what may throw where the guard would have skipped it.</summary>
        private static bool MayThrow(IOperation operation) =>
            operation is IArrayElementReferenceOperation or IInvocationOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
            || operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder, Type.SpecialType: not SpecialType.System_Double and not SpecialType.System_Single };

        /// <summary><c>int i = 0;</c>, <c>double s = 0;</c>: declarations whose values are constants, which may run whether or not the guard holds.</summary>
        private static bool DeclaresConstants(IOperation statement) =>
            statement is IVariableDeclarationGroupOperation group
            && group.Declarations.SelectMany(d => d.Declarators).All(d => d.GetVariableInitializer()?.Value.ConstantValue.HasValue ?? true);

        /// <summary>
        /// A local or parameter the statements change (an array, when they write an element of it) that the guard reads, or null;
        /// what a local function it calls reads counts too (bool Small() => s &lt; 1; joined to the condition, it would read s at
        /// every test), as do the writes of those the statements call.
        /// </summary>
        private ISymbol? ChangedAndRead(IOperation guard, IEnumerable<IOperation> statements)
        {
            var changed = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (IOperation operation in WithLocalFunctionsCalled(statements))
            {
                IOperation? target = operation switch
                {
                    IAssignmentOperation assignment => assignment.Target,
                    IIncrementOrDecrementOperation step => step.Target,
                    _ => null,
                };
                changed.UnionWith(target == null ? Enumerable.Empty<ISymbol>() : Written(target));
            }

            return WithLocalFunctionsCalled(new[] { guard }).Select(SymbolOf).FirstOrDefault(read => read != null && changed.Contains(read));
        }

        /// <summary>
        /// What an assignment to <paramref name="target"/> changes: the local or parameter, the array of an element (not what
        /// its index reads: buf[x.Length - 1] = v changes buf, not x), each part of a tuple; all it reads, for another target.
        /// </summary>
        private static IEnumerable<ISymbol> Written(IOperation target) => target switch
        {
            ITupleOperation tuple => tuple.Elements.SelectMany(Written),
            IDeclarationExpressionOperation declaration => Written(declaration.Expression),
            IConversionOperation conversion => Written(conversion.Operand),
            IArrayElementReferenceOperation element => Written(element.ArrayReference),
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => Written(instance),
            IImplicitIndexerReferenceOperation indexer => Written(indexer.Instance),
            _ when SymbolOf(target) is ISymbol symbol => new[] { symbol },
            _ => target.DescendantsAndSelf().Select(SymbolOf).OfType<ISymbol>(),
        };

        /// <summary>The operations of <paramref name="roots"/> and of the bodies of the local functions they call, and those call, each once.</summary>
        private IEnumerable<IOperation> WithLocalFunctionsCalled(IEnumerable<IOperation> roots)
        {
            var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<IOperation>(roots);
            while (pending.Count > 0)
            {
                foreach (IOperation operation in pending.Pop().DescendantsAndSelf())
                {
                    yield return operation;
                    if (operation is IInvocationOperation call && CallsLocalFunction(call, out ILocalFunctionOperation? function) && seen.Add(function!.Symbol))
                    {
                        pending.Push(function);
                    }
                }
            }
        }

        /// <summary>The local, parameter or field an operation reads or writes as a whole (an element's array is its array reference).</summary>
        private static ISymbol? SymbolOf(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
    }
}
