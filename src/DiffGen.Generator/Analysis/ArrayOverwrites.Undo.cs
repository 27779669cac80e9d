using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <content>
    /// Undoing an iteration's writes before the reverse sweep computes it again: which writes can be put back, and the
    /// indices and loop bounds they have as the iteration begins.
    /// </content>
    internal sealed partial class ArrayOverwrites
    {
        private readonly Dictionary<Statement, Dictionary<Statement, Integer>> undoneIndices = new Dictionary<Statement, Dictionary<Statement, Integer>>(ReferenceComparer.Instance);
        private readonly Dictionary<Statement, Dictionary<Statement, CountingLoop>> undoneHeaders = new Dictionary<Statement, Dictionary<Statement, CountingLoop>>(ReferenceComparer.Instance);

        /// <summary>
        /// The header of a counting loop inside an iteration of <paramref name="loop"/> whose writes are undone
        /// (<see cref="UndoneBefore"/>), with its bounds as that iteration begins: the reverse sweep runs it backwards to put
        /// back what its writes overwrote.
        /// </summary>
        public CountingLoop UndoneHeader(Loop loop, Loop nested) => undoneHeaders[loop][nested];

        /// <summary>
        /// Puts the loop's writes of the array back before each recomputed iteration, when they are plain statements of
        /// its body or of counting loops nested in it (each runs the same number of times whatever the values, or only where
        /// one test holds: <see cref="GateOf"/>; nothing else leaves an iteration early, and their indices and the nested
        /// loops' bounds are known as the iteration begins): then they are all taped, and the iteration runs them again.
        /// </summary>
        private bool Undo(Loop loop, string array, List<AssignElement> writes)
        {
            var inside = writes.Where(w => sites.Of(w).IsWithin(loop)).ToList();
            if (!TryGate(loop, inside, out UndoGate? gate))
            {
                return false;
            }

            // A nested write keeps its old value only where the array is not filled anew by some loop (then only that
            // loop's recomputed iterations keep it): each write must push once per run.
            bool nested = inside.Any(w => !loop.Body.Contains(w, ReferenceComparer.Instance));
            if (nested && scopes.TryGetValue(array, out ArrayScope? scope) && scope.Renewing != null)
            {
                return false;
            }

            var indices = new List<(AssignElement Write, Integer Index)>();
            var headers = new List<(Loop Loop, CountingLoop Header)>();
            foreach (AssignElement write in inside)
            {
                Site site = sites.Of(write);
                int unitLevel = IndexIn(site.Chain, loop);
                GatesInForce force = InForce(site, unitLevel, array, gate, writes);
                // Counting loops between the loop and the write, and the gates' ifs (GateOf), whose tests the undo runs under.
                List<Statement> nest = site.Chain.Skip(unitLevel + 1).Take(site.Chain.Count - unitLevel - 2).Where(s => !force.IsGateIf(s)).ToList();
                if (nest.Any(s => s is not Loop inner || force.CountingOf(inner) == null || ProgramFacts.MayLeave(inner.Body)) || ChangedInGateIfs(site, unitLevel, write, force))
                {
                    return false;
                }

                for (int level = unitLevel + 1; level < site.Chain.Count - 1; level++)
                {
                    if (force.IsGateIf(site.Chain[level]))
                    {
                        continue;
                    }

                    var inner = (Loop)site.Chain[level];
                    CountingLoop counting = force.CountingOf(inner)!;
                    if (AtUnitStart(loop, site, unitLevel, level, force.Assume(counting.From), force) is not Integer from || AtUnitStart(loop, site, unitLevel, level, force.Assume(counting.Bound), force) is not Integer bound)
                    {
                        return false;
                    }

                    headers.Add((inner, counting with { From = from, Bound = bound }));
                }

                if (AtUnitStart(loop, site, unitLevel, site.Chain.Count - 1, force.Assume(write.Index), force) is not Integer index)
                {
                    return false;
                }

                indices.Add((write, index));
            }

            foreach ((AssignElement write, Integer index) in indices)
            {
                For(undoneIndices, loop)[write] = index;
            }

            foreach ((Loop inner, CountingLoop header) in headers)
            {
                For(undoneHeaders, loop)[inner] = header;
            }

            if (gate != null)
            {
                AddGated(loop, gate, array);
            }

            AddUndone(loop, inside);
            return true;
        }

        private void AddUndone(Loop loop, List<AssignElement> inside)
        {
            if (!undone.TryGetValue(loop, out List<AssignElement>? list))
            {
                list = new List<AssignElement>();
                undone[loop] = list;
            }

            list.AddRange(inside);
            list.Sort((a, b) => StatementSites.Meet(sites.Of(a), sites.Of(b)).Before ? -1 : ReferenceEquals(a, b) ? 0 : 1);
            taped.UnionWith(inside);
        }

        /// <summary>
        /// Whether an iteration may leave (break, continue) before it has made every one of the writes: a leaving statement in
        /// the statement of the body that holds the last write, or before it. One after the writes (a convergence test,
        /// <c>if (delta &lt; 1e-12) break;</c>) leaves every iteration that ran with all its writes made.
        /// </summary>
        private static bool LeavesBefore(IReadOnlyList<Statement> body, List<AssignElement> writes)
        {
            var written = new HashSet<Statement>(writes, ReferenceComparer.Instance);
            int last = -1;
            for (int i = 0; i < body.Count; i++)
            {
                if (ProgramFacts.All(new[] { body[i] }).Any(written.Contains))
                {
                    last = i;
                }
            }

            return body.Take(last + 1).Any(s => ProgramFacts.MayLeave(new[] { s }));
        }

        private static Dictionary<Statement, T> For<T>(Dictionary<Statement, Dictionary<Statement, T>> byLoop, Statement loop)
        {
            if (!byLoop.TryGetValue(loop, out Dictionary<Statement, T>? values))
            {
                values = new Dictionary<Statement, T>(ReferenceComparer.Instance);
                byLoop[loop] = values;
            }

            return values;
        }

        /// <summary>
        /// The integer <paramref name="e"/>, read at <paramref name="level"/> of the site's chain (a write, or a nested loop's
        /// header), as the iteration of <paramref name="unit"/> begins, with the counters of the counting loops between them
        /// left as they are (the reverse sweep runs those loops again): nothing those loops' bodies assign may be read, and
        /// what the unit's body assigns before them is replaced as <see cref="AtIterationStart"/> does. Null when that fails.
        /// </summary>
        private Integer? AtUnitStart(Loop unit, Site site, int unitLevel, int level, Integer e, GatesInForce force)
        {
            var nest = site.Chain.Skip(unitLevel + 1).Take(level - unitLevel - 1).OfType<Loop>().ToList();
            var counters = new HashSet<string>(nest.Select(l => force.CountingOf(l)!.Index), System.StringComparer.Ordinal);
            if (nest.Any(l => Changed(l.Body, e, counters).Count > 0))
            {
                return null;
            }

            // The reverse sweep computes it before it puts anything back, where the arrays hold what later writes left:
            // an element of an array the method writes is not what the iteration began with.
            Integer? start = AtIterationStart(unit.Body, site.Frames[unitLevel + 1].Position, e, depth: 0, counters);
            return start != null && ProgramFacts.ValueReads(start).Any(IsWritten) ? null : start;
        }

        /// <summary>Whether the method writes elements of <paramref name="variable"/>, a local array.</summary>
        private bool IsWritten(string variable) => uses.TryGetValue(variable, out var use) && use.Writes.Count > 0;

        /// <summary>
        /// The variables <paramref name="e"/> reads that the statements change, but for <paramref name="counters"/>: an array
        /// read for its length changes only where it is declared again, not where its elements are written.
        /// </summary>
        private static List<string> Changed(IEnumerable<Statement> statements, Integer e, ISet<string> counters)
        {
            var list = statements.ToList();
            ISet<string> assigned = ProgramFacts.Assigned(list);
            ISet<string> declared = ProgramFacts.Declared(list);
            var values = new HashSet<string>(ProgramFacts.ValueReads(e), System.StringComparer.Ordinal);
            return ProgramFacts.Reads(e).Where(v => !counters.Contains(v) && (values.Contains(v) ? assigned.Contains(v) : declared.Contains(v))).Distinct().ToList();
        }

        private static int IndexIn(IReadOnlyList<Statement> chain, Statement statement)
        {
            for (int i = 0; i < chain.Count; i++)
            {
                if (ReferenceEquals(chain[i], statement))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// The integer <paramref name="e"/>, read by the body's statement at <paramref name="position"/>, as a value the
        /// iteration has when it begins: unchanged when the statements before it assign nothing it reads; else each integer
        /// local it reads that one declaration directly in the body before it gives its value (and nothing else before it
        /// assigns) is replaced by that value, itself such a value; null when that cannot be done. The
        /// <paramref name="counters"/> of loops the reverse sweep runs again around the read are left as they are.
        /// </summary>
        private static Integer? AtIterationStart(IReadOnlyList<Statement> body, int position, Integer e, int depth, ISet<string> counters)
        {
            List<string> changed = Changed(body.Take(position), e, counters);
            if (changed.Count == 0)
            {
                return e;
            }

            if (depth > 8)
            {
                return null;
            }

            var values = new Dictionary<string, Integer>(System.StringComparer.Ordinal);
            foreach (string local in changed)
            {
                var assigning = ProgramFacts.All(body.Take(position)).Where(s => ProgramFacts.Assigned(new[] { s }).Contains(local)).ToList();
                int declaredAt = -1;
                for (int i = 0; i < position && assigning.Count == 1; i++)
                {
                    if (ReferenceEquals(body[i], assigning[0]))
                    {
                        declaredAt = i;
                    }
                }

                if (assigning.Count != 1 || declaredAt < 0 || body[declaredAt] is not DeclareInteger declaration
                    || AtIterationStart(body, declaredAt, declaration.Value, depth + 1, counters) is not Integer value)
                {
                    return null;
                }

                values[local] = value;
            }

            return Replace(e, values);
        }

        /// <summary><paramref name="e"/> with the variables of <paramref name="values"/> replaced; null where one stands inside a test or data.</summary>
        private static Integer? Replace(Integer e, IReadOnlyDictionary<string, Integer> values)
        {
            if (!ProgramFacts.Reads(e).Any(values.ContainsKey))
            {
                return e;
            }

            switch (e)
            {
                case IntegerRead read:
                    return values[read.Variable];
                case IntegerElement element:
                    return Replace(element.Index, values) is Integer index ? element with { Index = index } : null;
                case MatrixLength length:
                    return Replace(length.Dimension, values) is Integer dimension ? length with { Dimension = dimension } : null;
                case RowLength length:
                    return Replace(length.Row, values) is Integer row ? length with { Row = row } : null;
                case IntegerNegation negation:
                    return Replace(negation.Operand, values) is Integer operand ? negation with { Operand = operand } : null;
                case IntegerCast cast:
                    return Replace(cast.Operand, values) is Integer castOperand ? cast with { Operand = castOperand } : null;
                case IntegerArithmetic arithmetic:
                    return Replace(arithmetic.Left, values) is Integer left && Replace(arithmetic.Right, values) is Integer right ? arithmetic with { Left = left, Right = right } : null;
                case IntegerMath math:
                    var arguments = math.Arguments.Select(a => Replace(a, values)).ToList();
                    return arguments.All(a => a != null) ? math with { Arguments = new EquatableArray<Integer>(arguments.Select(a => a!).ToArray()) } : null;
                default:
                    return null;
            }
        }
    }
}
