using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Where a statement sits in a body: for each level from the method's body down to the statement, the
    /// block it is in (each arm of an if and each loop body is a block of its own) and its position there.
    /// </summary>
    internal sealed class Site
    {
        public Site(Statement statement, IReadOnlyList<(int Block, int Position)> frames, IReadOnlyList<Statement> chain)
        {
            Statement = statement;
            Frames = frames;
            Chain = chain;
        }

        public Statement Statement { get; }

        /// <summary>One frame per level: the block's number and the position in it.</summary>
        public IReadOnlyList<(int Block, int Position)> Frames { get; }

        /// <summary>The statement at each frame: the enclosing ifs and loops, outermost first, then the statement itself.</summary>
        public IReadOnlyList<Statement> Chain { get; }

        /// <summary>True when <paramref name="statement"/> is this statement or encloses it.</summary>
        public bool IsWithin(Statement statement) => Chain.Any(s => ReferenceEquals(s, statement));
    }

    /// <summary>The <see cref="Site"/> of every statement of a body (loop headers' integer statements belong to their loop).</summary>
    internal sealed class StatementSites
    {
        private readonly Dictionary<Statement, Site> sites = new Dictionary<Statement, Site>(ReferenceComparer.Instance);
        private readonly List<IReadOnlyList<Statement>> blocks = new List<IReadOnlyList<Statement>>();

        public StatementSites(IReadOnlyList<Statement> body)
        {
            Visit(body, new List<(int, int)>(), new List<Statement>());
        }

        public IEnumerable<Site> All => sites.Values;

        public Site Of(Statement statement) => sites[statement];

        /// <summary>The statements of a block, by the number its frames give.</summary>
        public IReadOnlyList<Statement> Block(int id) => blocks[id];

        /// <summary>
        /// How two statements meet: how many frames they share, and whether <paramref name="first"/> runs before
        /// <paramref name="second"/> in one pass through the block where they part (an if's or loop's own test
        /// runs before the statements inside it; the two arms of an if never both run).
        /// </summary>
        public static (int Shared, bool Before) Meet(Site first, Site second)
        {
            int shared = 0;
            while (shared < first.Frames.Count && shared < second.Frames.Count && first.Frames[shared] == second.Frames[shared])
            {
                shared++;
            }

            if (shared == first.Frames.Count)
            {
                // The same statement, or one that encloses the other: its test runs first.
                return (shared, shared < second.Frames.Count);
            }

            if (shared == second.Frames.Count)
            {
                return (shared, false);
            }

            bool sameBlock = first.Frames[shared].Block == second.Frames[shared].Block;
            return (shared, sameBlock && first.Frames[shared].Position < second.Frames[shared].Position);
        }

        private void Visit(IReadOnlyList<Statement> block, List<(int, int)> frames, List<Statement> chain)
        {
            int id = blocks.Count;
            blocks.Add(block);
            for (int i = 0; i < block.Count; i++)
            {
                Statement statement = block[i];
                var here = new List<(int, int)>(frames) { (id, i) };
                var path = new List<Statement>(chain) { statement };
                sites[statement] = new Site(statement, here, path);
                switch (statement)
                {
                    case IfStatement branch:
                        Visit(branch.Then, here, path);
                        Visit(branch.Else, here, path);
                        break;
                    case Loop loop:
                        foreach (Statement header in loop.Initializers.Concat(loop.Steps))
                        {
                            sites[header] = new Site(header, here, path);
                        }

                        Visit(loop.Body, here, path);
                        break;
                }
            }
        }
    }

    /// <summary>Statements by identity (records compare by value: two equal statements are still two places).</summary>
    internal sealed class ReferenceComparer : IEqualityComparer<Statement>
    {
        public static readonly ReferenceComparer Instance = new ReferenceComparer();

        public bool Equals(Statement? x, Statement? y) => ReferenceEquals(x, y);

        public int GetHashCode(Statement obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
