using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Common;
using Xunit;

namespace DiffGen.Generator.Tests.Package
{
    /// <summary>The tests that use the packed package: they share one pack, and run one after the other.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackedPackage>
    {
        public const string Name = "Package";
    }

    /// <summary>
    /// The DiffGen package, packed once per test run into a temporary folder outside the repository (the
    /// folder is the local feed <see cref="InstalledPackageTests"/> installs from; xunit disposes this
    /// fixture, deleting the folder, when the tests of <see cref="PackageCollection"/> are done). It is
    /// packed with <c>--no-build</c> from the binaries this test run built, in the same configuration, so
    /// the package holds exactly the generator these tests test, and packing builds nothing in the
    /// repository while other test projects run (its nuspec goes to the temporary folder too).
    /// </summary>
    public sealed class PackedPackage : IDisposable
    {
        public PackedPackage()
        {
            Directory = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "diffgen-package-" + Guid.NewGuid().ToString("N"))).FullName;
            Feed = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "feed")).FullName;

            string project = Path.Combine(RepositoryPaths.Root, "src", "DiffGen", "DiffGen.csproj");
            Pack = DotnetCli.Run(RepositoryPaths.Root, new[]
            {
                "pack", project, "--configuration", Configuration, "--no-build", "--output", Feed, "--disable-build-servers", "-nodeReuse:false",
                "-p:NuspecOutputPath=" + Path.Combine(Directory, "nuspec") + Path.DirectorySeparatorChar,
            });
            string[] packages = System.IO.Directory.GetFiles(Feed, "*.nupkg");
            NupkgPath = packages.Length == 1 ? packages[0] : null;
        }

        /// <summary>The version every part of DiffGen carries (Directory.Build.props, compiled into the generator).</summary>
        public static string Version => BuildInfo.Version;

        /// <summary>The configuration this test assembly (and so the package's binaries) was built in.</summary>
        public static string Configuration =>
            typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "DiffGenConfiguration").Value!;

        /// <summary>The temporary folder everything of this run lives in.</summary>
        public string Directory { get; }

        /// <summary>The local feed: the folder <c>dotnet pack</c> wrote the package to.</summary>
        public string Feed { get; }

        /// <summary>What <c>dotnet pack</c> printed.</summary>
        public CliResult Pack { get; }

        private string? NupkgPath { get; }

        /// <summary>The path of <c>DiffGen.&lt;version&gt;.nupkg</c>; fails the calling test, with the pack output, when packing did not make exactly that one file.</summary>
        public string Nupkg
        {
            get
            {
                Assert.True(Pack.ExitCode == 0, "dotnet pack failed: " + Pack.Describe());
                string[] files = System.IO.Directory.GetFiles(Feed).Select(Path.GetFileName).ToArray()!;
                Assert.True(NupkgPath != null && files.Length == 1, "dotnet pack should write exactly one DiffGen." + Version + ".nupkg to the feed, it wrote [" + string.Join(", ", files) + "]. " + Pack.Describe());
                Assert.Equal("DiffGen." + Version + ".nupkg", Path.GetFileName(NupkgPath));
                return NupkgPath!;
            }
        }

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder; the OS cleans it up eventually.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
