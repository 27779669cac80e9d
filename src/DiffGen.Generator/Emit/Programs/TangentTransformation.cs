using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Forward-mode differentiation of a method with loops or arrays, as a transformation of its statements: the tangent
    /// program (<see cref="TangentStep"/>) keeps every statement and puts beside each one that changes a value carrying a
    /// derivative with respect to p the statement that changes that derivative (<c>dS</c> beside <c>s</c>), computed from
    /// the derivatives of what it reads. Each derivative is a DAG node, built here once and printed twice: as code by
    /// <see cref="PartialWriter"/> and as the doc comment's rules by <see cref="ProgramFormulas"/>.
    /// </summary>
    internal sealed class TangentTransformation
    {
        private readonly ProgramPrinter p;
        private readonly ProgramAnalysis analysis;
        private readonly ProgramNames names;
        private readonly string variable;
        private readonly HashSet<string> zeroTangents;

        private TangentTransformation(ProgramPrinter printer, ProgramAnalysis analysis, ProgramNames names, string variable, HashSet<string> zeroTangents)
        {
            p = printer;
            this.analysis = analysis;
            this.names = names;
            this.variable = variable;
            this.zeroTangents = zeroTangents;
        }

        /// <summary>The tangent program of <paramref name="statements"/> with respect to <paramref name="variable"/>.</summary>
        public static IReadOnlyList<TangentStep> Of(IReadOnlyList<Statement> statements, ProgramPrinter printer, ProgramAnalysis analysis, ProgramNames names, string variable) =>
            new TangentTransformation(printer, analysis, names, variable, ZeroTangents.Of(statements, printer, analysis)).Block(statements);

        private List<TangentStep> Block(IEnumerable<Statement> statements)
        {
            var steps = new List<TangentStep>();
            foreach (Statement statement in statements)
            {
                Add(statement, steps);
            }

            return steps;
        }

        private void Add(Statement statement, List<TangentStep> steps)
        {
            switch (statement)
            {
                case DeclareScalar { Value: CallValue call } s when analysis.IsActive(s.Name):
                    steps.Add(Call(s, call));
                    break;
                case DeclareScalar s when analysis.IsActive(s.Name):
                    (Expr declared, bool readsValue, bool shown) = Tangent(s.Value, s.Name);
                    if (Kept(s, s.Name, s.Value, TangentChange.Declare, declared, shown) is KeptTangent declaredKept)
                    {
                        steps.Add(declaredKept);
                        break;
                    }

                    var declaration = new ScalarTangent(s, s.Name, declared, TangentChange.Declare, shown);
                    steps.AddRange(readsValue ? new TangentStep[] { new AsWritten(s), declaration } : new TangentStep[] { declaration, new AsWritten(s) });
                    break;
                case AssignScalar s when analysis.IsActive(s.Name) && ProgramAnalysis.AccumulatedTerm(s) is (Value term, bool negative):
                    (Expr change, _, bool changeShown) = Tangent(term, null);
                    TangentChange how = negative ? TangentChange.Subtract : TangentChange.Add;
                    if (Kept(s, s.Name, term, how, change, changeShown) is KeptTangent addedKept)
                    {
                        steps.Add(addedKept);
                        break;
                    }

                    if (!(change is Constant { Value: 0 }))
                    {
                        steps.Add(new ScalarTangent(s, s.Name, change, how, changeShown));
                    }

                    steps.Add(new AsWritten(s));
                    break;
                case AssignScalar s when analysis.IsActive(s.Name):
                    // v = e where e does not read v: after the assignment, v holds e for its tangent to reuse.
                    string? holder = ProgramFacts.Reads(s.Value).Contains(s.Name) ? null : s.Name;
                    (Expr whole, bool readsAssigned, bool wholeShown) = Tangent(s.Value, holder);
                    if (Kept(s, s.Name, s.Value, TangentChange.Assign, whole, wholeShown) is KeptTangent assignedKept)
                    {
                        steps.Add(assignedKept);
                        break;
                    }

                    string tangent = names.Derivative(s.Name);
                    TangentStep[] assigned = whole is Symbol { Code: var same } && same == tangent
                        ? new TangentStep[] { new AsWritten(s) }
                        : readsAssigned
                            ? new TangentStep[] { new AsWritten(s), new ScalarTangent(s, s.Name, whole, TangentChange.Assign, wholeShown) }
                            : new TangentStep[] { new ScalarTangent(s, s.Name, whole, TangentChange.Assign, wholeShown), new AsWritten(s) };
                    steps.AddRange(assigned);
                    break;
                case DeclareArray s when s.Elements.Count > 0 && analysis.IsActive(s.Name):
                    steps.Add(new ArrayTangent(s, s.Elements.Select(e => Tangent(e, null)).Select(t => (t.Tangent, t.Shown)).ToList()));
                    steps.Add(new AsWritten(s));
                    break;
                case DeclareArray s when analysis.IsActive(s.Name):
                    steps.Add(new AsWritten(s));
                    steps.Add(new ArrayTangent(s, new List<(Expr, bool)>()));
                    break;
                case AssignElement s when analysis.IsActive(s.Array) && ProgramAnalysis.AccumulatedTerm(s) is (Value added, bool subtract):
                    (Expr elementChange, _, bool elementChangeShown) = Tangent(added, null);
                    steps.Add(new ElementTangent(s, elementChange, subtract ? TangentChange.Subtract : TangentChange.Add, elementChangeShown));
                    steps.Add(new AsWritten(s));
                    break;
                case AssignElement s when analysis.IsActive(s.Array):
                    // a[k] = e where the write cannot change what e reads: after it, a[k] holds e for its tangent to reuse
                    // (tanh' = 1 − h[j]², not 1 − tanh(z)² computed again).
                    (Expr element, bool readsElement, bool elementShown) = TangentHeldBy(s.Value, MayChangeItsOwnValue(s) ? null : ElementHolder(s));
                    var elementTangent = new ElementTangent(s, element, TangentChange.Assign, elementShown);
                    steps.AddRange(readsElement ? new TangentStep[] { new AsWritten(s), elementTangent } : new TangentStep[] { elementTangent, new AsWritten(s) });
                    break;
                case IfStatement b:
                    steps.Add(new BranchTangent(b, Block(b.Then), Block(b.Else)));
                    break;
                case Loop l:
                    steps.Add(new LoopTangent(l, Block(l.Body)));
                    break;
                case Return r:
                    (Expr returned, _, bool returnShown) = Tangent(r.Value, null);
                    steps.Add(new ReturnTangent(r, returned, returnShown));
                    break;
                default:
                    steps.Add(new AsWritten(statement));
                    break;
            }
        }

        /// <summary>
        /// <c>v = f(a, w)</c> forward: f's gradient returns the value and ∂f/∂a, ∂f/∂w[k]; the derivative of v is
        /// their sum weighted by the derivatives of the arguments (the array arguments' terms are added by a loop).
        /// </summary>
        private CallTangent Call(DeclareScalar s, CallValue call)
        {
            ExprBuilder b = p.Builder;
            var outputs = new List<CallOutput>();
            Expr tangent = b.Zero;
            foreach (CallArgument argument in call.Arguments.Where(a => a.HasDerivative))
            {
                string output = names.Fresh(GeneratedNames.CalleePartial(call.Callee, argument.Parameter));
                outputs.Add(new CallOutput(output, argument, argument.Array != null && analysis.IsActive(argument.Array)));
                if (argument.Scalar != null)
                {
                    Expr argumentTangent = Tangent(argument.Scalar, null).Tangent;
                    Expr term = b.Multiply(p.Variable(output, GeneratedNames.CalleePartial(call.Callee, argument.Parameter)), argumentTangent);
                    if (ZeroTangents.CanBeZero(argument.Scalar, p, analysis, zeroTangents) && !(argumentTangent is Constant))
                    {
                        // The callee's partial may be infinite or 0/0 where its argument is constant (the length of clamped parts).
                        term = b.UnlessZero(argumentTangent, term);
                    }

                    tangent = b.Add(tangent, term);
                }
            }

            return new CallTangent(s, call, outputs, tangent);
        }

        /// <summary>
        /// <c>v = e</c> (or <c>v += e</c>, <c>v -= e</c>) with its tangent (already worked out, as the statement's own step
        /// would hold it) when the tangent reads again costly calls e makes, each then computed once (<see cref="KeptCalls"/>);
        /// null when there is none.
        /// </summary>
        private KeptTangent? Kept(Statement source, string name, Value value, TangentChange change, Expr tangent, bool shown)
        {
            Expr whole = p.ToExpr(value, Source);
            KeptCalls? kept = KeptCalls.Find(whole, new[] { tangent }, p.Builder, call => names.Fresh(KeptCalls.Describe(call)));
            return kept == null ? null : new KeptTangent(source, name, kept, whole, tangent, change, ProgramFacts.Reads(value).Contains(name), shown);
        }

        /// <summary>The tangent of an element read, <c>dW[i + 1]</c>, with the locals its code reads.</summary>
        private Expr ElementTangent(ActiveRead read)
        {
            (string index, List<string> reads) = p.Capture(() => p.Integer(read.Index!, Source));
            return p.Variable(names.Derivative(read.Variable) + "[" + index + "]", reads.Append(names.Derivative(read.Variable)).ToList());
        }

        /// <summary>
        /// Σ ∂e/∂r · dR over what e reads, with e itself written as the local <paramref name="holder"/> wherever the
        /// derivative reuses it (σ·(1 − σ), 1 − h²): <c>ReadsHolder</c> says whether it does, so that the tangent goes
        /// after the assignment that gives the local its value; <c>Shown</c>, whether e reads anything that carries a
        /// derivative (a rule in the doc comment).
        /// </summary>
        private (Expr Tangent, bool ReadsHolder, bool Shown) Tangent(Value value, string? holder) =>
            TangentHeldBy(value, holder == null ? null : p.Variable(holder));

        /// <inheritdoc cref="Tangent(Value, string?)"/>
        private (Expr Tangent, bool ReadsHolder, bool Shown) TangentHeldBy(Value value, Expr? holder)
        {
            ExprBuilder b = p.Builder;
            Expr sum = b.Zero;
            Expr whole = p.ToExpr(value, Source);
            Expr? local = holder == null || whole.IsLeaf ? null : holder;
            bool readsHolder = false;
            bool shown = false;
            foreach ((ActiveRead read, Expr derivative) in p.Partials(value, Source, analysis.IsActive))
            {
                shown = true;
                Expr partial = derivative;
                if (local != null)
                {
                    partial = Substitution.Replace(b, derivative, whole, local);
                    readsHolder |= !ReferenceEquals(partial, derivative);
                }

                Expr tangent = read.Variable == variable && read.Index == null
                    ? b.One
                    : read.Index == null ? p.Variable(names.Derivative(read.Variable)) : ElementTangent(read);
                Expr term = b.Multiply(partial, tangent);
                if (zeroTangents.Contains(read.Variable) && Denominators.DividesByMoreThan(partial, whole))
                {
                    // A tangent of exactly 0 (a clamped or constant value) adds nothing, even where this partial is infinite.
                    term = b.UnlessZero(tangent, term);
                }

                sum = b.Add(sum, term);
            }

            return (sum, readsHolder, shown);
        }

        /// <summary>The element an element write sets, <c>h[j]</c>, as a node its tangent can read.</summary>
        private Expr ElementHolder(AssignElement write)
        {
            (string index, List<string> reads) = p.Capture(() => p.Integer(write.Index, Source));
            return p.Variable(write.Array + "[" + index + "]", reads.Append(write.Array).ToList());
        }

        /// <summary>
        /// Whether an element write may change what its value reads, so that the element no longer stands for the value's
        /// operands after it: the value reads the array written. A local array is a new array, which nothing else refers to;
        /// a parameter's elements are never written (DIFF014), but were one written, another parameter array or a jagged
        /// matrix's row could be the same object, so a value reading any element would not do either.
        /// </summary>
        private bool MayChangeItsOwnValue(AssignElement write)
        {
            var reads = ProgramFacts.Reads(write.Value).ToList();
            return write.Value is CallValue || reads.Contains(write.Array)
                || (analysis.IsParameter(write.Array) && reads.Any(v => analysis.KindOf(v) is VariableKind.Array or VariableKind.Matrix));
        }

        /// <summary>The partial keeps every variable's own name: it renames nothing.</summary>
        private static string Source(string name) => name;
    }
}
