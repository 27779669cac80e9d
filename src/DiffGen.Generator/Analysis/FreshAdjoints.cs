using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// A local array that every iteration of a loop fills anew and reads whole (a layer's activations per sample, a centred
    /// point per component): its adjoint needs no zeros between iterations. <see cref="Covering"/>, the last statement of the
    /// iteration that reads the array, reads each element once per iteration of its own, so the reverse sweep, which takes
    /// it back first, can write each adjoint entry (<c>dH[k] = ...</c>) instead of adding to one zeroed before;
    /// <see cref="FirstWrite"/>, in the iteration's first statement touching the array, fills each element before anything
    /// reads it, and the reverse sweep, which takes it back last, need not zero that entry after reading it.
    /// </summary>
    internal sealed record FreshAdjoint(string Array, Loop Covering, AssignElement FirstWrite);

    /// <summary>Finds the <see cref="FreshAdjoint"/> arrays of a loop's iteration, from its statements alone.</summary>
    internal static class FreshAdjoints
    {
        /// <summary>
        /// The arrays among the method's active local arrays whose adjoint the reverse iterations of <paramref name="loop"/> can
        /// write fresh. Each one is declared before the loop with a length and touched nowhere outside it, its writes are never
        /// taped, and the loop leaves no iteration early. Of the statements of the loop's body that touch the array:
        /// <list type="bullet">
        /// <item>the last is a counting loop from 0 up to the array's length, leaving no iteration early, that writes no
        /// element of it and reads it only at its counter, in plain declarations and sums of its own body or of the loops
        /// directly in it (no call, no if, no running extreme: every share the reverse sweep sends there is then a plain one);</item>
        /// <item>the first, another statement, is a counting loop from 0 up to the array's length (so every iteration fills it
        /// whole, and nothing passes from one iteration to the next through it), leaving no iteration early, whose first
        /// statement touching the array, directly in its body, is a write at its counter (<c>a[k] = e</c>, e not reading the
        /// array), every other touch in it being at its counter too.</item>
        /// </list>
        /// </summary>
        public static IReadOnlyList<FreshAdjoint> Of(Loop loop, IReadOnlyList<Statement> method, System.Func<string, bool> isActive, ArrayOverwrites overwrites)
        {
            var found = new List<FreshAdjoint>();
            if (ProgramFacts.MayLeave(loop.Body))
            {
                return found;
            }

            var inside = new HashSet<Statement>(ProgramFacts.All(loop.Body), ReferenceComparer.Instance);
            List<Statement> everywhere = ProgramFacts.All(method).ToList();
            // The variables whose value may change: assigned after their declaration, or declared more than once.
            ISet<string> assigned = new HashSet<string>(everywhere.Select(s => s switch { AssignInteger a => a.Name, AssignScalar a => a.Name, _ => null }).OfType<string>()
                .Concat(everywhere.Select(s => s switch { DeclareInteger d => d.Name, DeclareScalar d => d.Name, _ => null }).OfType<string>().GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key)), System.StringComparer.Ordinal);
            foreach (IGrouping<string, DeclareArray> declared in everywhere.OfType<DeclareArray>().GroupBy(d => d.Name))
            {
                DeclareArray declaration = declared.First();
                string array = declaration.Name;
                if (declared.Count() > 1 || declaration.Elements.Count > 0 || inside.Contains(declaration) || !isActive(array) || overwrites.HasTapedWrites(array))
                {
                    continue;
                }

                if (everywhere.Any(s => !inside.Contains(s) && !ReferenceEquals(s, declaration) && TouchesItself(s, array)))
                {
                    continue;
                }

                List<Statement> touching = loop.Body.Where(s => Touches(s, array)).ToList();
                if (touching.Count < 2
                    || !(touching[touching.Count - 1] is Loop covering && Covers(covering, declaration, assigned))
                    || !(FirstWrite(touching[0], declaration, assigned) is AssignElement first))
                {
                    continue;
                }

                found.Add(new FreshAdjoint(array, covering, first));
            }

            return found;
        }

        /// <summary>Whether the loop counts from 0 up to the array's length and reads it only as described in <see cref="Of"/>.</summary>
        private static bool Covers(Loop covering, DeclareArray declaration, ISet<string> assigned)
        {
            if (!(covering.Counting is CountingLoop { From: IntegerNumber { Constant: 0 }, Comparison: ConditionOp.Less } counting)
                || !SameLength(counting.Bound, declaration, assigned)
                || ProgramFacts.MayLeave(covering.Body))
            {
                return false;
            }

            string array = declaration.Name;
            foreach (Statement statement in covering.Body)
            {
                IEnumerable<Statement> plain = statement is Loop inner && !ProgramFacts.MayLeave(inner.Body) ? inner.Body : new[] { statement };
                foreach (Statement s in plain)
                {
                    if (Touches(s, array) && !PlainRead(s, array, counting.Index))
                    {
                        return false;
                    }
                }

                if (statement is Loop l && (ElementReads.Of(l, array).Count > 0 || l.Initializers.Concat(l.Steps).Any(s => Touches(s, array))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A declaration, or a sum <c>s += e</c>, reading the array only at the counter and calling no method; a write of
        /// another array's element too. Not an if or a loop (their reads may not happen), not an overwrite of a scalar (a
        /// running extreme's adjoint goes to one iteration only).
        /// </summary>
        private static bool PlainRead(Statement statement, string array, string counter)
        {
            bool plain = statement switch
            {
                DeclareScalar s => !ProgramFacts.CallsAMethod(s.Value),
                AssignScalar s => ProgramFacts.AccumulatedTerm(s) != null && !ProgramFacts.CallsAMethod(s.Value),
                AssignElement s => s.Array != array && !ProgramFacts.CallsAMethod(s.Value),
                _ => false,
            };
            return plain && ElementReads.Of(statement, array).All(index => index is IntegerRead read && read.Variable == counter);
        }

        /// <summary>
        /// The write the adjoint's last reader leaves its entry to: the first statement touching the array directly in the body
        /// of a counting loop over its whole length, at the counter, every touch in the loop being at the counter. (A write of
        /// one element in the loop's body, <c>a[0] = e</c>, overwrites what the last iteration wrote there: its writes are taped.)
        /// </summary>
        private static AssignElement? FirstWrite(Statement first, DeclareArray declaration, ISet<string> assigned)
        {
            string array = declaration.Name;
            // It fills the whole array in every iteration: no element's value, nor its adjoint, passes from one iteration to the next.
            if (!(first is Loop { Counting: CountingLoop { From: IntegerNumber { Constant: 0 }, Comparison: ConditionOp.Less } counting } loop) || !SameLength(counting.Bound, declaration, assigned)
                || ProgramFacts.MayLeave(loop.Body) || ProgramFacts.Assigned(loop.Body).Contains(counting.Index)
                || TouchesItself(loop, array) || loop.Initializers.Concat(loop.Steps).Any(s => Touches(s, array)))
            {
                return null;
            }

            bool AtCounter(Integer? index) => index is IntegerRead read && read.Variable == counting.Index;
            if (ProgramFacts.All(loop.Body).Any(s => ElementReads.Of(s, array).Any(i => !AtCounter(i)) || (s is AssignElement w && w.Array == array && !AtCounter(w.Index))))
            {
                return null;
            }

            return loop.Body.FirstOrDefault(s => Touches(s, array)) is AssignElement own && Writes(own, array) && AtCounter(own.Index) ? own : null;
        }

        /// <summary>A plain write of the array's element whose value does not read the array (<c>a[k] = e</c>, not <c>a[k] += e</c>).</summary>
        private static bool Writes(AssignElement write, string array) =>
            write.Array == array && ProgramFacts.AccumulatedTerm(write) == null && !ProgramFacts.Reads(write.Value).Contains(array);

        /// <summary>The loop's bound is the array's length: <c>a.Length</c>, or the length it was declared with, whose variables keep their values.</summary>
        private static bool SameLength(Integer bound, DeclareArray declaration, ISet<string> assigned) =>
            (bound is LengthOf length && length.Array == declaration.Name)
            || (bound.Equals(declaration.Length) && !ProgramFacts.Reads(bound).Any(assigned.Contains));

        /// <summary>Whether the statement, or one nested in it, reads or writes an element of the array or passes it whole.</summary>
        private static bool Touches(Statement statement, string array) => ProgramFacts.All(new[] { statement }).Any(s => TouchesItself(s, array));

        /// <summary>Whether the statement itself (not one nested in it) reads or writes an element of the array or passes it whole.</summary>
        private static bool TouchesItself(Statement statement, string array) =>
            ElementReads.Of(statement, array).Count > 0 || (statement is AssignElement write && write.Array == array);
    }
}
