using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit
{
    /// <summary>The hint name of a generated file about one method, shared by every generator.</summary>
    internal static class HintNames
    {
        /// <summary><c>Namespace.Outer.Inner.Method(double,double)_1a2b3c4d.g.cs</c>: unique per overload, and a valid file name.</summary>
        public static string For(string? @namespace, IEnumerable<ContainingType> containingTypes, string method, IEnumerable<string> parameterTypes)
        {
            string types = string.Join(".", containingTypes.Select(t => t.NameWithTypeParameters));
            string name = (@namespace != null ? @namespace + "." : string.Empty) + types + "." + method
                + "(" + string.Join(",", parameterTypes) + ")";
            var safe = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                safe.Append(char.IsLetterOrDigit(c) || c == '.' || c == ',' || c == '(' || c == ')' || c == '_' ? c : '_');
            }

            // Replacing characters can make two names meet (G<T> and G_T_), and hint names are
            // compared ignoring case (f and F): a hash of the exact original keeps every file apart.
            return safe + "_" + StableHash(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        }

        /// <summary>FNV-1a: the same on every run and machine, unlike string.GetHashCode.</summary>
        private static uint StableHash(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
