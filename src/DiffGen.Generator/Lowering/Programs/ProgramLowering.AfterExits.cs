using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>What may not follow an if that leaves a loop's iteration.</content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>
        /// Reports what follows, in a loop's body, an if that leaves the iteration (<c>if (r == 2) break;</c>) and that the
        /// reverse sweep cannot run inside an if: it runs the rest of such an iteration as the other side of that if
        /// (the emitter's IterationShape), and a loop, a local array or a call passing an array there is not
        /// supported yet, as in an if the source writes (a loop's sums were not computed again, the gradient was wrong).
        /// </summary>
        private void CheckAfterExits(IReadOnlyList<Statement> body)
        {
            int exit = body.ToList().FindIndex(s => s is IfStatement branch && (ProgramFacts.MayLeave(branch.Then) || ProgramFacts.MayLeave(branch.Else)));
            if (exit < 0)
            {
                return;
            }

            // A return from the loop (TryLowerLoopWithReturns) leaves it as a break that sets the flag.
            string leaves = leavingLoop is (_, string flag, _) && body[exit] is IfStatement first
                && first.Then.Concat(first.Else).Any(s => s is AssignInteger { Name: var set } && set == flag)
                ? "an if that returns from the loop"
                : body[exit] is IfStatement { Else.Count: 0 } skip && LeavesAtItsEndOnly(skip.Then) is Statement leave && ProgramFacts.MayLeave(body.Skip(exit + 1))
                ? "'if (...) " + (leave is Break ? "break" : "continue") + ";' when a break, a continue or a return follows it before the iteration's last loop"
                : "an if that leaves the iteration (break or continue)";
            foreach (Statement after in body.Skip(exit + 1))
            {
                string? construct = after switch
                {
                    Loop => "A loop after " + leaves,
                    DeclareArray => "A local array declared after " + leaves,
                    DeclareScalar { Value: CallValue call } when PassesArray(call) => "The call to '" + call.Callee + "' with an array argument after " + leaves,
                    AssignScalar { Value: CallValue call } when PassesArray(call) => "The call to '" + call.Callee + "' with an array argument after " + leaves,
                    _ => null,
                };
                if (construct != null)
                {
                    Location location = locations.TryGetValue(after, out Location? at) ? at : Location.None;
                    problems.Add(new Problem(DiagnosticDescriptors.NotSupportedYet, location, construct, "in a method with loops or arrays, put it before that if, or test the condition inside it"));
                }
            }
        }

        private static bool PassesArray(CallValue call) => call.Arguments.Any(a => a.Array != null && a.HasDerivative);

        /// <summary>The first call the statement (or one inside it) makes that passes an array its callee differentiates; null if none.</summary>
        private static CallValue? ArrayCallIn(Statement statement) => ProgramFacts.All(new[] { statement })
            .Select(s => s switch { DeclareScalar { Value: CallValue c } => c, AssignScalar { Value: CallValue c } => c, _ => null })
            .FirstOrDefault(c => c != null && PassesArray(c));
    }
}
