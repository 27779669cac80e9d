using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Buffers that live within one inner loop: every iteration of the inner loop fills the buffer before reading it, and
    /// nothing the buffer's values reach leaves that iteration (GMM's <c>xc</c> and <c>qxc</c>, filled per component and read
    /// only into that component's <c>sq</c> and <c>mainTerm[ik]</c>). When the reverse sweep computes an iteration of an outer
    /// loop again, it need not fill such a buffer: each reverse iteration of the inner loop fills it again itself.
    /// </summary>
    internal static class InnerBuffers
    {
        /// <summary>
        /// The buffers among <paramref name="renewedBy"/> (each array and the loop that fills it anew) whose filling loop
        /// stands inside <paramref name="outer"/>'s body and whose values reach only locals of that loop's iterations, other
        /// such buffers, or what the recomputed iteration leaves out anyway (<paramref name="leftOut"/>: arrays it does not
        /// write again, sums whose terms the reverse sweep does not add again).
        /// </summary>
        public static ISet<string> Within(Loop outer, IReadOnlyDictionary<string, Loop> renewedBy, System.Func<string, bool> leftOut)
        {
            var inner = new HashSet<Statement>(ProgramFacts.All(outer.Body), ReferenceComparer.Instance);
            var buffers = new HashSet<string>(renewedBy.Where(b => inner.Contains(b.Value)).Select(b => b.Key), System.StringComparer.Ordinal);
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (string buffer in buffers.ToList())
                {
                    if (!StaysInside(renewedBy[buffer], buffer, name => buffers.Contains(name) || leftOut(name)))
                    {
                        buffers.Remove(buffer);
                        changed = true;
                    }
                }
            }

            return buffers;
        }

        /// <summary>
        /// True when what the array's values reach, through the statements of the loop, is the loop's own locals or what
        /// <paramref name="allowed"/> accepts, and no test or bound of the loop's control flow reads them.
        /// </summary>
        private static bool StaysInside(Loop loop, string array, System.Func<string, bool> allowed)
        {
            var statements = ProgramFacts.All(loop.Initializers.Concat(loop.Steps).Concat(loop.Body)).ToList();
            if (ProgramFacts.Reads(loop.Condition).Contains(array))
            {
                return false;
            }

            var reached = new HashSet<string>(System.StringComparer.Ordinal) { array };
            bool grew = true;
            while (grew)
            {
                grew = false;
                foreach (Statement statement in statements)
                {
                    if (!ProgramFacts.OwnReads(statement).Any(reached.Contains))
                    {
                        continue;
                    }

                    if (statement is IfStatement or Loop or Return or AssignCondition)
                    {
                        return false;
                    }

                    grew |= ProgramFacts.Assigned(new[] { statement }).Any(reached.Add);
                }
            }

            ISet<string> locals = ProgramFacts.Declared(loop.Body);
            return reached.All(name => name == array || allowed(name) || locals.Contains(name));
        }
    }
}
