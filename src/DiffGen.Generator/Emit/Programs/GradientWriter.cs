using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

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
        private readonly GateStacks gateStacks;
        private readonly KeptCallLines keptLines;
        private readonly Loop? movedLast;

        /// <summary>Whether <see cref="Body"/> fused the loop the reordering moved last (else the reordering gained nothing).</summary>
        public bool FusedMovedLoop { get; private set; }

        /// <param name="movedLast">A reduction the gradient computes after statements that follow it in the source (see <see cref="Analysis.LoopReordering"/>), or null.</param>
        public GradientWriter(LoweredMethod method, ProgramPrinter printer, ProgramAnalysis analysis, ProgramNames names, Loop? movedLast = null)
        {
            this.method = method;
            this.movedLast = movedLast;
            p = printer;
            this.analysis = analysis;
            this.names = names;
            elementTapes = new ElementTapes(printer, analysis, names);
            gateStacks = new GateStacks(analysis, names);
            keptLines = new KeptCallLines(printer);
        }

        private HashSet<string>? infiniteAdjoints;

        /// <summary>The variables whose adjoint may be infinite where their value is finite (<see cref="InfiniteAdjoints"/>), found once.</summary>
        private HashSet<string> InfiniteAdjointSet => infiniteAdjoints ??= InfiniteAdjoints.Of(method.Program!.Body, p, analysis);

        /// <summary>The zeroing loop of each array output, which a loop writing the output entry by entry makes unneeded.</summary>
        private readonly Dictionary<string, CodeLine> zeroings = new Dictionary<string, CodeLine>(System.StringComparer.Ordinal);

        /// <summary>
        /// A branch side's last write of a variable both sides assign, written straight into the local the sides meet in
        /// (<c>loss2 = 1 - margin;</c>), not into a version of its own that is then copied there.
        /// </summary>
        private readonly Dictionary<Statement, string> writesIntoJoin = new Dictionary<Statement, string>(ReferenceComparer.Instance);

        /// <summary>
        /// Locals declared with a constant the source declared its variable with (<c>double loss;</c> is 0), each with the block
        /// its declaration is written in, until a statement assigns the variable.
        /// </summary>
        private readonly Dictionary<string, List<CodeNode>> constantDeclarations = new Dictionary<string, List<CodeNode>>(System.StringComparer.Ordinal);

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
            code.AddRange(gateStacks.Declarations());
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
            enclosingAdjoints.UnionWith(DeclaredAdjoints(adjoints));
            List<CodeNode> final = Fuse(code, steps, adjoints) ?? Sweeps(code, steps, adjoints);
            final.AddRange(elementTapes.Returns());
            final.AddRange(gateStacks.Returns());
            foreach (ParameterModel parameter in method.Parameters.Where(q => q.IsDifferentiated && !q.IsArray))
            {
                final.Add(new CodeLine(GeneratedNames.GradientOutput(parameter.Name) + " = " + names.Derivative(parameter.Name) + ";", epilogue: true, uses: p.TakeReads(names.Derivative(parameter.Name))));
            }

            final.Add(new CodeLine("return " + result + ";", epilogue: true, uses: p.TakeReads(result)));
            List<CodeNode> written = TapeHoisting.Hoist(CodeTree.DeclareAtFirstUse(UnreadTapes.DropAndPrune(final)));

            // The guard clauses come first, once each output span is known to have its array's length.
            (List<CodeNode> earlyReturns, List<string> earlyRules) = EarlyReturnCode.Gradient(method.Program.EarlyReturns, p, names, method.Name, method.Parameters.Where(q => q.IsDifferentiated).ToList(), analysis.IsLongInteger);
            EarlyReturnRules = earlyRules;
            written.InsertRange(written.FindLastIndex(node => node is CodeLine line && lengthChecks.Contains(line)) + 1, earlyReturns);
            return written;
        }

        /// <summary>The doc rules of the guard clauses <see cref="Body"/> wrote (<see cref="EarlyReturnCode"/>).</summary>
        public IReadOnlyList<string> EarlyReturnRules { get; private set; } = new List<string>();

        /// <summary>The lines that check an output span's length, which the guard clauses follow.</summary>
        private readonly HashSet<CodeLine> lengthChecks = new HashSet<CodeLine>();

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
                    code.Add(Check(new CodeLine("if (" + output + ".Length != " + parameter.Name + ".Length) throw new global::System.ArgumentException(\"" + output + " must have the length of " + parameter.Name.TrimStart('@') + " (\" + " + parameter.Name + ".Length + \"), but has \" + " + output + ".Length + \".\", \"" + output.TrimStart('@') + "\");", uses: p.TakeReads(output, parameter.Name))));

                    k ??= names.Fresh("k");
                    var zeroing = new CodeLine(Zeroing(output, k), uses: p.TakeReads(k, output));
                    zeroings[output] = zeroing;
                    code.Add(zeroing);
                }
                else
                {
                    code.Add(new CodeLine(p.Keyword + " " + output + " = 0;", declaredType: p.Keyword, uses: p.TakeReads()));
                }
            }
        }

        /// <summary>
        /// <c>for (int k = 0; k &lt; dX.Length; k++) dX[k] = 0;</c>: an output zeroed by a loop, not Span.Clear, whose wide
        /// vector stores leave the upper halves of the registers dirty (every Math.Exp or Math.Log after them then pays the
        /// AVX-SSE transition penalty).
        /// </summary>
        public static string Zeroing(string output, string counter) =>
            "for (int " + counter + " = 0; " + counter + " < " + output + ".Length; " + counter + "++) " + output + "[" + counter + "] = 0;";

        private CodeLine Check(CodeLine line)
        {
            lengthChecks.Add(line);
            return line;
        }

        /// <summary>The adjoints declared in the scopes around the code being written (the method's, then each reverse loop body's).</summary>
        private readonly HashSet<string> enclosingAdjoints = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>
        /// The adjoints of the floating-point locals a block declares (not those of nested loops' bodies), each starting at zero.
        /// One that a scope around it declares already (a local of the same name in an if before the loop) is set to 0, not
        /// declared again (C# allows no local to hide another, CS0136). The caller adds the declared names to
        /// <see cref="enclosingAdjoints"/> while it writes the block.
        /// </summary>
        private List<CodeNode> AdjointDeclarations(IEnumerable<Statement> block)
        {
            var code = new List<CodeNode>();
            foreach (string name in DeclaredHere(block).Where(n => analysis.IsActive(n) && analysis.KindOf(n) == VariableKind.Scalar).Distinct())
            {
                string adjoint = names.Derivative(name);
                code.Add(enclosingAdjoints.Contains(adjoint)
                    ? new CodeLine(adjoint + " = 0;", adjoint, readsDefined: false, uses: p.TakeReads())
                    : new CodeLine(p.Keyword + " " + adjoint + " = 0;", adjoint, declaredType: p.Keyword, startsAtZero: true, uses: p.TakeReads()));
            }

            return code;
        }

        /// <summary>The names the adjoint declarations declare (not those they only set to 0).</summary>
        private static IEnumerable<string> DeclaredAdjoints(IEnumerable<CodeNode> declarations) =>
            declarations.OfType<CodeLine>().Where(line => line.IsDeclaration && line.Defines != null).Select(line => line.Defines!);

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

        /// <summary>The C# type of a scalar or integer variable's locals.</summary>
        private string TypeOf(string variable) => analysis.KindOf(variable) == VariableKind.Integer ? analysis.IntegerTypeOf(variable) : p.Keyword;
    }
}
