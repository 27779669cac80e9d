using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Guard clauses before a method's work (<c>if (x.Length == 0) return 0;</c>, <c>if (alpha + beta &gt;= 1) return 1e10;</c>):
    /// kept apart from the body as <see cref="EarlyReturn"/>s, which every generated member tests first. The body's loops then
    /// never run where a guard returns, as in the source: a gradient computed through them there could divide by zero.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        private readonly List<EarlyReturn> earlyReturns = new List<EarlyReturn>();

        /// <summary>
        /// Lowers <c>if (test) return value;</c> (no else) as an early return when only guards and quiet declarations
        /// (<see cref="DeclaredValues"/>) come before it; false when it is not that shape, or when its test or value
        /// calls a method (a call is a statement of its own in a method with loops or arrays).
        /// </summary>
        private bool TryLowerEarlyReturn(IConditionalOperation branch, List<Statement> into)
        {
            if (loopFree || !ReferenceEquals(into, topLevel) || branch.WhenFalse != null || hoisted.Count > 0
                || !(ReturnOf(branch.WhenTrue) is IReturnOperation { ReturnedValue: { } returned })
                || !(DeclaredValues.Of(into) is DeclaredValues declared))
            {
                return false;
            }

            Test test = LowerTest(branch.Condition);
            Value value = LowerValue(returned);
            if (hoisted.Count > 0)
            {
                string called = hoisted.OfType<DeclareScalar>().Select(d => d.Value).OfType<CallValue>().Select(c => "'" + c.Written + "'").FirstOrDefault() ?? "a method";
                Report(branch, "The call of " + called + " in a guard clause (if (...) return ...;)", "a guard clause is tested before the method's work and calls nothing; compute the rest first and choose at the end (return test ? value : rest;)", Diagnostics.DiagnosticDescriptors.NotSupportedYet);
                return true;
            }

            Test rewritten = declared.Of(test);
            if (DeclaredValues.ConstantComparison(rewritten) != null)
            {
                // double lim = 2; if (n == 0 || lim > 1) return 0;: tested first, as 2 > 1, the test is folded by C#, and the code
                // after the guard (or in it) is unreachable (CS0162, an error where warnings are).
                Report(branch.Condition, "A guard clause whose test compares locals declared with constant values ('" + branch.Condition.Syntax + "')", "every generated member tests a guard clause first, with the locals it reads written as the values they are declared with, and a comparison of constants there would make code unreachable; drop the comparison whose outcome never changes, or compare a parameter", Diagnostics.DiagnosticDescriptors.NotSupportedYet);
                return true;
            }

            // The comment shows the source's names: a parameter the body assigns is read through its copy, which it names back.
            var copyNames = new HashSet<string>(copiedParameters.Select(q => names[q]), System.StringComparer.Ordinal);
            DeclaredValues copies = DeclaredValues.Of(into.Where(s => s is DeclareScalar d && copyNames.Contains(d.Name)))!;
            earlyReturns.Add(new EarlyReturn(rewritten, declared.Of(value), copies.Of(test), copies.Of(value)));
            return true;
        }

        /// <summary>The return statement <paramref name="branch"/> is made of (<c>return e;</c> or <c>{ return e; }</c>), or null.</summary>
        private static IReturnOperation? ReturnOf(IOperation branch) => branch switch
        {
            IReturnOperation ret => ret,
            IBlockOperation { Operations.Length: 1 } block => ReturnOf(block.Operations[0]),
            _ => null,
        };
    }
}
