using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// What the reverse sweep needs from the local arrays, and what each element write destroys.
    /// <para>
    /// The reverse sweep reads a local array's elements straight from the array: a statement's derivative at the
    /// point the sweep takes it back (<c>s += q[i] * q[i]</c> needs q[i]), and the values a reverse loop computes
    /// again when it starts on an iteration (<c>double u = q[i];</c>). It runs an element write again only for an
    /// array the iteration makes or fills anew (<see cref="RunsAgain"/>), so every other element must still hold what
    /// the statement read.
    /// </para>
    /// <para>
    /// A write that may overwrite an element some statement read before it (in the order the method runs: later in
    /// the same block, or in a later iteration of a loop around both) is <see cref="IsTaped">taped</see>: the forward
    /// sweep keeps the value it overwrites, and the reverse sweep puts it back when it takes the write back (the
    /// store-before-overwrite of Tapenade and Clad). Where an iteration's recomputed values read an element the same
    /// iteration overwrote afterwards, the reverse sweep first puts the iteration's overwritten elements back and runs
    /// its writes again (<see cref="UndoneBefore"/>); where that is not possible either, the read is
    /// <see cref="Unsupported"/>.
    /// </para>
    /// </summary>
    internal sealed partial class ArrayOverwrites
    {
        private readonly StatementSites sites;
        private readonly HashSet<Statement> taped = new HashSet<Statement>(ReferenceComparer.Instance);
        private readonly HashSet<Statement> holds = new HashSet<Statement>(ReferenceComparer.Instance);
        private readonly HashSet<Statement> stale = new HashSet<Statement>(ReferenceComparer.Instance);
        private readonly List<(Statement At, string Array, Statement Unit)> unsupported = new List<(Statement, string, Statement)>();
        private readonly Dictionary<string, ArrayScope> scopes = new Dictionary<string, ArrayScope>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, (ArrayScope Plain, ArrayScope? Renewed)> options = new Dictionary<string, (ArrayScope, ArrayScope?)>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, (List<AssignElement> Writes, List<(Site Site, Integer? Index)> Reads)> uses = new Dictionary<string, (List<AssignElement>, List<(Site, Integer?)>)>(System.StringComparer.Ordinal);
        private readonly Dictionary<Statement, List<AssignElement>> undone = new Dictionary<Statement, List<AssignElement>>(ReferenceComparer.Instance);

        public ArrayOverwrites(IReadOnlyList<Statement> body, IEnumerable<string> localArrays)
        {
            sites = new StatementSites(body);
            List<Statement> all = ProgramFacts.All(body).ToList();
            var arrays = localArrays.ToList();
            foreach (string array in arrays)
            {
                Place(all, array);
            }

            // An array filled anew by each iteration of a loop is recomputed with it, and what its writes read becomes
            // recomputed too: where that cannot be done, keep the array's old values on its tape instead.
            var demoted = new HashSet<string>(System.StringComparer.Ordinal);
            while (true)
            {
                Decide(demoted);
                var culprits = unsupported.Select(u => u.At).OfType<AssignElement>()
                    .Where(e => options[e.Array].Renewed != null && !demoted.Contains(e.Array)).Select(e => e.Array).ToList();
                if (culprits.Count == 0)
                {
                    // A value recomputed for an iteration may matter only because it flows into an array that iteration
                    // fills anew (an RNN's pre-activations read from the hidden state a later loop of the step
                    // overwrites): kept on its tape instead, that array is not recomputed, and neither is the value.
                    culprits = unsupported.Select(u => u.Unit).OfType<Loop>().SelectMany(RenewedWithin).Where(a => !demoted.Contains(a)).Distinct().ToList();
                }

                if (culprits.Count == 0)
                {
                    break;
                }

                demoted.UnionWith(culprits);
            }

            foreach (string array in uses.Keys)
            {
                FindHolding(array);
            }

            FindIndicesReadingWritten();
        }

        /// <summary>The write overwrites a value the reverse sweep reads later: the forward sweep keeps the old value.</summary>
        public bool IsTaped(AssignElement write) => taped.Contains(write);

        /// <summary>When the reverse sweep reaches the write, its element holds the value it wrote (it may stand for that value in derivatives).</summary>
        public bool Holds(AssignElement write) => holds.Contains(write);

        /// <summary>
        /// True when the reverse sweep, computing an iteration of the loop again, runs the array's writes again too: the
        /// array is made inside the loop, or each iteration writes every element it reads before reading it, or the
        /// iteration's writes are undone first (<see cref="UndoneBefore"/>).
        /// </summary>
        public bool RunsAgain(Loop loop, string array) => RunsAgain(array, loop);

        /// <summary>
        /// The taped writes of the loop's body (direct statements, in order) whose elements the reverse sweep puts back
        /// before it computes an iteration again, so that the iteration's recomputed values read what the forward sweep
        /// read; the iteration then runs these writes again without keeping anything.
        /// </summary>
        public IReadOnlyList<AssignElement> UndoneBefore(Loop loop) => undone.TryGetValue(loop, out List<AssignElement>? writes) ? writes : new List<AssignElement>();

        /// <summary>
        /// The index of a write of <see cref="UndoneBefore"/> as the reverse sweep computes it when an iteration of
        /// <paramref name="loop"/> begins, before the iteration's locals are computed again: the write's own index, with each
        /// integer local of the body it reads (<c>int s = t % period;</c>) replaced by the value that local is declared with.
        /// Each loop that undoes the write has its own (a local of an outer loop's body is replaced for that loop only).
        /// </summary>
        public Integer UndoneIndex(Loop loop, AssignElement write) => undoneIndices.TryGetValue(loop, out var indices) && indices.TryGetValue(write, out Integer? index) ? index : write.Index;

        /// <summary>
        /// The innermost loop around the write that makes or fills its array anew each iteration, if any: only the reverse
        /// sweep's recomputed iterations of that loop take back what the write keeps, so only they keep it.
        /// </summary>
        public Loop? RenewingAround(AssignElement write) =>
            scopes.TryGetValue(write.Array, out ArrayScope? scope) ? sites.Of(write).Chain.OfType<Loop>().LastOrDefault(scope.Renews) : null;

        /// <summary>The arrays seen as filled anew by each iteration of a loop, with that loop.</summary>
        public IReadOnlyDictionary<string, Loop> RenewedBy =>
            scopes.Where(s => s.Value.Renewing != null).ToDictionary(s => s.Key, s => s.Value.Renewing!, System.StringComparer.Ordinal);

        /// <summary>A loop whose values, computed again for an iteration of a loop around it, may read overwritten elements (never used): store none of them.</summary>
        public bool MayRecomputeStale(Loop loop) => stale.Contains(loop);

        /// <summary>The arrays with a taped write.</summary>
        /// <summary>Whether some write of the array is taped (it may overwrite an element a statement read before it).</summary>
        public bool HasTapedWrites(string array) => taped.Cast<AssignElement>().Any(w => w.Array == array);

        public IEnumerable<string> TapedArrays => taped.Cast<AssignElement>().Select(w => w.Array).Distinct().OrderBy(a => a, System.StringComparer.Ordinal);

        /// <summary>True when a statement of the block (nested ones included) is a taped write.</summary>
        public bool WritesTaped(IEnumerable<Statement> block) => ProgramFacts.All(block).Any(taped.Contains);

        /// <summary>
        /// Reads the reverse sweep would compute again after a later write changed their element: the reading statement,
        /// the array, and the loop or if whose iteration or side the sweep computes again (the if itself for its test).
        /// </summary>
        public IReadOnlyList<(Statement At, string Array, Statement Unit)> Unsupported => unsupported;

        /// <summary>Which writes are taped and which iterations undo theirs, each array seen as filled anew by its loop unless demoted.</summary>
        private void Decide(ISet<string> demoted)
        {
            taped.Clear();
            undone.Clear();
            undoneIndices.Clear();
            undoneHeaders.Clear();
            gates.Clear();
            gatedArrays.Clear();
            foreach (KeyValuePair<string, (ArrayScope Plain, ArrayScope? Renewed)> option in options)
            {
                ArrayScope scope = option.Value.Renewed != null && !demoted.Contains(option.Key) ? option.Value.Renewed : option.Value.Plain;
                scopes[option.Key] = scope;
                taped.UnionWith(Taped(uses[option.Key].Writes, uses[option.Key].Reads, scope));
            }

            // Undoing an iteration's writes makes the iteration run them again, which may make more reads recomputed.
            int known;
            do
            {
                known = undone.Values.Sum(w => w.Count);
                unsupported.Clear();
                stale.Clear();
                foreach (string array in uses.Keys)
                {
                    FindRecomputed(array);
                }
            }
            while (undone.Values.Sum(w => w.Count) != known);
        }

        /// <summary>How the array lives: made anew by the loops around its declaration, or also filled anew by each iteration of a loop.</summary>
        private void Place(List<Statement> all, string array)
        {
            Site? declaration = all.OfType<DeclareArray>().Where(d => d.Name == array).Select(sites.Of).FirstOrDefault();
            var writes = all.OfType<AssignElement>().Where(w => w.Array == array).ToList();
            var reads = new List<(Site Site, Integer? Index)>();
            foreach (Statement statement in all)
            {
                foreach (Integer? index in ElementReads.Of(statement, array))
                {
                    reads.Add((sites.Of(statement), index));
                }
            }

            var scope = new ArrayScope(declaration, null);
            ArrayScope? renewing = null;
            List<AssignElement> tapedHere = Taped(writes, reads, scope);

            // The old values accumulations add to count as reads here: running an iteration again runs them again.
            var oldValues = writes.Where(w => ProgramFacts.AccumulatedTerm(w) != null).Select(w => (Site: sites.Of(w), Index: (Integer?)w.Index));
            if (tapedHere.Count > 0 && Renewing(declaration, writes.Select(sites.Of).Concat(reads.Select(r => r.Site))) is Loop loop
                && reads.Concat(oldValues).All(r => WrittenBeforeRead.Holds(sites, r.Site, r.Index, writes, array)))
            {
                // Each iteration of the loop writes every element before it reads it: recomputing an iteration
                // recomputes the array too (a buffer such as a hidden layer, filled again for each sample).
                var renewed = new ArrayScope(declaration, loop);
                if (Taped(writes, reads, renewed).Count < tapedHere.Count)
                {
                    renewing = renewed;
                }
            }

            options[array] = (scope, renewing);
            uses[array] = (writes, reads);
        }

        /// <summary>The arrays seen as filled anew by the loop or by a loop inside it.</summary>
        private IEnumerable<string> RenewedWithin(Loop loop) =>
            options.Where(o => o.Value.Renewed?.Renewing is Loop renewing && (ReferenceEquals(renewing, loop) || sites.Of(renewing).IsWithin(loop))).Select(o => o.Key);

        /// <summary>
        /// The writes that may overwrite an element some statement read before them. A write that reads the element it
        /// writes (<c>t[i] = Math.Sin(t[i])</c>) is taped itself, and taking it back puts that element back: no later
        /// write needs to keep it again on its account.
        /// </summary>
        private List<AssignElement> Taped(List<AssignElement> writes, List<(Site Site, Integer? Index)> reads, ArrayScope scope) =>
            writes.Where(w => reads.Any(r => !(r.Site.Statement is AssignElement own && !ReferenceEquals(own, w) && own.Array == w.Array && own.Index.Equals(r.Index))
                && OverwriteOrder.Overwrites(r.Site, r.Index, sites.Of(w), w.Index, scope, after: false))).ToList();

        /// <summary>Reads recomputed after a later write changed their element: undone where the loop allows it, unsupported otherwise.</summary>
        private void FindRecomputed(string array)
        {
            (List<AssignElement> writes, List<(Site Site, Integer? Index)> reads) = uses[array];
            ArrayScope scope = scopes[array];
            foreach ((Site read, Integer? index) in reads)
            {
                foreach (AssignElement write in writes)
                {
                    foreach ((Statement unit, bool ownTest) in RecomputedReads.Units(read, index, sites.Of(write), write.Index, array, scope, RunsAgain, stale).ToList())
                    {
                        bool undoes = !ownTest && unit is Loop loop && (IsUndone(loop, array) || Undo(loop, array, writes));
                        if (!undoes && !unsupported.Any(u => ReferenceEquals(u.At, read.Statement) && u.Array == array))
                        {
                            unsupported.Add((read.Statement, array, unit));
                        }
                    }
                }
            }
        }

        private bool IsUndone(Loop loop, string array) => undone.TryGetValue(loop, out List<AssignElement>? writes) && writes.Any(w => w.Array == array);

        private bool RunsAgain(string array, Statement unit) =>
            scopes.TryGetValue(array, out ArrayScope? scope) && (scope.Renews(unit) || (unit is Loop loop && IsUndone(loop, array)));

        /// <summary>
        /// Element writes whose index reads an element that the same write or a later one may change
        /// (<c>w[w[0] &gt; 0 ? 0 : 1] = ...</c>): the reverse sweep takes the write back at the index it computes then, from
        /// the changed element. Unsupported, the write itself the unit.
        /// </summary>
        private void FindIndicesReadingWritten()
        {
            foreach (AssignElement write in uses.Values.SelectMany(u => u.Writes))
            {
                foreach (string read in ProgramFacts.ValueReads(write.Index).Distinct().Where(a => uses.TryGetValue(a, out var use) && use.Writes.Count > 0))
                {
                    if (uses[read].Writes.Any(later => OverwriteOrder.Overwrites(sites.Of(write), null, sites.Of(later), later.Index, scopes[read], after: false)))
                    {
                        unsupported.Add((write, read, write));
                    }
                }
            }
        }

        /// <summary>The writes whose element holds their value when the reverse sweep reaches them: every later write that may change it is taped.</summary>
        private void FindHolding(string array)
        {
            (List<AssignElement> writes, _) = uses[array];
            ArrayScope scope = scopes[array];
            foreach (AssignElement write in writes)
            {
                Site at = sites.Of(write);
                bool readsItself = ProgramFacts.AccumulatedTerm(write) == null && ProgramFacts.Reads(write.Value).Contains(array);
                if (!readsItself && writes.All(later => taped.Contains(later) || !OverwriteOrder.Overwrites(at, write.Index, sites.Of(later), later.Index, scope, after: true)))
                {
                    holds.Add(write);
                }
            }
        }

        /// <summary>The innermost loop around all the array's reads and writes (inside the loops around its declaration), if any.</summary>
        private static Loop? Renewing(Site? declaration, IEnumerable<Site> uses)
        {
            var list = uses.ToList();
            Loop? innermost = null;
            for (int level = 0; list.All(u => level < u.Chain.Count) && list.All(u => ReferenceEquals(u.Chain[level], list[0].Chain[level])); level++)
            {
                if (list[0].Chain[level] is Loop loop && (declaration == null || !declaration.IsWithin(loop)))
                {
                    innermost = loop;
                }
            }

            return innermost;
        }
    }
}
