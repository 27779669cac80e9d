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
            // After any loop or local array the body holds (a loop or an array declared after an if that leaves the iteration is DIFF015).
            ImmutableArray<Stmt> With(ImmutableArray<Stmt> loop)
            {
                int after = 0;
                for (int i = 0; i < loop.Length; i++)
                {
                    if (loop[i] is For or While or Foreach or DoWhile or RealFor or If or ArrayOfValues or ArrayOfConstants or NewArray)
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
