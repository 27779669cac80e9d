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
    /// An if that holds loops or local arrays (<c>if (useWindow) { double s = 0; for (...) s += x[i]; total += s; }</c>), and the
    /// rest of an iteration after <c>if (r &gt; cutoff) continue;</c> when it holds them: the sweeps take loops and arrays outside
    /// ifs, so the if becomes what it means without one. Its test is kept once in an integer local (<c>int taken = useWindow ?
    /// 1 : 0;</c>), which nothing changes afterwards; each run of other statements is an if on that local; each loop runs only
    /// where it holds (a counting loop counts to where it started: <c>i &lt; (taken == 1 ? n : 0)</c>; another tests it first);
    /// each array is made empty where it does not hold; the locals the if declared are declared before it.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>Depth of the ifs being lowered that <see cref="FlattenBranch"/> will take apart: their loops and arrays are not reported.</summary>
        private int flatteningDepth;

        /// <summary>While <see cref="FlattenBranch"/> takes apart the rest of an iteration after <c>if (...) continue;</c> or <c>break;</c>: which of the two; else null.</summary>
        private string? restAfter;

        /// <summary>
        /// Whether one side of an if holds a loop, declares a local array of floating-point values (outside its own loops), or
        /// passes an array to a call that differentiates it.
        /// </summary>
        private bool HoldsLoopOrArray(IOperation? side) =>
            side != null && (IsLoopOrArray(side) || PassesDifferentiatedArray(side) || side.ChildOperations.Any(child => !(child is ILocalFunctionOperation) && HoldsLoopOrArray(child)));

        /// <summary>
        /// Whether a declaration or expression statement calls a method whose derivative is known, passing it an array that
        /// method differentiates (<c>loss += lambda * Penalty(w);</c>): the sweeps take such a call in a loop, not in an if.
        /// </summary>
        private bool PassesDifferentiatedArray(IOperation statement) =>
            statement is IExpressionStatementOperation or IVariableDeclarationGroupOperation
            && statement.Descendants().OfType<IInvocationOperation>().Any(call =>
                CallLowering.HasKnownDerivative(call.TargetMethod, method, out IMethodSymbol? custom)
                && call.Arguments.Any(a => a.Parameter is IParameterSymbol parameter && RoslynNames.FloatingElementType(parameter.Type) != null
                    && CallLowering.Differentiated(call.TargetMethod, custom).Contains(parameter.Name)));

        /// <summary>
        /// Lowers an if that holds loops or local arrays as <see cref="FlattenBranch"/> takes it apart. Ifs nested with nothing
        /// else around them and no else, <c>if (a) { if (b) { ... } }</c>, are the one if C# makes them, <c>if (a &amp;&amp; b)</c>:
        /// one test, kept once (an update made only where both hold is then an update under one test, which the sweeps read).
        /// </summary>
        private void LowerBranchWithLoops(IConditionalOperation outer, List<Statement> into)
        {
            (Test test, IConditionalOperation branch) = JoinedTests(outer);

            // Its locals are declared before it, among the enclosing block's: names of their own there.
            ReserveNames(DeclaredOutsideLoops(branch.WhenTrue).Concat(DeclaredOutsideLoops(branch.WhenFalse)));
            branchDepth++;
            flatteningDepth++;
            EquatableArray<Statement> whenTrue = LowerBlock(branch.WhenTrue);
            pathReturned = false;
            EquatableArray<Statement> whenFalse = LowerBlock(branch.WhenFalse);
            pathReturned = false;
            flatteningDepth--;
            branchDepth--;
            FlattenBranch(test, whenTrue, whenFalse, "taken", null, into);
        }

        /// <summary>
        /// The test of an if and of the ifs nested in it with nothing else around them and no else (<c>if (a) { if (b) { ... } }</c>),
        /// joined as C# runs them (<c>a &amp;&amp; b</c>), with the innermost if, whose sides are the statements that run: in a
        /// method with loops (a loop-free method reads nested ifs as they stand), where the innermost side neither leaves nor
        /// returns (those are read where they stand, as guard clauses and early stops).
        /// </summary>
        private (Test Test, IConditionalOperation Innermost) JoinedTests(IConditionalOperation branch)
        {
            Test test = LowerTest(branch.Condition);
            while (!loopFree && branch.WhenFalse == null && OnlyStatement(branch.WhenTrue) is IConditionalOperation { WhenFalse: null } inner
                && !inner.WhenTrue.DescendantsAndSelf().Any(o => o is IReturnOperation or IBranchOperation or IThrowOperation))
            {
                test = new Logic(ConditionOp.And, test, LowerTest(inner.Condition));
                branch = inner;
            }

            return (test, branch);
        }

        /// <summary>The one statement a side of an if holds, in a block of its own or not; null for a block of several (or none).</summary>
        private static IOperation? OnlyStatement(IOperation side) =>
            side is IBlockOperation { Operations.Length: 1 } block && block.Locals.IsEmpty ? OnlyStatement(block.Operations[0]) : side is IBlockOperation ? null : side;

        /// <summary>The locals a statement declares, not counting those of its loops (their bodies stay blocks of their own).</summary>
        private static IEnumerable<ILocalSymbol> DeclaredOutsideLoops(IOperation? operation)
        {
            if (operation == null || operation is ILoopOperation or ILocalFunctionOperation)
            {
                return Enumerable.Empty<ILocalSymbol>();
            }

            IEnumerable<ILocalSymbol> own = operation is IVariableDeclaratorOperation declarator ? new[] { declarator.Symbol } : Enumerable.Empty<ILocalSymbol>();
            return own.Concat(operation.ChildOperations.SelectMany(DeclaredOutsideLoops));
        }

        /// <summary>
        /// <c>if (test) { then } else { otherwise }</c> as statements outside any if that holds a loop: <c>int flag = test ? 1 : 0;</c>,
        /// the sides' locals declared, then each side's statements guarded by <c>flag == 1</c> and <c>flag == 0</c> (and by
        /// <paramref name="outer"/>, the guard of an if around this one).
        /// </summary>
        /// <returns>The flag's name.</returns>
        private string FlattenBranch(Test test, IReadOnlyList<Statement> then, IReadOnlyList<Statement> otherwise, string preferred, Test? outer, List<Statement> into)
        {
            string flag = Fresh(VariableKind.Integer, preferred);
            Test taken = outer == null ? test : new Logic(ConditionOp.And, outer, test);
            into.Add(new DeclareInteger(flag, new IntegerChoice(taken, new IntegerNumber(1), new IntegerNumber(0))));
            Test whenTrue = FlagIs(flag, 1);
            Test whenFalse = FlagIs(flag, 0);
            Guard(then, whenTrue, into);
            int elseStarts = into.Count;
            Test elseGuard = outer == null ? whenFalse : new Logic(ConditionOp.And, outer, whenFalse);
            Guard(otherwise, elseGuard, into);

            // The last run of one side and the first of the other, side by side, read as the source's if / else; not when the
            // first leaves the iteration (if (taken == 1) { continue; }), which the loop's body then takes apart as it stands.
            if (elseStarts > 0 && elseStarts < into.Count && into[elseStarts - 1] is IfStatement last && ReferenceEquals(last.Test, whenTrue)
                && into[elseStarts] is IfStatement first && ReferenceEquals(first.Test, elseGuard) && outer == null && !ProgramFacts.MayLeave(last.Then))
            {
                into[elseStarts - 1] = Located(last with { Else = first.Then }, last);
                into.RemoveAt(elseStarts);
            }

            return flag;
        }

        /// <summary>Statements that run only where <paramref name="guard"/> holds, written so that none is a loop or an array inside an if.</summary>
        private void Guard(IReadOnlyList<Statement> statements, Test guard, List<Statement> into)
        {
            var run = new List<Statement>();
            void Flush()
            {
                if (run.Count > 0)
                {
                    into.Add(run.Any(PassesArrayToCall) ? RunOnce(run, guard) : new IfStatement(guard, run.ToEquatableArray(), EquatableArray<Statement>.Empty));
                    run = new List<Statement>();
                }
            }

            for (int i = 0; i < statements.Count; i++)
            {
                Statement statement = statements[i];
                switch (statement)
                {
                    case Loop loop:
                        Flush();
                        Add(GuardLoop(loop, guard), statement, into);
                        break;
                    case DeclareArray { Elements.Count: 0 } array:
                        // Made where the guard holds, empty elsewhere (where nothing reads it).
                        Flush();
                        Add(array with { Length = new IntegerChoice(guard, array.Length, new IntegerNumber(0)) }, statement, into);
                        break;
                    case DeclareArray given:
                        ReportInBranch(statement, "A local array given its elements", "make it with new " + (method.ReturnType.SpecialType == SpecialType.System_Single ? "float" : "double") + "[" + given.Elements.Count + "] and assign its elements one by one, or declare it before " + (restAfter != null ? "that if" : "the if"));
                        break;
                    case DeclareIntegerArray:
                        ReportInBranch(statement, "A local array given its elements", "declare it before " + (restAfter != null ? "that if" : "the if"));
                        break;
                    case IfStatement inner when HoldsLoopOrArray(inner):
                        Flush();
                        FlattenBranch(inner.Test, inner.Then, inner.Else, "taken", guard, into);
                        break;
                    case DeclareScalar or DeclareInteger when !UsedAfterThisRun(statements, i):
                        // Read in its own run only: declared there, as written.
                        run.Add(statement);
                        break;
                    case DeclareScalar { Value: Number or NamedNumber }:
                    case DeclareInteger { Value: IntegerNumber }:
                        // A constant: declared as written, before the runs that read it.
                        into.Add(statement);
                        break;
                    case DeclareScalar declared:
                        Add(new DeclareScalar(declared.Name, new Number(0)), statement, into);
                        run.Add(Located(new AssignScalar(declared.Name, declared.Value), statement));
                        break;
                    case DeclareInteger declared:
                        Add(new DeclareInteger(declared.Name, new IntegerNumber(0), declared.Type), statement, into);
                        run.Add(Located(new AssignInteger(declared.Name, declared.Value), statement));
                        break;
                    default:
                        run.Add(statement);
                        break;
                }
            }

            Flush();
        }

        /// <summary>
        /// A run of statements that passes an array to a call, where <paramref name="guard"/> holds: a loop of one iteration,
        /// none where the guard fails (<c>for (int once = 0; once &lt; (taken == 1 ? 1 : 0); once++)</c>), since the sweeps
        /// take such a call in a loop but not in an if. A run that leaves the iteration or returns stays an if and is reported.
        /// </summary>
        private Statement RunOnce(List<Statement> run, Test guard)
        {
            if (ProgramFacts.MayLeave(run) || ProgramFacts.All(run).Any(s => s is Return))
            {
                Statement call = run.First(PassesArrayToCall);
                string callee = ArrayCallIn(call)!.Callee;
                string where = restAfter != null ? " after 'if (...) " + restAfter + ";' in a loop's body, with a break, continue or return beside it," : " inside an if with a break, continue or return beside it";
                problems.Add(new Problem(DiagnosticDescriptors.NotSupportedYet, locations.TryGetValue(call, out Location? at) ? at : Location.None, "The call to '" + callee + "' with an array argument" + where, "in a method with loops or arrays, call it before the if and use the value inside"));
                return new IfStatement(guard, run.ToEquatableArray(), EquatableArray<Statement>.Empty);
            }

            string once = Fresh(VariableKind.Integer, "once");
            return Located(CountingUp(once, new IntegerChoice(guard, new IntegerNumber(1), new IntegerNumber(0)), run.ToEquatableArray()), run.First(PassesArrayToCall));
        }

        /// <summary>Whether the local that statement <paramref name="at"/> declares is read or changed past the next loop, array or if that holds them.</summary>
        private static bool UsedAfterThisRun(IReadOnlyList<Statement> statements, int at)
        {
            string name = statements[at] is DeclareScalar scalar ? scalar.Name : ((DeclareInteger)statements[at]).Name;
            int end = at + 1;
            while (end < statements.Count && !EndsARun(statements[end]))
            {
                end++;
            }

            IReadOnlyList<Statement> later = statements.Skip(end).ToList();
            return ProgramFacts.Assigned(later).Contains(name) || ProgramFacts.All(later).Any(s => ProgramFacts.OwnReads(s).Contains(name));
        }

        /// <summary>A statement <see cref="Guard"/> writes outside the runs of other statements: a loop, an array made with its length, an if that holds them.</summary>
        private static bool EndsARun(Statement statement) =>
            statement is Loop or DeclareArray { Elements.Count: 0 } || (statement is IfStatement inner && HoldsLoopOrArray(inner));

        /// <summary><c>flag == value</c>: the test of an integer local that keeps an if's test (<c>taken == 1</c>).</summary>
        private static Test FlagIs(string flag, long value) => new IntegerComparison(ConditionOp.Equal, new IntegerRead(flag), new IntegerNumber(value));

        /// <summary>Whether an if of the IR holds a loop, declares a local array (outside its loops) or passes an array to a call.</summary>
        private static bool HoldsLoopOrArray(IfStatement branch) =>
            branch.Then.Concat(branch.Else).Any(s => s is Loop or DeclareArray || PassesArrayToCall(s) || (s is IfStatement inner && HoldsLoopOrArray(inner)));

        /// <summary>
        /// A loop that runs only where <paramref name="guard"/> holds: a counting loop counts to where it started
        /// (<c>for (int i = 0; i &lt; (taken == 1 ? n : 0); i++)</c>), keeping the shape the sweeps run backwards by; another
        /// tests the guard first (<c>taken == 1 &amp;&amp; s &lt; 1</c>), its header's values set only where the guard holds.
        /// </summary>
        private Loop GuardLoop(Loop loop, Test guard)
        {
            if (!loop.TestFirst)
            {
                ReportInBranch(loop, "A do loop", "write the do loop as a while loop, whose test comes first" + (restAfter != null ? string.Empty : ", or put the if inside the loop"));
                return loop;
            }

            if (loop.Counting is CountingLoop counting && loop.Initializers.Count == 1 && loop.Initializers[0] is DeclareInteger { Name: var index } start && index == counting.Index)
            {
                // Where the guard fails the loop starts at the bound: no iteration.
                Integer from = start.Value is IntegerNumber ? start.Value : new IntegerChoice(guard, start.Value, new IntegerNumber(0));
                long none = from is IntegerNumber number ? number.Constant : 0;
                long empty = counting.Comparison switch
                {
                    ConditionOp.LessOrEqual => none - 1,
                    ConditionOp.GreaterOrEqual => none + 1,
                    _ => none,
                };
                Integer bound = new IntegerChoice(guard, counting.Bound, new IntegerNumber(empty));
                return loop with
                {
                    Initializers = EquatableArray.Of<Statement>(start with { Value = from }),
                    Condition = new IntegerComparison(counting.Comparison, new IntegerRead(index), bound),
                    Counting = counting with { From = from, Bound = bound },
                };
            }

            // The header's values are set only where the guard holds (an integer it assigns keeps its value elsewhere).
            var initializers = loop.Initializers.Select(s => s switch
            {
                DeclareInteger { Value: IntegerNumber } => s,
                DeclareInteger declared => declared with { Value = new IntegerChoice(guard, declared.Value, new IntegerNumber(0)) },
                AssignInteger assigned => assigned with { Value = new IntegerChoice(guard, assigned.Value, new IntegerRead(assigned.Name)) },
                _ => s,
            }).ToEquatableArray();
            return loop with { Initializers = initializers, Condition = new Logic(ConditionOp.And, guard, loop.Condition), Counting = null };
        }

        /// <summary>
        /// In a loop's body, the rest of the iteration after <c>if (test) continue;</c> or <c>if (test) break;</c> when it holds a
        /// loop or a local array: the if with the rest as its other side (<c>if (test) { } else { rest }</c>), taken apart by
        /// <see cref="FlattenBranch"/>; after a break, the loop is left after the rest's last loop (<c>if (stopped == 1)
        /// break;</c>), where the rest, skipped, has changed nothing. From the last such if back, so that an earlier one finds
        /// the later ones taken apart already.
        /// </summary>
        private EquatableArray<Statement> ExitsTakenApart(EquatableArray<Statement> body)
        {
            var list = body.ToList();
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (!(list[i] is IfStatement { Else.Count: 0 } branch) || !(LeavesAtItsEndOnly(branch.Then) is Statement leave))
                {
                    continue;
                }

                // What leaves the iteration again may follow the rest's last loop or array (an if that returns from the loop).
                List<Statement> rest = list.Skip(i + 1).ToList();
                int last = rest.FindLastIndex(s => s is Loop or DeclareArray || PassesArrayToCall(s));
                if (last < 0 || ProgramFacts.MayLeave(rest.Take(last + 1)))
                {
                    continue;
                }

                var flattened = new List<Statement>();
                restAfter = leave is Break ? "break" : "continue";
                string flag = FlattenBranch(branch.Test, branch.Then.Take(branch.Then.Count - 1).ToList(), rest, leave is Break ? "stopped" : "skipped", null, flattened);
                restAfter = null;
                if (leave is Break)
                {
                    // Right after the last loop or array: what follows is skipped where the flag is set, and may leave too.
                    int at = flattened.FindLastIndex(s => s is Loop or DeclareArray) + 1;
                    flattened.Insert(at, Located(new IfStatement(FlagIs(flag, 1), EquatableArray.Of<Statement>(leave), EquatableArray<Statement>.Empty), branch));
                }

                list = list.Take(i).Concat(flattened).ToList();
            }

            return list.ToEquatableArray();
        }

        /// <summary>The <c>continue</c> or <c>break</c> that ends <c>{ ...; continue; }</c>, with no other (outside its loops); else null.</summary>
        private static Statement? LeavesAtItsEndOnly(EquatableArray<Statement> then) =>
            then.Count > 0 && then[then.Count - 1] is Break or Continue && !ProgramFacts.MayLeave(then.Take(then.Count - 1)) ? then[then.Count - 1] : null;

        private static bool PassesArrayToCall(Statement statement) => ArrayCallIn(statement) != null;

        /// <summary>Adds a statement made from <paramref name="from"/>, at its location.</summary>
        private void Add(Statement statement, Statement from, List<Statement> into) => into.Add(Located(statement, from));

        private Statement Located(Statement statement, Statement from)
        {
            if (locations.TryGetValue(from, out Location? at) && !locations.ContainsKey(statement))
            {
                locations[statement] = at;
            }

            return statement;
        }

        /// <summary>
        /// Reports what the flattening cannot take, where it stands: inside an if that holds a loop or an array, or in the rest
        /// of an iteration after <c>if (...) continue;</c> or <c>break;</c> (<see cref="restAfter"/>), which the user wrote without an if.
        /// </summary>
        private void ReportInBranch(Statement statement, string construct, string advice) =>
            problems.Add(new Problem(
                DiagnosticDescriptors.NotSupportedYet,
                locations.TryGetValue(statement, out Location? at) ? at : Location.None,
                construct + (restAfter != null ? " after 'if (...) " + restAfter + ";' in a loop's body, when a loop or a local array follows it too," : statement is Loop ? " inside an if" : " inside an if that holds a loop or an array"),
                "in a method with loops or arrays, " + advice));
    }
}
