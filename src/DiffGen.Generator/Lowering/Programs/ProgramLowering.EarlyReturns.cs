using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
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

        private readonly List<(Location Location, string Written)> earlyReturnTests = new List<(Location, string)>();

        /// <summary>Where each early return's test stands and how the source writes it, in the order of <see cref="LoopProgram.EarlyReturns"/>.</summary>
        public IReadOnlyList<(Location Location, string Written)> EarlyReturnTests => earlyReturnTests;

        /// <summary>
        /// Lowers <c>if (test) return value;</c> (no else) as an early return when only guards and quiet declarations
        /// (<see cref="DeclaredValues"/>) come before it; false when it is not that shape, or when its test or value
        /// calls a method (a call is a statement of its own in a method with loops or arrays).
        /// </summary>
        private bool TryLowerEarlyReturn(IConditionalOperation branch, List<Statement> into)
        {
            string? throws = ThrowOf(branch.WhenTrue) is IThrowOperation { Exception: { } thrown } ? ThrownCode(thrown) : null;
            // A loop-free body's return from a branch is a choice of its result (StraightLineBody); a check that throws is a guard.
            if ((loopFree && throws == null) || !ReferenceEquals(into, topLevel) || branch.WhenFalse != null || hoisted.Count > 0
                || !(ReturnOf(branch.WhenTrue) is IReturnOperation { ReturnedValue: { } } || throws != null)
                || !(DeclaredValues.Of(into) is DeclaredValues declared))
            {
                return false;
            }

            Test test = LowerTest(branch.Condition);
            Value value = throws != null ? new Number(0) : LowerValue(ReturnOf(branch.WhenTrue)!.ReturnedValue!);
            if (hoisted.Count > 0)
            {
                string called = hoisted.OfType<DeclareScalar>().Select(d => d.Value).OfType<CallValue>().Select(c => "'" + c.Written + "'").FirstOrDefault() ?? "a method";
                Report(branch, "The call of " + called + " in a guard clause (if (...) return ...;)", "a guard clause is tested before the method's work and calls nothing; compute the rest first and choose at the end (return test ? value : rest;)", Diagnostics.DiagnosticDescriptors.NotSupportedYet);
                return true;
            }

            Test rewritten = declared.Of(test);
            if (rewritten is Comparison same && same.Left.Equals(same.Right) && DeclaredValues.ConstantComparison(rewritten) == null)
            {
                // (Two constants, float t1 = 1f; float t2 = t1; if (t2 <= t1), are the comparison of constants below.)
                // float t1 = x; if (x == t1): written out as every member tests it first, x == x (the NaN test) or x < x, which the
                // simplifier decides as algebra (true, false), leaving code C# finds unreachable (CS0162).
                Report(branch.Condition, "The condition '" + UnsupportedConstructs.Shorten(branch.Condition.Syntax) + "'", LoweringAdvice.SelfComparison);
                return true;
            }

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
            earlyReturns.Add(new EarlyReturn(rewritten, declared.Of(value), copies.Of(test), copies.Of(value), throws));
            earlyReturnTests.Add((branch.Condition.Syntax.GetLocation(), UnsupportedConstructs.Shorten(branch.Condition.Syntax)));
            return true;
        }

        /// <summary>
        /// While a top-level loop whose returns leave it early is lowered (<see cref="TryLowerLoopWithReturns"/>): the local that
        /// keeps the value returned, and the integer flag that says a return was taken; null otherwise.
        /// </summary>
        private (string Value, string Flag, HashSet<IReturnOperation> Returns)? leavingLoop;

        /// <summary>The flag and value of the loop whose returns the method's last return chooses between, once lowered.</summary>
        private (string Value, string Flag)? leftLoop;

        /// <summary>
        /// A loop that returns from inside (<c>for (...) { s += w[i] * x[i]; if (s &gt; 10) return s; }</c>) directly before the
        /// method's last <c>return f;</c>: each <c>if (test) return e;</c> of its body becomes
        /// <c>if (test) { returnedValue = e; returnedEarly = 1; break; }</c>, and the last return
        /// <c>return returnedEarly == 1 ? returnedValue : f;</c>, as a person rewrites it. False when the loop is not that
        /// shape (a return in a nested loop or branch, or statements between the loop and the last return).
        /// </summary>
        private bool TryLowerLoopWithReturns(ILoopOperation loop, List<Statement> into)
        {
            if (loopFree || !ReferenceEquals(into, topLevel) || leftLoop != null
                || !(loop.Parent is IBlockOperation { Parent: IMethodBodyOperation } top))
            {
                return false;
            }

            // Before the last return, or the method's last statement when it never ends but by a return (while (true)).
            int at = top.Operations.IndexOf(loop);
            bool last = top.Operations.Skip(at + 1).All(o => o is ILocalFunctionOperation) && EndsOnlyByReturning(loop);
            if (!last && (at + 1 >= top.Operations.Length || !(top.Operations[at + 1] is IReturnOperation)))
            {
                return false;
            }

            // A local function declared in the body (double Sq(double u) => u * u;) returns from itself, not from the loop.
            var returns = loop.Body.DescendantsAndSelf().OfType<IReturnOperation>().Where(r => !InFunctionOf(r, loop)).ToList();
            if (returns.Count == 0 || !returns.All(r => IsLoopExit(r, loop)))
            {
                return false;
            }

            string value = Fresh(VariableKind.Scalar, "returnedValue");
            string flag = Fresh(VariableKind.Integer, "returnedEarly");
            into.Add(new DeclareScalar(value, new Number(0)));
            into.Add(new DeclareInteger(flag, new IntegerNumber(0)));
            leavingLoop = (value, flag, new HashSet<IReturnOperation>(returns));
            try
            {
                LowerLoop(loop, into);
            }
            finally
            {
                leavingLoop = null;
            }

            if (last)
            {
                // No return after it: the loop ends only where one of its returns is taken.
                into.Add(new Return(new Read(value)));
                returned = true;
                return true;
            }

            leftLoop = (value, flag);
            return true;
        }

        /// <summary>A loop whose condition is the constant true (<c>while (true)</c>, <c>for (;;)</c>): the compiler proves its end unreachable, so a method may end with it.</summary>
        private static bool EndsOnlyByReturning(ILoopOperation loop) => loop switch
        {
            IWhileLoopOperation { Condition: { ConstantValue: { HasValue: true, Value: true } } } => true,
            IForLoopOperation { Condition: null } => true,
            IForLoopOperation { Condition: { ConstantValue: { HasValue: true, Value: true } } } => true,
            _ => false,
        };

        /// <summary>Whether <paramref name="ret"/> returns from a local function or lambda declared inside <paramref name="loop"/>.</summary>
        private static bool InFunctionOf(IReturnOperation ret, ILoopOperation loop)
        {
            for (IOperation? at = ret.Parent; at != null && !ReferenceEquals(at, loop); at = at.Parent)
            {
                if (at is ILocalFunctionOperation or IAnonymousFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>if (test) return e;</c> (no else) directly in <paramref name="loop"/>'s body.</summary>
        private static bool IsLoopExit(IReturnOperation ret, ILoopOperation loop)
        {
            IOperation branch = ret.Parent is IBlockOperation { Operations.Length: 1 } only ? only : ret;
            return ret.ReturnedValue != null
                && branch.Parent is IConditionalOperation { WhenFalse: null } test && ReferenceEquals(test.WhenTrue, branch)
                && (ReferenceEquals(test.Parent, loop) || (test.Parent is IBlockOperation body && ReferenceEquals(body.Parent, loop)));
        }

        /// <summary>A return that leaves the loop being lowered (<see cref="TryLowerLoopWithReturns"/>): its value kept, the flag set, the loop left.</summary>
        private bool TryLowerLoopExit(IReturnOperation ret, List<Statement> into)
        {
            if (!(leavingLoop is (string value, string flag, HashSet<IReturnOperation> returns)) || !returns.Contains(ret))
            {
                return false;
            }

            into.Add(new AssignScalar(value, LowerValue(ret.ReturnedValue!)));
            into.Add(new AssignInteger(flag, new IntegerNumber(1)));
            into.Add(new Break());
            return true;
        }

        /// <summary>
        /// The calls of the method's last return after a loop that returns (<c>return Root(s);</c>), each given a local before
        /// it: computed only where the loop did not return, as in the source, so that neither the call nor its derivative
        /// runs where the source does not call it (<c>double root = 0; if (returnedEarly == 0) { double root2 = Root(s);
        /// root = root2; }</c>, as a person writes it: a derivative that is not finite there, times the adjoint 0, was NaN;
        /// an element the callee reads might not exist). A call passing an array with a derivative cannot be in an if yet: DIFF015.
        /// </summary>
        private void OnlyWhereTheLoopDidNotReturn(IReturnOperation ret, List<Statement> into)
        {
            string flag = leftLoop!.Value.Flag;
            var calls = new List<Statement>();
            foreach (Statement statement in hoisted)
            {
                if (statement is DeclareScalar { Value: CallValue call } declared)
                {
                    if (call.Arguments.Any(a => a.Array != null && a.HasDerivative))
                    {
                        Report(ret, "The call to '" + call.Callee + "' with an array argument in the last return after a loop that returns from inside", "the generated code would call it also where the loop returned, which the method does not; call it before the loop, or leave the loop with break and an integer flag and call it where the flag says the loop ran to its end", Diagnostics.DiagnosticDescriptors.NotSupportedYet);
                        return;
                    }

                    string inner = Fresh(VariableKind.Scalar, declared.Name);
                    into.Add(Located(new DeclareScalar(declared.Name, new Number(0)), ret));
                    calls.Add(Located(new DeclareScalar(inner, call), ret));
                    calls.Add(Located(new AssignScalar(declared.Name, new Read(inner)), ret));
                }
                else
                {
                    calls.Add(statement);
                }
            }

            hoisted.Clear();
            into.Add(new IfStatement(FlagIs(flag, 0), calls.ToEquatableArray(), EquatableArray<Statement>.Empty));
        }

        private Statement Located(Statement statement, IOperation at)
        {
            locations[statement] = at.Syntax.GetLocation();
            return statement;
        }

        /// <summary>The method's last return, choosing the value a loop's return kept where one was taken.</summary>
        private Value LastReturned(Value value) => leftLoop is (string kept, string flag)
            ? new Choice(FlagIs(flag, 1), new Read(kept), value)
            : value;

        /// <summary>The <c>throw</c> a guard's side is, alone or in a block of its own.</summary>
        private static IThrowOperation? ThrowOf(IOperation branch) => branch switch
        {
            IThrowOperation thrown => thrown,
            IExpressionStatementOperation { Operation: IThrowOperation thrown } => thrown,
            IBlockOperation { Operations.Length: 1 } block => ThrowOf(block.Operations[0]),
            _ => null,
        };

        /// <summary>
        /// <c>new T(arguments)</c> as every generated member creates it: the exception type fully qualified and the arguments
        /// as the source writes them, where they read only constants, <c>nameof</c>, parameters and their lengths, in strings
        /// and interpolations (the generated file has no using directives, and no local of the body exists before the guard);
        /// null otherwise (the throw is then reported as before).
        /// </summary>
        private string? ThrownCode(IOperation thrown)
        {
            if (!(WithoutConversions(thrown) is IObjectCreationOperation { Constructor: { } constructor, Initializer: null } creation)
                || !creation.Arguments.All(a => a.ArgumentKind == ArgumentKind.Explicit && (a.Value.ConstantValue is { HasValue: true, Value: string } || a.Value.DescendantsAndSelf().All(IsPrintableInAGuard))))
            {
                return null;
            }

            string type = constructor.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return "new " + type + "(" + string.Join(", ", creation.Arguments.Select(GuardArgument)) + ")";
        }

        /// <summary>
        /// An argument as the generated member writes it: a constant string as its literal (<c>nameof(Math)</c> would need a using
        /// directive the generated file lacks), anything else as the source writes it, its name kept (<c>paramName: ...</c>).
        /// </summary>
        private static string GuardArgument(IArgumentOperation argument)
        {
            string name = argument.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax { NameColon: { } colon } ? colon.ToString() + " " : string.Empty;
            return argument.Value.ConstantValue is { HasValue: true, Value: string text }
                ? name + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true)
                : argument.Syntax.ToString();
        }

        /// <summary>Whether a part of a thrown exception's argument can stand in the generated file as the source writes it.</summary>
        private bool IsPrintableInAGuard(IOperation o) => o switch
        {
            ILiteralOperation or IInterpolatedStringOperation or IInterpolatedStringTextOperation or IInterpolationOperation => true,

            // Inside a string the source builds, nameof of a parameter only: another name may need a using directive (a constant
            // argument, nameof(Math) among them, is written as its string).
            INameOfOperation { Argument: IParameterReferenceOperation } => true,
            IConversionOperation { OperatorMethod: null } => true,
            IBinaryOperation { OperatorMethod: null } or IBinaryOperation { OperatorMethod.ContainingType.SpecialType: SpecialType.System_String } => true,
            IParameterReferenceOperation p => names.ContainsKey(p.Parameter),
            IPropertyReferenceOperation { Property.Name: "Length", Instance: IParameterReferenceOperation } => true,
            { ConstantValue.HasValue: true } => true,
            _ => false,
        };

        /// <summary>The return statement <paramref name="branch"/> is made of (<c>return e;</c> or <c>{ return e; }</c>), or null.</summary>
        private static IReturnOperation? ReturnOf(IOperation branch) => branch switch
        {
            IReturnOperation ret => ret,
            IBlockOperation { Operations.Length: 1 } block => ReturnOf(block.Operations[0]),
            _ => null,
        };
    }
}
