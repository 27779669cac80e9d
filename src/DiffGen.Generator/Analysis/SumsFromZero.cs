using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Sums a counting loop adds up from zero: <c>double sum = 0;</c>, nothing else changing <c>sum</c> before the loop,
    /// then one statement <c>sum += t</c> (or <c>-=</c>) directly in the loop's body, the only one in the loop that changes
    /// it. After the loop, <c>sum</c> is Σ t over the iterations: a derivative that is a multiple of t adds up to that
    /// multiple of <c>sum</c> (log-sum-exp: ∂exp(zᵢ − m)/∂m = −exp(zᵢ − m), so Σ is −sum).
    /// </summary>
    internal static class SumsFromZero
    {
        /// <summary>Every such loop of the body (nested blocks included), with its summing statement.</summary>
        public static IReadOnlyList<(Loop Loop, AssignScalar Statement)> In(IReadOnlyList<Statement> body)
        {
            var found = new List<(Loop, AssignScalar)>();
            Block(body, found);
            return found;
        }

        private static void Block(IReadOnlyList<Statement> block, List<(Loop, AssignScalar)> found)
        {
            for (int k = 0; k < block.Count; k++)
            {
                switch (block[k])
                {
                    case IfStatement b:
                        Block(b.Then, found);
                        Block(b.Else, found);
                        break;
                    case Loop loop:
                        Block(loop.Body, found);
                        if (loop.Counting != null)
                        {
                            foreach (AssignScalar sum in loop.Body.OfType<AssignScalar>().Where(s => ProgramFacts.AccumulatedTerm(s) != null && OnlyWriter(loop, s) && FromZero(block, k, s.Name)))
                            {
                                found.Add((loop, sum));
                            }
                        }

                        break;
                }
            }
        }

        /// <summary>The statement is the only one in the loop (header included) that changes its variable.</summary>
        private static bool OnlyWriter(Loop loop, AssignScalar sum) =>
            ProgramFacts.All(loop.Initializers.Concat(loop.Steps).Concat(loop.Body)).Count(s => ProgramFacts.Assigned(new[] { s }).Contains(sum.Name) && !(s is Loop || s is IfStatement)) == 1;

        /// <summary>The variable is declared as 0 earlier in the same block, and no statement between changes it.</summary>
        private static bool FromZero(IReadOnlyList<Statement> block, int loopAt, string name)
        {
            for (int j = loopAt - 1; j >= 0; j--)
            {
                if (block[j] is DeclareScalar { Value: Number { Constant: 0 } } declared && declared.Name == name)
                {
                    return true;
                }

                if (ProgramFacts.Assigned(new[] { block[j] }).Contains(name))
                {
                    return false;
                }
            }

            return false;
        }
    }
}
