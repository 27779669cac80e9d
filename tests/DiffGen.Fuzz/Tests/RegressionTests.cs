using System;
using System.IO;
using System.Linq;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// Every failure the fuzzer found, shrunk and kept in Regressions/*.json (written by the command
    /// line's --save): each must now pass against its oracle, or get the DIFF015 its file expects.
    /// </summary>
    public class RegressionTests
    {
        [Fact]
        public void Every_kept_failure_now_passes()
        {
            string folder = Path.Combine(AppContext.BaseDirectory, "Regressions");
            var files = Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.NotEmpty(files);
            var regressions = files.Select(RegressionFile.Read).ToList();
            var results = BatchRunner.Run(regressions.Select(r => r.Case).ToList(), pointSeed: 7);
            var failing = results.Select((r, i) => (File: Path.GetFileName(files[i]), Result: r))
                .Where(x => x.Result.IsFailure) // "untested" is fine for a warning kept as a regression: it compiled cleanly
                .Select(x => x.File + ": " + x.Result.Outcome + " " + x.Result.DiagnosticIds + "\n" + x.Result.Detail)
                .ToList();
            Assert.True(failing.Count == 0, string.Join("\n\n", failing));
        }
    }
}
