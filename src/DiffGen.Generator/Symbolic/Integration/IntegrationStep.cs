using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>
    /// One line of a worked antiderivative: ∫ <see cref="Integrand"/> d<see cref="Variable"/> = <see cref="Result"/>
    /// by <see cref="Rule"/>. A substitution also names what it substitutes: <see cref="NewVariable"/> =
    /// <see cref="Substituted"/>, d(new variable) = <see cref="Differential"/> d(variable).
    /// </summary>
    internal sealed class IntegrationStep
    {
        public IntegrationStep(IntegrationRule rule, Expr integrand, Expr result, Symbol variable)
        {
            Rule = rule;
            Integrand = integrand;
            Result = result;
            Variable = variable;
        }

        public IntegrationRule Rule { get; }

        public Expr Integrand { get; }

        public Expr Result { get; }

        public Symbol Variable { get; }

        public Symbol? NewVariable { get; init; }

        public Expr? Substituted { get; init; }

        public Expr? Differential { get; init; }

        /// <summary>Values the step divides by that read a parameter (a in ∫ exp(a·x) dx = exp(a·x)/a): the step holds where they are not 0.</summary>
        public IReadOnlyList<Expr> NonZero { get; init; } = System.Array.Empty<Expr>();

        /// <summary>The form of the rule used, where the row has several (<c>∫ cos x dx = sin x</c>); null: the row's formula.</summary>
        public string? Form { get; init; }

        /// <summary>In integration by parts, du/dx and v = ∫ dv (<see cref="Substituted"/> is u, <see cref="Differential"/> dv/dx).</summary>
        public (Expr DuDx, Expr V)? Parts { get; init; }

        /// <summary>The integrand written the way the rule integrates it (partial fractions: the sum of the fractions), or null.</summary>
        public Expr? Rewritten { get; init; }

        /// <summary>The same step with its result written another way (the same function).</summary>
        public IntegrationStep WithResult(Expr result) => new IntegrationStep(Rule, Integrand, result, Variable)
        {
            NewVariable = NewVariable,
            Substituted = Substituted,
            Differential = Differential,
            NonZero = NonZero,
            Form = Form,
            Parts = Parts,
            Rewritten = Rewritten,
        };
    }

    /// <summary>What a rule gives back: the antiderivative, and for a substitution what it substituted.</summary>
    internal sealed class RuleOutcome
    {
        public RuleOutcome(Expr result)
        {
            Result = result;
        }

        public Expr Result { get; }

        public Symbol? NewVariable { get; init; }

        public Expr? Substituted { get; init; }

        public Expr? Differential { get; init; }

        public IReadOnlyList<Expr> NonZero { get; init; } = System.Array.Empty<Expr>();

        /// <summary>The form of the rule used, where the row has several.</summary>
        public string? Form { get; init; }

        /// <summary>In integration by parts, du/dx and v.</summary>
        public (Expr DuDx, Expr V)? Parts { get; init; }

        /// <summary>The integrand written the way the rule integrates it, or null.</summary>
        public Expr? Rewritten { get; init; }
    }
}
