using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Disjunctions of paths of tests (each path a conjunction of tests and the side taken), said as simply as the
    /// paths allow: where a call may run (<see cref="CallGuards"/>), on which branches an adjoint holds (the gradient's
    /// comments).
    /// </summary>
    internal static class BranchPaths
    {
        /// <summary>
        /// Paths without contradictions, none holding another (a ∨ (a ∧ c) is a), and two that differ only in one
        /// test's side merged ((a ∧ c) ∨ (a ∧ ¬c) is a); an empty path (every run) alone when one is among them; null
        /// beyond <paramref name="maxPaths"/>.
        /// </summary>
        public static List<BranchTest[]>? Normalize(IEnumerable<IReadOnlyList<BranchTest>> candidates, int maxPaths = int.MaxValue)
        {
            var paths = new List<BranchTest[]>();
            foreach (IReadOnlyList<BranchTest> path in candidates)
            {
                BranchTest[] distinct = path.Distinct().ToArray();
                if (distinct.Length == 0)
                {
                    // Every run takes it.
                    return new List<BranchTest[]> { distinct };
                }

                if (!distinct.Any(t => distinct.Contains(new BranchTest(t.Test, !t.Holds))))
                {
                    paths.Add(distinct);
                }

                if (maxPaths < int.MaxValue / 4 && paths.Count > maxPaths * 4)
                {
                    return null;
                }
            }

            bool changed = true;
            while (changed)
            {
                changed = false;
                for (int i = 0; i < paths.Count && !changed; i++)
                {
                    for (int j = 0; j < paths.Count && !changed; j++)
                    {
                        if (i == j)
                        {
                            continue;
                        }

                        BranchTest[] p = paths[i], q = paths[j];
                        if (p.All(q.Contains))
                        {
                            // p holds whenever q does.
                            paths.RemoveAt(j);
                            changed = true;
                        }
                        else if (p.Length == q.Length && p.Count(t => !q.Contains(t)) == 1 && p.First(t => !q.Contains(t)) is BranchTest odd && q.Contains(new BranchTest(odd.Test, !odd.Holds)))
                        {
                            paths[i] = p.Where(t => !t.Equals(odd)).ToArray();
                            paths.RemoveAt(j);
                            changed = true;
                        }
                    }
                }
            }

            return paths.Count > maxPaths ? null : paths;
        }
    }
}
