using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <content>The comments beside the gradient's adjoints: what each local holds the adjoint of, and on which branch.</content>
    internal sealed partial class MemberEmitter
    {
        /// <summary>
        /// The comment beside each adjoint's local, made from every place that local stands as an
        /// adjoint (<see cref="GradientResult.Roles"/>): of which value, and on which branch. One value
        /// may hold several adjoints (−advantage is ∂/∂clipped on one side of a min and ∂/∂ratio on
        /// the other); the comment names each, so it says what the code reads the local as.
        /// </summary>
        private Dictionary<Expr, string> AdjointComments(GradientResult gradient, BranchLayout layout)
        {
            // Say what the adjoint is of: the source's name for the value, else its formula when that is short (a t1 would say nothing).
            string? Of(Expr value)
            {
                string? formula = value is Named ? null : FormulaText.Of(value, layout.NameOf, dag.Builder.Numbers);
                return value is Named ? layout.NameOf(value)?.TrimStart('@') : formula != null && formula.Length <= 40 ? "(" + formula + ")" : null;
            }

            string When(IReadOnlyList<BranchTest> branch) => string.Join(" and ", branch.Select(t =>
                FormulaText.Condition(dag.Builder, t.Test, t.Holds, layout.NameOf, dag.Builder.Numbers)));

            var rolesOf = new Dictionary<Expr, List<AdjointRole>>();
            foreach (KeyValuePair<Expr, Expr> adjoint in gradient.AdjointOf)
            {
                Expr held = adjoint.Key is Named named ? named.Value : adjoint.Key;
                if (!rolesOf.TryGetValue(held, out List<AdjointRole>? list))
                {
                    list = new List<AdjointRole>();
                    rolesOf.Add(held, list);
                }

                IEnumerable<AdjointRole> roles = gradient.Roles.TryGetValue(adjoint.Key, out List<AdjointRole>? found) ? found : new[] { new AdjointRole(adjoint.Value, System.Array.Empty<BranchTest>()) };
                list.AddRange(roles.Where(r => !list.Contains(r, RoleComparer.Instance)));
            }

            var comments = new Dictionary<Expr, string>();
            foreach (KeyValuePair<Expr, List<AdjointRole>> held in rolesOf)
            {
                // ∂/∂(m·x + b) says no more than ∂/∂yHat when yHat = m·x + b is among them.
                var definitions = new HashSet<Expr>(held.Value.Select(r => r.Of).OfType<Named>().Select(n => n.Value));
                var roles = held.Value.Where(r => r.Of is Named || !definitions.Contains(r.Of)).ToList();
                var parts = new List<string>();
                foreach (IGrouping<string?, AdjointRole> of in roles.GroupBy(r => Of(r.Of)))
                {
                    if (of.Key == null)
                    {
                        parts.Clear();
                        break;
                    }

                    // Where it holds this adjoint on every branch, no condition; else each branch on which it does.
                    // Said once: "if a, or if a and b, or if a and not b" is "if a".
                    List<BranchTest[]> branches = BranchPaths.Normalize(of.Select(r => r.Branch))!;
                    string where = branches.Any(b => b.Length == 0) ? string.Empty : " if " + string.Join(", or if ", branches.Select(When));
                    parts.Add("∂" + method.Name + "/∂" + of.Key + Scaled(gradient) + where);
                }

                if (parts.Count == 1)
                {
                    comments.Add(held.Key, parts[0] + gradient.RulesText(roles[0].Of));
                }
                else if (parts.Count > 1)
                {
                    comments.Add(held.Key, string.Join("; ", parts));
                }
            }

            return comments;
        }

        /// <summary>" ÷ 2" after ∂f/∂v where the sweep's adjoints are scaled down (<see cref="GradientResult.Scale"/>); else nothing.</summary>
        private static string Scaled(GradientResult gradient) => gradient.Scale == 1 ? string.Empty : " ÷ " + Scaling(gradient);

        private static string Scaling(GradientResult gradient) => gradient.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Roles are equal when they are of the same value on the same branch.</summary>
        private sealed class RoleComparer : IEqualityComparer<AdjointRole>
        {
            public static readonly RoleComparer Instance = new RoleComparer();

            public bool Equals(AdjointRole? x, AdjointRole? y) => x != null && y != null && x.Of == y.Of && x.Branch.SequenceEqual(y.Branch);

            public int GetHashCode(AdjointRole obj) => obj.Of.GetHashCode();
        }
    }
}
