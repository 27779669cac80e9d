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

            string? why = WhyNotGuarded(last) ?? (statements.Take(statements.Count - 1).All(DeclaresConstants) ? null
                : "an if alone may guard a loop after declarations of constants only (int i = 0;), which run whether or not its test holds: declare the other locals before the if, or put the if inside the loop");
            if (why != null)
            {
                // Lowered as an if: its "A loop inside an if" says what keeps this one from being guarded.
                unguardedLoops[last] = why;
                return false;
            }

            if (branchDepth > 0)
            {
                // Guarded all the same, so that the loop's own "A loop inside an if" is reported with this advice.
                unguardedLoops[last] = "an if alone may guard a loop outside other ifs and switch sections; join the tests into one if (if (a && b) for (...)), or put the if inside the loop";
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

        /// <summary>Loops alone in an if that are not guarded by it, each with the advice of its "A loop inside an if".</summary>
        private readonly Dictionary<IOperation, string> unguardedLoops = new Dictionary<IOperation, string>();

        /// <summary>
        /// Null for a for (integer header), foreach or while loop: one whose condition comes first and whose header changes
        /// nothing outside it; else the advice for a loop an if cannot guard so.
        /// </summary>
        private static string? WhyNotGuarded(ILoopOperation statement) => statement switch
        {
            IForLoopOperation loop when !loop.Before.Concat(loop.AtLoopBottom).All(DeclaresAndChangesIntegersOnly) =>
                "an if alone may guard a for loop whose header declares and steps integer counters only; declare the other values before the if (inside it, when they are constants) and change them at the end of a while loop's body (if (c) { double t = 0; while (t < end) { ...; t += dt; } }), or put the if inside the loop",

            // Its header's declarations run whether or not the guard holds: none may read an element or call anything
            // (for (int i = (int)x[0]; ...) under if (x.Length > 0) would throw where the method does not).
            IForLoopOperation loop when !loop.Before.All(b => b is IVariableDeclarationGroupOperation) =>
                "an if alone may guard a for loop whose header declares its counters (for (int i = 0; ...)), for the header runs whether or not the test holds; declare the counter in the header, or assign it before the if (i = 0; if (c) for (; i < n; i++) ...)",
            IForLoopOperation loop when loop.Before.Any(b => b.DescendantsAndSelf().Any(MayThrow)) =>
                "an if alone may guard a for loop whose header reads no element, calls nothing and divides no integers, for the header runs whether or not the test holds; put the if inside the loop",
            IForLoopOperation or IForEachLoopOperation => null,
            IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false, Condition: not null } => null,
            IWhileLoopOperation { ConditionIsTop: false } =>
                "an if alone may guard a for, foreach or while loop, whose test comes first; write the do loop as a while loop, or put the if inside the loop",
            _ => "put the if inside the loop",
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
