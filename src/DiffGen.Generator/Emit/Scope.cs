using System.Collections.Generic;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>A block of generated statements: the method body, or one side of an <c>if</c>.</summary>
    internal sealed class Scope
    {
        public Scope(BranchGroup? owner, bool isTrueSide)
        {
            Owner = owner;
            IsTrueSide = isTrueSide;
            Depth = owner == null ? 0 : owner.Home.Depth + 1;
        }

        /// <summary>The <c>if</c> this block is a side of; null for the method body.</summary>
        public BranchGroup? Owner { get; }

        public bool IsTrueSide { get; }

        public int Depth { get; }

        /// <summary>What the block computes, in order: locals (<see cref="Expr"/>) and nested <c>if</c>s (<see cref="BranchGroup"/>).</summary>
        public List<object> Items { get; } = new List<object>();

        /// <summary>Whether the block lies inside an <c>if</c> of the reverse sweep, at any depth.</summary>
        public bool IsInReverseSweep
        {
            get
            {
                for (Scope s = this; s.Owner != null; s = s.Owner.Home)
                {
                    if (s.Owner.IsReverse)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>The innermost block enclosing both <paramref name="a"/> and <paramref name="b"/> (either, if it encloses the other).</summary>
        public static Scope Common(Scope a, Scope b)
        {
            while (a.Depth > b.Depth)
            {
                a = a.Owner!.Home;
            }

            while (b.Depth > a.Depth)
            {
                b = b.Owner!.Home;
            }

            while (!ReferenceEquals(a, b))
            {
                a = a.Owner!.Home;
                b = b.Owner!.Home;
            }

            return a;
        }
    }
}
