namespace DiffGen.Generator.Common
{
    /// <summary>How generated names are built from the source's names.</summary>
    internal static class Identifiers
    {
        /// <summary>
        /// A name and a number that follows it: <c>log2</c>, but <c>log10Of3</c> where the name ends in a digit (<c>log103</c>
        /// would read as one number).
        /// </summary>
        public static string Joined(string name, string number) =>
            name.Length > 0 && char.IsDigit(name[name.Length - 1]) ? name + "Of" + number : name + number;

        /// <summary><c>yHat</c> → <c>YHat</c>; a verbatim <c>@double</c> → <c>Double</c>.</summary>
        public static string Capitalize(string name)
        {
            string bare = name.TrimStart('@');
            return bare.Length == 0 ? bare : char.ToUpperInvariant(bare[0]) + bare.Substring(1);
        }
    }
}
