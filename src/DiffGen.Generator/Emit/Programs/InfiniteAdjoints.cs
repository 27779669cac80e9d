using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The variables whose adjoint may be infinite where their value is finite: one a statement reads through a partial
    /// that divides by more than the statement's value does (<c>return Math.Sqrt(relu)</c>: ∂/∂relu = 1/(2·√relu), ∞ at
    /// relu = 0), and those such an adjoint flows into. Where a <c>[Differentiable]</c> callee's partial meets one (it is
    /// exactly 0 where the callee clamps, <c>Relu(x)</c> for x &lt; 0), the reverse sweep tests the partial before
    /// multiplying (<see cref="GradientWriter"/>), so that a constant value's adjoint is 0, not 0·∞: the reverse twin of
    /// <see cref="ZeroTangents"/>. An inline kink needs no test: its choice already passes nothing on its other side.
    /// </summary>
    internal static class InfiniteAdjoints
    {
        public static HashSet<string> Of(IEnumerable<Statement> statements, ProgramPrinter printer, ProgramAnalysis analysis)
        {
            List<(string? Target, Value Value)> assignments = ProgramFacts.All(statements).Select(Assigned).Where(a => a != null).Select(a => a!.Value).ToList();
            return Fixpoint.Grow(infinite =>
            {
                bool grew = false;
                foreach ((string? target, Value value) in assignments)
                {
                    bool reachesInfinite = target != null && infinite.Contains(target);
                    IEnumerable<string> reads = value is CallValue call
                        ? (reachesInfinite ? call.Arguments.Where(a => a.Scalar != null).SelectMany(a => ProgramFacts.Reads(a.Scalar!)) : Enumerable.Empty<string>())
                        : Reached(value, reachesInfinite, printer, analysis);
                    foreach (string read in reads.Where(analysis.IsActive))
                    {
                        grew |= infinite.Add(read);
                    }
                }

                return grew;
            });
        }

        /// <summary>The variables a value's adjoint reaches as possibly infinite: all it reads, where its own adjoint may be; else those read through a partial that divides by more than the value.</summary>
        private static IEnumerable<string> Reached(Value value, bool reachesInfinite, ProgramPrinter printer, ProgramAnalysis analysis)
        {
            Expr whole = printer.ToExpr(value, name => name);
            return printer.Partials(value, name => name, analysis.IsActive)
                .Where(p => reachesInfinite || Denominators.DividesByMoreThan(p.Partial, whole))
                .Select(p => p.Read.Variable);
        }

        /// <summary>The variable a statement gives a value (null for what the method returns), with that value.</summary>
        private static (string? Target, Value Value)? Assigned(Statement statement) => statement switch
        {
            DeclareScalar s => (s.Name, s.Value),
            AssignScalar s => (s.Name, s.Value),
            AssignElement s => (s.Array, s.Value),
            Return r => (null, r.Value),
            _ => null,
        };
    }
}
