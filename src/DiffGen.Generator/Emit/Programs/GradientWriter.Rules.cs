using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// The doc comment's rules, kept as each statement's adjoint is written (<see cref="AdjointRules"/>), and the adjoints
    /// as formulas name them: <c>dX</c> for the local <c>dXSum</c> the code adds up in, <c>dW[i]</c> for <c>dW[i2]</c>.
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>What each statement's adjoint sends where, from the nodes the code prints.</summary>
        public AdjointRules Rules { get; } = new AdjointRules();

        /// <summary>The adjoint of a scalar, as the code names it, shown in formulas as ∂/∂variable's name.</summary>
        private Expr Adjoint(string variable) => p.Variable(names.Derivative(variable), Shown(variable));

        /// <summary><c>dX</c> for <c>x</c>: the adjoint as formulas show it (<see cref="ProgramNames.Shown"/>).</summary>
        private string Shown(string variable) => names.Shown(variable);

        /// <summary><c>dW[i + 1]</c> for <c>w[i + 1]</c>, with the source's index.</summary>
        private string ShownElement(string array, Integer index) => Shown(array) + "[" + p.SourceIndex(index) + "]";

        private static AdjointRule Rule(Statement statement, IEnumerable<Share> shares, int element = -1) =>
            new AdjointRule(statement, element, RuleShares(shares).ToList(), Unchanged: false, Extreme: false);

        private static IEnumerable<RuleShare> RuleShares(IEnumerable<Share> shares) => shares.Select(c => new RuleShare(c.Shown, c.Amount, RuleShareKind.Add));
    }
}
