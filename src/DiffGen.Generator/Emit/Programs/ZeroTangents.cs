using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The variables whose derivative can be exactly 0 by the program's structure, not by chance: one a kink passes
    /// nothing on one side (<c>o = q &gt; 0 ? q : 0</c>, <c>Math.Max(q, 0)</c>), one given a value that reads nothing
    /// carrying a derivative (<c>t = Math.Log2(1.0)</c> in a branch, <c>t = Math.Floor(x)</c>, <c>s = 0</c> before a loop adds to it, a local array's
    /// elements before they are written), one a call returns, and one computed from any of these. A derivative that is 0
    /// there means the value is constant there, so a term it enters contributes nothing, even through a local partial that is
    /// infinite at that point (√(o4² + o6²) where both are clamped to 0): the tangent program tests such a tangent before
    /// multiplying (<see cref="TangentTransformation"/>), as the loop-free route's chain rule puts the local partial inside
    /// each kink's branch.
    /// </summary>
    internal static class ZeroTangents
    {
        public static HashSet<string> Of(IEnumerable<Statement> statements, ProgramPrinter printer, ProgramAnalysis analysis)
        {
            List<Statement> all = ProgramFacts.All(statements).ToList();
            return Fixpoint.Grow(zero =>
            {
                bool grew = false;
                foreach (Statement statement in all)
                {
                    if (Assigned(statement, analysis) is (string name, IEnumerable<Value?> values) && !zero.Contains(name) && values.Any(v => CanBeZero(v, printer, analysis, zero)))
                    {
                        grew |= zero.Add(name);
                    }
                }

                return grew;
            });
        }

        /// <summary>The active variable a statement gives values, with those values (null for an array made without elements: zeros).</summary>
        private static (string Name, IEnumerable<Value?> Values)? Assigned(Statement statement, ProgramAnalysis analysis) => statement switch
        {
            DeclareScalar s when analysis.IsActive(s.Name) => (s.Name, new Value?[] { s.Value }),
            AssignScalar s when analysis.IsActive(s.Name) => (s.Name, new Value?[] { s.Value }),
            AssignElement s when analysis.IsActive(s.Array) => (s.Array, new Value?[] { s.Value }),
            DeclareArray s when analysis.IsActive(s.Name) => (s.Name, s.Elements.Count == 0 ? new Value?[] { null } : s.Elements.Select(e => (Value?)e)),
            _ => null,
        };

        /// <summary>Whether the derivative of <paramref name="value"/> can be exactly 0 by structure, given the variables <paramref name="zero"/> whose derivative can.</summary>
        public static bool CanBeZero(Value? value, ProgramPrinter printer, ProgramAnalysis analysis, HashSet<string> zero)
        {
            if (value == null || value is CallValue)
            {
                return true;
            }

            IReadOnlyList<(ActiveRead Read, Expr Partial)> partials = printer.Partials(value, name => name, analysis.IsActive);
            return partials.Count == 0
                || partials.Any(p => zero.Contains(p.Read.Variable) || IsZero(p.Partial) || HasZeroSide(p.Partial));
        }

        private static bool HasZeroSide(Expr partial) =>
            TopologicalOrder.OperandsFirst(new[] { partial }).Any(n => n is Select s && (IsZero(s.WhenTrue) || IsZero(s.WhenFalse)));

        private static bool IsZero(Expr e) => e is Constant { Value: 0 };
    }
}
