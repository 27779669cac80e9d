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
    }
}
