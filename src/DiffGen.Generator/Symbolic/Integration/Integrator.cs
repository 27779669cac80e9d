using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>
    /// Searches for an antiderivative the way a student does: the rows of <see cref="IntegrationRules"/> in order,
    /// each integrand split by the first rule that applies, the parts integrated in turn. It records the steps it
    /// keeps (a rule that fails halfway leaves none). Bounded: a search that runs too deep or too long gives up,
    /// and says nothing is found. What it finds is a candidate; <see cref="AntiderivativeCheck"/> decides.
    /// </summary>
    internal sealed class Integrator
    {
        private const int MaxDepth = 10;
        private const int MaxCalls = 1500;
        private static readonly string[] NewVariableNames = { "u", "w", "v", "s", "z", "q" };

        private readonly List<IntegrationStep> steps = new List<IntegrationStep>();
        private readonly Dictionary<Symbol, DependencyAnalysis> dependencies = new Dictionary<Symbol, DependencyAnalysis>();
        private readonly HashSet<(Expr, Symbol)> failed = new HashSet<(Expr, Symbol)>();
        private readonly HashSet<string> takenNames;
        private readonly Symbol root;
        private int depth;
        private int calls;
        private int exploring;
        private int substitutions;

        public Integrator(ExprBuilder builder, Symbol variable, IEnumerable<string> takenNames)
        {
            B = builder;
            root = variable;
            this.takenNames = new HashSet<string>(takenNames, StringComparer.Ordinal);
        }

        public ExprBuilder B { get; }

        /// <summary>
        /// The steps of the antiderivative found, in a student's order: each after the steps of the integrals it uses (the
        /// whole integral last), except a substitution, which comes before the steps in its new variable.
        /// </summary>
        public IReadOnlyList<IntegrationStep> Steps => steps;

        /// <summary>The first part of the integrand no rule applies to (exp(−x²) in 1 + exp(−x²)), when nothing is found.</summary>
        public Expr? Unintegrable { get; private set; }

        /// <summary>∫ integrand d(variable), or null when no rule applies (or the search gives up).</summary>
        public Expr? Integrate(Expr integrand, Symbol variable)
        {
            if (depth >= MaxDepth || ++calls > MaxCalls || failed.Contains((integrand, variable)))
            {
                return null;
            }

            depth++;
            try
            {
                int mark = steps.Count;
                foreach (IntegrationRule rule in IntegrationRules.All)
                {
                    RuleOutcome? outcome = rule.Apply(this, integrand, variable);
                    if (outcome != null)
                    {
                        // The order a student writes them in: a substitution first (it says what u is), then the work in u;
                        // any other step after the steps of the integrals it uses.
                        steps.Insert(outcome.NewVariable != null ? mark : steps.Count, new IntegrationStep(rule, integrand, outcome.Result, variable)
                        {
                            NewVariable = outcome.NewVariable,
                            Substituted = outcome.Substituted,
                            Differential = outcome.Differential,
                            NonZero = outcome.NonZero,
                            Form = outcome.Form,
                            Parts = outcome.Parts,
                            Rewritten = outcome.Rewritten,
                        });
                        return outcome.Result;
                    }

                    steps.RemoveRange(mark, steps.Count - mark);
                }

                failed.Add((integrand, variable));
                if (exploring == 0 && Unintegrable == null && ReferenceEquals(variable, root))
                {
                    Unintegrable = integrand;
                }

                return null;
            }
            finally
            {
                depth--;
            }
        }

        /// <summary>
        /// ∫ integrand d(variable) as one try among several (a substitution, a choice of parts): a failure there is
        /// not what the user is told was not integrable.
        /// </summary>
        public Expr? Try(Expr integrand, Symbol variable)
        {
            exploring++;
            try
            {
                return Integrate(integrand, variable);
            }
            finally
            {
                exploring--;
            }
        }

        public bool DependsOn(Expr e, Symbol variable)
        {
            if (!dependencies.TryGetValue(variable, out DependencyAnalysis? analysis))
            {
                analysis = new DependencyAnalysis(new[] { variable });
                dependencies.Add(variable, analysis);
            }

            return analysis.DependsOn(e, variable);
        }

        /// <summary>d e / d variable, by DiffGen's own derivative rules.</summary>
        public Expr Derivative(Expr e, Symbol variable)
        {
            DependsOn(e, variable);
            return new ForwardDerivative(B, variable, dependencies[variable], zeroMeetsRoots: false).Of(e);
        }

        /// <summary>
        /// The derivative of <paramref name="e"/> as a student writes it, where that differs from DiffGen's derivative rules
        /// (which are written for evaluation): (tan g)′ = g′/cos²g, not g′·(1 + tan²g), so that with u = tan x the integrand
        /// tan x/cos²x over du is u; (asin g)′ = g′/√(1 − g²), with the root as the integrand writes it (√(1 − x²), not
        /// (1 − x²)^(−1/2)), so that 1/(√(1 − x²)·asin x) over du is 1/u; (asinh g)′ = g′/√(g² + 1) and
        /// (acosh g)′ = g′/√(g² − 1), not g′/cosh(asinh g) and g′/sinh(acosh g), which no rule integrates. Null where they
        /// agree. What is found with it is checked as all else is.
        /// </summary>
        public Expr? StudentsDerivative(Expr e, Symbol variable)
        {
            if (!(e is FunctionCall { Function: ElementaryFunction.Tan or ElementaryFunction.Asin or ElementaryFunction.Acos or ElementaryFunction.Asinh or ElementaryFunction.Acosh } call))
            {
                return null;
            }

            Expr g = call.Arguments[0];
            Expr dg = Derivative(g, variable);
            Expr RootOf(double offset, double square) => B.Power(B.Sum(offset, new[] { new SumTerm(square, B.Square(g)) }), 0.5);
            return call.Function switch
            {
                ElementaryFunction.Tan => B.Divide(dg, B.Square(B.Call(ElementaryFunction.Cos, g))),
                ElementaryFunction.Asin => B.Divide(dg, RootOf(1, -1)),
                ElementaryFunction.Acos => B.Negate(B.Divide(dg, RootOf(1, -1))),
                ElementaryFunction.Asinh => B.Divide(dg, RootOf(1, 1)),
                _ => B.Divide(dg, RootOf(-1, 1)),
            };
        }

        /// <summary>The number <paramref name="e"/> is when it reads no variable and no parameter, else null.</summary>
        public double? Number(Expr e) => B.ClosedValue(e);

        /// <summary>
        /// The variable of a substitution, named as a student would: u, or w for a substitution inside one in u, and so on;
        /// never a parameter's name. Substitutions tried side by side share it (only one of them is kept).
        /// </summary>
        public Symbol NewVariable()
        {
            int index = substitutions;
            string name;
            do
            {
                name = index < NewVariableNames.Length ? NewVariableNames[index] : "u" + (index - NewVariableNames.Length + 1);
                index++;
            }
            while (takenNames.Contains(name));

            return (Symbol)B.Symbol("∫ " + name + " #" + substitutions, name, mathText: name);
        }

        /// <summary>∫ integrand d(new variable), inside a substitution: a substitution in it takes the next name.</summary>
        public Expr? TryInSubstitution(Expr integrand, Symbol newVariable)
        {
            substitutions++;
            try
            {
                return Try(integrand, newVariable);
            }
            finally
            {
                substitutions--;
            }
        }

        /// <summary>Whether a symbol is one this search made up (it must never be left in a result).</summary>
        public static bool IsNewVariable(Symbol symbol) => symbol.Key.StartsWith("∫ ", StringComparison.Ordinal);

        /// <summary>The nodes of <paramref name="e"/>, outermost first.</summary>
        public static IEnumerable<Expr> Nodes(Expr e) => Enumerable.Reverse(TopologicalOrder.OperandsFirst(new[] { e }));
    }
}
