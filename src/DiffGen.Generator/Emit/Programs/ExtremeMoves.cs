using System;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>When an iteration of a running extreme (<see cref="RunningExtreme"/>) moves it, as max's (or min's) own rule decides.</summary>
    internal static class ExtremeMoves
    {
        /// <summary>
        /// The loop's running extreme and the test under which an iteration moves it, when the gradient takes the extreme's
        /// route (its adjoint matters and the rule is such a choice); else null. The gradient and its doc formulas both ask here.
        /// </summary>
        public static (RunningExtreme Extreme, Condition Moves)? Of(Loop loop, ProgramAnalysis analysis, ProgramPrinter p, Func<string, string> name) =>
            RunningExtreme.Of(loop) is RunningExtreme extreme && analysis.IsActive(extreme.Variable) && Test(extreme, p, name) is Condition moves
                ? (extreme, moves)
                : null;

        /// <summary>
        /// The test under which the iteration's candidate replaces m: where the rule passes nothing back to m
        /// (<c>d max(a, b) = da if a ≥ b, else db</c>). Null when the rule does not come out as such a choice.
        /// </summary>
        private static Condition? Test(RunningExtreme extreme, ProgramPrinter p, Func<string, string> name)
        {
            Expr? passes = p.Partials(extreme.Statement.Value, name, v => v == extreme.Variable).Select(r => r.Partial).SingleOrDefault();
            return passes switch
            {
                Select { WhenTrue: Constant { Value: 1 }, WhenFalse: Constant { Value: 0 } } s => p.Builder.Not(s.Test),
                Select { WhenTrue: Constant { Value: 0 }, WhenFalse: Constant { Value: 1 } } s => s.Test,
                _ => null,
            };
        }
    }
}
