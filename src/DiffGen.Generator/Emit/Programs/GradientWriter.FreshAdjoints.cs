using System.Collections.Generic;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// The adjoints of arrays each iteration fills anew (<see cref="FreshAdjoints"/>): the loop that reads the array last
    /// writes each entry of its adjoint (<c>dH[k] = dOutput * w2[k];</c>) where the reverse sweep first reaches it, and the
    /// write that fills the array leaves the entry as it is after reading it, instead of zeroing it for the next iteration.
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>Where the adjoint of an array filled anew stands in the reverse iteration being written.</summary>
        private enum Freshness
        {
            /// <summary>Not reached yet: its entries hold what the last iteration left.</summary>
            Open,

            /// <summary>Every entry written by its covering loop's first, unconditional share: what follows adds to it.</summary>
            Written,

            /// <summary>First reached otherwise (under a test, in a nested loop): it keeps its adds and its zeroing.</summary>
            Spoilt,
        }

        /// <summary>The adjoints of the arrays the reverse iterations being written fill anew, by name: the array (for the comment of the share that writes one) and how far it stands.</summary>
        private readonly Dictionary<string, (string Array, Freshness State)> freshness = new Dictionary<string, (string, Freshness)>(System.StringComparer.Ordinal);

        /// <summary>Per covering loop, the adjoints its reverse iterations write fresh.</summary>
        private readonly Dictionary<Loop, HashSet<string>> coveredAdjoints = new Dictionary<Loop, HashSet<string>>(ReferenceComparer.Instance);

        /// <summary>Per first write, the adjoint whose entry its reverse leaves unzeroed once the covering loop has written it.</summary>
        private readonly Dictionary<Statement, string> unzeroedWrites = new Dictionary<Statement, string>(ReferenceComparer.Instance);

        /// <summary>The covering loops whose reverse iteration is being written, innermost last: its counter, its adjoints, and how deep in ifs and nested loops the code being written stands.</summary>
        private readonly List<(string Counter, HashSet<string> Adjoints, int Depth)> coveringScopes = new List<(string, HashSet<string>, int)>();

        /// <summary>Before a loop's reverse iteration is written: the arrays it fills anew, open.</summary>
        private IReadOnlyList<FreshAdjoint> OpenFreshAdjoints(Loop loop)
        {
            IReadOnlyList<FreshAdjoint> fresh = FreshAdjoints.Of(loop, method.Program!.Body, analysis.IsActive, analysis.Overwrites);
            foreach (FreshAdjoint array in fresh)
            {
                string adjoint = names.Derivative(array.Array);
                freshness[adjoint] = (array.Array, Freshness.Open);
                if (!coveredAdjoints.TryGetValue(array.Covering, out HashSet<string>? covered))
                {
                    coveredAdjoints[array.Covering] = covered = new HashSet<string>(System.StringComparer.Ordinal);
                }

                covered.Add(adjoint);
                unzeroedWrites[array.FirstWrite] = adjoint;
            }

            return fresh;
        }

        /// <summary>After the loop's reverse iteration: its arrays forgotten.</summary>
        private void CloseFreshAdjoints(IReadOnlyList<FreshAdjoint> fresh)
        {
            foreach (FreshAdjoint array in fresh)
            {
                freshness.Remove(names.Derivative(array.Array));
                coveredAdjoints.Remove(array.Covering);
                unzeroedWrites.Remove(array.FirstWrite);
            }
        }

        /// <summary>Writes a loop's reverse iteration: a covering loop's as a scope of its own, any other one level deeper.</summary>
        private void InLoopScope(Loop loop, System.Action write)
        {
            if (coveredAdjoints.TryGetValue(loop, out HashSet<string>? adjoints))
            {
                coveringScopes.Add((loop.Counting!.Index, adjoints, 0));
                write();
                coveringScopes.RemoveAt(coveringScopes.Count - 1);
                return;
            }

            Nested(write);
        }

        /// <summary>Writes code that runs only sometimes (a side of an if, a nested loop) within the covering loop's iteration.</summary>
        private void Nested(System.Action write)
        {
            Deepen(1);
            write();
            Deepen(-1);
        }

        private void Deepen(int by)
        {
            if (coveringScopes.Count > 0)
            {
                int last = coveringScopes.Count - 1;
                coveringScopes[last] = (coveringScopes[last].Counter, coveringScopes[last].Adjoints, coveringScopes[last].Depth + by);
            }
        }

        /// <summary>
        /// Whether this share, the first to reach the adjoint array in the iteration, writes it (<c>=</c>): only directly in the
        /// covering loop's body; anywhere else the first share spoils it. Records the share either way.
        /// </summary>
        /// <param name="atCounter">For a sum added after a nested loop (<c>dXc[i] += dXcI</c>), whether its index is the covering loop's counter; a plain share's is.</param>
        private bool WritesFresh(string? adjoint, bool unconditional, bool atCounter = true)
        {
            if (adjoint == null || !freshness.TryGetValue(adjoint, out (string Array, Freshness State) fresh) || fresh.State != Freshness.Open)
            {
                return false;
            }

            bool writes = unconditional && atCounter && coveringScopes.Count > 0 && coveringScopes[coveringScopes.Count - 1] is { Depth: 0 } scope && scope.Adjoints.Contains(adjoint);
            freshness[adjoint] = (fresh.Array, writes ? Freshness.Written : Freshness.Spoilt);
            return writes;
        }

        /// <summary>The comment of the share that writes a fresh adjoint's entry.</summary>
        private string FreshComment(string adjoint) => freshness[adjoint].Array.TrimStart('@') + " is new each iteration: its adjoint starts from this share";

        /// <summary>Whether the covering loop's counter is this index: the entry a sum after a nested loop adds to.</summary>
        private bool AtCoveringCounter(Integer index) =>
            coveringScopes.Count > 0 && index is IntegerRead read && read.Variable == coveringScopes[coveringScopes.Count - 1].Counter;

        /// <summary>Whether the reverse of this write may leave its element's adjoint as it is: the covering loop wrote it fresh, and nothing reads it before that loop writes it again.</summary>
        private bool LeavesAdjointUnzeroed(AssignElement write) =>
            unzeroedWrites.TryGetValue(write, out string? adjoint) && freshness.TryGetValue(adjoint, out (string Array, Freshness State) fresh) && fresh.State == Freshness.Written;
    }
}
