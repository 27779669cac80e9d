using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests.Architecture
{
    /// <summary>
    /// The generator's namespaces form layers that never import each other back (issue 11): the IR sits below
    /// the stages that produce and consume it, and the pipeline sits on top. See docs/architecture.md.
    /// </summary>
    public class LayeringTests
    {
        private const string G = NamespaceGraph.Root;

        /// <summary>
        /// Each namespace and the namespaces it may use, bottom up. A new dependency goes here deliberately; a new
        /// namespace too, so it gets a place in the order.
        /// </summary>
        private static readonly (string Namespace, string[] MayUse)[] Layers =
        {
            ("Common", Array.Empty<string>()),
            ("Functions", Array.Empty<string>()),
            ("Diagnostics", new[] { "Common" }),
            ("Ir", new[] { "Common", "Functions" }),
            ("Analysis", new[] { "Common", "Functions", "Ir" }),
            ("Symbolic", new[] { "Common", "Functions", "Ir" }),
            ("Symbolic.Integration", new[] { "Common", "Functions", "Ir", "Symbolic" }),
            ("Lowering", new[] { "Common", "Functions", "Diagnostics", "Ir" }),
            ("Lowering.Programs", new[] { "Common", "Functions", "Diagnostics", "Ir", "Analysis", "Lowering" }),
            ("Lowering.Integrals", new[] { "Common", "Functions", "Diagnostics", "Ir", "Lowering" }),
            ("Emit", new[] { "Common", "Functions", "Ir", "Symbolic" }),
            ("Emit.Programs", new[] { "Common", "Functions", "Ir", "Analysis", "Symbolic", "Emit" }),
            ("Emit.Integrals", new[] { "Common", "Functions", "Ir", "Symbolic", "Symbolic.Integration", "Emit" }),
            ("", new[] { "Common", "Functions", "Diagnostics", "Ir", "Analysis", "Symbolic", "Symbolic.Integration", "Lowering", "Lowering.Programs", "Lowering.Integrals", "Emit", "Emit.Programs", "Emit.Integrals" }),
        };

        private static string Full(string relative) => relative.Length == 0 ? G : G + "." + relative;

        private static string Short(string ns) => ns == G ? "(root)" : ns.Substring(G.Length + 1);

        [Fact]
        public void NoNamespaceUsesOneThatUsesItBack()
        {
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges = NamespaceGraph.Edges;
            List<List<string>> cycles = Cycles(edges);
            Assert.True(
                cycles.Count == 0,
                "namespaces that use each other back:\n" + string.Join("\n", cycles.Select(cycle =>
                    string.Join(" -> ", cycle.Append(cycle[0]).Select(Short)) + "\n"
                    + string.Join("\n", cycle.Select((from, i) => "    " + Short(from) + " -> " + Short(cycle[(i + 1) % cycle.Count]) + ": " + edges[from][cycle[(i + 1) % cycle.Count]])))));
        }

        [Fact]
        public void EveryDependencyGoesDownTheLayers()
        {
            var allowed = Layers.ToDictionary(l => Full(l.Namespace), l => new HashSet<string>(l.MayUse.Select(Full)), StringComparer.Ordinal);
            var wrong = new List<string>();
            foreach (KeyValuePair<string, IReadOnlyDictionary<string, string>> from in NamespaceGraph.Edges.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (!allowed.TryGetValue(from.Key, out HashSet<string>? mayUse))
                {
                    wrong.Add(Short(from.Key) + " is not in LayeringTests.Layers: give it a place in the order");
                    continue;
                }

                foreach (KeyValuePair<string, string> to in from.Value.Where(t => !mayUse.Contains(t.Key)))
                {
                    wrong.Add(Short(from.Key) + " uses " + Short(to.Key) + " (" + to.Value + "), which it may not: "
                        + Short(from.Key) + " may use " + string.Join(", ", mayUse.Select(Short).OrderBy(n => n, StringComparer.Ordinal)));
                }
            }

            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }

        [Fact]
        public void TheAllowedOrderIsItselfALayering()
        {
            // Each namespace may use only namespaces listed before it, so the list cannot allow a cycle.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach ((string ns, string[] mayUse) in Layers)
            {
                Assert.All(mayUse, used => Assert.True(seen.Contains(used), "'" + ns + "' may use '" + used + "', which is not listed before it"));
                seen.Add(ns);
            }
        }

        [Fact]
        public void TheGraphCoversTheGeneratorAssembly()
        {
            // The sources read are the ones compiled into the generator: the same namespaces, the same types.
            var assemblyTypes = typeof(DifferentiableGenerator).Assembly.GetTypes()
                .Where(t => t.Namespace != null && (t.Namespace == G || t.Namespace.StartsWith(G + ".", StringComparison.Ordinal)))
                .Where(t => !t.IsNested && !t.Name.Contains('<', StringComparison.Ordinal) && !t.Name.StartsWith("<", StringComparison.Ordinal))
                .Select(t => t.Namespace + "." + (t.Name.Contains('`', StringComparison.Ordinal) ? t.Name.Substring(0, t.Name.IndexOf('`', StringComparison.Ordinal)) : t.Name))
                .ToHashSet(StringComparer.Ordinal);
            var sourceTypes = NamespaceGraph.Compile().Assembly.GlobalNamespace
                .GetNamespaceMembers().SelectMany(AllTypes)
                .Where(t => t.ContainingType == null && !t.IsImplicitlyDeclared)
                .Select(t => t.ContainingNamespace.ToDisplayString() + "." + t.Name)
                .Where(n => n.StartsWith(G + ".", StringComparison.Ordinal))
                .ToHashSet(StringComparer.Ordinal);
            Assert.Equal(assemblyTypes.OrderBy(n => n, StringComparer.Ordinal), sourceTypes.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(
                assemblyTypes.Select(n => n.Substring(0, n.LastIndexOf('.'))).Distinct().OrderBy(n => n, StringComparer.Ordinal),
                Layers.Select(l => Full(l.Namespace)).Where(n => NamespaceGraph.Edges.ContainsKey(n)).OrderBy(n => n, StringComparer.Ordinal));
        }

        private static IEnumerable<Microsoft.CodeAnalysis.INamedTypeSymbol> AllTypes(Microsoft.CodeAnalysis.INamespaceSymbol ns) =>
            ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));

        /// <summary>One cycle through each strongly connected component of more than one namespace (Tarjan).</summary>
        private static List<List<string>> Cycles(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var low = new Dictionary<string, int>(StringComparer.Ordinal);
            var stack = new Stack<string>();
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var components = new List<List<string>>();
            IEnumerable<string> Next(string n) => edges.TryGetValue(n, out var targets) ? targets.Keys : Enumerable.Empty<string>();

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                foreach (string next in Next(node))
                {
                    if (!index.ContainsKey(next))
                    {
                        Visit(next);
                        low[node] = Math.Min(low[node], low[next]);
                    }
                    else if (onStack.Contains(next))
                    {
                        low[node] = Math.Min(low[node], index[next]);
                    }
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    if (component.Count > 1)
                    {
                        components.Add(component);
                    }
                }
            }

            foreach (string node in edges.Keys.OrderBy(n => n, StringComparer.Ordinal))
            {
                if (!index.ContainsKey(node))
                {
                    Visit(node);
                }
            }

            // Within a component, a shortest path back to its first namespace is a cycle to print.
            return components.Select(component =>
            {
                var members = new HashSet<string>(component, StringComparer.Ordinal);
                string start = component.OrderBy(n => n, StringComparer.Ordinal).First();
                var previous = new Dictionary<string, string>(StringComparer.Ordinal);
                var queue = new Queue<string>();
                queue.Enqueue(start);
                while (queue.Count > 0)
                {
                    string node = queue.Dequeue();
                    foreach (string next in Next(node).Where(members.Contains))
                    {
                        if (next == start)
                        {
                            var cycle = new List<string> { node };
                            while (cycle[0] != start)
                            {
                                cycle.Insert(0, previous[cycle[0]]);
                            }

                            return cycle;
                        }

                        if (!previous.ContainsKey(next))
                        {
                            previous[next] = node;
                            queue.Enqueue(next);
                        }
                    }
                }

                return component;
            }).ToList();
        }
    }
}
