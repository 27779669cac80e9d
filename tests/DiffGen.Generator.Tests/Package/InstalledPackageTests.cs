using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DiffGen.Generator.Common;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Generator.Tests.Package
{
    /// <summary>
    /// DiffGen as a user installs it. A fresh console project in a temporary folder outside the repository
    /// (so no Directory.Build.props of ours applies) takes DiffGen by PackageReference from the folder the
    /// package was just packed into, restores it into its own packages folder (so a cached DiffGen of the
    /// same version is never used), builds with warnings as errors (an analyzer that fails to load is a
    /// warning), and runs: its generated gradients must match central differences and carry the package's
    /// version. Then a method DiffGen cannot differentiate is added, and the build must fail with its DIFF010
    /// at that method.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class InstalledPackageTests
    {
        private readonly PackedPackage package;
        private readonly ITestOutputHelper output;

        public InstalledPackageTests(PackedPackage package, ITestOutputHelper output)
        {
            this.package = package;
            this.output = output;
        }

        private const string ProjectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DiffGen" Version="{VERSION}" />
              </ItemGroup>
            </Project>
            """;

        private const string ModelSource = """
            using System;
            using DiffGen;

            namespace Consumer
            {
                public static partial class Model
                {
                    [Differentiable]
                    public static double F(double x, double y) => Math.Sin(x) * y + x * x * Math.Exp(y / 3.0);

                    [Differentiable("w")]
                    public static double Loss(double[] w, double[] x)
                    {
                        int n = x.Length;
                        double sum = 0;
                        for (int i = 0; i < n; i++)
                        {
                            double r = Math.Tanh(w[i] * x[i]) - 0.5;
                            sum += r * r;
                        }

                        return sum / n;
                    }
                }
            }
            """;

        private const string ProgramSource = """
            using System;
            using System.CodeDom.Compiler;
            using System.Reflection;

            namespace Consumer
            {
                public static class Program
                {
                    public static int Main()
                    {
                        int failures = 0;
                        double x = 0.7, y = -1.3;
                        double value = Model.FGradient(x, y, out double dX, out double dY);
                        failures += Check("F", value, Model.F(x, y));
                        failures += Check("dF/dx", dX, Central(h => Model.F(x + h, y), x));
                        failures += Check("dF/dy", dY, Central(h => Model.F(x, y + h), y));
                        failures += Check("FPartialX", Model.FPartialX(x, y), dX);

                        double[] w = { 0.3, -0.8, 1.1 };
                        double[] data = { 1.5, 0.25, -2.0 };
                        double[] dW = new double[w.Length];
                        double loss = Model.LossGradient(w, data, dW);
                        failures += Check("Loss", loss, Model.Loss(w, data));
                        for (int i = 0; i < w.Length; i++)
                        {
                            int k = i;
                            failures += Check("dLoss/dw[" + k + "]", dW[k], Central(h => { double[] shifted = (double[])w.Clone(); shifted[k] += h; return Model.Loss(shifted, data); }, w[k]));
                        }

                        GeneratedCodeAttribute? generated = typeof(Model).GetMethod("FGradient")!.GetCustomAttribute<GeneratedCodeAttribute>();
                        Console.WriteLine("GeneratedCode: " + generated?.Tool + " " + generated?.Version);
                        Console.WriteLine(failures == 0 ? "ALL GRADIENTS MATCH" : failures + " MISMATCHES");
                        return failures == 0 ? 0 : 1;
                    }

                    private static double Central(Func<double, double> f, double at)
                    {
                        double h = 1e-5 * Math.Max(1.0, Math.Abs(at));
                        return (f(h) - f(-h)) / (2 * h);
                    }

                    private static int Check(string what, double actual, double expected)
                    {
                        double error = Math.Abs(actual - expected) / Math.Max(1.0, Math.Abs(expected));
                        bool ok = error < 1e-7;
                        Console.WriteLine((ok ? "ok   " : "FAIL ") + what + ": generated " + actual.ToString("R") + ", expected " + expected.ToString("R") + ", relative error " + error.ToString("E2"));
                        return ok ? 0 : 1;
                    }
                }
            }
            """;

        private const string BadSource = """
            using System;
            using DiffGen;

            namespace Consumer
            {
                public static partial class Bad
                {
                    [Differentiable]
                    public static double Guarded(double x)
                    {
                        try
                        {
                            return x * x;
                        }
                        catch (ArithmeticException)
                        {
                            return 0;
                        }
                    }
                }
            }
            """;

        [Fact]
        public void InstalledFromALocalFeed_GradientsMatchCentralDifferences_AndDiagnosticsReachTheBuild()
        {
            string nupkg = package.Nupkg;
            string consumer = Directory.CreateDirectory(Path.Combine(package.Directory, "Consumer")).FullName;
            Assert.False(RepositoryPaths.Contains(consumer), "the consumer project must live outside the repository, not in " + consumer);

            // Nothing of the repository's build applies, nor of any folder above the temporary one.
            File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(consumer, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), NuGetConfig(package.Feed, Path.Combine(consumer, "packages")));
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ProjectFile.Replace("{VERSION}", PackedPackage.Version, StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(consumer, "Model.cs"), ModelSource);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), ProgramSource);
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(consumer, "packages") };

            CliResult build = Log(DotnetCli.Run(consumer, new[] { "build", "Consumer.csproj", "--disable-build-servers", "-nodeReuse:false", "-tl:off" }, environment));
            Assert.True(build.ExitCode == 0, "the consumer project did not build against the package. " + build.Describe() + "\n" + Describe(package, nupkg));

            string installed = Path.Combine(consumer, "packages", "diffgen", PackedPackage.Version, "analyzers", "dotnet", "cs", "DiffGen.Generator.dll");
            Assert.True(File.Exists(installed), "the package was not restored into the consumer's own packages folder: no " + installed + ". " + build.Describe());
            string generatedFolder = Path.Combine(consumer, "obj", "Debug", "net10.0", "generated");
            Assert.True(Directory.Exists(generatedFolder) && Directory.EnumerateFiles(generatedFolder, "*.cs", SearchOption.AllDirectories).Any(),
                "the build generated no source (no files under " + generatedFolder + "): the generator did not run. " + build.Describe());

            string program = Path.Combine(consumer, "bin", "Debug", "net10.0", "Consumer.dll");
            CliResult run = Log(DotnetCli.Run(consumer, new[] { program }, environment, TimeSpan.FromMinutes(2)));
            Assert.True(run.ExitCode == 0 && run.Output.Contains("ALL GRADIENTS MATCH", StringComparison.Ordinal), "the consumer program's gradients are wrong. " + run.Describe());
            Assert.Contains("GeneratedCode: DiffGen " + PackedPackage.Version + "\n", run.Output, StringComparison.Ordinal);

            // A method DiffGen cannot differentiate: the analyzer in the package fails the build at it.
            File.WriteAllText(Path.Combine(consumer, "Bad.cs"), BadSource);
            // The diagnostics are read from a file log, not the console: a process the build leaves
            // behind can hold the console pipe open, and what it printed then never arrives.
            string badLog = Path.Combine(package.Directory, "bad-build.log");
            CliResult bad = Log(DotnetCli.Run(consumer, new[] { "build", "Consumer.csproj", "--no-restore", "--disable-build-servers", "-nodeReuse:false", "-tl:off", "-flp:verbosity=normal;logfile=" + badLog }, environment));
            Assert.True(bad.ExitCode != 0, "a [Differentiable] method with a try statement built without error. " + bad.Describe());
            Assert.True(File.Exists(badLog), "the build wrote no log to " + badLog + ". " + bad.Describe());
            bad = bad with { Output = File.ReadAllText(badLog) };
            string[] diff010 = bad.Output.Split('\n').Where(l => l.Contains("error DIFF010", StringComparison.Ordinal)).ToArray();
            Assert.True(diff010.Length > 0 && diff010.All(l => l.Contains("Bad.cs(11,", StringComparison.Ordinal)),
                "expected error DIFF010 at the try statement (Bad.cs line 11). " + bad.Describe());
            string helpLink = BuildInfo.RepositoryUrl + "/blob/main/docs/diagnostics/DIFF010.md";
            Assert.True(diff010.All(l => l.Contains(helpLink, StringComparison.Ordinal)), "the DIFF010 line does not name its help page " + helpLink + ". " + bad.Describe());
            string[] otherErrors = bad.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal) && !l.Contains("error DIFF010", StringComparison.Ordinal)).ToArray();
            Assert.True(otherErrors.Length == 0, "the build reported errors besides DIFF010: " + string.Join("\n", otherErrors) + "\n" + bad.Describe());
        }

        private CliResult Log(CliResult result)
        {
            output.WriteLine(result.Describe());
            return result;
        }

        /// <summary>
        /// The local feed first, then the package sources the repository's own build uses (its nuget.config),
        /// so the consumer restores everything else exactly as the repository does, on any machine.
        /// </summary>
        private static string NuGetConfig(string feed, string packagesFolder)
        {
            XDocument repository = XDocument.Load(Path.Combine(RepositoryPaths.Root, "nuget.config"));
            IEnumerable<XElement> sources = repository.Root!.Element("packageSources")?.Elements("add") ?? Enumerable.Empty<XElement>();
            var config = new XDocument(
                new XElement("configuration",
                    new XElement("packageSources",
                        new XElement("clear"),
                        new XElement("add", new XAttribute("key", "diffgen-local"), new XAttribute("value", feed)),
                        sources.Select(s => new XElement(s))),
                    new XElement("config",
                        new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", packagesFolder)))));
            return config.ToString() + "\n";
        }

        private static string Describe(PackedPackage package, string nupkg)
        {
            var text = new StringBuilder("The package: " + nupkg + "\n");
            using var zip = System.IO.Compression.ZipFile.OpenRead(nupkg);
            foreach (var entry in zip.Entries)
            {
                text.Append("  ").Append(entry.FullName).Append('\n');
            }

            return text.Append("Packed by: ").Append(package.Pack.Describe()).ToString();
        }
    }
}
