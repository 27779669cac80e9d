using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>Store instead of recompute: costly function values a reverse loop would compute again, kept on tapes by the forward loop.</content>
    internal sealed partial class GradientWriter
    {
        /// <summary>
        /// Store instead of recompute: a transcendental value (Exp, Log, Tanh, ...) the reverse iteration
        /// computes again, which the forward run of the loop computed unconditionally in its body, is kept
        /// on a tape by the forward run and read back here: one exponential per element instead of two.
        /// The values are the DAG's call nodes (a node is one value wherever it is printed); the statements
        /// that compute them are printed again with the node standing for its local.
        /// Returns the tapes, for the caller to give back after the reverse loop.
        /// </summary>
        private List<string> StoreCostlyValues(LoopStep step, Versions inside, List<CodeNode> reverseBody)
        {
            var tapes = new List<string>();
            if (!(step.ForwardCode.LastOrDefault() is CodeBlock forwardLoop))
            {
                return tapes;
            }

            (string slot, List<string> slotReads) = p.Capture(() => TapeIndex(step.Loop.Counting!, inside));
            var stored = new List<(FunctionCall Call, string Local)>();
            string? StoredLocal(Expr e) => stored.FirstOrDefault(s => s.Call == e).Local;

            // The forward body runs as written, its locals changing in place: a local the source declared with the call
            // (double u = Math.Sin(x);) and assigns again (u += y;, or in an if) holds the call only until then, so a
            // forward line names only stored locals that keep their value. (The reverse body reads each from its tape.)
            var reassigned = new HashSet<string>(System.StringComparer.Ordinal);
            string? KeptLocal(Expr e) => StoredLocal(e) is string local && !reassigned.Contains(local) ? local : null;

            // Only what the reverse iteration keeps counts: a recomputed value nothing reads is dropped anyway; what
            // it adds to the adjoints stays (whether the code after the loop reads them is for the final pass).
            var kept = new HashSet<CodeNode>(CodeTree.Prune(reverseBody, new HashSet<string>(names.Derivatives, System.StringComparer.Ordinal)));
            foreach (CodeLine line in reverseBody.OfType<CodeLine>().Where(kept.Contains).Where(l => l.Printing != null).ToList())
            {
                foreach (FunctionCall call in line.Printing!.Calls.Where(IsCostly))
                {
                    int f = StoredLocal(call) != null ? -1 : forwardLoop.Body.FindIndex(0, Unconditional(forwardLoop.Body), n => n is CodeLine forward && forward.Printing != null && forward.Printing.Calls.Contains(call));
                    if (f < 0 || !ReadsAsIterationBegan(forwardLoop.Body, f, call))
                    {
                        continue;
                    }

                    // Forward: compute it into a local, keep it, and use the local where the call was.
                    var original = (CodeLine)forwardLoop.Body[f];
                    string name;
                    string tape;
                    if (DeclaresExactly(original, call))
                    {
                        // The source already keeps it in a local (double e = Math.Exp(...);): store that local.
                        name = original.Defines!;
                        tape = names.Fresh(name + "Tape");
                        if (CodeTree.DefinedIn(forwardLoop.Body).Count(d => d == name) > 1)
                        {
                            reassigned.Add(name);
                        }

                        forwardLoop.Body.Insert(f + 1, new CodeLine(tape + "[" + slot + "] = " + name + ";", comment: "kept for the reverse sweep", uses: p.TakeReads(slotReads.Append(tape).Append(name)), tape: (TapeUse.Write, tape)));
                    }
                    else
                    {
                        // The reverse sweep's own local for it (double exp = ...;) if the forward body has no local of that name.
                        bool ownName = DeclaresExactly(line, call) && !forwardLoop.Body.OfType<CodeLine>().Any(l => l.Defines == line.Defines);
                        name = ownName ? line.Defines! : names.Fresh(call.Function.ToString().ToLowerInvariant());
                        tape = names.Fresh(name + "Tape");
                        string local = name;
                        forwardLoop.Body[f] = p.Reprint(original, e => e == call ? local : null);
                        forwardLoop.Body.Insert(f, new CodeLine(tape + "[" + slot + "] = " + name + ";", comment: "kept for the reverse sweep", uses: p.TakeReads(slotReads.Append(tape).Append(name)), tape: (TapeUse.Write, tape)));
                        forwardLoop.Body.Insert(f, p.Reprintable(named => new CodeLine(p.Keyword + " " + local + " = " + p.Print(call, e => e == call ? null : named(e) ?? KeptLocal(e)) + ";", declaredType: p.Keyword, uses: p.TakeReads()), call));
                    }

                    (string count, List<string> countReads) = p.Capture(() => IterationCount(step.Loop.Counting!, inside));
                    forwardLoop.Prologue.Add(new CodeLine(p.Keyword + "[] " + tape + " = global::DiffGen.Tape.Rent<" + p.Keyword + ">(" + count + ");", declaredType: p.Keyword + "[]", uses: countReads, tape: (TapeUse.Rent, tape)));
                    stored.Add((call, name));
                    tapes.Add(tape);
                }
            }

            // Reverse: the stored values first, then every line reads them where it called the functions.
            var rewritten = new List<CodeNode>();
            foreach ((FunctionCall _, string local) in stored)
            {
                rewritten.Add(new CodeLine(p.Keyword + " " + local + " = " + tapes[rewritten.Count] + "[" + slot + "];", local, "as the forward sweep computed it", declaredType: p.Keyword, uses: slotReads.Append(tapes[rewritten.Count])));
            }

            foreach (CodeNode node in reverseBody)
            {
                if (node is CodeLine line && line.Printing != null && line.Printing.Calls.Any(c => StoredLocal(c) != null))
                {
                    if (line.Printing.Value != null && line.Defines != null && StoredLocal(line.Printing.Value) == line.Defines)
                    {
                        // It computed the stored value into the very local the tape is read into.
                        continue;
                    }

                    rewritten.Add(p.Reprint(line, StoredLocal));
                }
                else
                {
                    rewritten.Add(node);
                }
            }

            reverseBody.Clear();
            reverseBody.AddRange(rewritten);
            return tapes;
        }

        /// <summary>
        /// How many statements at the start of a loop body every iteration runs: those before the first that may leave the
        /// iteration (<c>if (r % 2 == 1) { continue; }</c>). A value computed after it is not on the tape for an iteration
        /// that left, though the reverse sweep of an earlier statement may read it (−sin q for a cos q before the test).
        /// </summary>
        private static int Unconditional(List<CodeNode> body)
        {
            int leaves = body.FindIndex(MayLeave);
            return leaves < 0 ? body.Count : leaves;
        }

        /// <summary>
        /// Whether the forward body, at statement <paramref name="at"/>, computes the value the reverse iteration means by
        /// the call. The forward body changes its variables in place, so one node (<c>Math.Cos(x2)</c>) stands there for a
        /// value before and one after <c>x2 = 0.9 * x2 + ...</c>; the reverse iteration names them apart (x2, x22). They
        /// agree where nothing the call reads has been assigned since the iteration began, its declaration aside.
        /// </summary>
        private bool ReadsAsIterationBegan(List<CodeNode> body, int at, FunctionCall call)
        {
            (_, List<string> reads) = p.Capture(() => p.Print(call));
            List<CodeNode> before = body.GetRange(0, at);
            var defined = CodeTree.DefinedIn(before).ToList();
            return reads.All(v => defined.Count(d => d == v) <= before.Count(n => n is CodeLine { IsDeclaration: true } line && (line.Defines == v || line.AlsoDefines.Contains(v))));
        }

        /// <summary>A break or continue of this loop (not of a loop nested in it).</summary>
        private static bool MayLeave(CodeNode node) => node switch
        {
            CodeLine line => line.Text == "break;" || line.Text == "continue;",
            CodeBlock { IsIf: true } branch => branch.Body.Any(MayLeave) || (branch.Else?.Any(MayLeave) ?? false),
            _ => false,
        };

        /// <summary>Whether the line is <c>double v = call;</c>: a declaration whose whole value is the call.</summary>
        private static bool DeclaresExactly(CodeLine line, FunctionCall call) =>
            line.Defines != null && line.IsDeclaration && line.Accumulates == null && line.Printing?.Value == call;

        /// <summary>Whether a call costs far more than a load (Exp, Log, Tanh, ...): worth a tape slot.</summary>
        private static bool IsCostly(FunctionCall call) => Functions.ElementaryFunctions.Row(call.Function).IsCostly;
    }
}
