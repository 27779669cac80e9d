using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <summary>
    /// What the gradient cannot do yet with local arrays (<see cref="ArrayOverwrites"/>): a value the reverse sweep
    /// computes again from an element (a local, a test) while a later write of the same iteration or if has changed
    /// that element and not been taken back yet. Each is DIFF015 at the reading statement.
    /// </summary>
    internal static class LocalArrayRules
    {
        public static IEnumerable<Problem> Problems(IReadOnlyList<Statement> body, IEnumerable<string> localArrays, IReadOnlyDictionary<Statement, Location> locations, Location method)
        {
            var overwrites = new ArrayOverwrites(body, localArrays);
            if (overwrites.Unsupported.Count == 0)
            {
                return Enumerable.Empty<Problem>();
            }

            var sites = new StatementSites(body);
            // An if reported for testing an element it writes (a guarded swap) is one construct: what its sides read of the
            // same array is part of it, not a second problem (double tmp = a[j]; in the swap).
            var reportedIfs = overwrites.Unsupported.Where(u => u.At is IfStatement && ReferenceEquals(u.At, u.Unit)).Select(u => (u.Unit, u.Array)).ToList();
            return overwrites.Unsupported
                .Where(u => ReferenceEquals(u.At, u.Unit) || !reportedIfs.Any(r => ReferenceEquals(r.Unit, u.Unit) && r.Array == u.Array))
                .Select(u => Problem(u.At, u.Array, u.Unit, LocationOf(sites.Of(u.At), locations) ?? method)).ToList();
        }

        private static Problem Problem(Statement at, string array, Statement unit, Location location)
        {
            // A copy declared inside the loop is computed again with the iteration, from the changed elements: it must
            // be declared before the loop (or the if) and filled where the old elements are still there.
            string copy = "copy the old elements into a local array declared before the " + (unit is Loop ? "loop" : "if") + " (old[i] = " + array + "[i];)";
            (string construct, string advice) = at switch
            {
                IfStatement branch when ReferenceEquals(at, unit) && WritesTwoElements(branch, array) => (
                    "An if whose test reads an element of the local array '" + array + "' that the if then writes",
                    "the reverse sweep would test the new value; for a swap (a sort's step), write both elements from their old values without the if (double lo = Math.Min("
                    + array + "[j], " + array + "[j + 1]), hi = Math.Max(" + array + "[j], " + array + "[j + 1]); " + array + "[j] = lo; " + array + "[j + 1] = hi;), else each element as one assignment with ?:"),
                IfStatement when ReferenceEquals(at, unit) => (
                    "An if whose test reads an element of the local array '" + array + "' that the if then writes",
                    "the reverse sweep would test the new value; write the choice as one assignment with ?: (" + array + "[i] = " + array + "[i] > 1 ? 1 : " + array + "[i];)"),
                Loop when ReferenceEquals(at, unit) => (
                    "A loop whose bounds read an element of the local array '" + array + "' that the loop writes",
                    "compute the bound into an integer local before the loop"),
                // An if that holds a loop keeps its test in an integer local (int taken = t[0] < 1 ? 1 : 0;), a test all the same.
                IfStatement or Loop or DeclareInteger { Value: IntegerChoice } => (
                    "A test that reads an element of the local array '" + array + "' that the same " + (unit is Loop ? "loop iteration" : "if") + " overwrites afterwards",
                    "the reverse sweep evaluates the test again after the element has changed; " + copy + " and test those"),
                AssignElement write when ReferenceEquals(at, unit) => (
                    "An element write to '" + write.Array + "' whose index reads the local array '" + array + "', which " + (write.Array == array ? "this" : "that") + " write or a later one changes",
                    "the reverse sweep takes the write back at the index it computes then, from the changed element; compute the index into an integer local before the writes from values nothing changes afterwards, or copy the elements the index reads into a local array of their own first (keys[i] = " + array + "[i];) and read them there"),
                _ when CallPassing(at, array) is CallValue call => (
                    "Passing the local array '" + array + "' to '" + call.Callee + "' in a " + (unit is Loop ? "loop iteration" : "side of an if") + " that overwrites it afterwards",
                    "the reverse sweep computes the call again after the elements have changed; " + copy + " and pass the copy"),
                _ when unit is Loop loop && ArrayOverwrites.WritesOnBothSides(loop, array) => (
                    "Reading an element of the local array '" + array + "' into a value that the same loop iteration overwrites afterwards on both sides of an if (its else writes the array too)",
                    "the reverse sweep puts an iteration's writes back by whether the if's test held, which covers the writes made where it holds but not those of its else; write the update once, every iteration, with the choice inside it (for a hinge step with weight decay: double push = y * m < 1 ? y : 0; "
                    + array + "[j] -= rate * (lambda * " + array + "[j] - push * x[j]);), or take what both sides do out of the if (" + array + "[j] *= 1 - rate * lambda; if (y * m < 1) " + array + "[j] += rate * y * x[j];)"),
                _ => (
                    "Reading an element of the local array '" + array + "' into a value that the same " + (unit is Loop ? "loop iteration" : "if") + " overwrites afterwards",
                    "the reverse sweep computes that value again after the element has changed; read the element in the statement that overwrites it (" + array + "[i] = " + array + "[i] * " + array + "[i];), or " + copy + " and read them there"
                    + (unit is Loop ? "; or overwrite them in the iteration's own statements or in for loops that count an int by one (for (int k = 0; k < n; k++)), made by every iteration or only where one test that reads none of them holds (one if around the writes, in any loop, or if (...) break; before them, in a loop not inside another), and indices and bounds that read no element the method writes: the reverse sweep then puts the elements back first" : string.Empty)),
            };
            return new Problem(DiagnosticDescriptors.NotSupportedYet, location, construct, advice);
        }

        /// <summary>Whether a side of the if writes two or more elements of <paramref name="array"/> (a swap).</summary>
        private static bool WritesTwoElements(IfStatement branch, string array) =>
            branch.Then.OfType<AssignElement>().Count(w => w.Array == array) >= 2 || branch.Else.OfType<AssignElement>().Count(w => w.Array == array) >= 2;

        /// <summary>The call the statement makes when it passes <paramref name="array"/> whole, else null.</summary>
        private static CallValue? CallPassing(Statement at, string array) => at switch
        {
            DeclareScalar { Value: CallValue call } when call.Arguments.Any(a => a.Array == array) => call,
            AssignScalar { Value: CallValue call } when call.Arguments.Any(a => a.Array == array) => call,
            _ => null,
        };

        /// <summary>The statement's own location, or that of the nearest statement around it (a foreach's element local has none of its own).</summary>
        private static Location? LocationOf(Site site, IReadOnlyDictionary<Statement, Location> locations)
        {
            for (int i = site.Chain.Count - 1; i >= 0; i--)
            {
                if (locations.TryGetValue(site.Chain[i], out Location? location))
                {
                    return location;
                }
            }

            return locations.TryGetValue(site.Statement, out Location? own) ? own : null;
        }
    }
}
