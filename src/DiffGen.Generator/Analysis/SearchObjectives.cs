using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Whether a bracketing search for a minimum or maximum returns the optimum's value, f(x*, a), rather than x* itself: the
    /// search's test compares the objective at two points (<c>fc &lt; fd</c>, <c>f(c) &lt; f(d)</c>, the objective written out or a call of a method), and the method returns the
    /// same objective at a point computed from the bracket after the loop. Its derivative along the path is then right: at the
    /// optimum ∂f/∂x = 0, so how x* moves does not matter (the envelope theorem), and <see cref="BracketingSearches"/> does not
    /// warn of it.
    /// </summary>
    internal static class SearchObjectives
    {
        /// <param name="outside">The program's statements outside the loop (the returns among them).</param>
        public static bool ReturnsTheOptimum(List<Statement> outside, Loop loop, Test test, ISet<string> ends)
        {
            if (!(test is Comparison { Op: ConditionOp.Less or ConditionOp.LessOrEqual or ConditionOp.Greater or ConditionOp.GreaterOrEqual } comparison))
            {
                return false;
            }

            Value objective = Inlined(comparison.Left, loop.Body);
            List<string> points = ProgramFacts.Reads(objective).Where(ends.Contains).Distinct().ToList();
            if (points.Count != 1)
            {
                return false;
            }

            List<Value> returned = outside.OfType<Return>().Select(r => Inlined(r.Value, outside)).ToList();
            return returned.Count > 0 && returned.All(value =>
                ProgramFacts.Reads(value).Where(v => !ProgramFacts.Reads(objective).Contains(v)).Distinct().ToList() is List<string> { Count: 1 } found
                && SameObjective(objective, value, points[0], found[0]));
        }

        /// <summary>
        /// A read of a local declared once among the statements, replaced by its value (<c>fc</c> by <c>(c - a) * (c - a) + ...</c>),
        /// and again while that value is such a read (a call's result is held in a local of its own: <c>fc = obj</c>, <c>obj = f(c)</c>).
        /// </summary>
        private static Value Inlined(Value value, IReadOnlyCollection<Statement> statements)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            while (value is Read read && seen.Add(read.Variable))
            {
                List<Statement> definitions = ProgramFacts.All(statements).Where(s => s is DeclareScalar d && d.Name == read.Variable || s is AssignScalar a && a.Name == read.Variable).ToList();
                if (!(definitions.Count == 1 && definitions[0] is DeclareScalar declared))
                {
                    break;
                }

                value = declared.Value;
            }

            return value;
        }

        /// <summary>Whether the two values are the same expression but for <paramref name="from"/> read as <paramref name="to"/>.</summary>
        private static bool SameObjective(Value a, Value b, string from, string to) => (a, b) switch
        {
            (Read x, Read y) => x.Cast == y.Cast && (x.Variable == y.Variable || (x.Variable == from && y.Variable == to)),
            (Number x, Number y) => x.Constant.Equals(y.Constant),
            (Arithmetic x, Arithmetic y) => x.Op == y.Op && SameObjective(x.Left, y.Left, from, to) && SameObjective(x.Right, y.Right, from, to),
            (Negation x, Negation y) => SameObjective(x.Operand, y.Operand, from, to),
            (MathCall x, MathCall y) => x.Function == y.Function && x.Arguments.Count == y.Arguments.Count
                && x.Arguments.Zip(y.Arguments, (p, q) => SameObjective(p, q, from, to)).All(same => same),
            (CallValue x, CallValue y) => x.Callee == y.Callee && x.Arguments.Count == y.Arguments.Count
                && x.Arguments.Zip(y.Arguments, (p, q) => SameArgument(p, q, from, to)).All(same => same),
            _ => a.Equals(b) && !ProgramFacts.Reads(a).Contains(from),
        };

        /// <summary>The same argument of the same callee (<c>f(c, a)</c> and <c>f(x, a)</c>): its scalar the same expression (its text aside), anything else equal.</summary>
        private static bool SameArgument(CallArgument a, CallArgument b, string from, string to) =>
            a.Scalar != null && b.Scalar != null
                ? a with { Scalar = null, Code = null, Written = null } == b with { Scalar = null, Code = null, Written = null } && SameObjective(a.Scalar, b.Scalar, from, to)
                : a.Equals(b);
    }
}
