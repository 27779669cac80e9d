using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// Costly calls a statement's value and its adjoint both need (<see cref="KeptCalls"/>): the forward sweep computes each
    /// once into a local, in the arm of the statement's choice that computes it, and the reverse sweep reads the local.
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>
        /// The locals of each statement's kept calls, by statement object, so that an iteration computed again for the
        /// reverse sweep (a sibling block) names them as the forward sweep did.
        /// </summary>
        private readonly ConditionalWeakTable<Statement, Dictionary<Expr, string>> keptLocals = new ConditionalWeakTable<Statement, Dictionary<Expr, string>>();

        /// <summary>
        /// The costly calls of <c>v = e</c> that e's derivatives read again (none for an accumulation or an inactive v), with e
        /// itself written as the local <paramref name="holder"/> where they reuse it, as the reverse sweep writes them (σ′ = p·(1 − p)
        /// reads no exp).
        /// </summary>
        private KeptCalls? KeptIn(Statement statement, string name, Value value, Versions before, string? holder)
        {
            if (!analysis.IsActive(name) || value is CallValue)
            {
                return null;
            }

            if (statement is AssignScalar assign && ProgramAnalysis.AccumulatedTerm(assign) is (Value term, _))
            {
                // v += e changed in place (or left alone): e's calls, as the reverse sweep reads them (a new version
                // v2 = v + e is printed whole, and is not taken apart here).
                if (holder != null)
                {
                    return null;
                }

                value = term;
            }

            Expr whole = p.ToExpr(value, before.Of);
            Dictionary<Expr, string> locals = keptLocals.GetOrCreateValue(statement);
            Expr? local = holder == null || whole.IsLeaf ? null : p.Variable(holder, name);
            IEnumerable<Expr> derivatives = p.Partials(value, before.Of, analysis.IsActive).Select(r => local == null ? r.Partial : Substitution.Replace(p.Builder, r.Partial, whole, local));
            return KeptCalls.Find(whole, derivatives, p.Builder, call =>
            {
                if (!locals.TryGetValue(call, out string? local))
                {
                    local = names.Fresh(KeptCalls.Describe(call));
                    locals.Add(call, local);
                }

                return local;
            });
        }
    }
}
