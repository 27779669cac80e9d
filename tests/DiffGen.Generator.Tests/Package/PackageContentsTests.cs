using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Package
{
    /// <summary>
    /// What is in DiffGen.&lt;version&gt;.nupkg: exactly the expected files (anything missing or extra
    /// fails), and the metadata a user sees on the package page.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class PackageContentsTests
    {
        private readonly PackedPackage package;

        public PackageContentsTests(PackedPackage package)
        {
            this.package = package;
        }

        /// <summary>Every file of the package; the OPC part for its core properties has a generated name and is matched by its folder.</summary>
        private static readonly string[] ExpectedFiles =
        {
            "DiffGen.nuspec",
            "README.md",
            "[Content_Types].xml",
            "_rels/.rels",
            "analyzers/dotnet/cs/DiffGen.CodeFixes.dll",
            "analyzers/dotnet/cs/DiffGen.Generator.dll",
            "lib/netstandard2.0/DiffGen.dll",
            "lib/netstandard2.0/DiffGen.xml",
            "package/services/metadata/core-properties/*.psmdcp",
        };

        [Fact]
        public void Package_HoldsExactlyTheRuntimeTheAnalyzersAndTheReadme()
        {
            using ZipArchive zip = ZipFile.OpenRead(package.Nupkg);
            string[] files = zip.Entries
                .Select(e => e.FullName)
                .Select(name => name.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal) && name.EndsWith(".psmdcp", StringComparison.Ordinal)
                    ? "package/services/metadata/core-properties/*.psmdcp"
                    : name)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();

            string[] missing = ExpectedFiles.Except(files, StringComparer.Ordinal).ToArray();
            string[] extra = files.Except(ExpectedFiles, StringComparer.Ordinal).ToArray();
            Assert.True(missing.Length == 0 && extra.Length == 0 && files.Length == ExpectedFiles.Length,
                "the package's files differ from the expected list.\nmissing: [" + string.Join(", ", missing) + "]\nextra: [" + string.Join(", ", extra)
                + "]\nall: [" + string.Join(", ", files) + "]");
        }

        [Fact]
        public void Nuspec_HasTheMetadataAUserSees()
        {
            XElement metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
            XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

            Assert.Equal("DiffGen", Value("id"));
            Assert.Equal(PackedPackage.Version, Value("version"));
            Assert.Equal("expression", Element("license").Attribute("type")?.Value);
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("README.md", Value("readme"));
            Assert.Equal(BuildInfo.RepositoryUrl, Value("projectUrl"));
            Assert.Equal(BuildInfo.RepositoryUrl, Element("repository").Attribute("url")?.Value);
            Assert.Equal("git", Element("repository").Attribute("type")?.Value);
            Assert.Equal("DiffGen contributors", Value("authors"));
            Assert.Contains("CHANGELOG.md", Value("releaseNotes"), StringComparison.Ordinal);
            Assert.Contains("[Differentiable]", Value("description"), StringComparison.Ordinal);
            string[] tags = Value("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains("source-generator", tags);
            Assert.Contains("automatic-differentiation", tags);
        }

        [Fact]
        public void Nuspec_DependsOnlyOnSystemBuffers_NeverOnRoslynOrTheAnalyzerProjects()
        {
            XElement metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
                .Select(e => e.Attribute("id")!.Value + " " + e.Attribute("version")!.Value + " (" + e.Parent!.Attribute("targetFramework")?.Value + ")")
                .ToArray();
            Assert.Equal(new[] { "System.Buffers 4.5.1 (.NETStandard2.0)" }, dependencies);
        }

        [Fact]
        public void Readme_IsTheRepositoryReadme()
        {
            using ZipArchive zip = ZipFile.OpenRead(package.Nupkg);
            using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), reader.ReadToEnd());
        }

        [Theory]
        [InlineData("lib/netstandard2.0/DiffGen.dll")]
        [InlineData("analyzers/dotnet/cs/DiffGen.Generator.dll")]
        [InlineData("analyzers/dotnet/cs/DiffGen.CodeFixes.dll")]
        public void Assemblies_TargetNetStandard20_AndCarryThePackageVersion(string path)
        {
            using ZipArchive zip = ZipFile.OpenRead(package.Nupkg);
            using var bytes = new MemoryStream();
            using (Stream entry = zip.GetEntry(path)!.Open())
            {
                entry.CopyTo(bytes);
            }

            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            MetadataReader reader = pe.GetMetadataReader();
            Version version = reader.GetAssemblyDefinition().Version;
            Assert.Equal(PackedPackage.Version, version.ToString(3));

            string[] references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();
            Assert.Contains("netstandard", references);
            // An analyzer may reference only what every compiler host has: the framework and Roslyn.
            string[] foreign = references.Where(r => r != "netstandard" && !r.StartsWith("System.", StringComparison.Ordinal) && !r.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToArray();
            Assert.True(foreign.Length == 0, path + " references assemblies the package does not ship: " + string.Join(", ", foreign));
        }

        [Fact]
        public void GeneratedCodeAttribute_NamesThePackageVersion_OnScalarAndLoopMethods()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(
                "using DiffGen;\nnamespace N\n{\n    public static partial class C\n    {\n"
                + "        [Differentiable]\n        public static double F(double x) => x * x;\n\n"
                + "        [Differentiable(\"w\")]\n        public static double G(double[] w, double[] x)\n        {\n            double s = 0;\n"
                + "            for (int i = 0; i < x.Length; i++)\n            {\n                s += w[i] * x[i];\n            }\n\n            return s * s;\n        }\n    }\n}\n");
            string attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"DiffGen\", \"" + PackedPackage.Version + "\")]";
            Assert.Contains(attribute, run.SourceFor("F"), StringComparison.Ordinal);
            Assert.Contains(attribute, run.SourceFor("G"), StringComparison.Ordinal);
            Assert.Equal(PackedPackage.Version, typeof(DifferentiableAttribute).Assembly.GetName().Version!.ToString(3));
        }

        private XDocument Nuspec()
        {
            using ZipArchive zip = ZipFile.OpenRead(package.Nupkg);
            using Stream nuspec = zip.GetEntry("DiffGen.nuspec")!.Open();
            return XDocument.Load(nuspec);
        }
    }
}
