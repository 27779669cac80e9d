using System;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>
    /// One row of the table of integration rules (<see cref="IntegrationRules"/>): its name as a student says it,
    /// the rule as a textbook writes it, and how it applies to an integrand over the DAG (null where it does not).
    /// </summary>
    internal sealed class IntegrationRule
    {
        public IntegrationRule(string name, string formula, Func<Integrator, Expr, Symbol, RuleOutcome?> apply)
        {
            Name = name;
            Formula = formula;
            Apply = apply;
        }

        /// <summary>How the doc comment names the rule: <c>power rule</c>, <c>substitution</c>.</summary>
        public string Name { get; }

        /// <summary>The rule as a student reads it: <c>∫ xⁿ dx = xⁿ⁺¹/(n + 1), n ≠ −1</c>; docs/supported.md quotes each.</summary>
        public string Formula { get; }

        /// <summary>
        /// ∫ integrand d(variable), or null when the rule does not apply. A rule may integrate parts of the integrand
        /// through the <see cref="Integrator"/>; what it returns is checked as a whole before anything is emitted.
        /// </summary>
        public Func<Integrator, Expr, Symbol, RuleOutcome?> Apply { get; }
    }
}
