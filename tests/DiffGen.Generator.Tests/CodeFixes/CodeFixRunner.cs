using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.CodeFixes
{
    /// <summary>Runs the analyzer on a document in an ad-hoc workspace and applies a code fix to its diagnostic.</summary>
    public static class CodeFixRunner
    {
        /// <summary>Applies <paramref name="fix"/> to the one diagnostic <paramref name="id"/> in <paramref name="source"/> and returns the new text.</summary>
        public static string Apply(CodeFixProvider fix, string id, string source)
        {
            using var workspace = new AdhocWorkspace();
            Document document = CreateDocument(workspace, source);
            Diagnostic diagnostic = Assert.Single(Analyze(document), d => d.Id == id);

            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            fix.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
            CodeAction action = Assert.Single(actions);

            ImmutableArray<CodeActionOperation> operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
            Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            Document fixedDocument = changed.GetDocument(document.Id)!;
            string text = fixedDocument.GetTextAsync().GetAwaiter().GetResult().ToString();

            // The fixed code must compile and no longer raise the diagnostic.
            Assert.DoesNotContain(Analyze(fixedDocument), d => d.Id == id);
            Compilation compilation = fixedDocument.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return text;
        }

        /// <summary>How many fixes <paramref name="fix"/> offers for the one diagnostic <paramref name="id"/> in <paramref name="source"/>.</summary>
        public static int Offered(CodeFixProvider fix, string id, string source)
        {
            using var workspace = new AdhocWorkspace();
            Document document = CreateDocument(workspace, source);
            Diagnostic diagnostic = Assert.Single(Analyze(document), d => d.Id == id);
            var actions = new List<CodeAction>();
            fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None)).GetAwaiter().GetResult();
            return actions.Count;
        }

        private static Document CreateDocument(AdhocWorkspace workspace, string source)
        {
            ProjectInfo project = ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "Fixed",
                "Fixed",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: Net90.References.All.Append(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location)));
            Project created = workspace.AddProject(project);
            return workspace.AddDocument(created.Id, "Source.cs", SourceText.From(source));
        }

        private static ImmutableArray<Diagnostic> Analyze(Document document)
        {
            Compilation compilation = document.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
            return GeneratorHarness.Analyze(compilation);
        }
    }
}
