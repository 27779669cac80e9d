namespace DiffGen.Generator.Common
{
    /// <summary>How generated names are built from the source's names.</summary>
    internal static class Identifiers
    {
        /// <summary><c>yHat</c> → <c>YHat</c>; a verbatim <c>@double</c> → <c>Double</c>.</summary>
        public static string Capitalize(string name)
        {
            string bare = name.TrimStart('@');
            return bare.Length == 0 ? bare : char.ToUpperInvariant(bare[0]) + bare.Substring(1);
        }
    }
}
