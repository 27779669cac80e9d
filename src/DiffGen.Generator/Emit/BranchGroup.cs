using System.Collections.Generic;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// The choices (<see cref="Select"/>) one <c>if</c> makes: all by the same test, placed in the same
    /// block, none depending on another. Written as an <c>if</c> statement when either side has
    /// locals of its own (a statement group), else each choice is a <c>?:</c>.
    /// </summary>
    internal sealed class BranchGroup
    {
        public BranchGroup(Scope home, Condition test, int level, bool isReverse, int order)
        {
            Home = home;
            Test = test;
            Level = level;
            IsReverse = isReverse;
            Order = order;
            WhenTrue = new Scope(this, true);
            WhenFalse = new Scope(this, false);
        }

        public Scope Home { get; }

        public Condition Test { get; }

        /// <summary>Which of the <c>if</c>s by the same test this is: choices share one only at the same level (see <see cref="ChoiceLevels"/>).</summary>
        public int Level { get; }

        /// <summary>True for the reverse sweep's choices, which are kept apart from the forward sweep's.</summary>
        public bool IsReverse { get; }

        /// <summary>Creation order, to break ties deterministically.</summary>
        public int Order { get; }

        public Scope WhenTrue { get; }

        public Scope WhenFalse { get; }

        public List<Select> Members { get; } = new List<Select>();

        /// <summary>Calls computed on the true side because only there the source computes them (see <see cref="BranchLayout"/>); an <c>if</c> may hold only these.</summary>
        public List<Expr> Hosted { get; } = new List<Expr>();

        public bool IsStatement { get; set; }

        /// <summary>Whether <paramref name="scope"/> lies inside this <c>if</c>, on either side, at any depth.</summary>
        public bool Encloses(Scope scope)
        {
            for (Scope? s = scope; s.Owner != null; s = s.Owner.Home)
            {
                if (ReferenceEquals(s.Owner, this))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
