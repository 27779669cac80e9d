using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Reads of array elements that the reverse sweep evaluates again: when it starts on an iteration of a loop (or a
    /// side of an if) it first computes that iteration's locals and tests again, and what it computes must match the
    /// forward sweep. It does so after it has taken back everything that came after the iteration, but before the
    /// iteration's own statements: an element the iteration overwrote after reading it holds the new value then.
    /// </summary>
    internal static class RecomputedReads
    {
        /// <summary>
        /// Each loop or if (innermost first) whose statements the reverse sweep computes again, reading the element after
        /// a write inside it that followed the read: <paramref name="ownTest"/> when it is the if's own test (evaluated
        /// again as the reverse sweep reaches the if) or a counting loop's own bounds (evaluated again for its backward
        /// header), which no undoing of an iteration puts right. <paramref name="runsAgain"/>: whether recomputing a
        /// loop's iteration runs an array's writes again. <paramref name="stale"/> receives the loops inside a unit whose
        /// recomputed values are wrong but never used.
        /// </summary>
        public static IEnumerable<(Statement Unit, bool OwnTest)> Units(Site read, Integer? readIndex, Site write, Integer writeIndex, string array, ArrayScope scope, Func<string, Statement, bool> runsAgain, ISet<Statement> stale)
        {
            foreach (Statement unit in read.Chain.Where(s => s is Loop or IfStatement).Reverse())
            {
                bool ownTest = ReferenceEquals(unit, read.Statement);
                if (!write.IsWithin(unit) || scope.Renews(unit) || !OverwriteOrder.Overwrites(read, readIndex, write, writeIndex, scope, after: false, within: unit))
                {
                    continue;
                }

                if (ownTest && unit is Loop { Counting: null })
                {
                    // A loop that does not count by its header runs backwards by its number of iterations, not its condition.
                    continue;
                }

                if (ownTest || IsRecomputed(read, array, unit, runsAgain, stale))
                {
                    yield return (unit, ownTest);
                }
            }
        }

        /// <summary>
        /// True when the reverse sweep evaluates the statement's reads again for the unit and uses what it gets: the
        /// locals and tests of an iteration or of a side of an if, and the writes of an array it recomputes; not a sum a
        /// reverse loop leaves out (<c>s += e</c>), nor a value inside a nested loop that never leaves that loop.
        /// </summary>
        private static bool IsRecomputed(Site read, string array, Statement unit, Func<string, Statement, bool> runsAgain, ISet<Statement> stale)
        {
            switch (read.Statement)
            {
                case AssignScalar s when ProgramFacts.AccumulatedTerm(s) != null && LoopOf(read, unit) is Loop loop && Skipped(s.Name, loop):
                    return false;
                case DeclareScalar or AssignScalar or DeclareInteger or AssignInteger:
                    return Used(read, unit, runsAgain, stale);
                case AssignElement element:
                    return element.Array != array && runsAgain(element.Array, unit);
                case Return:
                    return false;
                default:
                    return true;
            }
        }

        /// <summary>The loop whose reverse iteration recomputes the unit: the unit itself, or the loop around an if.</summary>
        private static Loop? LoopOf(Site read, Statement unit) =>
            unit as Loop ?? read.Chain.TakeWhile(s => !ReferenceEquals(s, unit)).OfType<Loop>().LastOrDefault();

        /// <summary>A sum the loop carries (declared outside it, only added to): its reverse iterations leave it out.</summary>
        private static bool Skipped(string name, Loop loop) => !ProgramFacts.Declared(loop.Body).Contains(name) && ProgramFacts.IsAccumulator(name, loop);

        /// <summary>
        /// Whether a value computed again for the unit matters: one directly in the unit does; one inside a loop nested
        /// in it only if it flows into what that loop leaves behind (a variable it carries out, a test, an array the unit
        /// computes again). A loop with a value that does not is recorded as <paramref name="stale"/>: its recomputed
        /// values must not be stored for its own reverse loop.
        /// </summary>
        private static bool Used(Site read, Statement unit, Func<string, Statement, bool> runsAgain, ISet<Statement> stale)
        {
            int at = Enumerable.Range(0, read.Chain.Count).First(i => ReferenceEquals(read.Chain[i], unit));
            Loop? nested = read.Chain.Skip(at + 1).Take(read.Chain.Count - at - 2).OfType<Loop>().FirstOrDefault();
            string? target = Target(read.Statement);
            if (target == null)
            {
                return true;
            }

            // A local of the unit that nothing in it reads (beyond its own updates) is never used again.
            IEnumerable<Statement> inUnit = unit is Loop l ? l.Body.Concat(l.Steps) : ((IfStatement)unit).Then.Concat(((IfStatement)unit).Else);
            var unitStatements = ProgramFacts.All(inUnit).ToList();
            if (ProgramFacts.Declared(unitStatements).Contains(target)
                && !unitStatements.Any(s => Target(s) != target && ProgramFacts.OwnReads(s).Contains(target)))
            {
                return false;
            }

            if (nested == null)
            {
                return true;
            }

            var dependent = new HashSet<string>(System.StringComparer.Ordinal) { target };
            var statements = ProgramFacts.All(nested.Body.Concat(nested.Steps)).ToList();
            for (bool grew = true; grew;)
            {
                grew = false;
                foreach (Statement statement in statements)
                {
                    bool reads = ProgramFacts.OwnReads(statement).Any(dependent.Contains);
                    switch (statement)
                    {
                        case AssignScalar sum when ProgramFacts.AccumulatedTerm(sum) != null && LoopOf(read, unit) is Loop around && Skipped(sum.Name, around):
                            // Left out of the recomputed iteration.
                            break;
                        case DeclareScalar or AssignScalar or DeclareInteger or AssignInteger when reads:
                            grew |= dependent.Add(Target(statement)!);
                            break;
                        case AssignElement element when reads && runsAgain(element.Array, unit):
                        case DeclareArray or DeclareIntegerArray when reads:
                            return true;
                        case IfStatement or Loop when reads:
                            // What the test decides depends on the value too (control dependence): what the if or loop
                            // assigns, or an iteration that leaves early, and the arrays it writes that the unit computes again.
                            var controlled = ProgramFacts.All(statement is Loop controlling ? controlling.Body.Concat(controlling.Steps) : ((IfStatement)statement).Then.Concat(((IfStatement)statement).Else)).ToList();
                            if (ProgramFacts.MayLeave(controlled) || controlled.Any(c => c is Return or DeclareArray or DeclareIntegerArray || (c is AssignElement e && runsAgain(e.Array, unit))))
                            {
                                return true;
                            }

                            foreach (string assigned in ProgramFacts.Assigned(controlled))
                            {
                                grew |= dependent.Add(assigned);
                            }

                            break;
                    }
                }
            }

            var declared = ProgramFacts.Declared(nested.Body);
            var arrays = new HashSet<string>(statements.OfType<AssignElement>().Select(e => e.Array), System.StringComparer.Ordinal);
            if (ProgramFacts.Assigned(statements).Any(v => !declared.Contains(v) && !arrays.Contains(v) && dependent.Contains(v)))
            {
                return true;
            }

            stale.Add(nested);
            return false;
        }

        /// <summary>The variable a scalar or integer statement writes; null for any other statement.</summary>
        private static string? Target(Statement statement) => statement switch
        {
            DeclareScalar s => s.Name,
            AssignScalar s => s.Name,
            DeclareInteger s => s.Name,
            AssignInteger s => s.Name,
            _ => null,
        };
    }
}
