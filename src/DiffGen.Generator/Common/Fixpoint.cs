using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Common
{
    /// <summary>A set of names grown pass by pass until a pass adds nothing (a loop carries facts back to the statements before it).</summary>
    internal static class Fixpoint
    {
        /// <param name="pass">One pass over the statements: adds what it finds to the set, and says whether it added anything.</param>
        public static HashSet<string> Grow(Func<HashSet<string>, bool> pass)
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            while (pass(found))
            {
            }

            return found;
        }
    }
}
