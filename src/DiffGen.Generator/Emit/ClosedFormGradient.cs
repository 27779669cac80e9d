using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// A loop-free method's gradient computed as its partials in closed form, reading the forward sweep's values, where that
    /// takes fewer operations than the reverse sweep in no longer a chain, or a shorter chain for at most a quarter more
    /// operations (<see cref="OperationCount"/>). A reverse sweep costs a small multiple
    /// of the method whatever the number of inputs; for two or three inputs whose partials share little, the closed forms can
    /// cost less, and they are flat sums where the reverse sweep chains adjoint into adjoint (Himmelblau + Beale:
    /// <c>dYyy</c> into <c>dYy</c> into <c>dY</c>, which made the gradient 10 % slower than the hand-written one, whose
    /// <c>dY</c> is one sum like the closed form's). Branches and calls of other methods keep the reverse sweep.
    /// </summary>
    internal static class ClosedFormGradient
    {
        /// <summary>The gradient to emit: the partials in closed form where they cost less than <paramref name="reverse"/> (above), else <paramref name="reverse"/>.</summary>
        public static GradientResult Choose(MethodDag dag, IReadOnlyList<Expr> closedForms, GradientResult reverse)
        {
            if (closedForms.Count == 0 || !AllArithmetic(closedForms.Append(dag.Value)))
            {
                return reverse;
            }

            var forward = new HashSet<Expr>(TopologicalOrder.OperandsFirst(new[] { dag.Value }));

            // Fewer operations and no longer a chain of them, or at most a quarter more operations in a shorter chain (the
            // reverse sweep's adjoints wait for one another; the closed forms' terms do not). Else the reverse sweep, which
            // shows the chain rule step by step.
            int closed = OperationCount.Of(closedForms, forward);
            int backwards = OperationCount.Of(reverse.Partials, forward);
            int closedDepth = OperationCount.Depth(closedForms, forward);
            int backwardsDepth = OperationCount.Depth(reverse.Partials, forward);
            bool cheaper = closed < backwards && closedDepth <= backwardsDepth;
            bool shorter = closedDepth < backwardsDepth && 4 * closed <= 5 * backwards;
            return cheaper || shorter
                ? new GradientResult(closedForms, new Dictionary<Expr, Expr>(), new Dictionary<Expr, SortedSet<string>>(), new Dictionary<Expr, List<AdjointRole>>(), new List<Expr>()) { IsClosedForm = true }
                : reverse;
        }

        /// <summary>Whether the DAG holds only arithmetic and elementary functions: no choice, test or call of another method.</summary>
        private static bool AllArithmetic(IEnumerable<Expr> roots) =>
            TopologicalOrder.OperandsFirst(roots).All(n => n is Sum or Product or FunctionCall or Symbol or Constant or Named);
    }
}
