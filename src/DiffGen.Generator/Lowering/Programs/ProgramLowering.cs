using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <summary>
    /// The one lowering: a method body into structured statements (<see cref="LoopProgram"/>), keeping the
    /// source's loops and variables; a loop-free body is then read as straight-line instructions
    /// (<see cref="StraightLineBody"/>). Every construct it cannot handle becomes a <see cref="Problem"/> at
    /// that construct; lowering goes on, so one pass reports them all.
    /// </summary>
    internal sealed partial class ProgramLowering
    {
        private readonly IMethodSymbol method;
        private readonly List<Problem> problems;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<string, ProgramVariable> variables = new Dictionary<string, ProgramVariable>(System.StringComparer.Ordinal);
        private readonly Dictionary<ISymbol, string> names = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);


        /// <summary>The variables the lowering introduces (<see cref="Fresh"/>), which no local of the source may share.</summary>
        private readonly HashSet<string> fresh = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>The names of every local the method's body declares.</summary>
        private HashSet<string> sourceLocalNames = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>The names <see cref="ReserveNames"/> gave locals before their declarations were lowered.</summary>
        private readonly Dictionary<ILocalSymbol, string> reservedNames = new Dictionary<ILocalSymbol, string>(SymbolEqualityComparer.Default);
        private bool returned;

        /// <summary>
        /// The body has no loop and no array (<see cref="Applies"/> is false): it may return early from a branch and keep
        /// conditions in bool locals, and a call is a value like any other (no local of its own), as the straight-line
        /// view of such a body (<see cref="StraightLineBody"/>) follows values, not statements.
        /// </summary>
        private readonly bool loopFree;

        /// <summary>
        /// What kind of method this is, as a message names it: one with loops or arrays, or one without that computes
        /// with integer variables (<see cref="Applies"/> sends both here, and a message must not speak of loops it lacks).
        /// </summary>
        private string kindOfMethod = "a method with loops or arrays";

        /// <summary>Every path to the statement being lowered has returned (a loop-free body): it never runs.</summary>
        private bool pathReturned;
        private List<Statement>? topLevel;

        /// <summary>Where each lowered statement came from, for problems found once the whole body is lowered.</summary>
        private readonly Dictionary<Statement, Location> locations = new Dictionary<Statement, Location>(ReferenceComparer.Instance);

        /// <summary>How many if branches enclose the statement being lowered.</summary>
        private int branchDepth;

        /// <summary>How many Gradient.Stop calls enclose the expression being lowered.</summary>
        private int stopDepth;

        public ProgramLowering(IMethodSymbol method, IEnumerable<ParameterModel> parameters, List<Problem> problems, CancellationToken cancellationToken, bool loopFree = false)
        {
            this.loopFree = loopFree;
            this.method = method;
            this.problems = problems;
            this.cancellationToken = cancellationToken;
            var differentiated = new HashSet<string>(parameters.Where(p => p.IsDifferentiated).Select(p => p.Name));
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                string name = RoslynNames.Identifier(parameter.Name);
                VariableKind kind = RoslynNames.IsFloatingPoint(parameter.Type) ? VariableKind.Scalar
                    : RoslynNames.IsInteger(parameter.Type) ? VariableKind.Integer
                    : RoslynNames.MatrixShape(parameter.Type) != null ? VariableKind.Matrix
                    : RoslynNames.IntegerElementType(parameter.Type) != null ? VariableKind.IntegerArray
                    : VariableKind.Array;
                names[parameter] = name;
                ITypeSymbol? integer = kind == VariableKind.Integer ? parameter.Type : kind == VariableKind.IntegerArray ? RoslynNames.IntegerElementType(parameter.Type) : null;
                variables[name] = new ProgramVariable(name, kind, true, differentiated.Contains(name), integer == null ? null : RoslynNames.Keyword(integer));
            }
        }

        /// <summary>True when a parameter is an array or a span: of floating-point values, of integers, or multi-dimensional data.</summary>
        private static bool HasArrayParameter(IMethodSymbol method) =>
            method.Parameters.Any(p => RoslynNames.FloatingElementType(p.Type) != null || RoslynNames.MatrixShape(p.Type) != null || RoslynNames.IntegerElementType(p.Type) != null);

        /// <summary>True when the method needs this lowering: an array or span parameter (multi-dimensional data included), a loop, an array, stackalloc, an integer local or integer arithmetic.</summary>
        public static bool Applies(IMethodSymbol method, IOperation body) =>
            HasArrayParameter(method)
            || body.Descendants().Any(o => o is ILoopOperation or IArrayElementReferenceOperation or IArrayCreationOperation
                || (o is IInvocationOperation call && call.TargetMethod.Parameters.Any(p => RoslynNames.FloatingElementType(p.Type) != null))
                || o.Syntax is StackAllocArrayCreationExpressionSyntax
                // An integer local (a const is folded where it is read: the body stays loop-free).
                || (o is IVariableDeclaratorOperation d && !d.Symbol.IsConst && RoslynNames.IsInteger(d.Symbol.Type))
                // Integer arithmetic the C# compiler folds (1 / 2, 10 * 3) is a constant, as on the scalar route.
                || (o is IBinaryOperation { Type: { } type, ConstantValue.HasValue: false } binary && RoslynNames.IsInteger(type) && OperationFacts.ArithmeticOp(binary.OperatorKind) != null)
                || (o is IConversionOperation { IsImplicit: false, Type: { } to, Operand.Type: { } from, ConstantValue.HasValue: false } && RoslynNames.IsInteger(to) && RoslynNames.IsInteger(from))
                || (o is IPropertyReferenceOperation { Property.Name: "Length", Instance.Type: { } owner } && (RoslynNames.FloatingElementType(owner) != null || RoslynNames.MatrixShape(owner) != null))
                || (o is IInvocationOperation { TargetMethod.Name: "GetLength", Instance.Type: { } matrix } && RoslynNames.MatrixShape(matrix) != null)
                || (o is IPropertyReferenceOperation { Property.IsIndexer: true, Instance.Type: INamedTypeSymbol span } && RoslynNames.IsSpan(span)));

        public LoopProgram? Lower(IOperation body, Location methodLocation)
        {
            if (loopFree)
            {
                kindOfMethod = "a differentiable method";
            }
            else if (!HasArrayParameter(method)
                && !body.Descendants().Any(o => o is ILoopOperation or IArrayElementReferenceOperation or IArrayCreationOperation || o.Syntax is StackAllocArrayCreationExpressionSyntax))
            {
                kindOfMethod = "a method that computes with integer variables";
            }

            var statements = new List<Statement>();
            topLevel = statements;
            assignments = AssignmentsIn(body, readLocals);
            unchangedLocals = UnchangedLocalsIn(body);
            sourceLocalNames = new HashSet<string>(body.Descendants().OfType<IVariableDeclaratorOperation>().Select(d => RoslynNames.Identifier(d.Symbol.Name)), System.StringComparer.Ordinal);
            FindLocalFunctions(body);
            CopyAssignedParameters(statements);
            LowerStatement(body, statements);
            if (!returned && !(loopFree && pathReturned) && problems.Count == 0)
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnsupportedConstruct, methodLocation, "This method body", LoweringAdvice.NoReturn));
            }

            ReportUndifferentiatedArguments(statements);
            var localArrays = variables.Values.Where(v => v.Kind == VariableKind.Array && !v.IsParameter).Select(v => v.Name);
            problems.AddRange(LocalArrayRules.Problems(statements, localArrays, locations, methodLocation));

            var ordered = variables.Values.OrderBy(v => v.IsParameter ? 0 : 1).ToEquatableArray();
            return new LoopProgram(ordered, statements.ToEquatableArray(), earlyReturns.ToEquatableArray());
        }

        private void LowerStatement(IOperation statement, List<Statement> into)
        {
            cancellationToken.ThrowIfCancellationRequested();
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (loopFree && pathReturned)
            {
                // Code after a return never runs (the compiler warns about it).
                return;
            }

            if (returned)
            {
                // After the method's one return, at the top of its body: it never runs (the compiler warns CS0162), as in
                // a loop-free body.
                return;
            }

            // A call inside this statement's expressions gets its own local, declared just before the statement; an integer
            // stepped inside them (targets[k++]) is stepped just after it.
            int start = into.Count;
            (List<Statement>? outerSteps, IOperation? outerStatement) = (pendingSteps, pendingStatement);
            // (Not in a for loop's header: a step there would join the header's statements.)
            bool steps = headerDepth == 0 && statement is IExpressionStatementOperation or IVariableDeclarationGroupOperation;
            (pendingSteps, pendingStatement) = steps ? (new List<Statement>(), statement) : (null, null);
            (_, List<Statement> calls) = Hoisting(() =>
            {
                LowerStatementItself(statement, into);
                return true;
            });
            into.InsertRange(System.Math.Min(start, into.Count), calls);
            if (pendingSteps != null)
            {
                into.AddRange(pendingSteps);
            }

            (pendingSteps, pendingStatement) = (outerSteps, outerStatement);
            Locate(into.Skip(start), statement);
        }

        private void LowerStatementItself(IOperation statement, List<Statement> into)
        {
            if (branchDepth > 0 && flatteningDepth == 0 && IsLoopOrArray(statement))
            {
                // The reverse sweep replays a branch's locals; a loop (with its tape) or a fresh array cannot be replayed: an if or
                // a switch holding them is taken apart (FlattenBranch), so this is what a branch the lowering does not take apart holds.
                Report(statement, statement is ILoopOperation ? "A loop inside an if" : "A local array declared inside an if", "in a method with loops or arrays, put the if inside the loop, or declare the array before the if", DiagnosticDescriptors.NotSupportedYet);

                if (statement is IVariableDeclarationGroupOperation rejected)
                {
                    // Known by name from here on, so its uses raise nothing more.
                    foreach (IVariableDeclaratorOperation declarator in rejected.Declarations.SelectMany(d => d.Declarators).Where(d => RoslynNames.FloatingElementType(d.Symbol.Type) != null))
                    {
                        Declare(declarator.Symbol, VariableKind.Array);
                    }
                }

                return;
            }

            switch (statement)
            {
                case IMethodBodyOperation body:
                    LowerStatement((IOperation?)body.BlockBody ?? body.ExpressionBody!, into);
                    break;
                case IBlockOperation block when UnsupportedConstructs.ForBlock(block) is UnsupportedConstruct blocked:
                    // Reported at the checked/unsafe/fixed statement that wraps the block.
                    ReportAt(block.Syntax.Parent!, blocked);
                    break;
                case IBlockOperation block:
                    if (!loopFree && block.Parent is IBlockOperation or ISwitchCaseOperation)
                    {
                        // A block inside a block (or a switch section) joins its statements to the enclosing ones: its locals
                        // get names of their own there ({ double t = ...; } { double t = ...; } would declare t twice, CS0128).
                        ReserveNames(block.Locals);
                    }

                    for (int i = 0; i < block.Operations.Length; i++)
                    {
                        if (TryLowerTailReturns(block.Operations, i, into))
                        {
                            break;
                        }

                        if (!loopFree && TryLowerArraySwapStatements(block, i, into) is int taken and > 0)
                        {
                            Locate(into.Skip(into.Count - 1), block.Operations[i + taken - 1]);
                            i += taken - 1;
                            continue;
                        }

                        LowerStatement(block.Operations[i], into);
                    }

                    break;
                case IVariableDeclarationGroupOperation group:
                    foreach (IVariableDeclaratorOperation declarator in group.Declarations.SelectMany(d => d.Declarators))
                    {
                        LowerDeclarator(declarator, into);
                    }

                    break;
                case IExpressionStatementOperation expression:
                    LowerEffect(expression.Operation, into);
                    break;
                case IConditionalOperation branch when TryLowerEarlyReturn(branch, into):
                    break;
                case IConditionalOperation branch when TryLowerGuardedLoop(branch, into):
                    break;
                case IConditionalOperation branch when !loopFree && (HoldsLoopOrArray(branch.WhenTrue) || HoldsLoopOrArray(branch.WhenFalse)):
                    LowerBranchWithLoops(branch, into);
                    break;
                case IConditionalOperation branch:
                    // if (a) { if (b) { ... } } with no else is the one if C# makes it, if (a && b) (JoinedTests).
                    (Test test, branch) = JoinedTests(branch);
                    branchDepth++;
                    EquatableArray<Statement> whenTrue = LowerBlock(branch.WhenTrue);
                    bool trueReturned = pathReturned;
                    pathReturned = false;
                    EquatableArray<Statement> whenFalse = LowerBlock(branch.WhenFalse);
                    pathReturned = trueReturned && pathReturned;
                    into.Add(new IfStatement(test, whenTrue, whenFalse));
                    branchDepth--;
                    break;
                case ILoopOperation loop when TryLowerLoopWithReturns(loop, into):
                    break;
                case IForLoopOperation or IForEachLoopOperation or IWhileLoopOperation:
                    LowerLoop((ILoopOperation)statement, into);
                    break;
                case IBranchOperation { BranchKind: BranchKind.Break }:
                    into.Add(new Break());
                    break;
                case IBranchOperation { BranchKind: BranchKind.Continue }:
                    into.Add(new Continue());
                    break;
                case IReturnOperation { ReturnedValue: not null } ret:
                    LowerReturn(ret, into);
                    break;
                case IEmptyOperation:
                    break;
                case ILocalFunctionOperation function:
                    LowerLocalFunctionDeclaration(function);
                    break;
                case ISwitchOperation choice when LowerSwitchStatement(choice, into):
                    break;
                default:
                    // A statement DiffGen does not follow (try, switch, ...): reported even where it reads a local reported already.
                    ReportAt(statement.Syntax, UnsupportedConstructs.Classify(statement));
                    break;
            }
        }

        private static bool IsLoopOrArray(IOperation statement) =>
            statement is ILoopOperation
            || (statement is IVariableDeclarationGroupOperation group && group.Declarations.SelectMany(d => d.Declarators).Any(d => RoslynNames.FloatingElementType(d.Symbol.Type) != null))
            // (u, next) = (next, u): a swap of two local arrays, lowered as a loop (ProgramLowering.ArraySwaps).
            || (statement is IExpressionStatementOperation { Operation: IDeconstructionAssignmentOperation deconstruction } && AssignsArrays(deconstruction));

        private EquatableArray<Statement> LowerBlock(IOperation? block)
        {
            var statements = new List<Statement>();
            if (block != null)
            {
                LowerStatement(block, statements);
            }

            return statements.ToEquatableArray();
        }

        private void LowerReturn(IReturnOperation ret, List<Statement> into)
        {
            if (loopFree)
            {
                into.Add(new Return(LowerValue(ret.ReturnedValue!)));
                pathReturned = true;
                returned |= ReferenceEquals(into, topLevel);
                return;
            }

            if (TryLowerLoopExit(ret, into))
            {
                return;
            }

            if (!ReferenceEquals(into, topLevel))
            {
                // A guard (if (x.Length == 0) return 0;) at the start is an early return (TryLowerEarlyReturn); elsewhere it cannot become an if
                // around the rest: a loop inside an if is not supported yet.
                // In a loop, the result must be chosen where the return stood: a test folded into the value the loop computes,
                // or the loop left with break and an integer flag (a bool assigned again is DIFF015 too) that tells the end
                // which result to return.
                string how = InsideLoop(ret)
                    ? "fold the test into the value the loop computes (s += w[i] <= 0 ? double.NegativeInfinity : Math.Log(w[i]);) or into the loop's condition (i < n && s <= 2), and return the result last; or assign the result to a local, leave the loop with break, set an integer flag (found = 1;) to choose it at the end (return found == 1 ? result : total;) and, from a nested loop, test the flag after the inner loop (if (found == 1) break;)"
                    : "assign the result to a local and return it last; a guard clause (if (n == 0) return 0;) may stand at the start of the body, after nothing but declarations that read no array element, call no method and divide no integers; elsewhere, compute the rest first and return the guard's choice last (return n == 0 ? 0 : total / n;)";
                Report(ret, "A 'return' inside a loop or branch", "in " + kindOfMethod + " the method returns once, at its end; " + how, DiagnosticDescriptors.NotSupportedYet);
                return;
            }

            Value value = LowerValue(ret.ReturnedValue!);
            if (leftLoop != null && hoisted.Count > 0)
            {
                OnlyWhereTheLoopDidNotReturn(ret, into);
            }

            into.Add(new Return(LastReturned(value)));
            returned = true;
        }

        /// <summary>A problem at a piece of syntax that has no operation of its own (the checked or unsafe around a block or an expression).</summary>
        private void ReportAt(SyntaxNode at, UnsupportedConstruct construct) =>
            problems.Add(new Problem(construct.Descriptor, at.GetLocation(), construct.Construct, construct.Advice));

        /// <summary>A problem at the operation; none where it reads a local whose declaration is reported already.</summary>
        private void Report(IOperation at, string construct, string advice, DiagnosticDescriptor? descriptor = null)
        {
            if (!(at is IVariableDeclaratorOperation) && ReadsRejected(at))
            {
                return;
            }

            problems.Add(new Problem(descriptor ?? DiagnosticDescriptors.UnsupportedConstruct, at.Syntax.GetLocation(), construct, advice));
        }
    }
}
