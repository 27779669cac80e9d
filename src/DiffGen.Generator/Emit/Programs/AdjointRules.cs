using System.Collections.Generic;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>How a statement's adjoint reaches one value it read: added (<c>dX += a</c>), set (<c>dV = a</c>, a
    /// <c>v = f(v)</c> backwards), or added once after the loop around it (a share of a sum from zero).</summary>
    internal enum RuleShareKind
    {
        Add,
        Set,
        AfterLoop,

        /// <summary>Added to every element of an array argument of a call: <c>dW[k] += dV·dFDW[k]</c> for each k.</summary>
        EachElement,
    }

    /// <summary>
    /// One value's share of a statement's adjoint: <see cref="Target"/> as a formula shows it (<c>dW[i]</c>), and the
    /// amount, the very DAG node the reverse sweep's code prints.
    /// </summary>
    internal sealed record RuleShare(string Target, Expr Amount, RuleShareKind Kind);

    /// <summary>
    /// A statement of the source as the reverse sweep takes it back (<see cref="Element"/>: which element of an array
    /// given its elements, else −1): what each value it read receives. <see cref="Unchanged"/>: <c>v = v + …</c> leaves dV as
    /// it is; <see cref="Extreme"/>: a running extreme, whose adjoint goes to one iteration only; <see cref="Legend"/>, what
    /// the rule's own names hold (a call's partials: <c>dFDA = ∂F/∂a, from FGradient</c>).
    /// </summary>
    internal sealed record AdjointRule(Statement Source, int Element, IReadOnlyList<RuleShare> Shares, bool Unchanged, bool Extreme, string? Legend = null);

    /// <summary>
    /// The rules of a gradient's doc comment, kept by <see cref="GradientWriter"/> as it writes each statement's adjoint,
    /// from the same nodes as its code, so the two cannot disagree. A statement written backwards twice keeps its first rule.
    /// </summary>
    internal sealed class AdjointRules
    {
        private readonly Dictionary<Statement, Dictionary<int, AdjointRule>> rules = new Dictionary<Statement, Dictionary<int, AdjointRule>>(ReferenceComparer.Instance);
        private readonly Dictionary<Statement, List<RuleShare>> afterLoop = new Dictionary<Statement, List<RuleShare>>(ReferenceComparer.Instance);

        public void Record(AdjointRule rule)
        {
            if (!rules.TryGetValue(rule.Source, out Dictionary<int, AdjointRule>? elements))
            {
                rules[rule.Source] = elements = new Dictionary<int, AdjointRule>();
            }

            if (!elements.ContainsKey(rule.Element))
            {
                elements[rule.Element] = rule;
            }
        }

        /// <summary>The shares of a sum's statement that its loop adds once, at its end.</summary>
        public void RecordAfterLoop(Statement sum, IEnumerable<RuleShare> shares)
        {
            if (!afterLoop.ContainsKey(sum))
            {
                afterLoop[sum] = new List<RuleShare>(shares);
            }
        }

        /// <summary>The rule of a statement (element <paramref name="element"/> of an array given its elements), with the shares added after its loop; null if it has none.</summary>
        public AdjointRule? Of(Statement statement, int element = -1)
        {
            AdjointRule? rule = rules.TryGetValue(statement, out Dictionary<int, AdjointRule>? elements) && elements.TryGetValue(element, out AdjointRule? found) ? found : null;
            if (!afterLoop.TryGetValue(statement, out List<RuleShare>? later))
            {
                return rule;
            }

            var shares = new List<RuleShare>(rule?.Shares ?? new List<RuleShare>());
            shares.AddRange(later);
            return rule == null ? new AdjointRule(statement, element, shares, Unchanged: false, Extreme: false) : rule with { Shares = shares };
        }
    }
}
