using System.IO;
using System.Runtime.CompilerServices;
using DiffGen.Generator.Symbolic.Integration;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>docs/supported.md states every row of the table of integration rules exactly as the code has it.</summary>
    public sealed class IntegrationTableDocsTests
    {
        [Fact]
        public void Supported_md_quotes_every_integration_rule()
        {
            string docs = File.ReadAllText(RepositoryFile("docs/supported.md")).Replace("\\|", "|", System.StringComparison.Ordinal);
            foreach (IntegrationRule rule in IntegrationRules.All)
            {
                Assert.True(docs.Contains("| " + rule.Name + " | " + rule.Formula + " |", System.StringComparison.Ordinal), "docs/supported.md does not state: | " + rule.Name + " | " + rule.Formula + " |");
            }
        }

        private static string RepositoryFile(string relative, [CallerFilePath] string here = "") =>
            Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", relative);
    }
}
