using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>One test on the way to a node: the test of a <c>?:</c> (or the left of <c>&amp;&amp;</c>, <c>||</c>) and the side taken.</summary>
    internal readonly record struct PathTest(Condition Test, bool Holds);

    /// <summary>Where the nodes of an expression are evaluated: under which tests of its choices each one is computed.</summary>
    internal static class ChoicePaths
    {
        /// <summary>
        /// Every node of <paramref name="root"/> with the tests that must hold for the printed code to compute it there (a
        /// side of <c>?:</c>, the right of <c>&amp;&amp;</c> or <c>||</c>); a node reached along two paths is given twice.
        /// <paramref name="stop"/> says where not to look inside (a node it names is still given).
        /// </summary>
        public static IEnumerable<(Expr Node, IReadOnlyList<PathTest> Path)> Walk(Expr root, System.Func<Expr, bool>? stop = null)
        {
            var seen = new HashSet<(Expr, string)>();
            var stack = new Stack<(Expr Node, List<PathTest> Path)>();
            stack.Push((root, new List<PathTest>()));
            while (stack.Count > 0)
            {
                (Expr node, List<PathTest> path) = stack.Pop();
                if (!seen.Add((node, string.Join(",", path.Select(t => t.Test.Id + (t.Holds ? "+" : "-"))))))
                {
                    continue;
                }

                yield return (node, path);
                if (stop?.Invoke(node) == true)
                {
                    continue;
                }

                switch (node)
                {
                    case Select choice:
                        stack.Push((choice.Test, path));
                        stack.Push((choice.WhenTrue, new List<PathTest>(path) { new PathTest(choice.Test, true) }));
                        stack.Push((choice.WhenFalse, new List<PathTest>(path) { new PathTest(choice.Test, false) }));
                        break;
                    case Condition { Op: ConditionOp.And or ConditionOp.Or } logic:
                        var left = (Condition)logic.Children[0];
                        stack.Push((left, path));
                        stack.Push((logic.Children[1], new List<PathTest>(path) { new PathTest(left, logic.Op == ConditionOp.And) }));
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

        /// <summary>
        /// Whether code reached along <paramref name="path"/> runs only where every test of <paramref name="required"/> has
        /// its side (a test and its negation with the other side are the same fact).
        /// </summary>
        public static bool Implies(IReadOnlyList<PathTest> path, IReadOnlyList<PathTest> required, ExprBuilder b) =>
            required.All(r => path.Any(t => (t.Test == r.Test && t.Holds == r.Holds) || (t.Test == b.Not(r.Test) && t.Holds != r.Holds)));
    }
}
