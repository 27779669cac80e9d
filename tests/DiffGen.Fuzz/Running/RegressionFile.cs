using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Running
{
    /// <summary>
    /// A shrunk failure kept as a regression test: what went wrong, the method as C# for a reader,
    /// and the program itself, which RegressionTests runs through the fuzzer again.
    /// </summary>
    public sealed record RegressionFile(string Title, string Source, FuzzCase Case)
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter() },
        };

        public static RegressionFile Read(string path) => JsonSerializer.Deserialize<RegressionFile>(File.ReadAllText(path), Options)!;

        /// <summary>Writes the file, creating its folder if it does not exist yet.</summary>
        public void Write(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, JsonSerializer.Serialize(this, Options) + "\n");
        }

        public static RegressionFile Of(CaseResult failure) =>
            new RegressionFile(failure.Case.Label + ": " + failure.Outcome + ", " + FirstLine(failure.Detail), ProgramWriter.Standalone(failure.Case), failure.Case);

        /// <summary>A file name that is the same on every run: family, outcome and an FNV-1a hash of the method.</summary>
        public static string NameOf(CaseResult result)
        {
            uint hash = 2166136261;
            foreach (char c in ProgramWriter.Standalone(result.Case))
            {
                hash = (hash ^ c) * 16777619;
            }

            return result.Case.Family.Replace(' ', '-') + "-" + result.Outcome + "-" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + ".json";
        }

        private static string FirstLine(string text)
        {
            int end = text.IndexOf('\n');
            return end < 0 ? text : text.Substring(0, end);
        }
    }
}
