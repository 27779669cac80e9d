using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// The method's body with one top-level loop moved past the statements that follow it, to just before the return,
    /// where none of those statements reads what the loop writes or writes what it reads (the GMM's per-point
    /// log-sum-exp, followed by its prior terms): the same values, computed in another order. A gradient whose last
    /// loop is a reduction computes each iteration's derivatives as the iteration runs, in one loop instead of a
    /// forward and a reverse sweep that computes every iteration again. The statements keep their identity.
    /// </summary>
    internal static class LoopReordering
    {
        /// <summary>
        /// Each way of moving a loop last, the largest loop (by statements) first; none when the body does not end in a
        /// return or keeps conditions in bool locals (whose reads the name-based check below does not follow).
        /// </summary>
        public static IEnumerable<(LoopProgram Program, Loop Moved)> Candidates(LoopProgram program)
        {
            var body = program.Body.ToList();
            if (body.Count < 3 || !(body[body.Count - 1] is Return) || ProgramFacts.All(body).Any(s => s is AssignCondition))
            {
                yield break;
            }

            var movable = new List<(int Position, Loop Loop, int Size)>();
            for (int i = 0; i < body.Count - 2; i++)
            {
                if (body[i] is Loop { Counting: not null } loop)
                {
                    Access moved = Access.Of(loop);
                    if (body.Skip(i + 1).Take(body.Count - i - 2).All(later => moved.IsIndependentOf(Access.Of(later))))
                    {
                        movable.Add((i, loop, Size(loop)));
                    }
                }
            }

            foreach ((int position, Loop loop, int _) in movable.OrderByDescending(m => m.Size).ThenByDescending(m => m.Position))
            {
                var reordered = body.Take(position).Concat(body.Skip(position + 1).Take(body.Count - position - 2)).Append(loop).Append(body[body.Count - 1]);
                yield return (program with { Body = reordered.ToEquatableArray() }, loop);
            }
        }

        /// <summary>How many statements the loop holds, nested ones included: the measure of which loop to fuse.</summary>
        public static int Size(Loop loop) => ProgramFacts.All(new Statement[] { loop }).Count();

        /// <summary>
        /// The variables a statement reads and writes, nested statements included, leaving out those it declares itself:
        /// C# lets no nested local share an outer one's name, so those are its own (two loops' <c>int ik</c> are two variables).
        /// </summary>
        private sealed class Access
        {
            private Access(ISet<string> reads, ISet<string> writes)
            {
                Reads = reads;
                Writes = writes;
            }

            private ISet<string> Reads { get; }

            private ISet<string> Writes { get; }

            public static Access Of(Statement statement)
            {
                var statements = new[] { statement };

                // What nested statements declare (a loop's counter, a local of its body); a top-level declaration
                // itself is seen by what follows it, so it is a write.
                ISet<string> own = ProgramFacts.Declared(ProgramFacts.All(statements).Skip(1));
                var reads = new HashSet<string>(ProgramFacts.All(statements).SelectMany(ProgramFacts.OwnReads), System.StringComparer.Ordinal);
                var writes = new HashSet<string>(ProgramFacts.Assigned(statements), System.StringComparer.Ordinal);
                reads.ExceptWith(own);
                writes.ExceptWith(own);
                return new Access(reads, writes);
            }

            /// <summary>Neither writes what the other reads or writes.</summary>
            public bool IsIndependentOf(Access other) =>
                !Writes.Overlaps(other.Reads) && !Writes.Overlaps(other.Writes) && !Reads.Overlaps(other.Writes);
        }
    }
}
