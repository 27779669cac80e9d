using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Returns in the method's last statements, after its loops (<c>if (count == 0) return 0; return sum / count;</c>): the
    /// rest of the body after such an <c>if</c> becomes its <c>else</c>, so it never runs where the return is taken (a mean
    /// of nothing would divide by zero there), and the method returns a local both sides set.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>
        /// Lowers <paramref name="operations"/> from <paramref name="start"/> when the first is <c>if (test) return e;</c> (no
        /// else) and what follows holds no loop and no array declaration: the if's other side is the rest; false when not
        /// that shape (a guard clause before the work is an early return instead, <see cref="TryLowerEarlyReturn"/>).
        /// </summary>
        private bool TryLowerTailReturns(IReadOnlyList<IOperation> operations, int start, List<Statement> into)
        {
            if (loopFree || !ReferenceEquals(into, topLevel) || DeclaredValues.Of(into) != null || !IsTail(operations, start))
            {
                return false;
            }

            string result = Fresh(VariableKind.Scalar, "result");
            into.Add(new DeclareScalar(result, new Number(0)));
            branchDepth++;
            try
            {
                LowerTail(operations, start, into, result);
            }
            finally
            {
                branchDepth--;
            }

            into.Add(new Return(new Read(result)));
            returned = true;
            return true;
        }

        /// <summary>
        /// Whether <paramref name="operations"/> from <paramref name="start"/> are a tail: an <c>if (test) return e;</c> first,
        /// then statements with no loop, no array declaration and no local function, each return either another such
        /// <c>if</c> or the last statement (only local functions may follow it).
        /// </summary>
        private static bool IsTail(IReadOnlyList<IOperation> operations, int start)
        {
            // Local functions declared after the last return (C# allows them anywhere in the block) are not statements that run.
            int last = operations.Count - 1;
            while (last > start && operations[last] is ILocalFunctionOperation)
            {
                last--;
            }

            if (start >= last || !IsReturningIf(operations[start]) || !(operations[last] is IReturnOperation { ReturnedValue: not null }))
            {
                return false;
            }

            for (int i = start; i <= last; i++)
            {
                IOperation operation = operations[i];
                if (operation.DescendantsAndSelf().Any(o => o is ILoopOperation or ILocalFunctionOperation || o is IVariableDeclaratorOperation d && RoslynNames.FloatingElementType(d.Symbol.Type) != null)
                    || (!IsReturningIf(operation) && i < last && operation.DescendantsAndSelf().OfType<IReturnOperation>().Any()))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsReturningIf(IOperation operation) =>
            operation is IConditionalOperation { WhenFalse: null } branch && ReturnOf(branch.WhenTrue) is IReturnOperation { ReturnedValue: not null };

        /// <summary>The tail from <paramref name="start"/> into <paramref name="into"/>, each return setting <paramref name="result"/>.</summary>
        private void LowerTail(IReadOnlyList<IOperation> operations, int start, List<Statement> into, string result)
        {
            for (int i = start; i < operations.Count; i++)
            {
                switch (operations[i])
                {
                    case IConditionalOperation branch when IsReturningIf(branch):
                        (Test test, List<Statement> beforeTest) = Hoisting(() => LowerTest(branch.Condition));
                        (Value value, List<Statement> then) = Hoisting(() => LowerValue(ReturnOf(branch.WhenTrue)!.ReturnedValue!));
                        then.Add(new AssignScalar(result, value));
                        var otherwise = new List<Statement>();
                        LowerTail(operations, i + 1, otherwise, result);
                        var statement = new IfStatement(test, then.ToEquatableArray(), otherwise.ToEquatableArray());
                        into.AddRange(beforeTest);
                        into.Add(statement);
                        Locate(beforeTest.Concat(then).Append(statement), branch);
                        return;
                    case IReturnOperation ret:
                        (Value returnedValue, List<Statement> last) = Hoisting(() => LowerValue(ret.ReturnedValue!));
                        last.Add(new AssignScalar(result, returnedValue));
                        into.AddRange(last);
                        Locate(last, ret);
                        return;
                    default:
                        LowerStatement(operations[i], into);
                        break;
                }
            }
        }
    }
}
