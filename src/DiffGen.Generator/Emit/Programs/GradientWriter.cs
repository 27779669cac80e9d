using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Lowering;
using DiffGen.Generator.Lowering.Programs;
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

        public GradientWriter(LoweredMethod method, ProgramPrinter printer, ProgramAnalysis analysis, ProgramNames names)
        {
            this.method = method;
            p = printer;
            this.analysis = analysis;
            this.names = names;
        }

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
            var versions = new Versions();
            foreach (ParameterModel parameter in method.Parameters)
            {
                versions[parameter.Name] = parameter.Name;
            }

            var policies = new Dictionary<string, Policy>(System.StringComparer.Ordinal);
            var revReads = new HashSet<string>(System.StringComparer.Ordinal);
            List<Step> steps = Forward(method.Program!.Body, versions, code, policies, revReads);
            string result = ((AssignmentStep)steps.Last(s => s is AssignmentStep { Statement: Return })).Defines!;

            List<CodeNode> adjoints = AdjointDeclarations(method.Program.Body);
            List<CodeNode> final = Fuse(code, steps, adjoints) ?? Sweeps(code, steps, adjoints);
            final.Add(new CodeLine("return " + result + ";"));
            return CodeTree.Prune(final, new HashSet<string>());
        }

        /// <summary>Forward sweep, then the reverse sweep over every step.</summary>
        private List<CodeNode> Sweeps(List<CodeNode> forward, List<Step> steps, List<CodeNode> adjoints)
        {
            var final = new List<CodeNode>(forward);
            final.Add(new CodeComment("Reverse sweep: each adjoint dX = ∂" + method.Name + "/∂x, from the result back to the inputs."));
            final.AddRange(adjoints);
            final.AddRange(Reverse(steps, new Dictionary<string, Policy>(System.StringComparer.Ordinal)));
            return final;
        }

        /// <summary>Each output span must have its array's length; every output starts at zero (the sweeps add to it).</summary>
        private void WriteOutputChecks(List<CodeNode> code)
        {
            foreach (ParameterModel parameter in method.Parameters.Where(q => q.IsDifferentiated))
            {
                string output = names.Derivative(parameter.Name);
                if (parameter.IsArray)
                {
                    code.Add(new CodeLine("if (" + output + ".Length != " + parameter.Name + ".Length) throw new global::System.ArgumentException(\"" + output + " must have the length of " + parameter.Name.TrimStart('@') + " (\" + " + parameter.Name + ".Length + \"), but has \" + " + output + ".Length + \".\", nameof(" + output + "));"));
                    code.Add(new CodeLine(output + ".Clear();"));
                }
                else
                {
                    code.Add(new CodeLine(output + " = 0;"));
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
                code.Add(new CodeLine(p.Keyword + " " + adjoint + " = 0;", adjoint));
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
        private List<Step> Forward(IEnumerable<Statement> statements, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads)
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
                        string text = p.Integer(value, versions.Of);
                        if (policies.TryGetValue(name, out Policy policy) && policy != Policy.Version)
                        {
                            code.Add(new CodeLine(versions.Of(name) + " = " + text + ";"));
                            break;
                        }

                        string version = versions.Has(name) ? names.Fresh(name) : name;
                        code.Add(new CodeLine("int " + version + " = " + text + ";", version));
                        versions[name] = version;
                        break;
                    case DeclareArray array:
                        DeclareArrays(array, versions, code, withAdjoint: true);
                        break;
                    case AssignElement element:
                        code.Add(new CodeLine(ElementWrite(element, versions)));
                        steps.Add(new AssignmentStep(statement, versions.Copy(), null));
                        Note(statement, versions, revReads);
                        break;
                    case IfStatement branch:
                        steps.Add(ForwardBranch(branch, versions, code, policies, revReads));
                        break;
                    case Loop loop:
                        steps.Add(ForwardLoop(loop, versions, code, policies, revReads));
                        break;
                    case Return ret:
                        string result = names.Fresh("value");
                        code.Add(new CodeLine(p.Keyword + " " + result + " = " + p.Print(ret.Value, versions.Of) + ";"));
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
                    code.Add(new CodeLine(ScalarWrite((AssignScalar)statement, versions)));
                }

                steps.Add(new AssignmentStep(statement, before, null));
                return;
            }

            string version = versions.Has(name) ? names.Fresh(name) : name;
            code.Add(new CodeLine(p.Keyword + " " + version + " = " + p.Print(value, versions.Of) + ";", version));
            versions[name] = version;
            steps.Add(new AssignmentStep(statement, before, version));
        }

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
        private BranchStep ForwardBranch(IfStatement branch, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads)
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
                string type = analysis.KindOf(join.Key) == VariableKind.Integer ? "int" : p.Keyword;
                code.Add(new CodeLine(type + " " + join.Value + ";"));
            }

            var thenCode = new List<CodeNode>();
            var elseCode = new List<CodeNode>();
            Versions thenVersions = versions.Copy();
            Versions elseVersions = versions.Copy();
            List<Step> thenSteps = Forward(branch.Then, thenVersions, thenCode, policies, revReads);
            List<Step> elseSteps = Forward(branch.Else, elseVersions, elseCode, policies, revReads);
            foreach (KeyValuePair<string, string> join in joins)
            {
                thenCode.Add(new CodeLine(join.Value + " = " + thenVersions.Of(join.Key) + ";"));
                elseCode.Add(new CodeLine(join.Value + " = " + elseVersions.Of(join.Key) + ";"));
                versions[join.Key] = join.Value;
            }

            string header = "if (" + p.Print(branch.Test, before.Of) + ")";
            code.Add(new CodeBlock(header, thenCode, elseCode));
            return new BranchStep(branch, before, header, thenCode, elseCode, thenSteps, elseSteps);
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
                        code.Add(new CodeBlock(branch.Header, thenCode, elseCode));
                        break;
                    case LoopStep loop:
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
                    case CodeLine { Defines: not null } line:
                        replay.Add(line);
                        break;
                    case CodeBlock { Header: var header } block when header.StartsWith("if (", System.StringComparison.Ordinal):
                        replay.Add(new CodeBlock(header, Replay(block.Body), block.Else == null ? null : Replay(block.Else)));
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
                    Contribute(ret.Value, p.Builder.One, at, code, "return " + p.Print(ret.Value, at.Of));
                    break;
                case AssignScalar assign when analysis.IsActive(assign.Name) && ProgramAnalysis.AccumulatedTerm(assign) is (Value term, bool negative):
                    Expr seed = p.Variable(names.Derivative(assign.Name));
                    Contribute(term, negative ? p.Builder.Negate(seed) : seed, at, code, at.Of(assign.Name) + (negative ? " -= " : " += ") + p.Print(term, at.Of));
                    break;
                case DeclareScalar or AssignScalar:
                    (string name, Value value) = step.Statement is DeclareScalar d ? (d.Name, d.Value) : (((AssignScalar)step.Statement).Name, ((AssignScalar)step.Statement).Value);
                    if (analysis.IsActive(name))
                    {
                        ReverseOverwrite(name, value, step.Statement is DeclareScalar, step, code);
                    }

                    break;
                case AssignElement element when analysis.IsActive(element.Array):
                    string target = names.Derivative(element.Array) + "[" + p.Integer(element.Index, at.Of) + "]";
                    if (ProgramAnalysis.AccumulatedTerm(element) is (Value elementTerm, bool elementNegative))
                    {
                        Expr elementSeed = p.Variable(target);
                        Contribute(elementTerm, elementNegative ? p.Builder.Negate(elementSeed) : elementSeed, at, code, ElementWrite(element, at));
                    }
                    else
                    {
                        string seedName = names.Fresh(names.Derivative(element.Array).TrimStart('@') + "Element");
                        code.Add(new CodeComment(ElementWrite(element, at)));
                        code.Add(new CodeLine(p.Keyword + " " + seedName + " = " + target + ";", seedName));
                        code.Add(new CodeLine(target + " = 0;"));
                        Contribute(element.Value, p.Variable(seedName), at, code, null);
                    }

                    break;
            }
        }

        /// <summary><c>v = e</c> backwards: e's reads receive dV · ∂e/∂read; dV becomes dV · ∂e/∂v if e reads v, else 0.</summary>
        private void ReverseOverwrite(string name, Value value, bool declaration, AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            string adjoint = names.Derivative(name);
            string written = step.Defines ?? at.Of(name);
            IReadOnlyList<(ActiveRead Read, Expr Partial)> partials = p.Partials(value, at.Of, analysis.IsActive);
            var self = partials.Where(x => x.Read.Variable == name && x.Read.Index == null).Select(x => x.Partial).FirstOrDefault();
            var others = partials.Where(x => !(x.Read.Variable == name && x.Read.Index == null)).ToList();
            code.Add(new CodeComment(written + " = " + p.Print(value, at.Of)));
            Expr seed = p.Variable(adjoint);
            foreach ((ActiveRead read, Expr partial) in others)
            {
                AddContribution(code, Target(read, at), p.Builder.Multiply(seed, partial));
            }

            if (self != null)
            {
                code.Add(new CodeLine(adjoint + " = " + p.Print(p.Builder.Multiply(seed, self)) + ";"));
            }
            else if (!declaration)
            {
                code.Add(new CodeLine(adjoint + " = 0;"));
            }
        }

        private void Contribute(Value value, Expr seed, Versions at, List<CodeNode> code, string? comment)
        {
            if (comment != null)
            {
                code.Add(new CodeComment(comment));
            }

            foreach ((ActiveRead read, Expr partial) in p.Partials(value, at.Of, analysis.IsActive))
            {
                AddContribution(code, Target(read, at), p.Builder.Multiply(seed, partial));
            }
        }

        private string Target(ActiveRead read, Versions at) =>
            read.Index == null ? names.Derivative(read.Variable) : names.Derivative(read.Variable) + "[" + p.Integer(read.Index, at.Of) + "]";

        /// <summary><c>target += amount</c>, or <c>-=</c> for a negative amount; nothing for zero.</summary>
        private void AddContribution(List<CodeNode> code, string target, Expr amount)
        {
            if (amount is Constant { Value: 0 })
            {
                return;
            }

            bool negative = amount is Product { Coefficient: < 0 } || amount is Constant { Value: < 0 };
            Expr shown = negative ? p.Builder.Negate(amount) : amount;
            code.Add(new CodeLine(target + (negative ? " -= " : " += ") + p.Print(shown) + ";"));
        }

        private string ScalarWrite(AssignScalar assign, Versions versions) =>
            ProgramAnalysis.AccumulatedTerm(assign) is (Value term, bool negative)
                ? versions.Of(assign.Name) + (negative ? " -= " : " += ") + p.Print(term, versions.Of) + ";"
                : versions.Of(assign.Name) + " = " + p.Print(assign.Value, versions.Of) + ";";

        private string ElementWrite(AssignElement element, Versions versions)
        {
            string target = versions.Of(element.Array) + "[" + p.Integer(element.Index, versions.Of) + "]";
            return ProgramAnalysis.AccumulatedTerm(element) is (Value term, bool negative)
                ? target + (negative ? " -= " : " += ") + p.Print(term, versions.Of) + ";"
                : target + " = " + p.Print(element.Value, versions.Of) + ";";
        }

        /// <summary>A local array, and in a sweep that runs backwards over it, its adjoint array of the same length.</summary>
        private void DeclareArrays(DeclareArray array, Versions versions, List<CodeNode> code, bool withAdjoint)
        {
            versions[array.Name] = array.Name;
            string length = p.Integer(array.Length, versions.Of);
            code.Add(new CodeLine(ArrayDeclaration(array.Name, length, array.OnStack)));
            if (withAdjoint && analysis.IsActive(array.Name))
            {
                code.Add(new CodeLine(ArrayDeclaration(names.Derivative(array.Name), length, array.OnStack)));
            }
        }

        private string ArrayDeclaration(string name, string length, bool onStack) => onStack
            ? "global::System.Span<" + p.Keyword + "> " + name + " = stackalloc " + p.Keyword + "[" + length + "];"
            : p.Keyword + "[] " + name + " = new " + p.Keyword + "[" + length + "];";
    }
}
