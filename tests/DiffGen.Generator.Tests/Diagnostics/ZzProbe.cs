using System;
using System.IO;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    public sealed class ZzProbe
    {
        [Fact]
        public void Probe()
        {
            string[] lines = File.ReadAllText("/tmp/probe/in.txt").Split("\n===\n");
            using var w = new StreamWriter("/tmp/probe/out.txt");
            foreach (string item in lines)
            {
                if (string.IsNullOrWhiteSpace(item)) continue;
                string[] parts = item.Split("\n---\n");
                string sig = parts.Length > 1 ? parts[0].Trim() : "double F(double x)";
                string body = parts.Length > 1 ? parts[1] : parts[0];
                string src = Method(sig, body);
                w.WriteLine("#### " + sig + "  " + body.Replace("\n", " "));
                var comp = GeneratorHarness.Compile(src);
                foreach (var d in comp.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)) w.WriteLine("  COMPILE: " + d);
                foreach (var d in GeneratorHarness.Analyze(comp)) w.WriteLine("  " + DiagnosticAssert.Describe(d));
                var run = GeneratorHarness.Run(comp);
                foreach (var d in run.GeneratorDiagnostics) w.WriteLine("  GEN: " + d);
                foreach (var d in run.Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Location.SourceTree?.FilePath.Contains("Source0") != true)) w.WriteLine("  OUT: " + d);
                var f = run.Sources.Where(s => s.HintName.Contains(".F(")).ToList();
                w.WriteLine("  generated F: " + f.Count);
                if (Environment.GetEnvironmentVariable("PROBE_SHOW") == "1") foreach (var s in f) w.WriteLine(s.Text);
            }
        }
    }
}
