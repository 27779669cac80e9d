using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <content>
    /// Arrangement: the items of each block (locals and <c>if</c> statements) in an order where each comes after
    /// what it reads, the forward sweep first, and the hoisted locals declared before the item that sets them.
    /// </content>
    internal sealed partial class BranchLayout
    {
        // Reused by every CollectReads, so reading what the items need allocates its buffers once per layout.
        private readonly Stack<Expr> readStack = new Stack<Expr>();
        private readonly HashSet<Expr> readSeen = new HashSet<Expr>();

        /// <summary>Puts each local and statement group into its block, each after what it reads, the forward sweep first.</summary>
        private void Arrange()
        {
            var itemsOf = new Dictionary<Scope, List<object>>();
            void AddItem(Scope scope, object item)
            {
                if (!itemsOf.TryGetValue(scope, out List<object>? list))
                {
                    list = new List<object>();
                    itemsOf.Add(scope, list);
                }

                list.Add(item);
            }

            foreach (Expr local in Plan.Locals.Where(l => !(l is InvocationPartial)))
            {
                if (StatementOf(local) == null)
                {
                    AddItem(placement[local], local);
                }
            }

            foreach (BranchGroup group in groups.Where(g => g.IsStatement))
            {
                AddItem(group.Home, group);
            }

            foreach (Expr local in Plan.Locals.Where(hoisted.ContainsKey))
            {
                object carrier = ItemAt(local, hoisted[local])!;
                if (!DeclarationsBefore.TryGetValue(carrier, out List<Expr>? list))
                {
                    list = new List<Expr>();
                    DeclarationsBefore.Add(carrier, list);
                }

                list.Add(local);
                if (local is Invocation call && PartialsOf.TryGetValue(call, out List<InvocationPartial>? outputs))
                {
                    list.AddRange(outputs);
                }
            }

            foreach (KeyValuePair<Scope, List<object>> entry in itemsOf)
            {
                entry.Key.Items.AddRange(Sort(entry.Key, entry.Value));
            }
        }

        /// <summary>The block's items, each after the items of the block it reads (a local computed in an enclosing block is none: <see cref="ItemAt"/> gives null, which is skipped).</summary>
        private IEnumerable<object> Sort(Scope scope, List<object> items) =>
            DependencyOrder.Sort(items, item => Reads(item).Select(read => ItemAt(read, scope)).OfType<object>(), OrderKey);

        /// <summary>Forward sweep before reverse sweep, then the plan's order (operands first, in the order the source computes them).</summary>
        private (int, int) OrderKey(object item) => item is BranchGroup group
            ? (group.IsReverse ? 1 : 0, group.Members.Select(m => rank[m]).Concat(group.Hosted.Select(c => rank[c])).Min())
            : (isReverse((Expr)item) ? 1 : 0, rank[(Expr)item]);

        /// <summary>The item in <paramref name="scope"/> that computes the local, or null when it is computed in an enclosing block.</summary>
        private object? ItemAt(Expr local, Scope scope)
        {
            if (local is InvocationPartial partial)
            {
                local = partial.Call;
            }

            BranchGroup? group = StatementOf(local);
            object item = group != null ? group : local;
            Scope at = group != null ? group.Home : placement[local];
            while (at.Depth > scope.Depth)
            {
                item = at.Owner!;
                at = at.Owner!.Home;
            }

            return ReferenceEquals(at, scope) ? item : null;
        }

        /// <summary>The locals an item's code reads: a local's definition; for an if, its test, its choices and everything inside it.</summary>
        private IEnumerable<Expr> Reads(object item)
        {
            var found = new List<Expr>();
            if (item is Expr local)
            {
                foreach (Expr child in LocalPlan.Representative(local).Children)
                {
                    CollectReads(child, found);
                }

                return found;
            }

            var group = (BranchGroup)item;
            CollectReads(group.Test, found);
            foreach (Select member in group.Members)
            {
                CollectReads(member.WhenTrue, found);
                CollectReads(member.WhenFalse, found);
            }

            foreach (Expr inner in locals.Where(l => !(l is InvocationPartial) && group.Encloses(placement[l])))
            {
                foreach (Expr child in LocalPlan.Representative(inner).Children)
                {
                    CollectReads(child, found);
                }
            }

            foreach (BranchGroup nested in groups.Where(g => g.IsStatement && !ReferenceEquals(g, group) && group.Encloses(g.Home)))
            {
                CollectReads(nested.Test, found);
            }

            return found;
        }

        /// <summary>Adds to <paramref name="found"/> the locals <paramref name="e"/> reads: the nearest ones, not what they are computed from.</summary>
        private void CollectReads(Expr e, List<Expr> found)
        {
            Stack<Expr> stack = readStack;
            HashSet<Expr> seen = readSeen;
            stack.Clear();
            seen.Clear();
            stack.Push(e);
            while (stack.Count > 0)
            {
                Expr node = stack.Pop();
                if (!seen.Add(node))
                {
                    continue;
                }

                if (IsLocal(node))
                {
                    found.Add(LocalPlan.Representative(node));
                    continue;
                }

                foreach (Expr child in node.Children)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
