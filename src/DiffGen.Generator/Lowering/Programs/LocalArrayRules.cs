using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <summary>
    /// The order a local array must be used in for its gradient to need no tape: in every block, the
    /// statements that write it come before those that read it (so no value a read saw is overwritten
    /// later), and a loop that reads it does not carry it from one iteration to the next by adding to
    /// elements it never resets. Everything else would need the array's old contents stored.
    /// </summary>
    internal static class LocalArrayRules
    {
        /// <summary>The local arrays used out of that order, with why.</summary>
        public static IEnumerable<(string Array, string Why)> Violations(IReadOnlyList<Statement> body, IEnumerable<string> arrays) =>
            arrays.SelectMany(a => Check(body, a, insideLoop: false).Take(1).Select(why => (a, why))).ToList();

        private static IEnumerable<string> Check(IReadOnlyList<Statement> block, string array, bool insideLoop)
        {
            var writes = new List<int>();
            var reads = new List<int>();
            for (int i = 0; i < block.Count; i++)
            {
                if (ProgramFacts.Assigned(new[] { block[i] }).Contains(array))
                {
                    writes.Add(i);
                }

                if (ReadsArray(block[i], array))
                {
                    reads.Add(i);
                }
            }

            foreach (int r in reads)
            {
                if (writes.Any(w => w > r))
                {
                    yield return "it is read before a later statement writes it again";
                    yield break;
                }

                if (writes.Contains(r))
                {
                    switch (block[r])
                    {
                        case AssignElement:
                            yield return "an element is computed from the array itself";
                            yield break;
                        case Loop loop:
                            if (writes.Count > 0 && writes[0] == r && OnlyAccumulates(loop.Body, array))
                            {
                                yield return "the loop adds to elements that it also reads and never resets";
                                yield break;
                            }

                            foreach (string why in Check(loop.Body, array, insideLoop: true))
                            {
                                yield return why;
                            }

                            break;
                        case IfStatement branch:
                            foreach (string why in Check(branch.Then, array, insideLoop).Concat(Check(branch.Else, array, insideLoop)))
                            {
                                yield return why;
                            }

                            break;
                    }
                }
            }

            bool declaredHere = block.Any(s => s is DeclareArray d && d.Name == array);
            if (insideLoop && !declaredHere && reads.Count > 0 && writes.Count > 0 && writes[0] < reads[0] && OnlyAccumulates(block.Take(writes[0] + 1), array))
            {
                yield return "each iteration adds to elements it then reads, without resetting them first";
            }
        }

        /// <summary>A read of the array other than the old value in <c>a[k] += e</c>.</summary>
        private static bool ReadsArray(Statement statement, string array)
        {
            if (statement is AssignElement element && element.Array == array)
            {
                Value own = element.Value is Arithmetic { Op: IrOp.Add or IrOp.Subtract, Left: ElementRead r } a && r.Array == array && r.Index.Equals(element.Index) ? a.Right : element.Value;
                return ProgramFacts.Reads(own).Contains(array) || ProgramFacts.Reads(element.Index).Contains(array);
            }

            return statement switch
            {
                IfStatement b => ProgramFacts.Reads(b.Test).Contains(array) || b.Then.Concat(b.Else).Any(s => ReadsArray(s, array)),
                Loop l => ProgramFacts.Reads(l.Condition).Contains(array) || l.Initializers.Concat(l.Steps).Concat(l.Body).Any(s => ReadsArray(s, array)),
                _ => ProgramFacts.OwnReads(statement).Contains(array),
            };
        }

        private static bool OnlyAccumulates(IEnumerable<Statement> statements, string array) =>
            ProgramFacts.All(statements).OfType<AssignElement>().Where(e => e.Array == array)
                .All(e => e.Value is Arithmetic { Op: IrOp.Add or IrOp.Subtract, Left: ElementRead r } && r.Array == array && r.Index.Equals(e.Index));
    }
}
