using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>Why a method has no closed-form antiderivative.</summary>
    internal enum NoAntiderivative
    {
        /// <summary>It chooses between values (if, ?:, an early return).</summary>
        Branches,

        /// <summary>It calls a method DiffGen does not read as a formula (<see cref="AntiderivativeResult.Callee"/>).</summary>
        Calls,

        /// <summary>No rule applies to a part of it (<see cref="AntiderivativeResult.Unintegrable"/>).</summary>
        NoRule,

        /// <summary>A candidate was found and failed its check (dropped).</summary>
        CheckFailed,

        /// <summary>The search itself failed (<see cref="AntiderivativeResult.Callee"/> holds the error): a bug in DiffGen, which leaves MIntegral as it is.</summary>
        SearchFailed,
    }

    /// <summary>A verified closed-form antiderivative F of a method's value f, with the steps that found it.</summary>
    internal sealed class Antiderivative
    {
        public Antiderivative(ExprBuilder builder, Expr integrand, Expr value, Symbol variable, IReadOnlyList<IntegrationStep> steps, CheckKind check, IReadOnlyList<Expr> domain)
        {
            Builder = builder;
            Integrand = integrand;
            Domain = domain;
            Value = value;
            Variable = variable;
            Steps = steps;
            Check = check;
        }

        public ExprBuilder Builder { get; }

        /// <summary>f, the method's value, its locals written out.</summary>
        public Expr Integrand { get; }

        /// <summary>
        /// The values the method computes that are defined only on part of the line (√u, ln u, asin u, ...) and that f no
        /// longer holds: the DAG simplifies √x/√x to 1 and ln x − ln x to 0, so neither f nor F shows that the method is NaN
        /// for x &lt; 0, but F(to) − F(from) may only stand for the integral where the method is defined.
        /// </summary>
        public IReadOnlyList<Expr> Domain { get; }

        /// <summary>F, with F′ = f.</summary>
        public Expr Value { get; }

        public Symbol Variable { get; }

        public IReadOnlyList<IntegrationStep> Steps { get; }

        public CheckKind Check { get; }

        /// <summary>What the steps divide by that reads a parameter: F holds where each is not 0.</summary>
        public IReadOnlyList<Expr> NonZero => Steps.SelectMany(s => s.NonZero).Distinct().ToList();
    }

    /// <summary>An antiderivative, or why there is none.</summary>
    internal sealed class AntiderivativeResult
    {
        private AntiderivativeResult(Antiderivative? found, NoAntiderivative reason, Expr? unintegrable, string? callee)
        {
            Found = found;
            Reason = reason;
            Unintegrable = unintegrable;
            Callee = callee;
        }

        public Antiderivative? Found { get; }

        public NoAntiderivative Reason { get; }

        /// <summary>The part of the integrand no rule applies to (for <see cref="NoAntiderivative.NoRule"/>), in <see cref="Builder"/>.</summary>
        public Expr? Unintegrable { get; }

        public ExprBuilder? Builder { get; private init; }

        public Symbol? Variable { get; private init; }

        public string? Callee { get; }

        public static AntiderivativeResult Of(Antiderivative found) => new AntiderivativeResult(found, default, null, null);

        public static AntiderivativeResult None(NoAntiderivative reason, ExprBuilder? builder = null, Symbol? variable = null, Expr? unintegrable = null, string? callee = null) =>
            new AntiderivativeResult(null, reason, unintegrable, callee) { Builder = builder, Variable = variable };
    }

    /// <summary>
    /// Finds a closed-form antiderivative of a loop-free method with respect to one of its parameters: the method's
    /// value as a DAG with its locals written out, the rule table (<see cref="Integrator"/>), then the check
    /// (<see cref="AntiderivativeCheck"/>). Only a candidate that passes is returned.
    /// </summary>
    internal static class AntiderivativeSearch
    {
        /// <param name="integrand">The method, lowered with <paramref name="variable"/> as its one differentiated parameter.</param>
        public static AntiderivativeResult Find(LoweredMethod integrand, string variable)
        {
            MethodDag dag = MethodDag.Build(integrand);
            List<Expr> nodes = TopologicalOrder.OperandsFirst(new[] { dag.Value });
            if (nodes.OfType<Invocation>().FirstOrDefault() is Invocation call)
            {
                return AntiderivativeResult.None(NoAntiderivative.Calls, callee: call.Target.Callee);
            }

            if (nodes.Any(n => n is Select || n is Condition))
            {
                return AntiderivativeResult.None(NoAntiderivative.Branches);
            }

            // A builder of its own: the method's DAG records how the source writes its quotients and factors, for printing
            // the method's derivatives; here the integrand is plain algebra, and its antiderivative is printed as built.
            var b = new ExprBuilder();
            var copies = new Dictionary<Expr, Expr>();
            foreach (Expr node in nodes)
            {
                copies[node] = Copy(b, node, copies);
            }

            Expr f = copies[dag.Value];
            IReadOnlyList<Expr> domain = DomainNodes(b, dag, copies);
            Symbol v = dag.Variables.Single(s => s.Key == variable);
            var x = (Symbol)b.Symbol(v.Key, v.Code, v.ConstantValue, v.MathText, v.Reads, v.Written);
            var integrator = new Integrator(b, x, integrand.Parameters.Select(p => p.Name.TrimStart('@')));
            Expr? found = integrator.Integrate(f, x);
            if (found == null)
            {
                return AntiderivativeResult.None(NoAntiderivative.NoRule, b, x, integrator.Unintegrable ?? f);
            }

            // The collected form (x²·eˣ − 2·x·eˣ + 2·eˣ, not x²·eˣ − 2·(x·eˣ − eˣ)) is kept only when it passes the check itself.
            Expr collected = Collecting.Of(b, found);
            IReadOnlyList<IntegrationStep> steps = Collected(b, Distinct(integrator.Steps));
            CheckKind? check = AntiderivativeCheck.Check(b, f, collected, x);
            if (check == null && !ReferenceEquals(collected, found))
            {
                (collected, steps) = (found, Distinct(integrator.Steps));
                check = AntiderivativeCheck.Check(b, f, found, x);
            }

            return check == null
                ? AntiderivativeResult.None(NoAntiderivative.CheckFailed, b, x)
                : AntiderivativeResult.Of(new Antiderivative(b, f, collected, x, steps, check.Value, domain));
        }

        /// <summary>
        /// The steps in the order a student writes them, each result collected: the integrals a step uses come before it
        /// (v = ∫ dv and then ∫ v du before u·v − ∫ v du; each term before the sum), so every step uses only what the
        /// steps above it have worked out, and the last one is the whole integral.
        /// </summary>
        private static IReadOnlyList<IntegrationStep> Collected(ExprBuilder b, IReadOnlyList<IntegrationStep> steps) =>
            steps.Select(s => s.WithResult(Collecting.Of(b, s.Result))).ToList();

        /// <summary>The steps, each integral worked once (∫ exp(x) dx may be needed twice in one integration by parts).</summary>
        private static IReadOnlyList<IntegrationStep> Distinct(IReadOnlyList<IntegrationStep> steps)
        {
            var seen = new HashSet<(Expr, Symbol)>();
            return steps.Where(s => seen.Add((s.Integrand, s.Variable))).ToList();
        }

        /// <summary>
        /// The values of the method's instructions that are defined only on part of the line (<see cref="Continuity.IsPartial"/>)
        /// and that the DAG cancelled away (√x in √x/√x), copied into <paramref name="b"/>. Those the integrand still holds
        /// are F's to keep: F′ = f, and F's own requirements state where F is continuous.
        /// </summary>
        private static IReadOnlyList<Expr> DomainNodes(ExprBuilder b, MethodDag dag, Dictionary<Expr, Expr> copies)
        {
            var held = new HashSet<Expr>(copies.Keys);
            var domain = new List<Expr>();
            foreach (Expr node in TopologicalOrder.OperandsFirst(dag.InstructionValues))
            {
                bool copyable = node is Constant or Symbol or Sum or Product or FunctionCall or Named && node.Children.All(copies.ContainsKey);
                if (!copies.ContainsKey(node) && copyable)
                {
                    copies[node] = Copy(b, node, copies);
                }

                if (copyable && !held.Contains(node) && Continuity.IsPartial(copies[node]) && !domain.Contains(copies[node]))
                {
                    domain.Add(copies[node]);
                }
            }

            return domain;
        }

        private static Expr Copy(ExprBuilder b, Expr e, Dictionary<Expr, Expr> copies)
        {
            Expr C(Expr child) => copies[child];
            return e switch
            {
                Constant c => b.Constant(c.Value),
                Symbol s => b.Symbol(s.Key, s.Code, s.ConstantValue, s.MathText, s.Reads, s.Written),
                Sum s => b.Sum(s.Offset, s.Terms.Select(t => new SumTerm(t.Coefficient, C(t.Term)))),
                Product p => b.Product(p.Coefficient, p.Factors.Select(f => new Factor(C(f.Base), f.Exponent))),
                FunctionCall call => b.Call(call.Function, call.Arguments.Select(C).ToArray()),
                Named n => C(n.Value),
                _ => throw new InvalidOperationException("An integrand holds no " + e.Kind),
            };
        }
    }
}
