using System.Collections.Generic;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// A path of tests from the method body to a block (<c>c₁ true, c₂ false</c>). Interned per
    /// parent, so equal paths are the same object: a forward <c>if</c>'s side and its reverse
    /// twin's have the same path.
    /// </summary>
    internal sealed class Branch
    {
        private readonly Dictionary<(Condition, bool), Branch> children = new Dictionary<(Condition, bool), Branch>();

        private Branch(Branch? parent)
        {
            Parent = parent;
            Depth = parent == null ? 0 : parent.Depth + 1;
        }

        public static Branch NewRoot() => new Branch(null);

        public Branch? Parent { get; }

        public int Depth { get; }

        public static Branch Of(Branch parent, Condition test, bool side)
        {
            if (!parent.children.TryGetValue((test, side), out Branch? child))
            {
                child = new Branch(parent);
                parent.children.Add((test, side), child);
            }

            return child;
        }

        public static Branch Common(Branch a, Branch b)
        {
            while (a.Depth > b.Depth)
            {
                a = a.Parent!;
            }

            while (b.Depth > a.Depth)
            {
                b = b.Parent!;
            }

            while (!ReferenceEquals(a, b))
            {
                a = a.Parent!;
                b = b.Parent!;
            }

            return a;
        }
    }
}
