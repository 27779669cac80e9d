using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Catalog cases that fail because of a generator bug, each with its symptom. They stay in the
    /// catalog and are listed (skipped) by <see cref="ArrayGradientTests.Known_generator_bugs"/> and
    /// <see cref="AllocationTests.Known_allocating_gradients"/>: when a fix lands, delete the entry
    /// and the case runs with the passing ones again.
    /// </summary>
    public static class KnownBugs
    {
        /// <summary>Cases whose gradient or partials are wrong, or do not compile: name → symptom.</summary>
        public static readonly IReadOnlyDictionary<string, string> Open = new Dictionary<string, string>
        {
        };

        /// <summary>Reductions whose gradient allocates: name → symptom.</summary>
        public static readonly IReadOnlyDictionary<string, string> Allocating = new Dictionary<string, string>
        {
        };
    }
}
