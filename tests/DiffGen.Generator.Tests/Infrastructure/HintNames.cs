using System.Text.RegularExpressions;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>Hint names end in a hash that keeps them unique (<c>F(double)_1a2b3c4d.g.cs</c>); tests name files without it.</summary>
    public static class HintNames
    {
        private static readonly Regex Hash = new Regex("_[0-9a-f]{8}\\.g\\.cs$");

        public static string WithoutHash(this string hintName) => Hash.Replace(hintName, ".g.cs");
    }
}
