using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A catalog case compiled with the generator (zero diagnostics in the input, from the
    /// generator and in the output), plus its adapter, loaded in-process. Compiled once per test run.
    /// </summary>
    public sealed class CompiledCase
    {
        private static readonly ConcurrentDictionary<string, Lazy<CompiledCase>> Cache = new ConcurrentDictionary<string, Lazy<CompiledCase>>();

        private readonly Func<object[], double> value;
        private readonly Func<object[], object[], double> gradient;
        private readonly Func<string, object[], double> partial;
        private readonly Func<object[], object[], int, long> allocations;

        private CompiledCase(ArrayCase c)
        {
            Case = c;
            string source = SourceOf(c);
            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            IMethodSymbol method = run.Input.GetTypeByMetadataName("Tests.Cases")!.GetMembers(c.Name).OfType<IMethodSymbol>().Single();
            Parameters = CaseParameter.Of(method);
            IsFloat = method.ReturnType.SpecialType == SpecialType.System_Single;
            var generated = run.Sources.Where(s => s.HintName.Contains("." + c.Name + "(", StringComparison.Ordinal)).ToList();
            if (generated.Count != 1)
            {
                Assert.Fail("Nothing generated for " + c.Name + "; the analyzer says:\n" + string.Join("\n", GeneratorHarness.Analyze(source)));
            }

            GeneratedSource = generated[0].Text;
            var options = (CSharpParseOptions)run.Input.SyntaxTrees.First().Options;
            Compilation withAdapter = run.Output
                .AddSyntaxTrees(CSharpSyntaxTree.ParseText(AdapterSource.For(c.Name, IsFloat, Parameters), options, path: "Adapter.cs"))
                .WithAssemblyName("ArrayCase_" + c.Name);
            var problems = withAdapter.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
            Assert.True(
                problems.Count == 0,
                "The adapter cannot call the generated members as the contract names them:\n" + string.Join("\n", problems) + "\n\nGenerated:\n" + GeneratedSource);

            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = withAdapter.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            Type adapter = Assembly.Load(image.ToArray()).GetType(AdapterSource.TypeName, throwOnError: true)!;
            value = adapter.GetMethod("Value")!.CreateDelegate<Func<object[], double>>();
            gradient = adapter.GetMethod("Gradient")!.CreateDelegate<Func<object[], object[], double>>();
            partial = adapter.GetMethod("Partial")!.CreateDelegate<Func<string, object[], double>>();
            allocations = adapter.GetMethod("Allocations")!.CreateDelegate<Func<object[], object[], int, long>>();
        }

        public ArrayCase Case { get; }

        public CaseParameter[] Parameters { get; }

        public CaseParameter[] Differentiated => Parameters.Where(p => p.Differentiated).ToArray();

        public bool IsFloat { get; }

        /// <summary>The generated file, for failure messages.</summary>
        public string GeneratedSource { get; }

        public static CompiledCase For(ArrayCase c) =>
            Cache.GetOrAdd(c.Name, _ => new Lazy<CompiledCase>(() => new CompiledCase(c))).Value;

        /// <summary>The original method.</summary>
        public double Value(object[] arguments) => value(arguments);

        /// <summary>MGradient: writes each output into <paramref name="outputs"/> (arrays in place, scalars boxed) and returns the value.</summary>
        public double Gradient(object[] arguments, object[] outputs) => gradient(arguments, outputs);

        /// <summary>MPartialP for the scalar parameter named <paramref name="name"/>.</summary>
        public double Partial(string name, object[] arguments) => partial(name, arguments);

        /// <summary>Bytes allocated by <paramref name="calls"/> calls of MGradient after one warm-up call.</summary>
        public long AllocatedBytes(object[] arguments, object[] outputs, int calls) => allocations(arguments, outputs, calls);

        /// <summary>Outputs for MGradient at a point: for each differentiated sequence, an array of its length (plus <paramref name="lengthChange"/> for the one at <paramref name="changed"/>) filled with <paramref name="fill"/>.</summary>
        public object[] NewOutputs(object[] arguments, double fill, int changed = -1, int lengthChange = 0)
        {
            CaseParameter[] differentiated = Differentiated;
            var outputs = new object[differentiated.Length];
            for (int k = 0; k < differentiated.Length; k++)
            {
                CaseParameter p = differentiated[k];
                if (p.Kind == ParameterKind.Sequence)
                {
                    int length = ((Array)arguments[p.Position]).Length + (k == changed ? lengthChange : 0);
                    outputs[k] = p.IsFloat ? Enumerable.Repeat((float)Math.Min(fill, 1e30), length).ToArray() : (object)Enumerable.Repeat(fill, length).ToArray();
                }
                else
                {
                    outputs[k] = p.IsFloat ? (float)Math.Min(fill, 1e30) : (object)fill;
                }
            }

            return outputs;
        }

        /// <summary>The generated <c>MGradient</c> of a catalog case, from its signature to the end of the file, for tests of its shape.</summary>
        public static string GradientSource(string name)
        {
            string source = GeneratorHarness.RunAndCompile(SourceOf(ArrayCaseCatalog.Find(name))).SourceFor(name);
            int start = source.IndexOf(name + "Gradient(", StringComparison.Ordinal);
            Assert.True(start >= 0, name + ": no gradient in\n" + source);
            return source.Substring(start);
        }

        /// <summary>The case's method in the class the tests compile it in.</summary>
        public static string SourceOf(ArrayCase c) =>
            "using System;\nusing DiffGen;\n\nnamespace Tests\n{\n    public static partial class Cases\n    {\n" + Indent(c.Source) + "    }\n}\n";

        private static string Indent(string source) =>
            string.Concat(source.Split('\n').Select(line => (line.Trim().Length == 0 ? string.Empty : "        " + line.TrimEnd('\r')) + "\n"));
    }
}
