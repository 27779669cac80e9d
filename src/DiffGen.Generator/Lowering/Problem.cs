using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Something lowering cannot handle, at the exact place it stands; the analyzer turns it into a diagnostic.</summary>
    internal sealed class Problem
    {
        public Problem(DiagnosticDescriptor descriptor, Location location, params object[] arguments)
        {
            Descriptor = descriptor;
            Location = location;
            Arguments = arguments;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Location Location { get; }

        public IReadOnlyList<object> Arguments { get; }

        public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Arguments.ToArray());
    }

    /// <summary>The result of lowering one method: the lowered method, or the problems that prevent it.</summary>
    internal sealed class LoweringOutcome
    {
        public LoweringOutcome(LoweredMethod? method, IReadOnlyList<Problem> problems)
        {
            Method = method;
            Problems = problems;
        }

        public LoweredMethod? Method { get; }

        public IReadOnlyList<Problem> Problems { get; }
    }
}
