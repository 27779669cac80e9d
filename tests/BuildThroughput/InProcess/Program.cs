using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// What the DiffGen generator costs, in-process (docs/benchmarks.md, "Build time"). The library is the one
/// tests/BuildThroughput/run.sh builds: N methods, 50 to a file, "scalar" or "loops".
///
///   gen DLL KIND N ITERATIONS [DUMPDIR]   runs the generator N times on fresh copies of the compilation:
///                                          the first run (JIT) and the steady state, thread CPU time and
///                                          wall time, bytes allocated; DUMPDIR receives the generated files
///   ab DLL1 DLL2 KIND N WARM RUNS         two builds of the generator in one process, runs alternated, so
///                                          a shared machine's load falls on both alike
///   analyze DLL KIND N ITERATIONS        the DifferentiableAnalyzer alone on the library (fresh copies of the
///                                          compilation, binding included): first run and steady state, process CPU
///   abanalyze DLL1 DLL2 KIND N WARM RUNS  the analyzers of two builds in one process, runs alternated (as ab)
///   compile KIND N GENDIR ITERATIONS DOCMODE [FILTER]
///                                          compiles the library with the files in GENDIR (or "-" for none),
///                                          one thread, DOCMODE None (no documentation file, as a default
///                                          build) or Diagnose (with one); FILTER: all, nodoc (no /// lines),
///                                          nocomments, noattr (no [GeneratedCode]), gradonly (no MPartialP),
///                                          partialsonly (no MGradient)
/// </summary>
static class P
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)] struct Timespec { public long sec; public long nsec; }
    [System.Runtime.InteropServices.DllImport("libc")] static extern int clock_gettime(int clk, out Timespec ts);
    static double CpuMs() { clock_gettime(3, out var t); return t.sec * 1000.0 + t.nsec / 1e6; }
    static double ProcessCpuMs() { clock_gettime(2, out var t); return t.sec * 1000.0 + t.nsec / 1e6; }

    static string Scalar(int i) => $@"
        [Differentiable]
        public static double M{i}(double x, double y, double z)
        {{
            double a = x * y + Math.Sin(z * {i % 7 + 1});
            double b = Math.Exp(-a * a) + y / (1 + z * z);
            return a * b + Math.Log(1 + x * x) * {i % 5 + 2};
        }}
";
    static string Loops(int i) => $@"
        [Differentiable(""w"", ""b"")]
        public static double M{i}(double[] w, double b, double[] x)
        {{
            double s = b;
            for (int j = 0; j < w.Length; j++)
            {{
                s += w[j] * x[j] * {i % 7 + 1};
            }}

            return Math.Log(1 + Math.Exp(-s));
        }}
";
    static List<string> Sources(string kind, int n)
    {
        var files = new List<string>();
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            if (i % 50 == 0) { sb = new StringBuilder(); sb.Append($"using System;\nusing DiffGen;\n\nnamespace Library\n{{\n    public static partial class Models{i / 50}\n    {{\n"); }
            sb.Append(kind == "scalar" ? Scalar(i) : Loops(i));
            if (i % 50 == 49 || i == n - 1) { sb.Append("    }\n}\n"); files.Add(sb.ToString()); }
        }
        return files;
    }

    static CSharpParseOptions Parse(DocumentationMode m) => new CSharpParseOptions(LanguageVersion.Latest, m);

    static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, string runtime) =>
        CSharpCompilation.Create("Library", trees,
            Net90.References.All.Append(MetadataReference.CreateFromFile(runtime)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, concurrentBuild: false));

    static ISourceGenerator LoadGen(string dll) => LoadGenIn(dll, "gen");
    static ISourceGenerator LoadGenIn(string dll, string name)
    {
        var alc = new AssemblyLoadContext(name, false);
        var asm = alc.LoadFromAssemblyPath(Path.GetFullPath(dll));
        Type t = asm.GetType("DiffGen.Generator.DifferentiableGenerator", true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator();
    }

    static Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer LoadAnalyzerIn(string dll, string name)
    {
        var asm = new AssemblyLoadContext(name, false).LoadFromAssemblyPath(Path.GetFullPath(dll));
        return (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(asm.GetType("DiffGen.Generator.DifferentiableAnalyzer", true)!)!;
    }

    /// <summary>One analyzer run on a fresh compilation: process CPU, and the analyzer's own time as the compiler reports it.</summary>
    static (double ProcessCpu, double Own) RunAnalyzer(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var options = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        double c0 = ProcessCpuMs();
        var withAnalyzers = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers(compilation, ImmutableArray.Create(analyzer), options);
        withAnalyzers.GetAnalyzerDiagnosticsAsync().Wait();
        double cpu = ProcessCpuMs() - c0;
        return (cpu, withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).Result.ExecutionTime.TotalMilliseconds);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] static void MarkerStart() { }
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] static void MarkerEnd() { }
    static double Median(List<double> xs) { xs.Sort(); return xs[xs.Count / 2]; }

    static int Main(string[] args)
    {
        string mode = args[0];
        // The attributes the library uses: the runtime assembly built in Release (run.sh builds it too).
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "DiffGen.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd('/')) ?? throw new InvalidOperationException("run from inside the repository");
        }

        string runtime = Path.Combine(root, "src/DiffGen/bin/Release/netstandard2.0/DiffGen.dll");
        if (mode == "gen")
        {
            // gen <generator.dll> <kind> <n> <iters> [dumpdir]
            var gen = LoadGen(args[1]); string kind = args[2]; int n = int.Parse(args[3]); int iters = int.Parse(args[4]);
            var po = Parse(DocumentationMode.None);
            var comp = Compile(Sources(kind, n).Select((s, i) => CSharpSyntaxTree.ParseText(s, po, path: "Models" + i + ".cs")), runtime);
            comp.GetDiagnostics();
            var times = new List<double>(); var cpus = new List<double>(); var allocs = new List<double>();
            GeneratorRunResult last = default;
            for (int k = 0; k < iters; k++)
            {
                var c2 = comp.Clone(); // fresh semantic model state, as a fresh build has
                var jt0 = System.Runtime.JitInfo.GetCompilationTime(); var jc0 = System.Runtime.JitInfo.GetCompiledMethodCount();
                if (k == 0) MarkerStart();
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew(); double c0 = CpuMs();
                GeneratorDriver d = CSharpGeneratorDriver.Create(new[] { gen }, parseOptions: po);
                d = d.RunGenerators(c2);
                sw.Stop(); cpus.Add(CpuMs() - c0); allocs.Add((GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6);
                if (k == 0) MarkerEnd();
                last = d.GetRunResult().Results[0];
                times.Add(sw.Elapsed.TotalMilliseconds);
                if (k == 0) Console.WriteLine($"first iteration: JIT {(System.Runtime.JitInfo.GetCompilationTime() - jt0).TotalMilliseconds:F0} ms, {System.Runtime.JitInfo.GetCompiledMethodCount() - jc0} methods");
            }
            if (last.Exception != null) { Console.Error.WriteLine(last.Exception); return 1; }
            Console.WriteLine(string.Join(" ", times.Select(t => t.ToString("F0")))); Console.WriteLine("cpu: " + string.Join(" ", cpus.Select(t => t.ToString("F0")))); Console.WriteLine($"{kind} {n}: alloc {allocs.Last():F1} MB; cpu first {cpus[0]:F0} ms, cpu median {Median(cpus.Skip(Math.Min(3, iters - 1)).ToList()):F1}, cpu min {cpus.Min():F1}; wall first {times[0]:F0} ms, median {Median(times.Skip(Math.Min(3, iters - 1)).ToList()):F1} ms, min {times.Min():F1} ms, files {last.GeneratedSources.Length}, chars {last.GeneratedSources.Sum(s => s.SourceText.Length)}");
            if (args.Length > 5)
            {
                Directory.CreateDirectory(args[5]);
                foreach (var s in last.GeneratedSources) File.WriteAllText(Path.Combine(args[5], s.HintName), s.SourceText.ToString());
            }
            return 0;
        }
        if (mode == "ab")
        {
            // ab <a.dll> <b.dll> <kind> <n> <warm> <rounds>: both generators in one process, iterations alternated
            var gens = new[] { LoadGenIn(args[1], "a"), LoadGenIn(args[2], "b") }; string kind = args[3]; int n = int.Parse(args[4]); int warm = int.Parse(args[5]); int rounds = int.Parse(args[6]);
            var po = Parse(DocumentationMode.None);
            var comp = Compile(Sources(kind, n).Select((s, i) => CSharpSyntaxTree.ParseText(s, po, path: "Models" + i + ".cs")), runtime);
            comp.GetDiagnostics();
            var cpu = new[] { new List<double>(), new List<double>() }; var wall = new[] { new List<double>(), new List<double>() };
            for (int k = 0; k < warm + rounds; k++)
            {
                for (int g = 0; g < 2; g++)
                {
                    int which = (k % 2 == 0) ? g : 1 - g;
                    var c2 = comp.Clone();
                    var sw = Stopwatch.StartNew(); double c0 = CpuMs();
                    CSharpGeneratorDriver.Create(new[] { gens[which] }, parseOptions: po).RunGenerators(c2);
                    sw.Stop(); double c = CpuMs() - c0;
                    if (k == 0) Console.WriteLine($"{(which == 0 ? "a" : "b")} first: cpu {c:F0} ms, wall {sw.Elapsed.TotalMilliseconds:F0} ms");
                    if (k >= warm) { cpu[which].Add(c); wall[which].Add(sw.Elapsed.TotalMilliseconds); }
                }
            }
            for (int g = 0; g < 2; g++)
                Console.WriteLine($"{(g == 0 ? "a" : "b")} {kind} {n} steady ({rounds} runs): cpu median {Median(cpu[g].ToList()):F0} ms, p25 {cpu[g].OrderBy(x => x).ElementAt(rounds / 4):F0}, min {cpu[g].Min():F0}; wall median {Median(wall[g].ToList()):F0} ms, min {wall[g].Min():F0}");
            return 0;
        }
        if (mode == "analyze")
        {
            // analyze <generator.dll> <kind> <n> <iters>: the DifferentiableAnalyzer alone on the library, on fresh copies of the compilation
            var alc = new AssemblyLoadContext("analyzer", false);
            var asm = alc.LoadFromAssemblyPath(Path.GetFullPath(args[1]));
            var analyzer = (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(asm.GetType("DiffGen.Generator.DifferentiableAnalyzer", true)!)!;
            string kind = args[2]; int n = int.Parse(args[3]); int iters = int.Parse(args[4]);
            var po = Parse(DocumentationMode.None);
            var comp = Compile(Sources(kind, n).Select((s, i) => CSharpSyntaxTree.ParseText(s, po, path: "Models" + i + ".cs")), runtime);
            comp.GetDiagnostics();
            var cpus = new List<double>(); var own = new List<double>();
            for (int k = 0; k < iters; k++)
            {
                var c2 = comp.Clone();
                var options = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
                double c0 = ProcessCpuMs();
                var withAnalyzers = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers(c2, ImmutableArray.Create(analyzer), options);
                var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().Result;
                cpus.Add(ProcessCpuMs() - c0);
                own.Add(withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).Result.ExecutionTime.TotalMilliseconds);
                if (k == 0) Console.WriteLine($"first: cpu {cpus[0]:F0} ms, own {own[0]:F0} ms, {diagnostics.Length} diagnostics");
            }
            Console.WriteLine($"analyze {kind} {n}: process cpu median {Median(cpus.Skip(Math.Min(3, iters - 1)).ToList()):F0} ms, min {cpus.Min():F0} ms (compiler's binding included); the analyzer's own time median {Median(own.Skip(Math.Min(3, iters - 1)).ToList()):F0} ms, min {own.Min():F0} ms");
            return 0;
        }
        if (mode == "abanalyze")
        {
            // abanalyze <a.dll> <b.dll> <kind> <n> <warm> <rounds>: both analyzers in one process, runs alternated (as ab)
            var analyzers = new[] { LoadAnalyzerIn(args[1], "a"), LoadAnalyzerIn(args[2], "b") }; string kind = args[3]; int n = int.Parse(args[4]); int warm = int.Parse(args[5]); int rounds = int.Parse(args[6]);
            var po = Parse(DocumentationMode.None);
            var comp = Compile(Sources(kind, n).Select((s, i) => CSharpSyntaxTree.ParseText(s, po, path: "Models" + i + ".cs")), runtime);
            comp.GetDiagnostics();
            var cpu = new[] { new List<double>(), new List<double>() }; var own = new[] { new List<double>(), new List<double>() };
            for (int k = 0; k < warm + rounds; k++)
            {
                for (int g = 0; g < 2; g++)
                {
                    int which = (k % 2 == 0) ? g : 1 - g;
                    (double c, double o) = RunAnalyzer(analyzers[which], comp.Clone());
                    if (k >= warm) { cpu[which].Add(c); own[which].Add(o); }
                }
            }
            for (int g = 0; g < 2; g++)
                Console.WriteLine($"{(g == 0 ? "a" : "b")} analyze {kind} {n} ({rounds} runs): process cpu median {Median(cpu[g].ToList()):F0} ms, min {cpu[g].Min():F0}; the analyzer's own time median {Median(own[g].ToList()):F0} ms, p25 {own[g].OrderBy(x => x).ElementAt(rounds / 4):F0}, min {own[g].Min():F0}");
            return 0;
        }
        if (mode == "compile")
        {
            // compile <kind> <n> <gendir> <iters> <docmode:None|Parse|Diagnose> [filter]
            string kind = args[1]; int n = int.Parse(args[2]); string dir = args[3]; int iters = int.Parse(args[4]);
            var dm = Enum.Parse<DocumentationMode>(args[5]);
            string filter = args.Length > 6 ? args[6] : "all";
            var po = Parse(dm);
            var src = Sources(kind, n);
            var gens = dir == "-" ? new List<string>() : Directory.GetFiles(dir).OrderBy(f => f).Select(File.ReadAllText).Select(t => Filter(t, filter)).ToList();
            var times = new List<double>(); var parses = new List<double>(); var cpus = new List<double>(); int diags = 0; long size = 0;
            for (int k = 0; k < iters; k++)
            {
                var sw = Stopwatch.StartNew(); double c0 = CpuMs();
                var trees = src.Concat(gens).Select((s, i) => CSharpSyntaxTree.ParseText(s, po, path: "F" + i + ".cs")).ToList();
                foreach (var t in trees) t.GetRoot();
                double parse = sw.Elapsed.TotalMilliseconds;
                var comp = Compile(trees, runtime);
                var ms = new MemoryStream();
                var r = comp.Emit(ms);
                sw.Stop();
                parses.Add(parse); cpus.Add(CpuMs() - c0);
                diags = r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                if (k == 0 && diags > 0) foreach (var d in r.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)) Console.Error.WriteLine(d);
                size = ms.Length;
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"compile {kind} {n} gen={dir} doc={dm} filter={filter}: cpu min {cpus.Skip(2).Min():F0} ms, cpu median {Median(cpus.Skip(2).ToList()):F0}; wall median {Median(times.Skip(Math.Min(3, iters - 1)).ToList()):F0} ms (parse {Median(parses.Skip(Math.Min(3, iters - 1)).ToList()):F0}), min {times.Min():F0} ms, errors {diags}, dll {size} B, chars {gens.Sum(g => g.Length)}");
            return 0;
        }
        return 2;
    }

    // Text-level variants of the generated files, to see what each kind of content costs.
    static string Filter(string text, string filter)
    {
        if (filter == "all") return text;
        var lines = text.Split('\n').ToList();
        if (filter == "nodoc") return string.Join("\n", lines.Where(l => !l.TrimStart().StartsWith("///")));
        if (filter == "nocomments") return string.Join("\n", lines.Where(l => !l.TrimStart().StartsWith("///") && !l.TrimStart().StartsWith("// ")).Select(l => l.Contains("; // ") ? l.Substring(0, l.IndexOf("; // ") + 1) : l));
        if (filter == "nonullable") return text.Replace("#nullable enable", "#nullable disable");
        if (filter == "nowarnings") return text.Replace("#nullable enable", "#nullable enable annotations\n#nullable disable warnings");
        if (filter == "annotations") return text.Replace("#nullable enable", "#nullable enable annotations");
        if (filter == "noattr") return string.Join("\n", lines.Where(l => !l.Contains("[global::System.CodeDom.Compiler.GeneratedCode")));
        // drop members: "gradonly" drops the partials, "partialsonly" drops the gradient
        var outp = new List<string>(); var pending = new List<string>(); bool skipping = false;
        foreach (var l in lines)
        {
            string t = l.TrimStart();
            if (skipping) { if (l == "        }") skipping = false; continue; }
            if (t.StartsWith("///") || t.StartsWith("[global::")) { pending.Add(l); continue; }
            if (t.StartsWith("public static double ") && t.Contains("("))
            {
                bool isPartial = t.Contains("Partial");
                bool drop = (filter == "gradonly" && isPartial) || (filter == "partialsonly" && !isPartial);
                if (drop) { pending.Clear(); skipping = true; continue; }
            }
            outp.AddRange(pending); pending.Clear(); outp.Add(l);
        }
        return string.Join("\n", outp);
    }
}
