using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>One term of an adjoint: a consumer's adjoint times its local partial with respect to the value (<c>dE · yyy</c>).</summary>
    internal readonly struct Contribution
    {
        public Contribution(Expr adjoint, Expr localPartial, bool guarded = false, bool adjointTested = false)
        {
            Adjoint = adjoint;
            LocalPartial = localPartial;
            Guarded = guarded;
            AdjointTested = adjointTested;
        }

        public Expr Adjoint { get; }

        public Expr LocalPartial { get; }

        /// <summary>
        /// The local partial is a callee's, which may be exactly 0 (where the callee clamps), and the adjoint may be infinite
        /// there (√ of the callee's value, 0): the term is 0 where the partial is, never 0·∞.
        /// </summary>
        public bool Guarded { get; }

        /// <summary>
        /// The local partial is a root's, infinite where the value is finite (√′ at 0), and the adjoint may be exactly 0 there
        /// (w·√x at w = 0): the term is 0 where the adjoint is, never 0·∞.
        /// </summary>
        public bool AdjointTested { get; }
    }

    /// <summary>
    /// The adjoint of a value: the sum of what its consumers pass it, with the terms that carry the same
    /// adjoint collected (<c>dE·(yyy − 1)</c>, not <c>dE·yyy − dE</c>). A value read twice by the
    /// consumers of one adjoint (x in e = 2.625 − x + x·yyy) gets that adjoint times the sum of the
    /// local partials, as the forward partial writes it and as a person would; multiplied out it costs
    /// one multiplication per term that is not ±1, collected one in all.
    /// </summary>
    internal static class AdjointSums
    {
        public static Expr Total(ExprBuilder b, IReadOnlyList<Contribution> parts)
        {
            if (parts.Count == 1)
            {
                return Term(b, parts[0]);
            }

            // Grouped by the adjoint without its constant factor (2·dA and dA carry the same dA), in first-seen order.
            var order = new List<Expr>();
            var partials = new Dictionary<Expr, List<SumTerm>>();
            var first = new Dictionary<Expr, Contribution>();
            var guarded = new List<SumTerm>();
            foreach (Contribution part in parts)
            {
                if (part.Guarded || part.AdjointTested)
                {
                    guarded.Add(new SumTerm(1, Term(b, part)));
                    continue;
                }

                (double scale, Expr core) = Split(b, part.Adjoint);
                if (!partials.TryGetValue(core, out List<SumTerm>? list))
                {
                    list = new List<SumTerm>();
                    partials.Add(core, list);
                    first.Add(core, part);
                    order.Add(core);
                }

                list.Add(new SumTerm(scale, part.LocalPartial));
            }

            var terms = new List<SumTerm>(order.Count);
            foreach (Expr core in order)
            {
                List<SumTerm> list = partials[core];
                Contribution only = first[core];
                terms.Add(new SumTerm(1, list.Count == 1 ? Times(b, only.Adjoint, only.LocalPartial) : Times(b, core, b.Sum(0, list))));
            }

            terms.AddRange(guarded);
            return b.Sum(0, terms);
        }

        /// <summary>One contribution's term: adjoint · partial, tested on the partial where it is <see cref="Contribution.Guarded"/>.</summary>
        private static Expr Term(ExprBuilder b, Contribution part) =>
            part.Guarded ? Guarded(b, part.Adjoint, part.LocalPartial)
            : part.AdjointTested ? b.InEachChoice(part.Adjoint, side => IsZero(side) ? b.Zero : side is Constant ? Times(b, side, part.LocalPartial) : b.UnlessZero(side, Times(b, side, part.LocalPartial)))
            : Times(b, part.Adjoint, part.LocalPartial);

        /// <summary>
        /// adjoint · partial, 0 where the partial is: the test goes inside each branch of a choice the adjoint makes, so
        /// that it reads the callee's partial only where the branch that calls the callee is taken.
        /// </summary>
        private static Expr Guarded(ExprBuilder b, Expr adjoint, Expr partial) =>
            b.InEachChoice(adjoint, side => IsZero(side) ? b.Zero : b.UnlessZero(partial, b.Multiply(side, partial)));

        /// <summary>
        /// adjoint · partial. Where the adjoint is a choice between branches with a side on which no derivative flows (0),
        /// the partial is multiplied inside each side, so it is computed only where the branch that needs it is taken: the
        /// partial of a value two branches share (1 / sinh(acosh(u)) for an acosh each branch reads) may be NaN where
        /// neither branch is taken, and (c ? a : 0) · NaN would make the gradient NaN where the method and its derivative
        /// are finite; c ? a · NaN… : 0 leaves it 0, as the partials MPartialP compute branch by branch do.
        /// </summary>
        private static Expr Times(ExprBuilder b, Expr adjoint, Expr partial)
        {
            if (adjoint is Select choice && !(partial is Constant) && HasZeroSide(choice))
            {
                return b.Select(choice.Test, Times(b, choice.WhenTrue, partial), Times(b, choice.WhenFalse, partial));
            }

            return b.Multiply(adjoint, partial);
        }

        /// <summary>Whether a side of the choice, or of a choice nested in it, is 0.</summary>
        private static bool HasZeroSide(Select choice) =>
            IsZero(choice.WhenTrue) || IsZero(choice.WhenFalse)
            || (choice.WhenTrue is Select t && HasZeroSide(t)) || (choice.WhenFalse is Select f && HasZeroSide(f));

        private static bool IsZero(Expr e) => e is Constant c && c.Value == 0;

        /// <summary>An adjoint as a number times the rest: 2·dA is (2, dA); anything else is (1, itself).</summary>
        private static (double Scale, Expr Core) Split(ExprBuilder b, Expr adjoint) =>
            adjoint is Product { Coefficient: not 1 } product ? (product.Coefficient, b.Product(1, product.Factors)) : (1, adjoint);
    }
}
