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
        /// <summary>Reverse mode: for each statement, what each value it reads receives from its adjoint (computed apart from the gradient's code, which does not yet come from an adjoint program).</summary>
        public static IEnumerable<string> Adjoint(LoopProgram program, ProgramAnalysis analysis, ProgramPrinter p, string method) =>
            Rules(program.Body, analysis, p);

        /// <summary>
        /// Forward mode: for each statement, the derivative of what it writes from those of what it reads, printed from the
        /// tangent program's own nodes (the code beside it prints the same ones).
        /// </summary>
        /// <param name="result">How the rules name the derivative of the returned value (<c>∂Cost/∂m</c>).</param>
        public static IEnumerable<string> Tangent(IReadOnlyList<TangentStep> steps, ProgramPrinter p, string result)
        {
            string Math(Expr e) => FormulaText.Of(e, _ => null, p.Builder.IsWrittenFactor) ?? "…";
            string Shown(Value whole, (Value Term, bool Negative)? accumulated, string written) => accumulated is (Value term, bool negative)
                ? written + (negative ? " −= " : " += ") + Math(p.ToExpr(term, Source))
                : written + " = " + Math(p.ToExpr(whole, Source));
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
                        string element = t.Source.Array + "[" + p.Integer(t.Source.Index, Source) + "]";
                        yield return Shown(t.Source.Value, ProgramAnalysis.AccumulatedTerm(t.Source), element) + "  ⇒  " + Derivative(element) + Change(t.Change) + Math(t.Tangent);
                        break;
                    case ArrayTangent t:
                        for (int k = 0; k < t.Elements.Count; k++)
                        {
                            if (t.Elements[k].Shown)
                            {
                                string given = t.Source.Name + "[" + k + "]";
                                yield return Shown(t.Source.Elements[k], null, given) + "  ⇒  " + Derivative(given) + " = " + Math(t.Elements[k].Tangent);
                            }
                        }

                        break;
                    case CallTangent t when t.Outputs.Count > 0:
                        yield return CallRule(t, Math);
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
        private static string CallRule(CallTangent t, System.Func<Expr, string> math)
        {
            string callee = t.Call.Callee;
            var terms = new List<string>();
            if (!(t.Tangent is Constant { Value: 0 }) || t.Outputs.All(o => !o.Carried))
            {
                terms.Add(math(t.Tangent));
            }

            terms.AddRange(t.Outputs.Where(o => o.Carried).Select(o => "Σₖ " + o.Output + "[k]·" + Derivative(o.Argument.Array!) + "[k]"));
            IEnumerable<string> legend = t.Outputs.Where(o => o.Argument.Array == null || o.Carried).Select(o => o.Argument.Array == null
                ? o.Output + " = ∂" + callee + "/∂" + o.Argument.Parameter.TrimStart('@')
                : o.Output + "[k] = ∂" + callee + "/∂" + o.Argument.Parameter.TrimStart('@') + "[k]");
            return t.Source.Name + " = " + callee + "(…)  ⇒  " + Derivative(t.Source.Name) + " = " + string.Join(" + ", terms)
                + " (" + string.Join(", ", legend) + ", from " + t.Call.GradientName + ")";
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

        private static IEnumerable<string> Rules(IEnumerable<Statement> statements, ProgramAnalysis analysis, ProgramPrinter p)
        {
            // The reverse sweep sends a running extreme's adjoint to one iteration (GradientWriter.Extremes): its rule says so.
            var extremes = new Dictionary<Statement, (Loop Loop, RunningExtreme Extreme, Condition Moves)>(ReferenceComparer.Instance);
            foreach (Loop loop in ProgramFacts.All(statements).OfType<Loop>())
            {
                if (ExtremeMoves.Of(loop, analysis, p, Source) is (RunningExtreme extreme, Condition moves))
                {
                    extremes[extreme.Statement] = (loop, extreme, moves);
                }
            }

            // A sum from zero whose term's derivative is a multiple of the term sends that share once after its loop: its rule says so.
            IReadOnlyList<(Loop Loop, AssignScalar Statement)> sums = SumsFromZero.In(statements.ToList());
            var atOnce = sums.Select(s => s.Loop).Distinct().SelectMany(l => SumShares.Of(l, sums, analysis, p)).ToList();

            foreach (Statement statement in ProgramFacts.All(statements).SelectMany(ElementByElement))
            {
                if (extremes.TryGetValue(statement, out (Loop Loop, RunningExtreme Extreme, Condition Moves) kept))
                {
                    yield return ExtremeRule(kept.Loop, kept.Extreme, kept.Moves, analysis, p);
                    continue;
                }

                (string? written, Value? value, Value? whole) = statement switch
                {
                    DeclareScalar s when analysis.IsActive(s.Name) && !(s.Value is CallValue) => (s.Name, s.Value, s.Value),
                    AssignScalar s when analysis.IsActive(s.Name) => (s.Name, ProgramAnalysis.AccumulatedTerm(s)?.Term ?? s.Value, s.Value),
                    AssignElement e when analysis.IsActive(e.Array) => (e.Array + "[" + p.Integer(e.Index, Source) + "]", ProgramAnalysis.AccumulatedTerm(e)?.Term ?? e.Value, e.Value),
                    Return r => (string.Empty, r.Value, r.Value),
                    _ => ((string?)null, (Value?)null, (Value?)null),
                };
                if (written == null || value == null || whole == null)
                {
                    continue;
                }

                (Value Term, bool Negative)? accumulated = statement switch
                {
                    AssignScalar s => ProgramAnalysis.AccumulatedTerm(s),
                    AssignElement e => ProgramAnalysis.AccumulatedTerm(e),
                    _ => null,
                };
                string Math(Expr e) => FormulaText.Of(e, _ => null, p.Builder.IsWrittenFactor) ?? "…";
                string shown = statement is Return ? "return " + Math(p.ToExpr(whole, Source))
                    : accumulated is (Value term, bool negative) ? written + (negative ? " −= " : " += ") + Math(p.ToExpr(term, Source))
                    : written + " = " + Math(p.ToExpr(whole, Source));
                Expr seed = statement is Return ? p.Builder.One : p.Variable(Derivative(written));
                var parts = new List<string>();
                string? overwrite = null;

                // A value the statement gives a scalar that it does not read is written by that name in its own rule: p·(1 − p), 1 − h².
                Expr own = p.ToExpr(value, Source);
                Expr? holder = accumulated == null && statement is DeclareScalar or AssignScalar && !own.IsLeaf && !ProgramFacts.Reads(value).Contains(written)
                    ? p.Variable(written)
                    : null;
                foreach ((ActiveRead read, Expr derivative) in p.Partials(value, Source, analysis.IsActive))
                {
                    Expr target = p.Variable(Derivative(read.Code));
                    if (read.Index == null && atOnce.FirstOrDefault(a => ReferenceEquals(a.Sum, statement) && a.Read == read.Variable) is { Sum: not null } shared)
                    {
                        parts.Add(Math(target) + " += " + Math(p.Builder.Multiply(p.Builder.Constant(shared.Multiple), p.Builder.Multiply(seed, p.Variable(written)))) + " once, after the loop");
                        continue;
                    }

                    Expr partial = holder == null ? derivative : Substitution.Replace(p.Builder, derivative, own, holder);
                    Expr signed = accumulated is (Value _, true) ? p.Builder.Negate(partial) : partial;
                    Expr amount = p.Builder.Multiply(seed, signed);
                    if (accumulated == null && statement is AssignScalar or AssignElement && read.Code == written)
                    {
                        // v = f(v, …) backwards, as the code does it: the other reads first, then dV = dV · ∂f/∂v
                        // (nothing when ∂f/∂v = 1: dV stays as it is); a[i] = f(a[i], …) alike.
                        overwrite = ReferenceEquals(amount, seed) ? string.Empty : Math(target) + " = " + Math(amount);
                    }
                    else
                    {
                        parts.Add(Math(target) + " += " + Math(amount));
                    }
                }

                if (overwrite is { Length: > 0 })
                {
                    parts.Add(overwrite);
                }
                else if (overwrite != null && parts.Count == 0)
                {
                    parts.Add(Math(seed) + " unchanged");
                }

                if (parts.Count > 0)
                {
                    yield return shown + "  ⇒  " + string.Join(", ", parts);
                }
            }
        }

        /// <summary>
        /// <c>m = max(m, e)  ⇒  at the last i where e replaced m: dE += dM, then dM = 0</c>: every other iteration passes dM
        /// back unchanged, and when no iteration replaced m, dM stays with m's value from before the loop.
        /// </summary>
        private static string ExtremeRule(Loop loop, RunningExtreme extreme, Condition moves, ProgramAnalysis analysis, ProgramPrinter p)
        {
            string Math(Expr e) => FormulaText.Of(e, _ => null, p.Builder.IsWrittenFactor) ?? "…";
            string adjoint = Derivative(extreme.Variable);
            Expr seed = p.Variable(adjoint);
            var parts = p.Partials(extreme.Candidate, Source, analysis.IsActive)
                .Select(r => Math(p.Variable(Derivative(r.Read.Code))) + " += " + Math(p.Builder.Multiply(seed, r.Partial)))
                .Append(adjoint + " = 0");
            // As the rules show a choice's other side: not (m ≥ e) reads m < e.
            string test = moves.Op == ConditionOp.Not
                ? FormulaText.Condition(p.Builder, (Condition)moves.Children[0], holds: false, _ => null, p.Builder.IsWrittenFactor)
                : FormulaText.Condition(p.Builder, moves, holds: true, _ => null, p.Builder.IsWrittenFactor);
            return extreme.Variable + " = " + Math(p.ToExpr(extreme.Statement.Value, Source)) + "  ⇒  at the last " + loop.Counting!.Index + " where " + test + " (if any): "
                + string.Join(", ", parts) + "; the other iterations leave " + adjoint + " unchanged";
        }

        /// <summary>An array given its elements, as the writes of its elements (<c>p = { x, x * x }</c>: p[0] = x, p[1] = x²).</summary>
        private static IEnumerable<Statement> ElementByElement(Statement statement) => statement is DeclareArray { Elements.Count: > 0 } array
            ? array.Elements.Select((e, k) => (Statement)new AssignElement(array.Name, new IntegerNumber(k), e))
            : new[] { statement };

        /// <summary><c>s</c> → <c>dS</c>, <c>h[j]</c> → <c>dH[j]</c>, as the generated code names them.</summary>
        private static string Derivative(string value) => GeneratedNames.GradientOutput(value.TrimStart('@'));

        private static string Source(string variable) => variable;

    }
}
