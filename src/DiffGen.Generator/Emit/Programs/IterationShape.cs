using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>What one iteration of a loop runs, as the reverse sweep sees it.</summary>
    internal static class IterationShape
    {
        /// <summary>
        /// A loop body with its break and continue statements turned into structure: what follows an if whose
        /// branch leaves the iteration moves into the other branch. The reverse sweep replays iterations one by
        /// one, so leaving one is just not running the rest of it.
        /// </summary>
        public static IReadOnlyList<Statement> Normalize(IEnumerable<Statement> body)
        {
            var list = body.ToList();
            var result = new List<Statement>();
            for (int i = 0; i < list.Count; i++)
            {
                Statement statement = list[i];
                if (statement is Break or Continue)
                {
                    return result;
                }

                if (statement is IfStatement branch)
                {
                    var then = Normalize(branch.Then);
                    var otherwise = Normalize(branch.Else);
                    var rest = list.Skip(i + 1).ToList();
                    bool thenLeaves = ProgramFacts.AlwaysLeaves(branch.Then);
                    bool elseLeaves = ProgramFacts.AlwaysLeaves(branch.Else);
                    if (thenLeaves || elseLeaves)
                    {
                        result.Add(new IfStatement(
                            branch.Test,
                            (thenLeaves ? then : Normalize(then.Concat(rest))).ToEquatableArray(),
                            (elseLeaves ? otherwise : Normalize(otherwise.Concat(rest))).ToEquatableArray()));
                        return result;
                    }

                    result.Add(new IfStatement(branch.Test, then.ToEquatableArray(), otherwise.ToEquatableArray()));
                    continue;
                }

                result.Add(statement);
            }

            return result;
        }
    }
}
