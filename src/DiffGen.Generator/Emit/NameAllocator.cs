using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Emit
{
    /// <summary>Hands out identifiers that collide with nothing already taken (parameters, outputs, earlier locals).</summary>
    internal sealed class NameAllocator
    {
        private readonly HashSet<string> taken;

        public NameAllocator(IEnumerable<string> reserved)
        {
            taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        }

        /// <summary><paramref name="preferred"/> if free, else the first free <c>preferred2</c>, <c>preferred3</c>, ...</summary>
        public string Allocate(string preferred)
        {
            string candidate = preferred;
            for (int suffix = 2; taken.Contains(candidate) || CSharpKeywords.IsKeyword(candidate); suffix++)
            {
                candidate = preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            taken.Add(candidate);
            return candidate;
        }
    }
}
