using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// A bracketing search: a loop whose test on a value carrying a derivative chooses which end of a bracket moves, each end
    /// moving to a value computed from the other (bisection: <c>mid = 0.5 * (lo + hi); if (f(mid) &gt; 0) hi = mid; else lo = mid;</c>;
    /// golden section: <c>if (f(c) &lt; f(d)) hi = d; else lo = c;</c>), with nothing that carries a derivative entering the ends
    /// but the ends themselves. Its result is a fixed mix of the starting ends along the path of tests taken, so its derivative,
    /// the program's, is that mix's (the starting ends' derivatives, or 0), while the root or optimum the search converges to
    /// moves with the parameters through the test. A search whose new end reads the function's value (regula falsi, the secant
    /// step, Newton's step inside a bracket) carries that derivative and is not one; nor is a search polished after the loop by
    /// a step that does (<c>x -= f / df</c>, or the secant through the ends, <c>lo - flo * (hi - lo) / (fhi - flo)</c>): the step
    /// sends the root's derivative on, whatever the path's was; nor a search for an optimum that returns the optimum's value
    /// (<see cref="SearchObjectives"/>).
    /// </summary>
    internal static class BracketingSearches
    {
        /// <summary>
        /// The test of the first bracketing search in the program, with the variables it reads through the loop's assignments
        /// (a flag set from a comparison: <c>int above = f &gt; 0 ? 1 : 0; if (above == 1) ...</c>); null when there is none.
        /// </summary>
        public static (Test Test, ISet<string> Reads)? First(LoopProgram program, ISet<string> active)
        {
            foreach (Loop loop in ProgramFacts.All(program.Body).OfType<Loop>())
            {
                Dictionary<string, List<string>> definitions = Definitions(loop.Body, data: false);
                Dictionary<string, List<string>> flows = Definitions(loop.Body, data: true);
                List<Statement> outside = Outside(program, loop);
                foreach ((Test test, IReadOnlyDictionary<string, Value> then, IReadOnlyDictionary<string, Value> otherwise) in Choices(loop.Body))
                {
                    HashSet<string> reads = Reached(ProgramFacts.Reads(test), definitions);
                    if (reads.Any(active.Contains) && Crosses(then, otherwise, flows, active) is HashSet<string> ends
                        && !Polished(outside, ends, flows, active) && !SearchObjectives.ReturnsTheOptimum(outside, loop, test, ends))
                    {
                        return (test, reads);
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Whether one side moves an end u to a value that reads the other end v, and the other side moves v to a value that
        /// reads u, and what the two values read through the loop's assignments is, of what carries a derivative, only what
        /// the loop itself assigns.
        /// </summary>
        /// <returns>What the two values read through the loop's assignments (the bracket's ends and what they are computed from), or null.</returns>
        private static HashSet<string>? Crosses(IReadOnlyDictionary<string, Value> then, IReadOnlyDictionary<string, Value> otherwise, Dictionary<string, List<string>> definitions, ISet<string> active)
        {
            foreach (KeyValuePair<string, Value> u in then)
            {
                HashSet<string> fromU = Reached(ProgramFacts.FloatReads(u.Value), definitions);
                foreach (KeyValuePair<string, Value> v in otherwise)
                {
                    if (u.Key == v.Key || !fromU.Contains(v.Key))
                    {
                        continue;
                    }

                    HashSet<string> fromV = Reached(ProgramFacts.FloatReads(v.Value), definitions);
                    if (fromV.Contains(u.Key) && fromU.Concat(fromV).All(read => definitions.ContainsKey(read) || !active.Contains(read)))
                    {
                        fromU.UnionWith(fromV);
                        return fromU;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a statement outside the loop takes a step from the search's result that reads what carries a derivative besides
        /// it: a value <c>s - e</c> where s holds the result (an end, or a local computed from the ends) and e reads both the
        /// result and a variable carrying a derivative that the loop does not assign (Newton's <c>x -= f(x, p) / df(x, p)</c>).
        /// </summary>
        private static bool Polished(List<Statement> outside, HashSet<string> ends, Dictionary<string, List<string>> inLoop, ISet<string> active)
        {
            Dictionary<string, List<string>> after = Definitions(outside, data: true);
            bool FromSearch(string variable) => ends.Contains(variable) || Reached(new[] { variable }, after).Overlaps(ends);
            bool Fresh(string variable) => active.Contains(variable) && !inLoop.ContainsKey(variable);
            foreach (Value value in outside.SelectMany(ProgramFacts.OwnValues).SelectMany(ProgramFacts.Within))
            {
                if (value is Arithmetic { Op: IrOp.Subtract, Left: Read held, Right: Value step } && FromSearch(held.Variable))
                {
                    HashSet<string> stepReads = Reached(ProgramFacts.FloatReads(step), after);
                    if (stepReads.Any(FromSearch) && stepReads.Any(Fresh))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The program's statements outside the loop, before and after it, nested ones included.</summary>
        private static List<Statement> Outside(LoopProgram program, Loop loop)
        {
            var inside = new HashSet<Statement>(ProgramFacts.All(loop.Body), ReferenceComparer.Instance);
            return ProgramFacts.All(program.Body).Where(s => !inside.Contains(s) && !ReferenceEquals(s, loop)).ToList();
        }

        /// <summary>
        /// The tests in the loop's body with the scalars each side assigns and their values: the sides of the ifs, and assignments
        /// that keep their variable on one side of a choice (<c>hi = f &gt; 0 ? mid : hi;</c>), grouped by their test.
        /// </summary>
        private static IEnumerable<(Test Test, IReadOnlyDictionary<string, Value> Then, IReadOnlyDictionary<string, Value> Else)> Choices(IEnumerable<Statement> body)
        {
            var kept = new Dictionary<Test, (Dictionary<string, Value> Then, Dictionary<string, Value> Else)>();
            foreach (Statement statement in ProgramFacts.All(body))
            {
                switch (statement)
                {
                    case IfStatement branch:
                        // Merged with the other ifs on the same test (hi = f > 0 ? mid : hi; reads as an if with one side).
                        (Dictionary<string, Value> then, Dictionary<string, Value> otherwise) = Sides(kept, branch.Test);
                        Assignments(branch.Then, then);
                        Assignments(branch.Else, otherwise);
                        break;
                    case AssignScalar { Value: Choice choice } assign when choice.WhenFalse is Read keepsFalse && keepsFalse.Variable == assign.Name:
                        Sides(kept, choice.Test).Then[assign.Name] = choice.WhenTrue;
                        break;
                    case AssignScalar { Value: Choice choice } assign when choice.WhenTrue is Read keepsTrue && keepsTrue.Variable == assign.Name:
                        Sides(kept, choice.Test).Else[assign.Name] = choice.WhenFalse;
                        break;
                }
            }

            foreach (KeyValuePair<Test, (Dictionary<string, Value> Then, Dictionary<string, Value> Else)> test in kept)
            {
                yield return (test.Key, test.Value.Then, test.Value.Else);
            }
        }

        private static (Dictionary<string, Value> Then, Dictionary<string, Value> Else) Sides(Dictionary<Test, (Dictionary<string, Value>, Dictionary<string, Value>)> kept, Test test)
        {
            if (!kept.TryGetValue(test, out (Dictionary<string, Value> Then, Dictionary<string, Value> Else) sides))
            {
                kept[test] = sides = (new Dictionary<string, Value>(System.StringComparer.Ordinal), new Dictionary<string, Value>(System.StringComparer.Ordinal));
            }

            return sides;
        }

        /// <summary>The scalars a side of an if assigns directly, each with the value it gets last.</summary>
        private static void Assignments(IEnumerable<Statement> side, Dictionary<string, Value> assigned)
        {
            foreach (Statement statement in side)
            {
                if (statement is AssignScalar assign)
                {
                    assigned[assign.Name] = assign.Value;
                }
            }
        }

        /// <summary>
        /// What each variable the statements assign (scalars, integers, elements) reads, over all its assignments there: with
        /// <paramref name="data"/>, only what a derivative flows from (<see cref="ProgramFacts.FloatReads"/>: not a choice's test,
        /// an index or an integer), else everything, tests included (a flag set from a comparison reads what it compares).
        /// </summary>
        private static Dictionary<string, List<string>> Definitions(IEnumerable<Statement> body, bool data)
        {
            var reads = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
            void Add(string name, IEnumerable<string> read)
            {
                if (!reads.TryGetValue(name, out List<string>? list))
                {
                    reads[name] = list = new List<string>();
                }

                list.AddRange(read);
            }

            foreach (Statement statement in ProgramFacts.All(body))
            {
                switch (statement)
                {
                    case DeclareScalar s: Add(s.Name, data ? ProgramFacts.FloatReads(s.Value) : ProgramFacts.Reads(s.Value)); break;
                    case AssignScalar s: Add(s.Name, data ? ProgramFacts.FloatReads(s.Value) : ProgramFacts.Reads(s.Value)); break;
                    case DeclareInteger s when !data: Add(s.Name, ProgramFacts.Reads(s.Value)); break;
                    case AssignInteger s when !data: Add(s.Name, ProgramFacts.Reads(s.Value)); break;
                    case AssignElement s: Add(s.Array, data ? ProgramFacts.FloatReads(s.Value) : ProgramFacts.Reads(s.Value).Concat(ProgramFacts.Reads(s.Index))); break;
                }
            }

            return reads;
        }

        /// <summary>The variables reached from these reads through the loop's assignments, the reads included.</summary>
        private static HashSet<string> Reached(IEnumerable<string> reads, Dictionary<string, List<string>> definitions)
        {
            var reached = new HashSet<string>(System.StringComparer.Ordinal);
            var pending = new Stack<string>(reads);
            while (pending.Count > 0)
            {
                string name = pending.Pop();
                if (reached.Add(name) && definitions.TryGetValue(name, out List<string>? further))
                {
                    foreach (string read in further)
                    {
                        pending.Push(read);
                    }
                }
            }

            return reached;
        }
    }
}
