using System;
using System.IO;

namespace DiffGen.Generator.Tests.Package
{
    /// <summary>Where the repository is, found from the test binaries (not from source paths, which a CI build may map).</summary>
    public static class RepositoryPaths
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(() =>
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DiffGen.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("no DiffGen.sln in " + AppContext.BaseDirectory + " or any folder above it");
        });

        /// <summary>The folder that holds DiffGen.sln.</summary>
        public static string Root => RootPath.Value;

        /// <summary>Whether <paramref name="path"/> is the repository or inside it.</summary>
        public static bool Contains(string path)
        {
            string root = Path.GetFullPath(Root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            string full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return full.StartsWith(root, StringComparison.Ordinal);
        }
    }
}
