using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace DiffGen.Generator.Tests.Package
{
    /// <summary>What one <c>dotnet</c> command printed and how it ended.</summary>
    public sealed record CliResult(string Command, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
    {
        /// <summary>The command, where it ran, its exit code and everything it printed: the text a failed assertion shows.</summary>
        public string Describe() =>
            "`" + Command + "` in " + WorkingDirectory + " exited with " + ExitCode + " after " + Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)
            + " s; its output:\n" + Output;
    }

    /// <summary>
    /// Runs the <c>dotnet</c> CLI as a user would, from a test. Build servers are off (<c>--disable-build-servers</c>
    /// where the command takes it, no MSBuild node reuse), so no process outlives the command holding its
    /// output pipe open; the MSBuild variables the test host inherited from <c>dotnet test</c> are removed, so
    /// the child resolves its SDK and targets itself.
    /// </summary>
    public static class DotnetCli
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(6);

        /// <summary>The <c>dotnet</c> that runs these tests (so the same SDK), or the one on PATH.</summary>
        public static string Executable
        {
            get
            {
                string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
                return !string.IsNullOrEmpty(host) && System.IO.File.Exists(host) ? host! : "dotnet";
            }
        }

        public static CliResult Run(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
        {
            var start = new ProcessStartInfo(Executable)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (string name in start.Environment.Keys.ToList())
            {
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            if (environment != null)
            {
                foreach (KeyValuePair<string, string> variable in environment)
                {
                    start.Environment[variable.Key] = variable.Value;
                }
            }

            string command = "dotnet " + string.Join(" ", start.ArgumentList);
            var output = new StringBuilder();
            var clock = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            TimeSpan limit = timeout ?? DefaultTimeout;
            if (!process.WaitForExit((int)limit.TotalMilliseconds))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended between the wait and the kill.
                }

                process.WaitForExit(10_000);
                Append(output, "*** killed: still running after " + limit.TotalSeconds + " s ***");
                return new CliResult(command, workingDirectory, -1, Snapshot(output), clock.Elapsed);
            }

            // The parameterless wait returns once the redirected streams have reached their end; a process
            // left behind holding the pipe open must not hang the test, so it gets a bounded wait.
            if (!System.Threading.Tasks.Task.Run(() => process.WaitForExit()).Wait(TimeSpan.FromSeconds(30)))
            {
                Append(output, "*** the output may be cut short: a process the command started still holds its output open ***");
            }

            return new CliResult(command, workingDirectory, process.ExitCode, Snapshot(output), clock.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
