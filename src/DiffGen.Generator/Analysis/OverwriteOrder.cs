using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>Where an array lives: the loops that make it anew (around its declaration), or fill it anew, every iteration.</summary>
    internal sealed class ArrayScope
    {
        private readonly Site? declaration;
        private readonly Loop? renewing;

        public ArrayScope(Site? declaration, Loop? renewing)
        {
            this.declaration = declaration;
            this.renewing = renewing;
        }

        /// <summary>The loop whose every iteration writes each element it reads before reading it, if the array is seen that way.</summary>
        public Loop? Renewing => renewing;

        /// <summary>True when each iteration of the loop starts the array afresh: no iteration reads what another wrote.</summary>
        public bool Renews(Statement unit) =>
            unit is Loop loop && ((declaration != null && declaration.IsWithin(loop)) || (renewing != null && (ReferenceEquals(renewing, loop) || ProgramFacts.All(loop.Body).Any(s => ReferenceEquals(s, renewing)))));
    }

    /// <summary>Whether an element write may change what a read of the same array saw, in the order the method runs.</summary>
    internal static class OverwriteOrder
    {
        /// <summary>
        /// True when the write may change the element the read saw after the read took place: later in one pass through
        /// the block where they part, or in a later iteration of a loop around both (unless each iteration of that loop
        /// reaches elements no other iteration does, or the array is made anew for each). <paramref name="after"/>: the
        /// read happens just after its own statement (the element a write left, which a later run of the same write may
        /// change). <paramref name="within"/>: only loops inside this statement count (null: every loop).
        /// </summary>
        public static bool Overwrites(Site read, Integer? readIndex, Site write, Integer writeIndex, ArrayScope scope, bool after, Statement? within = null)
        {
            if (!after && ReferenceEquals(read.Statement, write.Statement))
            {
                // A statement reads its operands before it writes.
                return true;
            }

            (int shared, bool before) = StatementSites.Meet(read, write);
            if (before)
            {
                return true;
            }

            bool inside = within == null;
            for (int level = 0; level < shared; level++)
            {
                Statement around = read.Chain[level];
                if (ReferenceEquals(around, within))
                {
                    inside = true;
                    continue;
                }

                if (inside && around is Loop loop && !scope.Renews(loop) && !EachIterationOwnElement(loop, readIndex, writeIndex))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when no iteration of the loop writes an element an earlier iteration read: both indices are the loop's
        /// counter plus the same terms the loop leaves alone, up to a constant offset that later iterations never reach.
        /// </summary>
        private static bool EachIterationOwnElement(Loop loop, Integer? readIndex, Integer writeIndex)
        {
            if (readIndex == null || !(Counter(loop) is (string counter, long step)))
            {
                return false;
            }

            ISet<string> changed = ProgramFacts.Assigned(loop.Body);
            if (!ProgramFacts.IsCounterPlusInvariant(readIndex, counter, changed) || !ProgramFacts.IsCounterPlusInvariant(writeIndex, counter, changed))
            {
                return false;
            }

            if (!(IntegerAlgebra.Subtract(readIndex, writeIndex) is IntegerNumber { Constant: long offset }))
            {
                return false;
            }

            // An iteration k iterations later writes counter + k·step: the element read at offset later iff offset = k·step, k > 0.
            return offset == 0 || offset % step != 0 || offset / step < 0;
        }

        /// <summary>A counter the loop's header steps by a constant and its body leaves alone: each iteration sees another value.</summary>
        private static (string Name, long Step)? Counter(Loop loop)
        {
            if (loop.Steps.Count != 1 || !(loop.Steps[0] is AssignInteger step) || ProgramFacts.Assigned(loop.Body).Contains(step.Name))
            {
                return null;
            }

            return step.Value switch
            {
                IntegerArithmetic { Op: IrOp.Add, Left: IntegerRead r, Right: IntegerNumber { Constant: long k } } when r.Variable == step.Name && k != 0 => (step.Name, k),
                IntegerArithmetic { Op: IrOp.Subtract, Left: IntegerRead r, Right: IntegerNumber { Constant: long k } } when r.Variable == step.Name && k != 0 => (step.Name, -k),
                _ => null,
            };
        }
    }
}
