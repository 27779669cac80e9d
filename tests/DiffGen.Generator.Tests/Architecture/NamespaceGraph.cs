using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using DiffGen.Generator.Tests.Package;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Tests.Architecture
{
    /// <summary>
    /// Which namespace of the generator uses which, read from the generator's own sources bound by the compiler.
    /// </summary>
    /// <remarks>
    /// Why the sources and a semantic model rather than the compiled IL: IL loses what the compiler folds away, an
    /// enum member (<c>op == IrOp.Add</c> is <c>ldc.i4.3</c>) or a <c>const</c> is no type reference at all, so a
    /// namespace could read another's enum without the assembly showing it. Why not the <c>using</c> lines alone:
    /// a nested namespace sees its parents' types without one, and a qualified name (<c>Programs.LoopProgram</c>)
    /// needs none. So every name in every file (doc-comment crefs too: they need the same imports) is bound, and an
    /// edge goes from the namespace the name is written in to the namespace of the type it means (a member's
    /// containing type); <c>using</c> directives are edges too, so an unused import back fails as well.
    /// </remarks>
    internal static class NamespaceGraph
    {
        public const string Root = "DiffGen.Generator";
        public static bool AllSites = false;

        private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Cached =
            new Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>(Build);

        /// <summary>For each namespace of the generator, the namespaces it uses, each with one place that shows it (file and line).</summary>
        public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges => Cached.Value;

        /// <summary>The generator's source folder.</summary>
        public static string SourceFolder => Path.Combine(RepositoryPaths.Root, "src", "DiffGen.Generator");

        /// <summary>The generator's sources, bound as the build binds them (plus a stand-in for the build-written BuildInfo).</summary>
        public static CSharpCompilation Compile()
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
            var trees = Directory.EnumerateFiles(SourceFolder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(f))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, path: Path.GetRelativePath(SourceFolder, f)))
                .Append(CSharpSyntaxTree.ParseText(
                    "namespace DiffGen.Generator.Common { internal static class BuildInfo { public const string Version = \"0\"; public const string RepositoryUrl = \"\"; } }",
                    parseOptions,
                    path: "BuildInfo.stand-in.cs"));
            var references = Net90.References.All
                .Append(MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location));
            return CSharpCompilation.Create(
                "DiffGen.Generator.Layering",
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        private static bool IsBuildOutput(string file)
        {
            string relative = Path.GetRelativePath(SourceFolder, file);
            return relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }

        private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Build()
        {
            CSharpCompilation compilation = Compile();
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                // An unbound name is an edge not seen: the graph is only trusted over sources that compile.
                throw new InvalidOperationException("the generator's sources do not bind:\n" + string.Join("\n", errors.Take(20)));
            }

            var edges = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                SyntaxNode root = tree.GetRoot();
                foreach (SyntaxNode node in root.DescendantNodes(descendIntoTrivia: true))
                {
                    foreach (string from in WrittenIn(node))
                    foreach (string to in Targets(node, model))
                    {
                        if (to != from && IsOurs(from) && IsOurs(to))
                        {
                            if (!edges.TryGetValue(from, out SortedDictionary<string, string>? targets))
                            {
                                edges[from] = targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
                            }

                            if (!targets.ContainsKey(to) || AllSites)
                            {
                                targets[to] = (targets.TryGetValue(to, out string? before) ? before + "\n      " : "") + tree.FilePath + ":" + (node.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + " " + Shorten(node.ToString());
                            }
                        }
                    }
                }
            }

            foreach (string ns in DeclaredNamespaces(compilation))
            {
                if (!edges.ContainsKey(ns))
                {
                    edges[ns] = new SortedDictionary<string, string>(StringComparer.Ordinal);
                }
            }

            return edges.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, string>)e.Value, StringComparer.Ordinal);
        }

        /// <summary>The namespaces the compilation declares types in (ours only).</summary>
        public static IEnumerable<string> DeclaredNamespaces(Compilation compilation) =>
            compilation.SyntaxTrees
                .SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                .Select(DeclaredNamespace)
                .OfType<string>()
                .Where(IsOurs)
                .Distinct();

        /// <summary>
        /// The namespace a node is written in; for a <c>using</c> line above the namespace declarations, each namespace
        /// the file declares (the line imports for all of them).
        /// </summary>
        private static IEnumerable<string> WrittenIn(SyntaxNode node)
        {
            if (node is UsingDirectiveSyntax && node.Parent is CompilationUnitSyntax unit)
            {
                return unit.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(DeclaredNamespace).OfType<string>().Distinct();
            }

            return DeclaredNamespace(node) is string ns ? new[] { ns } : Array.Empty<string>();
        }

        private static IEnumerable<string> Targets(SyntaxNode node, SemanticModel model)
        {
            switch (node)
            {
                case UsingDirectiveSyntax usingDirective when usingDirective.Name != null:
                    ISymbol? imported = model.GetSymbolInfo(usingDirective.Name).Symbol;
                    if (imported != null && NamespaceOf(imported) is string importedNamespace)
                    {
                        yield return importedNamespace;
                    }

                    yield break;
                case SimpleNameSyntax:
                case ImplicitObjectCreationExpressionSyntax:
                case CrefSyntax:
                    if (node.Ancestors().Any(a => a is UsingDirectiveSyntax || a is BaseNamespaceDeclarationSyntax && ((BaseNamespaceDeclarationSyntax)a).Name.Span.Contains(node.Span)))
                    {
                        yield break;
                    }

                    SymbolInfo info = model.GetSymbolInfo(node);
                    IEnumerable<ISymbol> symbols = info.Symbol != null ? new[] { info.Symbol } : info.CandidateSymbols;
                    foreach (ISymbol symbol in symbols)
                    {
                        // A namespace named as a qualifier (DiffGen.Generator.X.T) is no use of it; T is.
                        if (symbol is not INamespaceSymbol && NamespaceOf(symbol) is string target)
                        {
                            yield return target;
                        }
                    }

                    yield break;
            }
        }

        /// <summary>The namespace a symbol belongs to: a namespace itself, else that of its outermost containing type.</summary>
        private static string? NamespaceOf(ISymbol symbol)
        {
            if (symbol is INamespaceSymbol ns)
            {
                return ns.IsGlobalNamespace ? null : ns.ToDisplayString();
            }

            if (symbol is IMethodSymbol { ReducedFrom: IMethodSymbol reduced })
            {
                symbol = reduced;
            }

            if (symbol is ITypeParameterSymbol or IAliasSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol)
            {
                return null;
            }

            INamespaceSymbol? containing = symbol.ContainingNamespace;
            return containing == null || containing.IsGlobalNamespace ? null : containing.ToDisplayString();
        }

        /// <summary>The namespace the node is written in (the innermost namespace declaration around it).</summary>
        public static string? DeclaredNamespace(SyntaxNode node)
        {
            SyntaxNode? current = node;
            while (current != null)
            {
                if (current is BaseNamespaceDeclarationSyntax)
                {
                    break;
                }

                current = current.Parent ?? (current is StructuredTriviaSyntax trivia ? trivia.ParentTrivia.Token.Parent : null);
            }

            if (current is not BaseNamespaceDeclarationSyntax declaration)
            {
                return null;
            }

            var parts = new List<string> { declaration.Name.ToString() };
            foreach (BaseNamespaceDeclarationSyntax outer in declaration.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
            {
                parts.Insert(0, outer.Name.ToString());
            }

            return string.Join(".", parts);
        }

        private static bool IsOurs(string ns) => ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal);

        private static string Shorten(string text)
        {
            string oneLine = string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            return oneLine.Length > 60 ? oneLine.Substring(0, 60) + "…" : oneLine;
        }
    }
}
