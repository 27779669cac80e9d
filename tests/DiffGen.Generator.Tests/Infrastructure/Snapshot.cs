using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Approved-file snapshots, named as Verify names them (<c>&lt;TestName&gt;.verified.cs</c>), kept
    /// beside the calling test file. The received text must match the approved file byte for byte
    /// (UTF-8, no BOM, <c>\n</c> line endings). With <c>DIFFGEN_ACCEPT=1</c> the received text is
    /// written as the approved file instead of being compared.
    /// </summary>
    public static class Snapshot
    {
        public const string AcceptVariable = "DIFFGEN_ACCEPT";

        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Compares <paramref name="received"/> with <c>&lt;test&gt;.verified.cs</c> beside the calling file.</summary>
        public static void Match(string received, [CallerFilePath] string callerFile = "", [CallerMemberName] string testName = "")
        {
            Assert.False(received.Contains('\r'), "the received text contains '\\r'; generated code must use \\n line endings on every platform");
            string directory = DirectoryOf(callerFile);
            string verifiedPath = Path.Combine(directory, testName + ".verified.cs");
            string receivedPath = Path.Combine(directory, testName + ".received.cs");
            byte[] receivedBytes = Utf8NoBom.GetBytes(received);

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.WriteAllBytes(verifiedPath, receivedBytes);
                File.Delete(receivedPath);
                return;
            }

            if (!File.Exists(verifiedPath))
            {
                File.WriteAllBytes(receivedPath, receivedBytes);
                Assert.Fail("No approved snapshot " + verifiedPath + ".\nThe output was written to " + receivedPath
                    + ".\nRead it; if it is right, rename it to " + Path.GetFileName(verifiedPath) + " or rerun with " + AcceptVariable + "=1.");
            }

            byte[] verifiedBytes = File.ReadAllBytes(verifiedPath);
            if (verifiedBytes.AsSpan().SequenceEqual(receivedBytes))
            {
                File.Delete(receivedPath);
                return;
            }

            File.WriteAllBytes(receivedPath, receivedBytes);
            Assert.Fail("The output differs from " + verifiedPath + " " + FirstDifference(Utf8NoBom.GetString(verifiedBytes), received)
                + ".\nThe output was written to " + receivedPath + "; diff the two, and if the change is intended rerun with " + AcceptVariable + "=1.");
        }

        /// <summary>
        /// The caller's directory. A deterministic CI build may map source paths (e.g. to <c>/_/tests/...</c>);
        /// then the longest tail of that path that exists above the test binaries is used.
        /// </summary>
        private static string DirectoryOf(string callerFile)
        {
            string directory = Path.GetDirectoryName(callerFile) ?? string.Empty;
            if (Directory.Exists(directory))
            {
                return directory;
            }

            string[] parts = directory.Split('/', '\\').Where(p => p.Length > 0).ToArray();
            for (int skip = 0; skip < parts.Length; skip++)
            {
                string tail = Path.Combine(parts.Skip(skip).ToArray());
                for (DirectoryInfo? root = new DirectoryInfo(AppContext.BaseDirectory); root != null; root = root.Parent)
                {
                    string candidate = Path.Combine(root.FullName, tail);
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            throw new InvalidOperationException("cannot find the directory of " + callerFile + " to keep its snapshots in");
        }

        private static string FirstDifference(string expected, string actual)
        {
            string[] expectedLines = expected.Split('\n');
            string[] actualLines = actual.Split('\n');
            int count = Math.Max(expectedLines.Length, actualLines.Length);
            int line = Enumerable.Range(0, count).FirstOrDefault(i =>
                i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
            string Show(string[] lines) => line < lines.Length ? "\"" + lines[line] + "\"" : "(end of file)";
            return "at line " + (line + 1) + ":\n  approved: " + Show(expectedLines) + "\n  received: " + Show(actualLines);
        }
    }
}
