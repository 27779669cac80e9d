using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>A statement's adjoint as lines: its shared values, then each read's share, guarded where the read is.</content>
    internal sealed partial class GradientWriter
    {
        /// <summary>
        /// A statement's share for what one of its reads receives: <c>Target += Amount</c>, an adjoint or an element of one;
        /// <paramref name="Output"/> is the adjoint array of an element read (dW of w[i]), null for a scalar's adjoint;
        /// <paramref name="Shown"/>, the adjoint as a formula shows it (<c>dW[i]</c> where the code adds to a sum of it).
        /// </summary>
        private readonly record struct Share(string Target, Expr Amount, IReadOnlyList<string> TargetReads, string? Output, string Shown)
        {
            public bool IsElement => Output != null;
        }

        /// <summary>
        /// The lines of one statement's adjoint: a comment with the statement, a local for each function value the
        /// amounts share, <c>target += amount</c> (or <c>-=</c>) each, then <paramref name="last"/>.
        /// </summary>
        /// <param name="kept">The locals of the costly calls the forward sweep kept for this statement (<see cref="KeptCalls"/>), where they hold them.</param>
        private void Emit(List<CodeNode> code, string? comment, List<Share> contributions, CodeLine? last, System.Func<Expr, string?>? kept = null)
        {
            p.TakeReads(); // what the comment printed: a comment reads nothing
            if (contributions.Count == 0 && last == null)
            {
                return;
            }

            if (comment != null)
            {
                code.Add(new CodeComment(comment));
            }

            Dictionary<Expr, string> shared = SharedValues.Find(contributions.Select(c => c.Amount), p.Builder, names, out Dictionary<Expr, Expr> definitions, kept);
            foreach (KeyValuePair<Expr, string> value in SharedValues.InDefinitionOrder(shared, definitions, kept))
            {
                Expr definition = definitions[value.Key];
                code.Add(p.Reprintable(named => new CodeLine(p.Keyword + " " + value.Value + " = " + p.Print(definition, e => (e != value.Key && shared.TryGetValue(e, out string? n) ? n : null) ?? named(e) ?? kept?.Invoke(e)) + ";", value.Value, declaredType: p.Keyword, uses: p.TakeReads()), definition));
            }

            if (kept != null)
            {
                // A kept call is read by its local: put it into the naming every share below prints with.
                foreach (Expr call in contributions.SelectMany(c => ChoicePaths.Walk(c.Amount)).Select(n => n.Node).Distinct().Where(e => !shared.ContainsKey(e) && kept(e) != null).ToList())
                {
                    shared.Add(call, kept(call)!);
                }
            }

            foreach (Share share in contributions)
            {
                // An element read only when a test holds (i > 0 ? x[i - 1] : 0) gets its share only then: x[i - 1] may not exist
                // otherwise. Under nested choices (i == 0 ? a : i == n - 1 ? b : x[i + 1]) every test on the way must hold.
                if (share.IsElement && Guarded(share.Amount) is (Condition test, Expr amount))
                {
                    if (test.Op == ConditionOp.False)
                    {
                        continue;
                    }

                    (string condition, List<string> conditionReads) = p.Capture(() => p.PrintCondition(test));
                    writtenOnce?.Writes(share.Output, guarded: true);
                    WritesFresh(share.Output, unconditional: false);
                    code.Add(CodeBlock.If(condition, conditionReads, new List<CodeNode> { Contribution(share with { Amount = amount }, shared) }));
                    continue;
                }

                if (writtenOnce?.Writes(share.Output, guarded: false) == true)
                {
                    code.Add(Assignment(share, shared));
                }
                else
                {
                    code.Add(WritesFresh(share.Output, unconditional: true) ? Assignment(share, shared, FreshComment(share.Output!)) : Contribution(share, shared));
                }
            }

            if (last != null)
            {
                code.Add(last);
            }
        }

        /// <summary>
        /// An amount that is 0 unless tests hold (<c>t₁ ? 0 : t₂ ? 0 : a</c>): the tests that must all hold, and the amount then;
        /// null when the amount is not such a choice.
        /// </summary>
        private (Condition Test, Expr Amount)? Guarded(Expr amount)
        {
            Condition? guard = null;
            while (amount is Select choice && (choice.WhenTrue is Constant { Value: 0 } || choice.WhenFalse is Constant { Value: 0 }))
            {
                bool whenTrue = !(choice.WhenTrue is Constant { Value: 0 });
                Condition test = whenTrue ? choice.Test : p.Builder.Not(choice.Test);
                guard = guard == null ? test : p.Builder.And(guard, test);
                amount = whenTrue ? choice.WhenTrue : choice.WhenFalse;
            }

            return guard == null || guard.Op == ConditionOp.True ? null : (guard, amount);
        }

        /// <summary>
        /// <c>dR += amount;</c>: it reads and sets a scalar adjoint, so the liveness pass drops it when nothing reads dR
        /// afterwards (and then dR's declaration, which C# would warn about: CS0219); an element of an adjoint array stays.
        /// </summary>
        private CodeLine Contribution(Share share, Dictionary<Expr, string> shared)
        {
            bool negative = share.Amount is Product { Coefficient: < 0 } || share.Amount is Constant { Value: < 0 };
            Expr shown = negative ? p.Builder.Negate(share.Amount) : share.Amount;
            return p.Reprintable(named =>
            {
                Accumulation added = p.Accumulation(share.Target, shown, negative, e => (shared.TryGetValue(e, out string? n) ? n : null) ?? named(e));
                List<string> reads = p.TakeReads(share.TargetReads);
                return share.IsElement ? new CodeLine(added.Text, accumulates: added, uses: reads) : new CodeLine(added.Text, share.Target, readsDefined: true, accumulates: added, uses: reads);
            });
        }

        /// <summary>
        /// <c>dW[i] = amount;</c>: the first and unguarded contribution to an entry that one iteration alone writes, or to an
        /// entry of an array's adjoint that each iteration writes fresh (<see cref="WritesFresh"/>).
        /// </summary>
        private CodeLine Assignment(Share share, Dictionary<Expr, string> shared, string? comment = null) => p.Reprintable(named =>
        {
            string amount = p.Print(share.Amount, e => (shared.TryGetValue(e, out string? n) ? n : null) ?? named(e));
            return new CodeLine(share.Target + " = " + amount + ";", comment: comment, uses: p.TakeReads(share.TargetReads));
        });
    }
}
