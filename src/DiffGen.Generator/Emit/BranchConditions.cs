using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// The branches on which a comment says an adjoint holds, said once: "if a, or if a and b, or if a and not b" is
    /// "if a". A branch that another's tests all hold on adds nothing (a ∨ (a ∧ b) is a), and two that differ only in one
    /// test's side are one ((a ∧ b) ∨ (a ∧ ¬b) is a).
    /// </summary>
    internal static class BranchConditions
    {
        /// <summary>The branches, simplified; an empty branch (every path) alone when one is among them.</summary>
        public static List<IReadOnlyList<BranchTest>> Simplify(IEnumerable<IReadOnlyList<BranchTest>> branches)
        {
            var result = new List<IReadOnlyList<BranchTest>>();
            foreach (IReadOnlyList<BranchTest> branch in branches)
            {
                result.Add(branch.Distinct().ToArray());
            }

            bool changed = true;
            while (changed)
            {
                changed = false;
                for (int i = 0; i < result.Count && !changed; i++)
                {
                    for (int j = 0; j < result.Count && !changed; j++)
                    {
                        if (i == j)
                        {
                            continue;
                        }

                        IReadOnlyList<BranchTest> p = result[i], q = result[j];
                        if (p.All(q.Contains))
                        {
                            // q holds only where p does.
                            result.RemoveAt(j);
                            changed = true;
                        }
                        else if (p.Count == q.Count && p.Count(t => !q.Contains(t)) == 1)
                        {
                            BranchTest odd = p.First(t => !q.Contains(t));
                            if (q.Contains(new BranchTest(odd.Test, !odd.Holds)))
                            {
                                result[i] = p.Where(t => !t.Equals(odd)).ToArray();
                                result.RemoveAt(j);
                                changed = true;
                            }
                        }
                    }
                }
            }

            return result;
        }
    }
}
