using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The formulas of a loop method's doc comments: for each statement that carries a derivative, the
    /// local chain rule the generated code applies to it, in math notation, so a hover shows
    /// backpropagation statement by statement (<c>sum += error² ⇒ dError += 2·error·dSum</c>).
    /// </summary>
    internal static class ProgramFormulas
    {
        /// <summary>
        /// Reverse mode: for each statement, what each value it reads receives from its adjoint, printed from the nodes
        /// the gradient's code prints (<paramref name="rules"/>, kept by <see cref="GradientWriter"/>), in the source's order.
        /// </summary>
        public static IEnumerable<string> Adjoint(LoopProgram program, ProgramAnalysis analysis, ProgramPrinter p, AdjointRules rules, ProgramNames names) =>
            Rules(program.Body, analysis, p, rules, names);

        /// <summary>
        /// Forward mode: for each statement, the derivative of what it writes from those of what it reads, printed from the
        /// tangent program's own nodes (the code beside it prints the same ones).
        /// </summary>
        /// <param name="result">How the rules name the derivative of the returned value (<c>∂Cost/∂m</c>).</param>
        public static IEnumerable<string> Tangent(IReadOnlyList<TangentStep> steps, ProgramPrinter p, string result, ProgramNames names)
        {
            string Derivative(string variable) => names.Shown(variable);
            string Math(Expr e) => MathOf(e, p);
            string Shown(Value whole, (Value Term, bool Negative)? accumulated, string written) => Written(written, whole, accumulated, p);
            string Scalar(Statement source, string variable, TangentChange change, Expr tangent) => source switch
            {
                AssignScalar s => Shown(s.Value, ProgramAnalysis.AccumulatedTerm(s), variable),
                DeclareScalar s => Shown(s.Value, null, variable),
                _ => throw new System.InvalidOperationException("A scalar's tangent follows a declaration or an assignment."),
            } + "  ⇒  " + Derivative(variable) + Change(change) + Math(tangent);
            string Change(TangentChange change) => change switch { TangentChange.Add => " += ", TangentChange.Subtract => " −= ", _ => " = " };
            foreach (TangentStep step in Flattened(steps))
            {
                switch (step)
                {
                    case ScalarTangent { Shown: true } t:
                        yield return Scalar(t.Source, t.Variable, t.Change, t.Tangent);
                        break;
                    case KeptTangent { Shown: true } t:
                        yield return Scalar(t.Source, t.Variable, t.Change, t.Tangent);
                        break;
                    case ElementTangent { Shown: true } t:
                        string index = "[" + p.Integer(t.Source.Index, Source) + "]";
                        yield return Shown(t.Source.Value, ProgramAnalysis.AccumulatedTerm(t.Source), t.Source.Array + index) + "  ⇒  " + Derivative(t.Source.Array) + index + Change(t.Change) + Math(t.Tangent);
                        break;
                    case ArrayTangent t:
                        for (int k = 0; k < t.Elements.Count; k++)
                        {
                            if (t.Elements[k].Shown)
                            {
                                yield return Shown(t.Source.Elements[k], null, t.Source.Name + "[" + k + "]") + "  ⇒  " + Derivative(t.Source.Name) + "[" + k + "] = " + Math(t.Elements[k].Tangent);
                            }
                        }

                        break;
                    case CallTangent t when t.Outputs.Count > 0:
                        yield return CallRule(t, Math, Derivative);
                        break;
                    case ReturnTangent { Shown: true } t:
                        yield return "return " + Math(p.ToExpr(t.Source.Value, Source)) + "  ⇒  " + result + " = " + Math(t.Tangent);
                        break;
                }
            }
        }

        /// <summary>
        /// <c>v = f(…)  ⇒  dV = dFDA·dA + Σₖ dFDW[k]·dW[k]  (dFDA = ∂f/∂a, …, from FGradient)</c>: the call's derivative as the
        /// code adds it up, each output named as the code names it and said what it holds.
        /// </summary>
        private static string CallRule(CallTangent t, System.Func<Expr, string> math, System.Func<string, string> derivativeOf)
        {
            string callee = t.Call.Callee;
            var terms = new List<string>();
            if (!(t.Tangent is Constant { Value: 0 }) || t.Outputs.All(o => !o.Carried))
            {
                terms.Add(math(t.Tangent));
            }

            terms.AddRange(t.Outputs.Where(o => o.Carried).Select(o => "Σₖ " + GeneratedNames.CalleePartial(callee, o.Argument.Parameter) + "[k]·" + derivativeOf(o.Argument.Array!) + "[k]"));
            var used = new HashSet<string>(t.Outputs.Where(o => o.Argument.Array == null || o.Carried).Select(o => o.Argument.Parameter), System.StringComparer.Ordinal);
            return t.Source.Name + " = " + callee + "(…)  ⇒  " + derivativeOf(t.Source.Name) + " = " + string.Join(" + ", terms)
                + " (" + CallLegend.Of(t.Call, a => used.Contains(a.Parameter)) + ")";
        }

        /// <summary>The steps in the order the source writes their statements: each branch's then its else, each loop's body.</summary>
        private static IEnumerable<TangentStep> Flattened(IEnumerable<TangentStep> steps)
        {
            foreach (TangentStep step in steps)
            {
                yield return step;
                IEnumerable<TangentStep> inner = step switch
                {
                    BranchTangent b => Flattened(b.Then).Concat(Flattened(b.Else)),
                    LoopTangent l => Flattened(l.Body),
                    _ => Enumerable.Empty<TangentStep>(),
                };
                foreach (TangentStep nested in inner)
                {
                    yield return nested;
                }
            }
        }

        private static IEnumerable<string> Rules(IEnumerable<Statement> statements, ProgramAnalysis analysis, ProgramPrinter p, AdjointRules rules, ProgramNames names)
        {
            string Math(Expr e) => MathOf(e, p);
            foreach (Statement statement in ProgramFacts.All(statements))
            {
                int count = statement is DeclareArray { Elements.Count: > 0 } array ? array.Elements.Count : 0;
                for (int element = count == 0 ? -1 : 0; element < count; element++)
                {
                    if (rules.Of(statement, element) is not AdjointRule rule)
                    {
                        continue;
                    }

                    // The loop whose running extreme the statement is (an inner loop's, not the outer loop around it).
                    if (rule.Extreme && ProgramFacts.All(statements).OfType<Loop>()
                        .Select(l => (Loop: l, Found: ExtremeMoves.Of(l, analysis, p, Source)))
                        .FirstOrDefault(l => l.Found is (RunningExtreme e, _) && ReferenceEquals(e.Statement, statement)) is { Loop: Loop loop, Found: (RunningExtreme extreme, Condition moves) })
                    {
                        yield return ExtremeRule(loop, extreme, moves, rule, p, names);
                        continue;
                    }

                    string shown = statement switch
                    {
                        Return r => "return " + Math(p.ToExpr(r.Value, Source)),
                        DeclareScalar d => d.Name + " = " + Math(p.ToExpr(d.Value, Source)),
                        AssignScalar a => Shown(a.Name, a.Value, ProgramAnalysis.AccumulatedTerm(a)),
                        AssignElement e => Shown(e.Array + "[" + p.Integer(e.Index, Source) + "]", e.Value, ProgramAnalysis.AccumulatedTerm(e)),
                        DeclareArray a => a.Name + "[" + element + "] = " + Math(p.ToExpr(a.Elements[element], Source)),
                        _ => throw new System.InvalidOperationException("A statement's adjoint follows a return, a declaration or an assignment."),
                    };
                    string Shown(string written, Value whole, (Value Term, bool Negative)? accumulated) => Written(written, whole, accumulated, p);

                    var parts = rule.Shares.Where(s => s.Kind != RuleShareKind.Set).Select(s => Added(s.Target, s.Amount, p) + s.Kind switch
                        {
                            RuleShareKind.AfterLoop => " once, after the loop",
                            RuleShareKind.EachElement => " for each k",
                            _ => string.Empty,
                        })
                        .Concat(rule.Shares.Where(s => s.Kind == RuleShareKind.Set).Select(s => s.Target + " = " + Math(s.Amount)))
                        .ToList();
                    if (parts.Count == 0 && rule.Unchanged && statement is AssignScalar or DeclareScalar)
                    {
                        parts.Add(names.Shown(statement is AssignScalar assigned ? assigned.Name : ((DeclareScalar)statement).Name) + " unchanged");
                    }

                    if (parts.Count > 0)
                    {
                        yield return shown + "  ⇒  " + string.Join(", ", parts) + (rule.Legend == null ? string.Empty : " (" + rule.Legend + ")");
                    }
                }
            }
        }

        /// <summary>
        /// <c>m = max(m, e)  ⇒  at the last i where e replaced m: dE += dM, then dM = 0</c>: every other iteration passes dM
        /// back unchanged, and when no iteration replaced m, dM stays with m's value from before the loop.
        /// </summary>
        private static string ExtremeRule(Loop loop, RunningExtreme extreme, Condition moves, AdjointRule rule, ProgramPrinter p, ProgramNames names)
        {
            string Math(Expr e) => MathOf(e, p);
            string adjoint = names.Shown(extreme.Variable);
            var parts = rule.Shares.Select(s => Added(s.Target, s.Amount, p)).Append(adjoint + " = 0");
            // As the rules show a choice's other side: not (m ≥ e) reads m < e.
            string test = moves.Op == ConditionOp.Not
                ? FormulaText.Condition(p.Builder, (Condition)moves.Children[0], holds: false, _ => null, p.Builder.Numbers)
                : FormulaText.Condition(p.Builder, moves, holds: true, _ => null, p.Builder.Numbers);
            return extreme.Variable + " = " + Math(p.ToExpr(extreme.Statement.Value, Source)) + "  ⇒  at the last " + loop.Counting!.Index + " where " + test + " (if any): "
                + string.Join(", ", parts) + "; the other iterations leave " + adjoint + " unchanged";
        }

        /// <summary>
        /// <c>dX += amount</c>, or <c>dX −= amount</c> for a negative one, as the code beside it writes it (<c>dMax -= dSum·sum</c>,
        /// not <c>dMax += −dSum·sum</c>).
        /// </summary>
        private static string Added(string target, Expr amount, ProgramPrinter p) =>
            amount is Product { Coefficient: < 0 } || amount is Constant { Value: < 0 }
                ? target + " −= " + MathOf(p.Builder.Negate(amount), p)
                : target + " += " + MathOf(amount, p);

        /// <summary>A node as a formula shows it.</summary>
        private static string MathOf(Expr e, ProgramPrinter p) => FormulaText.Of(e, _ => null, p.Builder.Numbers, p.Builder.WrittenFormOf) ?? "…";

        /// <summary><c>v = e</c>, or <c>v += term</c> (<c>−=</c>) for an accumulation: the statement a rule starts from, with the source's names.</summary>
        private static string Written(string written, Value whole, (Value Term, bool Negative)? accumulated, ProgramPrinter p) => accumulated is (Value term, bool negative)
            ? written + (negative ? " −= " : " += ") + MathOf(p.ToExpr(term, Source), p)
            : written + " = " + MathOf(p.ToExpr(whole, Source), p);

        private static string Source(string variable) => variable;

    }
}
