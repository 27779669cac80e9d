using System.Collections.Generic;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// Which choices (<see cref="Select"/>) by the same test may share one <c>if</c>: those of the
    /// same level. An <c>if</c> is written as one item, so everything its choices read, through any
    /// other <c>if</c>, must be written before it. Two choices by one test share an <c>if</c> only
    /// when neither reads the other, not even through choices by other tests, and when sharing
    /// makes no two <c>if</c>s read each other: <c>(x ≥ 1 ? x : tan x)·(x &gt; 1 ? x : log₂ cosh x)</c>
    /// has, in its derivative, a choice by <c>x ≥ 1</c> that reads the <c>x &gt; 1</c> factor and one by
    /// <c>x &gt; 1</c> that reads the <c>x ≥ 1</c> factor, so not all four fit in two <c>if</c>s.
    /// </summary>
    /// <remarks>
    /// Choices are taken operands first; each joins the lowest level of its test whose <c>if</c> it
    /// does not read, directly or through other <c>if</c>s. The <c>if</c>s of a test and level then
    /// read each other in no cycle, and neither do the <c>if</c>s the layout makes of them (split
    /// further by block and by sweep), since whatever a block inside an <c>if</c> holds is read by
    /// one of its choices.
    /// </remarks>
    internal static class ChoiceLevels
    {
        private static readonly HashSet<int> None = new HashSet<int>();

        /// <param name="order">Every node, each after its operands.</param>
        public static Dictionary<Select, int> Of(IReadOnlyList<Expr> order)
        {
            var levels = new Dictionary<Select, int>();
            var groupOf = new Dictionary<(Condition Test, int Level), int>();
            var groupReads = new List<HashSet<int>>();

            // The groups each node reads directly: those of the first choices below it.
            var reads = new Dictionary<Expr, HashSet<int>>();
            foreach (Expr node in order)
            {
                HashSet<int> direct = None;
                foreach (Expr child in node.Children)
                {
                    if (child is Select choice)
                    {
                        direct = With(direct, groupOf[(choice.Test, levels[choice])]);
                    }
                    else if (reads[child].Count > 0)
                    {
                        direct = Union(direct, reads[child]);
                    }
                }

                reads[node] = direct;
                if (node is Select select)
                {
                    HashSet<int> reachable = Reachable(direct, groupReads);
                    int level = 0;
                    while (groupOf.TryGetValue((select.Test, level), out int taken) && reachable.Contains(taken))
                    {
                        level++;
                    }

                    if (!groupOf.TryGetValue((select.Test, level), out int group))
                    {
                        group = groupReads.Count;
                        groupOf.Add((select.Test, level), group);
                        groupReads.Add(new HashSet<int>());
                    }

                    groupReads[group].UnionWith(direct);
                    levels[select] = level;
                }
            }

            return levels;
        }

        private static HashSet<int> Reachable(HashSet<int> start, List<HashSet<int>> groupReads)
        {
            var seen = new HashSet<int>(start);
            var stack = new Stack<int>(start);
            while (stack.Count > 0)
            {
                foreach (int next in groupReads[stack.Pop()])
                {
                    if (seen.Add(next))
                    {
                        stack.Push(next);
                    }
                }
            }

            return seen;
        }

        private static HashSet<int> With(HashSet<int> set, int group)
        {
            if (set.Contains(group))
            {
                return set;
            }

            var copy = new HashSet<int>(set) { group };
            return copy;
        }

        /// <summary>The union, sharing an operand's set when the other adds nothing (most nodes read what their operands read).</summary>
        private static HashSet<int> Union(HashSet<int> set, HashSet<int> other)
        {
            if (set.IsSupersetOf(other))
            {
                return set;
            }

            if (other.IsSupersetOf(set))
            {
                return other;
            }

            var copy = new HashSet<int>(set);
            copy.UnionWith(other);
            return copy;
        }
    }
}
