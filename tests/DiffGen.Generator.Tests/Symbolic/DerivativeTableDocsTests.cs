using System.IO;
using System.Runtime.CompilerServices;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Symbolic;
using Xunit;

namespace DiffGen.Generator.Tests.Symbolic
{
    /// <summary>docs/supported.md states every row of the derivative table exactly as the code has it.</summary>
    public sealed class DerivativeTableDocsTests
    {
        [Fact]
        public void Supported_md_quotes_every_derivative_rule()
        {
            string docs = File.ReadAllText(RepositoryFile("docs/supported.md")).Replace("\\|", "|", System.StringComparison.Ordinal);
            foreach (FunctionRow rule in ElementaryFunctions.All)
            {
                Assert.True(docs.Contains(rule.DerivativeFormula, System.StringComparison.Ordinal), "docs/supported.md does not state: " + rule.DerivativeFormula);
            }
        }

        private static string RepositoryFile(string relative, [CallerFilePath] string here = "") =>
            Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", relative);
    }
}
