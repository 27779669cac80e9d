using System.Collections.Generic;
using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    // The nodes that choose and name: conditions, choices between values, named values and calls of other methods.

    /// <summary>
    /// A true/false test over values: <c>a &lt; b</c>, <c>p &amp;&amp; q</c>, <c>!p</c>. Conditions choose
    /// between values (<see cref="Select"/>); they are evaluated, never differentiated.
    /// </summary>
    internal sealed class Condition : Expr
    {
        private readonly Expr[] operands;

        internal Condition(int id, ConditionOp op, Expr[] operands)
            : base(id)
        {
            Op = op;
            this.operands = operands;
        }

        public ConditionOp Op { get; }

        public bool IsComparison => Op <= ConditionOp.NotEqual;

        public override ExprKind Kind => ExprKind.Condition;

        /// <summary>
        /// The tests known to come out as they do wherever this one comes out <paramref name="holds"/>: itself, the sides
        /// of an &amp;&amp; that holds and of an || that fails, and the operand of a ! the other way round.
        /// </summary>
        public IEnumerable<(Condition Test, bool Holds)> Implied(bool holds)
        {
            var pending = new Stack<(Condition, bool)>();
            pending.Push((this, holds));
            while (pending.Count > 0)
            {
                (Condition test, bool side) = pending.Pop();
                yield return (test, side);
                if (test.Op == ConditionOp.Not)
                {
                    pending.Push(((Condition)test.operands[0], !side));
                }
                else if ((test.Op == ConditionOp.And && side) || (test.Op == ConditionOp.Or && !side))
                {
                    pending.Push(((Condition)test.operands[1], side));
                    pending.Push(((Condition)test.operands[0], side));
                }
            }
        }

        public override ReadOnlyArray<Expr> Children => operands;
    }

    /// <summary>
    /// <c>Test ? WhenTrue : WhenFalse</c>: a choice between two values, from a source branch
    /// (<c>if</c>, <c>?:</c>, an early <c>return</c>) or a kink such as max. It is lazy: only the
    /// branch taken is evaluated, so a guard such as <c>r == 0 ? 1 : sin(r) / r</c> never divides
    /// by zero, and neither does its derivative. The test is evaluated, never differentiated.
    /// </summary>
    internal sealed class Select : Expr
    {
        private readonly Expr[] children;

        internal Select(int id, Condition test, Expr whenTrue, Expr whenFalse)
            : base(id)
        {
            children = new[] { test, whenTrue, whenFalse };
        }

        public Condition Test => (Condition)children[0];

        public Expr WhenTrue => children[1];

        public Expr WhenFalse => children[2];

        public override ExprKind Kind => ExprKind.Select;

        public override ReadOnlyArray<Expr> Children => children;
    }

    /// <summary>
    /// A value the source gave a name (a local such as <c>yHat</c>) or that the generator names
    /// (an adjoint such as <c>dYHat</c>). The simplifier treats it as an atom, so the source's
    /// structure survives into the generated code, and the emitter gives it a local of that name.
    /// With an empty name it is a forward value a derivative reuses (<see cref="ExprBuilder.Kept"/>):
    /// an atom too, with no name of its own.
    /// </summary>
    internal sealed class Named : Expr
    {
        private readonly Expr[] children;

        internal Named(int id, string name, Expr value)
            : base(id)
        {
            Name = name;
            children = new[] { value };
        }

        public string Name { get; }

        /// <summary>A forward value kept whole inside a derivative (q in −q/b), not a name: see <see cref="ExprBuilder.Kept"/>.</summary>
        public bool IsKept => Name.Length == 0;

        public Expr Value => children[0];

        public override ExprKind Kind => ExprKind.Named;

        public override ReadOnlyArray<Expr> Children => children;
    }

    /// <summary>
    /// A call of a method whose derivative comes from elsewhere: a <c>[Differentiable]</c> method's
    /// generated gradient or a <c>[DerivativeOf]</c> method. Its children are the floating-point arguments.
    /// </summary>
    internal sealed class Invocation : Expr
    {
        private readonly Expr[] arguments;

        internal Invocation(int id, CallTarget target, Expr[] arguments)
            : base(id)
        {
            Target = target;
            this.arguments = arguments;
        }

        public CallTarget Target { get; }

        public IReadOnlyList<Expr> Arguments => arguments;

        public override ExprKind Kind => ExprKind.Invocation;

        public override ReadOnlyArray<Expr> Children => arguments;
    }

    /// <summary>
    /// ∂f/∂p of a called method at the call's arguments: one output of the derivative call that
    /// computes the <see cref="Invocation"/> (<c>out double dSigmoidDZ</c>).
    /// </summary>
    internal sealed class InvocationPartial : Expr
    {
        private readonly Expr[] children;

        internal InvocationPartial(int id, Invocation call, int parameter)
            : base(id)
        {
            Parameter = parameter;
            children = new Expr[] { call };
        }

        public Invocation Call => (Invocation)children[0];

        /// <summary>The index of the parameter in <see cref="CallTarget.Parameters"/>.</summary>
        public int Parameter { get; }

        public override ExprKind Kind => ExprKind.InvocationPartial;

        public override ReadOnlyArray<Expr> Children => children;
    }
}
