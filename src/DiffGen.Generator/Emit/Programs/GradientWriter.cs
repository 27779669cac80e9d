using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Writes the body of <c>MGradient</c> for a method with loops or arrays: reverse-mode differentiation
    /// (backpropagation) statement by statement. A forward sweep runs the method, storing on a tape only
    /// what its loops overwrite and the reverse sweep needs; the reverse sweep walks the statements back,
    /// each loop backwards (or, for a reduction, in any order), recomputing each iteration's locals and
    /// adding every statement's share to the adjoints. A final reduction whose adjoint is known up front is
    /// fused: one loop does both sweeps.
    /// </summary>
    internal sealed partial class GradientWriter
    {
        private readonly LoweredMethod method;
        private readonly ProgramPrinter p;
        private readonly ProgramAnalysis analysis;
        private readonly ProgramNames names;
        private readonly ElementTapes elementTapes;

        public GradientWriter(LoweredMethod method, ProgramPrinter printer, ProgramAnalysis analysis, ProgramNames names)
        {
            this.method = method;
            p = printer;
            this.analysis = analysis;
            this.names = names;
            elementTapes = new ElementTapes(printer, analysis, names);
        }

        /// <summary>
        /// A statement's share for what one of its reads receives: <c>Target += Amount</c>, an adjoint or an element of one;
        /// <paramref name="Output"/> is the adjoint array of an element read (dW of w[i]), null for a scalar's adjoint.
        /// </summary>
        private readonly record struct Share(string Target, Expr Amount, IReadOnlyList<string> TargetReads, string? Output)
        {
            public bool IsElement => Output != null;
        }

        /// <summary>The zeroing loop of each array output, which a loop writing the output entry by entry makes unneeded.</summary>
        private readonly Dictionary<string, CodeLine> zeroings = new Dictionary<string, CodeLine>(System.StringComparer.Ordinal);

        /// <summary>While a fused loop's body is written: the outputs it may write entry by entry.</summary>
        private WrittenOnce? writtenOnce;

        /// <summary>How a body's statements treat a variable the enclosing loop carries.</summary>
        private enum Policy
        {
            /// <summary>Each assignment makes a new local (<c>acc2</c>): the reverse sweep may read every version.</summary>
            Version,

            /// <summary>Changed in place (<c>s += e</c>): the forward run of a fused reduction.</summary>
            Mutate,

            /// <summary>Left alone: the reverse run of a reduction, which must not add its terms twice.</summary>
            Skip,
        }

        public List<CodeNode> Body()
        {
            var code = new List<CodeNode>();
            WriteOutputChecks(code);
            code.Add(new CodeComment("Forward sweep: the method's own computation."));
            code.AddRange(elementTapes.Declarations());
            var versions = new Versions();
            foreach (ParameterModel parameter in method.Parameters)
            {
                versions[parameter.Name] = parameter.Name;
            }

            var policies = new Dictionary<string, Policy>(System.StringComparer.Ordinal);
            var revReads = new HashSet<string>(System.StringComparer.Ordinal);
            List<Step> steps = Forward(method.Program!.Body.ToList(), versions, code, policies, revReads);
            string result = ((AssignmentStep)steps.Last(s => s is AssignmentStep { Statement: Return })).Defines!;

            List<CodeNode> adjoints = AdjointDeclarations(method.Program.Body);
            List<CodeNode> final = Fuse(code, steps, adjoints) ?? Sweeps(code, steps, adjoints);
            final.AddRange(elementTapes.Returns());
            foreach (ParameterModel parameter in method.Parameters.Where(q => q.IsDifferentiated && !q.IsArray))
            {
                final.Add(new CodeLine(GeneratedNames.GradientOutput(parameter.Name) + " = " + names.Derivative(parameter.Name) + ";", epilogue: true, uses: p.TakeReads(names.Derivative(parameter.Name))));
            }

            final.Add(new CodeLine("return " + result + ";", epilogue: true, uses: p.TakeReads(result)));
            return TapeHoisting.Hoist(CodeTree.DeclareAtFirstUse(CodeTree.Prune(final, new HashSet<string>())));
        }

        /// <summary>Forward sweep, then the reverse sweep over every step.</summary>
        private List<CodeNode> Sweeps(List<CodeNode> forward, List<Step> steps, List<CodeNode> adjoints)
        {
            var final = new List<CodeNode>(forward);
            final.Add(new CodeComment("Reverse sweep: the statements backwards, from the result to the inputs; each adjoint dV holds ∂" + method.Name + "/∂v."));
            final.AddRange(adjoints);
            final.AddRange(Reverse(steps, new Dictionary<string, Policy>(System.StringComparer.Ordinal)));
            return final;
        }

        /// <summary>Each output span must have its array's length; every output starts at zero (the sweeps add to it).</summary>
        private void WriteOutputChecks(List<CodeNode> code)
        {
            string? k = null;
            foreach (ParameterModel parameter in method.Parameters.Where(q => q.IsDifferentiated))
            {
                string output = names.Derivative(parameter.Name);
                if (parameter.IsArray)
                {
                    code.Add(new CodeLine("if (" + output + ".Length != " + parameter.Name + ".Length) throw new global::System.ArgumentException(\"" + output + " must have the length of " + parameter.Name.TrimStart('@') + " (\" + " + parameter.Name + ".Length + \"), but has \" + " + output + ".Length + \".\", nameof(" + output + "));", uses: p.TakeReads(output, parameter.Name)));

                    // A loop, not Span.Clear: Clear's wide vector stores leave the upper halves of the registers
                    // dirty, and every Math.Exp or Math.Log after them then pays the AVX-SSE transition penalty.
                    k ??= names.Fresh("k");
                    var zeroing = new CodeLine("for (int " + k + " = 0; " + k + " < " + output + ".Length; " + k + "++) " + output + "[" + k + "] = 0;", uses: p.TakeReads(k, output));
                    zeroings[output] = zeroing;
                    code.Add(zeroing);
                }
                else
                {
                    code.Add(new CodeLine(p.Keyword + " " + output + " = 0;", declaredType: p.Keyword, uses: p.TakeReads()));
                }
            }
        }

        /// <summary>The adjoints of the floating-point locals a block declares (not those of nested loops' bodies), each starting at zero.</summary>
        private List<CodeNode> AdjointDeclarations(IEnumerable<Statement> block)
        {
            var code = new List<CodeNode>();
            foreach (string name in DeclaredHere(block).Where(n => analysis.IsActive(n) && analysis.KindOf(n) == VariableKind.Scalar).Distinct())
            {
                string adjoint = names.Derivative(name);
                code.Add(new CodeLine(p.Keyword + " " + adjoint + " = 0;", adjoint, declaredType: p.Keyword, startsAtZero: true, uses: p.TakeReads()));
            }

            return code;
        }

        private static IEnumerable<string> DeclaredHere(IEnumerable<Statement> block)
        {
            foreach (Statement statement in block)
            {
                switch (statement)
                {
                    case DeclareScalar s:
                        yield return s.Name;
                        break;
                    case IfStatement b:
                        foreach (string name in DeclaredHere(b.Then).Concat(DeclaredHere(b.Else)))
                        {
                            yield return name;
                        }

                        break;
                }
            }
        }

        /// <summary>
        /// Runs statements forward, each assignment to a new local, and records a step per statement for the
        /// reverse sweep. Loops run with their own variables changing in place (<see cref="ForwardLoop"/>).
        /// </summary>
        /// <param name="replay">Computing an iteration again for the reverse sweep: which element writes it runs (null in the forward sweep, which runs them all).</param>
        private List<Step> Forward(IReadOnlyList<Statement> statements, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads, ReplayedWrites? replay = null)
        {
            var steps = new List<Step>();
            foreach (Statement statement in statements)
            {
                switch (statement)
                {
                    case DeclareScalar or AssignScalar:
                        ForwardScalar(statement, versions, code, policies, revReads, steps);
                        break;
                    case DeclareInteger or AssignInteger:
                        string name = statement is DeclareInteger d ? d.Name : ((AssignInteger)statement).Name;
                        Integer value = statement is DeclareInteger di ? di.Value : ((AssignInteger)statement).Value;
                        (string text, List<string> textReads) = p.Capture(() => p.Integer(value, versions.Of));
                        if (policies.TryGetValue(name, out Policy policy) && policy != Policy.Version)
                        {
                            if (policy == Policy.Mutate)
                            {
                                code.Add(new CodeLine(LoopHeaders.Step(p, versions.Of(name), value, versions) + ";", versions.Of(name), mutation: true, readsDefined: ProgramFacts.Reads(value).Contains(name), uses: p.TakeReads()));
                            }

                            break;
                        }

                        string version = versions.Has(name) ? names.Fresh(name) : name;
                        code.Add(new CodeLine(analysis.IntegerTypeOf(name) + " " + version + " = " + text + ";", version, declaredType: analysis.IntegerTypeOf(name), startsAtZero: ProgramPrinter.IsZero(value), uses: p.TakeReads(textReads)));
                        versions[name] = version;
                        break;
                    case DeclareArray array:
                        DeclareArrays(array, versions, code, withAdjoint: true);
                        if (array.Elements.Count > 0)
                        {
                            steps.Add(new AssignmentStep(statement, versions.Copy(), null));
                            Note(statement, versions, revReads);
                        }

                        break;
                    case DeclareIntegerArray array:
                        code.Add(new CodeLine(p.IntegerArrayDeclaration(array, versions.Of), declaredType: p.IntegerArrayType(array), uses: p.TakeReads()));
                        versions[array.Name] = array.Name;
                        break;
                    case AssignElement element:
                        if (ReplayedWrites.Runs(replay, element.Array))
                        {
                            code.AddRange(RunElementWrite(element, versions, replay));
                        }

                        steps.Add(new AssignmentStep(statement, versions.Copy(), null, analysis.Overwrites.Holds(element)));
                        Note(statement, versions, revReads);
                        break;
                    case IfStatement branch:
                        steps.Add(ForwardBranch(branch, versions, code, policies, revReads, replay));
                        break;
                    case Loop loop:
                        steps.Add(ForwardLoop(loop, versions, code, policies, revReads, replay));
                        break;
                    case Return ret:
                        string result = names.Fresh("value");
                        code.Add(new CodeLine(p.Keyword + " " + result + " = " + p.Print(ret.Value, versions.Of) + ";", declaredType: p.Keyword, uses: p.TakeReads()));
                        steps.Add(new AssignmentStep(statement, versions.Copy(), result));
                        break;
                }
            }

            return steps;
        }

        private void ForwardScalar(Statement statement, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads, List<Step> steps)
        {
            (string name, Value value) = statement is DeclareScalar d ? (d.Name, d.Value) : (((AssignScalar)statement).Name, ((AssignScalar)statement).Value);
            Versions before = versions.Copy();
            Note(statement, versions, revReads);
            if (policies.TryGetValue(name, out Policy policy) && policy != Policy.Version)
            {
                if (policy == Policy.Mutate)
                {
                    code.Add(ScalarWrite((AssignScalar)statement, versions, mutation: true));
                }

                steps.Add(new AssignmentStep(statement, before, null));
                return;
            }

            string version = versions.Has(name) ? names.Fresh(name) : name;
            var step = new AssignmentStep(statement, before, version);
            if (value is CallValue call && analysis.IsActive(name))
            {
                // The callee's gradient gives the value and the partials the reverse sweep needs in one call.
                step.CallOutputs = ForwardCall(version, call, versions, code);
            }
            else
            {
                code.Add(Declaration(version, p.ToExpr(value, versions.Of)));
            }

            versions[name] = version;
            steps.Add(step);
            if (!p.ToExpr(value, before.Of).IsLeaf && !(value is MathCall { Function: Functions.ElementaryFunction.Stop }))
            {
                // Its derivative may read this local in place of its value (exp' = exp): no loop may change it in place.
                revReads.Add(version);
            }
        }

        /// <summary>The C# type of a scalar or integer variable's locals.</summary>
        private string TypeOf(string variable) => analysis.KindOf(variable) == VariableKind.Integer ? analysis.IntegerTypeOf(variable) : p.Keyword;

        /// <summary>Comments show each variable by its source name.</summary>
        private static string Source(string variable) => variable;

        /// <summary>Remembers which versions the reverse sweep will read for this statement, so no loop changes them in place.</summary>
        private static void Note(Statement statement, Versions versions, HashSet<string> revReads)
        {
            foreach (string read in ProgramFacts.OwnReads(statement))
            {
                if (versions.Has(read))
                {
                    revReads.Add(versions.Of(read));
                }
            }
        }

        /// <summary>An if/else: each side runs forward; a variable either side assigns meets in one local declared before the if.</summary>
        private BranchStep ForwardBranch(IfStatement branch, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads, ReplayedWrites? replay)
        {
            Versions before = versions.Copy();
            foreach (string read in ProgramFacts.Reads(branch.Test).Where(versions.Has))
            {
                revReads.Add(versions.Of(read));
            }

            var joins = ProgramFacts.Assigned(branch.Then.Concat(branch.Else))
                .Where(n => versions.Has(n) && analysis.KindOf(n) != VariableKind.Array && !(policies.TryGetValue(n, out Policy policy) && policy != Policy.Version))
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToDictionary(n => n, n => names.Fresh(n), System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> join in joins)
            {
                string type = TypeOf(join.Key);
                code.Add(new CodeLine(type + " " + join.Value + ";", join.Value, declaredType: type, uses: p.TakeReads()));
            }

            var thenCode = new List<CodeNode>();
            var elseCode = new List<CodeNode>();
            Versions thenVersions = versions.Copy();
            Versions elseVersions = versions.Copy();
            List<Step> thenSteps = Forward(branch.Then.ToList(), thenVersions, thenCode, policies, revReads, replay);
            List<Step> elseSteps = Forward(branch.Else.ToList(), elseVersions, elseCode, policies, revReads, replay);
            foreach (KeyValuePair<string, string> join in joins)
            {
                thenCode.Add(new CodeLine(join.Value + " = " + thenVersions.Of(join.Key) + ";", join.Value, uses: p.TakeReads(thenVersions.Of(join.Key))));
                elseCode.Add(new CodeLine(join.Value + " = " + elseVersions.Of(join.Key) + ";", join.Value, uses: p.TakeReads(elseVersions.Of(join.Key))));
                versions[join.Key] = join.Value;
            }

            (string condition, List<string> conditionReads) = p.Capture(() => p.Print(branch.Test, before.Of));
            code.Add(CodeBlock.If(condition, conditionReads, thenCode, elseCode));
            return new BranchStep(condition, conditionReads, thenCode, elseCode, thenSteps, elseSteps);
        }

        /// <summary>The reverse sweep over steps, last to first.</summary>
        private List<CodeNode> Reverse(List<Step> steps, Dictionary<string, Policy> policies)
        {
            var code = new List<CodeNode>();
            for (int i = steps.Count - 1; i >= 0; i--)
            {
                switch (steps[i])
                {
                    case AssignmentStep assignment:
                        ReverseAssignment(assignment, code);
                        break;
                    case BranchStep branch:
                        var thenCode = Replay(branch.ThenCode);
                        thenCode.AddRange(Reverse(branch.ThenSteps, policies));
                        var elseCode = Replay(branch.ElseCode);
                        elseCode.AddRange(Reverse(branch.ElseSteps, policies));
                        code.Add(CodeBlock.If(branch.Condition, branch.ConditionReads, thenCode, elseCode));
                        break;
                    case LoopStep loop when analysis.HasActive(loop.Loop.Body) || analysis.Overwrites.WritesTaped(loop.Loop.Body):
                        code.AddRange(ReverseLoop(loop, policies));
                        break;
                }
            }

            return code;
        }

        /// <summary>The locals one side of a branch computed, computed again where the reverse sweep needs them.</summary>
        private static List<CodeNode> Replay(List<CodeNode> code)
        {
            var replay = new List<CodeNode>();
            foreach (CodeNode node in code)
            {
                switch (node)
                {
                    case CodeLine line when (line.Defines != null || line.IsDeclaration) && !line.IsMutation:
                        // The locals (and gradient calls) the side declared; the reverse sweep's block cannot see the forward one's.
                        replay.Add(line);
                        break;
                    case CodeBlock { IsIf: true } block:
                        replay.Add(block.With(Replay(block.Body), block.Else == null ? null : Replay(block.Else)));
                        break;
                }
            }

            return replay;
        }

        /// <summary>
        /// One statement backwards: its adjoint (the result's sensitivity to the value it wrote) times each
        /// local derivative goes to the adjoint of each value it read.
        /// </summary>
        private void ReverseAssignment(AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            switch (step.Statement)
            {
                case Return ret:
                    Emit(code, "return " + Written(ret.Value), Contributions(ret.Value, p.Builder.One, at, null), null);
                    break;
                case AssignScalar assign when analysis.IsActive(assign.Name) && ProgramAnalysis.AccumulatedTerm(assign) is (Value term, bool negative):
                    Expr seed = p.Variable(names.Derivative(assign.Name));
                    Emit(code, assign.Name + (negative ? " -= " : " += ") + Written(term), Contributions(term, negative ? p.Builder.Negate(seed) : seed, at, null), null);
                    break;
                case DeclareScalar or AssignScalar:
                    (string name, Value value) = step.Statement is DeclareScalar d ? (d.Name, d.Value) : (((AssignScalar)step.Statement).Name, ((AssignScalar)step.Statement).Value);
                    if (analysis.IsActive(name))
                    {
                        ReverseOverwrite(name, value, step.Statement is DeclareScalar, step, code);
                    }

                    break;
                case AssignElement element when analysis.IsActive(element.Array):
                    ReverseElement(element, step, code);
                    break;
                case AssignElement element when analysis.Overwrites.IsTaped(element):
                    code.Add(elementTapes.Pop(element.Array, ElementText(element, step.Before)));
                    break;
                case DeclareArray array when analysis.IsActive(array.Name):
                    ReverseArrayElements(array, step, code);
                    break;
            }
        }

        /// <summary><c>v = e</c> backwards: e's reads receive dV · ∂e/∂read; dV becomes dV · ∂e/∂v if e reads v, else 0.</summary>
        private void ReverseOverwrite(string name, Value value, bool declaration, AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            if (value is CallValue call)
            {
                ReverseCall(name, call, step, code);
                return;
            }

            string adjoint = names.Derivative(name);

            // A local that keeps its value (not one a loop changes) stands for e in its derivatives: tanh' = 1 - h².
            Expr? holder = step.Defines != null ? p.Variable(step.Defines) : null;
            var all = Contributions(value, p.Variable(adjoint), at, holder);
            var self = all.Where(c => !c.IsElement && c.Target == adjoint).ToList();
            var others = all.Where(c => c.IsElement || c.Target != adjoint).ToList();
            CodeLine? last = null;
            if (self.Count > 0)
            {
                // v = 1 + v - x: ∂e/∂v = 1 leaves dV as it is.
                p.TakeReads();
                last = ReferenceEquals(self[0].Amount, p.Variable(adjoint)) ? null : p.Reprintable(named => new CodeLine(adjoint + " = " + p.Print(self[0].Amount, named) + ";", adjoint, readsDefined: true, uses: p.TakeReads()));
            }
            else if (!declaration)
            {
                // It sets dV (the liveness pass drops it, and then dV's declaration, when nothing reads dV again).
                last = new CodeLine(adjoint + " = 0;", adjoint, readsDefined: false, uses: p.TakeReads());
            }

            Emit(code, name + " = " + Written(value), others, last);
        }

        /// <summary>
        /// <c>a[k] = e</c> backwards: the element's adjoint goes to e's reads and is cleared (a[k] += e leaves it). A taped
        /// write puts the element it overwrote back: before e's derivatives when e reads the array (they need the old
        /// element), after them otherwise (the element, still holding e, may stand for it: exp' = exp).
        /// </summary>
        private void ReverseElement(AssignElement element, AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            (string target, List<string> targetReads) = p.Capture(() => names.Derivative(element.Array) + "[" + SpanIndex(element.Index, at) + "]");
            targetReads.Add(names.Derivative(element.Array));
            CodeLine? restore = analysis.Overwrites.IsTaped(element) ? elementTapes.Pop(element.Array, ElementText(element, at)) : null;
            if (ProgramAnalysis.AccumulatedTerm(element) is (Value term, bool negative))
            {
                Expr seed = p.Variable(target, targetReads);
                Emit(code, WrittenElementWrite(element), Contributions(term, negative ? p.Builder.Negate(seed) : seed, at, null), null);
                AddRestore(code, restore);
                return;
            }

            bool readsItself = ProgramFacts.Reads(element.Value).Contains(element.Array);
            string seedName = names.Fresh(names.Derivative(element.Array).TrimStart('@') + "Element");
            code.Add(new CodeComment(WrittenElementWrite(element)));
            p.TakeReads();
            code.Add(new CodeLine(p.Keyword + " " + seedName + " = " + target + ";", seedName, declaredType: p.Keyword, uses: targetReads));
            code.Add(new CodeLine(target + " = 0;", uses: targetReads));
            if (readsItself)
            {
                AddRestore(code, restore);
            }

            (string elementText, List<string> elementReads) = ElementText(element, at);
            Expr holder = p.Variable(elementText, elementReads);
            Emit(code, null, Contributions(element.Value, p.Variable(seedName), at, step.ElementHolds ? holder : null), null);
            if (!readsItself)
            {
                AddRestore(code, restore);
            }
        }

        private static void AddRestore(List<CodeNode> code, CodeLine? restore)
        {
            if (restore != null)
            {
                code.Add(restore);
            }
        }

        /// <summary><c>double[] a = { e0, e1 };</c> backwards: element k's adjoint goes to what e_k reads.</summary>
        private void ReverseArrayElements(DeclareArray array, AssignmentStep step, List<CodeNode> code)
        {
            for (int k = 0; k < array.Elements.Count; k++)
            {
                string target = names.Derivative(array.Name) + "[" + k + "]";
                Emit(code, array.Name + "[" + k + "] = " + Written(array.Elements[k]), Contributions(array.Elements[k], p.Variable(target, new[] { names.Derivative(array.Name) }), step.Before, null), null);
            }
        }

        /// <summary>The element a write changes, as the generated code names it at that point: <c>q[j]</c>.</summary>
        private (string Text, List<string> Reads) ElementText(AssignElement element, Versions at)
        {
            (string text, List<string> reads) = p.Capture(() => at.Of(element.Array) + "[" + p.Integer(element.Index, at.Of) + "]");
            reads.Add(at.Of(element.Array));
            return (text, reads);
        }

        /// <summary>seed · ∂value/∂r for each active r the value reads, with the value itself written as <paramref name="holder"/> where it appears.</summary>
        private List<Share> Contributions(Value value, Expr seed, Versions at, Expr? holder)
        {
            Expr whole = p.ToExpr(value, at.Of);
            var result = new List<Share>();
            foreach ((ActiveRead read, Expr partial) in p.Partials(value, at.Of, analysis.IsActive))
            {
                Expr local = holder == null || whole.IsLeaf ? partial : Substitution.Replace(p.Builder, partial, whole, holder);
                Expr amount = p.Builder.Multiply(seed, local);
                if (!(amount is Constant { Value: 0 }))
                {
                    (string target, List<string> targetReads) = p.Capture(() => Target(read, at));
                    targetReads.Add(names.Derivative(read.Variable));
                    result.Add(new Share(target, amount, targetReads, read.Index != null ? names.Derivative(read.Variable) : null));
                }
            }

            return result;
        }

        /// <summary>
        /// <c>v = f(a, w)</c> backwards: f's gradient gives ∂f/∂a and ∂f/∂w[k]; dV times each goes on to what the
        /// argument read (an array's adjoint, element by element).
        /// </summary>
        private void ReverseCall(string name, CallValue call, AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            string adjoint = names.Derivative(name);
            IReadOnlyDictionary<string, string> outputs = step.CallOutputs ?? new Dictionary<string, string>();
            var contributions = new List<Share>();
            var after = new List<CodeNode>();
            foreach (CallArgument argument in call.Arguments.Where(a => a.HasDerivative && outputs.ContainsKey(a.Parameter)))
            {
                string output = outputs[argument.Parameter];
                if (argument.Scalar != null)
                {
                    contributions.AddRange(Contributions(argument.Scalar, p.Builder.Multiply(p.Variable(adjoint), p.Variable(output)), at, null));
                    continue;
                }

                string array = at.Of(argument.Array!);
                if (analysis.IsActive(argument.Array!))
                {
                    string k = names.Fresh("k");
                    var addAll = new CodeLine(names.Derivative(argument.Array!) + "[" + k + "] += " + adjoint + " * " + output + "[" + k + "];", uses: new[] { names.Derivative(argument.Array!), k, adjoint, output });
                    after.Add(CodeBlock.Loop("for (int " + k + " = 0; " + k + " < " + array + ".Length; " + k + "++)", new List<CodeNode> { addAll }, new[] { k, array }));
                }

                after.Add(new CodeLine("global::DiffGen.Tape.Return(" + output + ");", uses: new[] { output }));
            }

            Emit(code, name + " = " + Written(call), contributions, null);
            code.AddRange(after);
        }

        /// <summary>
        /// <c>double v = FGradient(a, w, out double dFDA, new Span(dFDW, ...))</c>: the value and, for the reverse
        /// sweep, ∂f/∂a and ∂f/∂w[k] (in an array rented here and returned there).
        /// </summary>
        private Dictionary<string, string> ForwardCall(string version, CallValue call, Versions versions, List<CodeNode> code)
        {
            var outputs = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var passed = new List<string>();
            foreach (CallArgument argument in call.Arguments.Where(a => a.HasDerivative))
            {
                string output = names.Fresh(GeneratedNames.CalleePartial(call.Callee, argument.Parameter));
                outputs[argument.Parameter] = output;
                if (argument.Scalar != null)
                {
                    passed.Add("out " + p.Keyword + " " + output);
                    continue;
                }

                (string rent, string span) = p.PartialsBuffer(output, versions.Of(argument.Array!));
                code.Add(new CodeLine(rent, output, declaredType: p.Keyword + "[]", uses: p.TakeReads(versions.Of(argument.Array!))));
                passed.Add(span);
            }

            bool writesBuffers = call.Arguments.Any(a => a.HasDerivative && a.Array != null);
            // Kept when the value or a partial is read.
            code.Add(new CodeLine(p.Keyword + " " + version + " = " + call.GradientAccess + "(" + string.Join(", ", p.Arguments(call, versions.Of).Concat(passed)) + ");", version, call.Callee + " and its partials in one call of " + call.GradientName, call.Arguments.Where(a => a.HasDerivative && a.Scalar != null).Select(a => outputs[a.Parameter]).ToList(), mutation: writesBuffers, effects: writesBuffers, declaredType: p.Keyword, uses: p.TakeReads(outputs.Values)));
            return outputs;
        }

        private string Target(ActiveRead read, Versions at) =>
            read.Index == null ? names.Derivative(read.Variable) : names.Derivative(read.Variable) + "[" + SpanIndex(read.Index, at) + "]";

        /// <summary>An index for a span (adjoints and outputs are spans, whose indexer takes an int): a long index is converted.</summary>
        private string SpanIndex(Integer index, Versions at) =>
            ProgramFacts.Reads(index).Any(v => analysis.IsLongInteger(v)) ? "(int)(" + p.Integer(index, at.Of) + ")" : p.Integer(index, at.Of);

        /// <summary>
        /// The lines of one statement's adjoint: a comment with the statement, a local for each function value the
        /// amounts share, <c>target += amount</c> (or <c>-=</c>) each, then <paramref name="last"/>.
        /// </summary>
        private void Emit(List<CodeNode> code, string? comment, List<Share> contributions, CodeLine? last)
        {
            p.TakeReads(); // what the comment printed: a comment reads nothing
            if (contributions.Count == 0 && last == null)
            {
                return;
            }

            if (comment != null)
            {
                code.Add(new CodeComment(comment));
            }

            Dictionary<Expr, string> shared = SharedValues(contributions.Select(c => c.Amount), out Dictionary<Expr, Expr> definitions);
            foreach (KeyValuePair<Expr, string> value in DefinitionOrder(shared, definitions))
            {
                Expr definition = definitions[value.Key];
                code.Add(p.Reprintable(named => new CodeLine(p.Keyword + " " + value.Value + " = " + p.Print(definition, e => (e != value.Key && shared.TryGetValue(e, out string? n) ? n : null) ?? named(e)) + ";", value.Value, declaredType: p.Keyword, uses: p.TakeReads()), definition));
            }

            foreach (Share share in contributions)
            {
                // An element read only when a test holds (i > 0 ? x[i - 1] : 0) gets its share only then: x[i - 1] may not exist otherwise.
                if (share.IsElement && share.Amount is Select guarded && (guarded.WhenTrue is Constant { Value: 0 } || guarded.WhenFalse is Constant { Value: 0 }))
                {
                    bool whenTrue = !(guarded.WhenTrue is Constant { Value: 0 });
                    Expr test = whenTrue ? guarded.Test : p.Builder.Not(guarded.Test);
                    (string condition, List<string> conditionReads) = p.Capture(() => p.PrintCondition((Condition)test));
                    writtenOnce?.Writes(share.Output, guarded: true);
                    code.Add(CodeBlock.If(condition, conditionReads, new List<CodeNode> { Contribution(share with { Amount = whenTrue ? guarded.WhenTrue : guarded.WhenFalse }, shared) }));
                    continue;
                }

                code.Add(writtenOnce?.Writes(share.Output, guarded: false) == true ? Assignment(share, shared) : Contribution(share, shared));
            }

            if (last != null)
            {
                code.Add(last);
            }
        }

        /// <summary>
        /// <c>dR += amount;</c>: it reads and sets a scalar adjoint, so the liveness pass drops it when nothing reads dR
        /// afterwards (and then dR's declaration, which C# would warn about: CS0219); an element of an adjoint array stays.
        /// </summary>
        private CodeLine Contribution(Share share, Dictionary<Expr, string> shared)
        {
            bool negative = share.Amount is Product { Coefficient: < 0 } || share.Amount is Constant { Value: < 0 };
            Expr shown = negative ? p.Builder.Negate(share.Amount) : share.Amount;
            return p.Reprintable(named =>
            {
                Accumulation added = p.Accumulation(share.Target, shown, negative, e => (shared.TryGetValue(e, out string? n) ? n : null) ?? named(e));
                List<string> reads = p.TakeReads(share.TargetReads);
                return share.IsElement ? new CodeLine(added.Text, accumulates: added, uses: reads) : new CodeLine(added.Text, share.Target, readsDefined: true, accumulates: added, uses: reads);
            });
        }

        /// <summary><c>dW[i] = amount;</c>: the first and unguarded contribution to an entry that one iteration alone writes.</summary>
        private CodeLine Assignment(Share share, Dictionary<Expr, string> shared) => p.Reprintable(named =>
        {
            string amount = p.Print(share.Amount, e => (shared.TryGetValue(e, out string? n) ? n : null) ?? named(e));
            return new CodeLine(share.Target + " = " + amount + ";", uses: p.TakeReads(share.TargetReads));
        });

        /// <summary>
        /// The shared values in the order of their nodes, except that a value whose definition reads another shared value
        /// (in its guard too: <c>double sin = p &lt; stop ? Math.Sin(y) : 0;</c> reads <c>stop</c>) comes after that value.
        /// </summary>
        private static IEnumerable<KeyValuePair<Expr, string>> DefinitionOrder(Dictionary<Expr, string> shared, Dictionary<Expr, Expr> definitions)
        {
            var pending = shared.OrderBy(v => v.Key.Id).ToList();
            var done = new HashSet<Expr>();
            while (pending.Count > 0)
            {
                int next = pending.FindIndex(v => TopologicalOrder.OperandsFirst(new[] { definitions[v.Key] }).All(e => e == v.Key || !shared.ContainsKey(e) || done.Contains(e)));
                KeyValuePair<Expr, string> value = pending[next < 0 ? 0 : next];
                pending.Remove(value);
                done.Add(value.Key);
                yield return value;
            }
        }

        /// <summary>
        /// Function values the amounts would otherwise compute twice (in two amounts, or squared in one): each gets a local.
        /// A value the amounts read only under a test (a side of <c>?:</c>, the right of <c>&amp;&amp;</c> or <c>||</c>) is
        /// computed under the tests all its reads share (<c>double tanh = i + 1 &lt; w.Length ? Math.Tanh(w[i + 1] * x) : 0;</c>),
        /// since it may not exist elsewhere (<c>w[i + 1]</c>); one read under tests that no two reads share gets no local.
        /// </summary>
        private Dictionary<Expr, string> SharedValues(IEnumerable<Expr> amounts, out Dictionary<Expr, Expr> definitions)
        {
            var guards = new Dictionary<Expr, List<(Condition Test, bool Holds)>>();
            var uses = new Dictionary<Expr, int>();
            var unguarded = new HashSet<Expr>();
            void Use(Expr call, List<(Condition, bool)> path, int count)
            {
                uses[call] = uses.TryGetValue(call, out int n) ? n + count : count;
                if (path.Count == 0)
                {
                    unguarded.Add(call);
                }

                if (!guards.TryGetValue(call, out List<(Condition Test, bool Holds)>? common))
                {
                    guards.Add(call, new List<(Condition, bool)>(path));
                    return;
                }

                int shared = 0;
                while (shared < common.Count && shared < path.Count && common[shared].Equals(path[shared]))
                {
                    shared++;
                }

                common.RemoveRange(shared, common.Count - shared);
            }

            foreach (Expr amount in amounts)
            {
                // Each node once per amount and path of tests (a node read under two tests is two reads).
                var seen = new HashSet<(Expr, string)>();
                var stack = new Stack<(Expr Node, List<(Condition, bool)> Path)>();
                stack.Push((amount, new List<(Condition, bool)>()));
                while (stack.Count > 0)
                {
                    (Expr node, List<(Condition, bool)> path) = stack.Pop();
                    if (!seen.Add((node, string.Join(",", path.Select(l => l.Item1.Id + (l.Item2 ? "+" : "-"))))))
                    {
                        continue;
                    }

                    if (node is FunctionCall)
                    {
                        Use(node, path, 1);
                    }

                    if (node is Product product)
                    {
                        foreach (Factor factor in product.Factors.Where(f => f.Base is FunctionCall && (f.Exponent == 2 || f.Exponent == 3)))
                        {
                            Use(factor.Base, path, 2);
                        }
                    }

                    switch (node)
                    {
                        case Select choice:
                            stack.Push((choice.Test, path));
                            stack.Push((choice.WhenTrue, new List<(Condition, bool)>(path) { (choice.Test, true) }));
                            stack.Push((choice.WhenFalse, new List<(Condition, bool)>(path) { (choice.Test, false) }));
                            break;
                        case Condition { Op: ConditionOp.And or ConditionOp.Or } logic:
                            var left = (Condition)logic.Children[0];
                            stack.Push((left, path));
                            stack.Push((logic.Children[1], new List<(Condition, bool)>(path) { (left, logic.Op == ConditionOp.And) }));
                            break;
                        default:
                            foreach (Expr child in node.Children)
                            {
                                stack.Push((child, path));
                            }

                            break;
                    }
                }
            }

            definitions = new Dictionary<Expr, Expr>();
            var locals = new Dictionary<Expr, string>();
            foreach (KeyValuePair<Expr, int> use in uses.Where(u => u.Value > 1).OrderBy(u => u.Key.Id))
            {
                List<(Condition Test, bool Holds)> path = guards[use.Key];
                if (path.Count == 0 && !unguarded.Contains(use.Key))
                {
                    // Read only under tests no two reads share: computed where each read is.
                    continue;
                }

                Condition guard = p.Builder.Truth(true);
                foreach ((Condition test, bool holds) in path)
                {
                    guard = p.Builder.And(guard, holds ? test : p.Builder.Not(test));
                }

                definitions.Add(use.Key, p.Builder.Select(guard, use.Key, p.Builder.Zero));
                locals.Add(use.Key, names.Fresh(((FunctionCall)use.Key).Function.ToString().ToLowerInvariant()));
            }

            return locals;
        }

        /// <summary><c>v = e;</c>, or <c>v += term;</c> for a sum: it sets v's current version.</summary>
        private CodeLine ScalarWrite(AssignScalar assign, Versions versions, bool mutation = false)
        {
            string target = versions.Of(assign.Name);
            return Write(target, ProgramAnalysis.AccumulatedTerm(assign), assign.Value, versions, (text, added, reads) => new CodeLine(text, target, mutation: mutation, accumulates: added, uses: reads));
        }

        /// <summary>A value as the source writes it (<c>Math.Exp</c>, <c>Constants.Scale</c>), for the comment above its adjoint.</summary>
        private string Written(Value value) => p.AsWritten(() => p.Print(value, Source));

        /// <summary>An element write as the source writes it (<c>h[j] += w[j] * x</c>), for the comment above its adjoint.</summary>
        private string WrittenElementWrite(AssignElement element) => p.AsWritten(() =>
        {
            string target = element.Array + "[" + p.Integer(element.Index, Source) + "]";
            return ProgramAnalysis.AccumulatedTerm(element) is (Value term, bool negative)
                ? target + (negative ? " -= " : " += ") + p.Print(term, Source)
                : target + " = " + p.Print(element.Value, Source);
        });

        private CodeLine ElementWrite(AssignElement element, Versions versions)
        {
            (string index, List<string> indexReads) = p.Capture(() => p.Integer(element.Index, versions.Of));
            string target = versions.Of(element.Array) + "[" + index + "]";
            indexReads.Add(versions.Of(element.Array));
            return Write(target, ProgramAnalysis.AccumulatedTerm(element), element.Value, versions, (text, added, reads) => new CodeLine(text, accumulates: added, uses: reads.Concat(indexReads)));
        }

        /// <summary>
        /// <c>target += term;</c> (or <c>-=</c>) for a sum, else <c>target = value;</c>, printed from the value's nodes as the
        /// <paramref name="versions"/> name its variables now, so that it can be printed again with some nodes named.
        /// </summary>
        private CodeLine Write(string target, (Value Term, bool Negative)? accumulated, Value value, Versions versions, System.Func<string, Accumulation?, List<string>, CodeLine> line)
        {
            Expr printed = p.ToExpr(accumulated?.Term ?? value, versions.Of);
            return p.Reprintable(named =>
            {
                Accumulation? added = accumulated is (_, bool negative) ? p.Accumulation(target, printed, negative, named) : null;
                string text = added?.Text ?? target + " = " + p.Print(printed, named) + ";";
                return line(text, added, p.TakeReads());
            });
        }

        /// <summary><c>double v = value;</c>, printed from the value's nodes so that it can be printed again with some of them named.</summary>
        private CodeLine Declaration(string local, Expr value) => p.Reprintable(
            named => new CodeLine(p.Keyword + " " + local + " = " + p.Print(value, named) + ";", local, declaredType: p.Keyword, startsAtZero: value is Constant { Value: 0 }, uses: p.TakeReads()),
            value);

        /// <summary>An element write as the sweeps run it: a taped one first keeps the value it overwrites, where the reverse sweep takes it back from.</summary>
        private IEnumerable<CodeNode> RunElementWrite(AssignElement element, Versions versions, ReplayedWrites? replay)
        {
            var code = new List<CodeNode>();
            if (analysis.Overwrites.IsTaped(element) && ReplayedWrites.Keeps(replay, element.Array, analysis.Overwrites.RenewingAround(element)))
            {
                code.AddRange(elementTapes.Push(element.Array, ElementText(element, versions)));
            }

            code.Add(ElementWrite(element, versions));
            return code;
        }

        /// <summary>A local array, and in a sweep that runs backwards over it, its adjoint array of the same length.</summary>
        private void DeclareArrays(DeclareArray array, Versions versions, List<CodeNode> code, bool withAdjoint)
        {
            versions[array.Name] = array.Name;
            (string length, List<string> lengthReads) = p.Capture(() => p.Integer(array.Length, versions.Of));
            code.Add(new CodeLine(
                array.Elements.Count > 0
                    ? p.ArrayDeclaration(array.Name, array.Elements.Select(e => p.Print(e, versions.Of)), array.OnStack)
                    : p.ArrayDeclaration(array.Name, length, array.OnStack),
                declaredType: p.ArrayType(array.OnStack),
                uses: p.TakeReads(array.Elements.Count > 0 ? new List<string>() : lengthReads)));
            if (withAdjoint && analysis.IsActive(array.Name))
            {
                code.Add(new CodeLine(p.ArrayDeclaration(names.Derivative(array.Name), length, array.OnStack), declaredType: p.ArrayType(array.OnStack), uses: p.TakeReads(lengthReads)));
            }
        }

    }
}
