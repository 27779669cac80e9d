using System.Collections.Immutable;
using System.Linq;

namespace DiffGen.Fuzz.Programs
{
    /// <summary>The floating-point operands of an expression node, and the node with one of them replaced: for the shrinker and the rewrites.</summary>
    public static class ExprTree
    {
        /// <summary>The node's floating-point operands, in order (a switch's arm values, then its otherwise).</summary>
        public static ImmutableArray<Expr> Children(Expr expression) => expression switch
        {
            Negate n => ImmutableArray.Create(n.Operand),
            UnaryPlus p => ImmutableArray.Create(p.Operand),
            Narrow n => ImmutableArray.Create(n.Operand),
            Binary b => ImmutableArray.Create(b.Left, b.Right),
            MathCall c => c.Args,
            Stop s => ImmutableArray.Create(s.Operand),
            Call c => c.Args,
            Conditional c => ImmutableArray.Create(c.Then, c.Else),
            SwitchOn s => s.Arms.Select(a => a.Value).Append(s.Otherwise).ToImmutableArray(),
            _ => ImmutableArray<Expr>.Empty,
        };

        /// <summary>The node with its operand number <paramref name="index"/> (as <see cref="Children"/> counts) replaced.</summary>
        public static Expr WithChild(Expr expression, int index, Expr child) => expression switch
        {
            Negate n => n with { Operand = child },
            UnaryPlus p => p with { Operand = child },
            Narrow n => n with { Operand = child },
            Binary b => index == 0 ? b with { Left = child } : b with { Right = child },
            MathCall c => c with { Args = c.Args.SetItem(index, child) },
            Stop s => s with { Operand = child },
            Call c => c with { Args = c.Args.SetItem(index, child) },
            Conditional c => index == 0 ? c with { Then = child } : c with { Else = child },
            SwitchOn s => index < s.Arms.Length ? s with { Arms = s.Arms.SetItem(index, s.Arms[index] with { Value = child }) } : s with { Otherwise = child },
            _ => expression,
        };
    }
}
