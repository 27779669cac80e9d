using System.Collections.Generic;
using System.Collections.Immutable;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>
        /// A guard clause before a method's work (docs/supported.md, "Guard clauses"): <c>if (test) return value;</c>, which
        /// every generated member tests first. The value calls no method (a call there is DIFF015).
        /// </summary>
        private Stmt EarlyReturn(Scope scope, Cond test)
        {
            Scope quiet = scope.Clone();
            quiet.Callees.Clear();
            Expr value = Term(quiet, 1);
            return new If(test, S(new Return(quiet.IsInteger(value) ? Add(value, Lit("0.5")) : value)), null);
        }

        /// <summary>
        /// A return after the method's loops, before its last return (docs/supported.md): <c>if (s &gt; c) return s * e;</c>, whose
        /// other side the generator makes of the rest.
        /// </summary>
        private void ReturnAfterTheLoops(List<Stmt> body, Scope scope, List<string> results)
        {
            if (results.Count == 0)
            {
                return;
            }

            string kept = results[g.Random.Next(results.Count)];
            Scope quiet = scope.Clone();
            quiet.Callees.Clear();
            Expr value = Term(quiet, 1);
            body.Add(new If(new Compare(g.Pick(">", "<="), R(kept), Lit("1.75")), S(new Return(Mul(R(kept), quiet.IsInteger(value) ? Add(value, Lit("0.5")) : value))), null));
        }

        /// <summary>
        /// The method's last statement a loop that ends only by returning (docs/supported.md): <c>while (true) { s += e; k++;
        /// if (k &gt;= n) return s; if (s &gt; c) return s + e; }</c>, read as the loop left with break and the kept value returned.
        /// </summary>
        private void EndlessLastLoop(List<Stmt> body, Scope scope, List<string> results, IntExpr count)
        {
            string s = Fresh("s");
            string k = Fresh("k");
            Scope inner = scope.WithInt(k);
            inner.Callees.Clear();
            Expr kept = results.Count > 0 ? R(results[g.Random.Next(results.Count)]) : R("x");
            Expr step = Term(inner);
            Expr value = Term(inner, 1);
            body.Add(new Declare(s, kept));
            body.Add(new DeclareInt(k, N(0)));
            body.Add(new While(new Always(), S(
                    new Assign(s, "=", Add(Mul(Lit("0.5"), R(s)), inner.IsInteger(step) ? Add(step, Lit("0.5")) : step)),
                    new Increment(k, "++"),
                    new If(new IntCompare(">=", I(k), count), S(new Return(Mul(R(s), Lit(g.Pick("1.5", "0.5"))))), null),
                    new If(new Compare(">", R(s), Lit(g.Pick("1.25", "2.5"))), S(new Return(Add(R(s), inner.IsInteger(value) ? Add(value, Lit("0.5")) : value))), null))));
        }

        /// <summary>
        /// A return from inside the method's last loop, right before its last return (docs/supported.md): <c>if (s &gt; c) return
        /// s + e;</c> directly in the loop's body, which the generator reads as the loop left with break and a flag.
        /// </summary>
        private void ReturnFromLastLoop(List<Stmt> body, Scope scope, List<string> results)
        {
            if (results.Count == 0 || body.Count == 0)
            {
                return;
            }

            string kept = results[^1];
            Scope quiet = scope.Clone();
            quiet.Callees.Clear();
            Expr value = Term(quiet, 1);
            Stmt exit = new If(new Compare(g.Pick(">", "<"), R(kept), Lit(g.Pick("0.75", "1.5", "-0.5"))), S(new Return(Add(R(kept), quiet.IsInteger(value) ? Add(value, Lit("0.5")) : value))), null);
            // After any loop or local array the body holds (one after an if that leaves the iteration is DIFF015).
            ImmutableArray<Stmt> With(ImmutableArray<Stmt> loop)
            {
                int after = 0;
                for (int i = 0; i < loop.Length; i++)
                {
                    if (loop[i] is For or While or Foreach or DoWhile or RealFor or If or ArrayOfValues or IntArrayOfConstants or NewArray or ArrayOfConstants)
                    {
                        after = i + 1;
                    }
                }

                return loop.Insert(g.Random.Next(after, loop.Length + 1), exit);
            }

            body[^1] = body[^1] switch
            {
                For f => f with { Body = With(f.Body) },
                While w => w with { Body = With(w.Body) },
                Foreach e => e with { Body = With(e.Body) },
                DoWhile d => d with { Body = With(d.Body) },
                Stmt other => other,
            };
        }
    }
}
