using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Basic.Reference.Assemblies;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-seventh sweep's checker (the user's surroundings and spelling): whole sources (any namespace, nesting,
    /// generic containing types closed over given arguments, any language version, unsafe allowed), compiled with the
    /// generator, the output required clean, and a method's partials and gradient compared with central differences.
    /// </summary>
    internal static class Sweep27
    {
        internal static readonly object[][] Xy =
        {
            new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 },
        };

        internal static readonly object[][] X = { new object[] { 0.7 }, new object[] { -1.1 }, new object[] { 1.6 } };

        internal static CSharpCompilation Compile(string source, LanguageVersion language = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable, params string[] preprocessor) =>
            CSharpCompilation.Create(
                "TestAssembly",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(language, preprocessorSymbols: preprocessor), path: "Source0.cs") },
                Net90.References.All.Append(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: language < LanguageVersion.CSharp8 ? NullableContextOptions.Disable : nullable, allowUnsafe: true, warningLevel: 9999));

        /// <summary>The generator over the compilation (its parse options the input's), the input, generator and output all clean.</summary>
        internal static GeneratorRun RunClean(CSharpCompilation input)
        {
            GeneratorHarness.AssertNoDiagnostics(input.GetDiagnostics(), "the test input");
            GeneratorRun run = RunRaw(input);
            string all = string.Join("\n", run.Sources.Select(s => "// " + s.HintName + "\n" + s.Text));
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code\n" + all + "\n");
            return run;
        }

        /// <summary>Both generators over the compilation, its parse options the input's (its language version), nothing asserted.</summary>
        internal static GeneratorRun RunRaw(CSharpCompilation input)
        {
            var parse = (CSharpParseOptions)input.SyntaxTrees.First().Options;
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new DiffGen.Generator.DifferentiableGenerator().AsSourceGenerator(), new DiffGen.Generator.IntegrableGenerator().AsSourceGenerator() }, parseOptions: parse);
            driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            var sources = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();
            return new GeneratorRun(input, output, driver, diagnostics, sources);
        }

        internal static GeneratorRun RunClean(string source, LanguageVersion language = LanguageVersion.Latest) => RunClean(Compile(source, language));

        /// <summary>Generated, clean, and right at the points: <paramref name="typeName"/> is a reflection name (Outer`1+Inner).</summary>
        internal static string Check(string source, string typeName, string method, object[][] points, Type[]? typeArguments = null, Type[]? signature = null, LanguageVersion language = LanguageVersion.Latest) =>
            Check(Compile(source, language), typeName, method, points, typeArguments, signature);

        internal static string Check(CSharpCompilation input, string typeName, string method, object[][] points, Type[]? typeArguments = null, Type[]? signature = null)
        {
            GeneratorRun run = RunClean(input);
            if (!run.Sources.Any(s => s.HintName.Contains("." + method + "(", StringComparison.Ordinal)))
            {
                Assert.Fail("Nothing generated for " + method + "; the analyzer says:\n" + string.Join("\n", GeneratorHarness.Analyze(input)));
            }

            string generated = string.Join("\n", run.Sources.Where(s => s.HintName.Contains("." + method + "(", StringComparison.Ordinal)).Select(s => s.Text));
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = run.Output.WithAssemblyName("Sweep27_" + Guid.NewGuid().ToString("N")).Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            Type type = Assembly.Load(image.ToArray()).GetType(typeName, throwOnError: true)!;
            if (typeArguments != null)
            {
                type = type.MakeGenericType(typeArguments);
            }

            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            MethodInfo original = type.GetMethods(all).Single(m => m.Name == method && m.GetCustomAttribute<DifferentiableAttribute>() != null && (signature == null || m.GetParameters().Select(p => p.ParameterType).SequenceEqual(signature)));
            ParameterInfo[] parameters = original.GetParameters();
            Type[] types = parameters.Select(p => p.ParameterType).ToArray();
            int[] differentiated = Numerical.CaseCatalog.DifferentiatedParameters(original).Select(p => p.Position).ToArray();
            object? target = original.IsStatic ? null : Activator.CreateInstance(type);
            MethodInfo gradient = type.GetMethods(all).Single(m => m.Name == method + "Gradient" && m.GetParameters().Length == parameters.Length + differentiated.Length && m.GetParameters().Take(parameters.Length).Select(p => p.ParameterType).SequenceEqual(types));
            foreach (object[] point in points)
            {
                object[] arguments = point.Take(parameters.Length).Select((a, i) => Convert.ChangeType(a, parameters[i].ParameterType, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                double F(object[] at) => Convert.ToDouble(original.Invoke(target, at));
                double value = F(arguments);
                object?[] gradientArguments = arguments.Concat(new object?[differentiated.Length]).ToArray();
                double gradientValue = Convert.ToDouble(gradient.Invoke(target, gradientArguments));
                string where = method + " at (" + string.Join(", ", point) + ")\n" + generated;
                double relative = original.ReturnType == typeof(float) ? 1e-3 : 1e-6;
                Close(value, gradientValue, relative, "value of " + method + "Gradient", where);
                for (int k = 0; k < differentiated.Length; k++)
                {
                    int index = differentiated[k];
                    double expected = Richardson.Derivative(
                        t =>
                        {
                            object[] moved = (object[])arguments.Clone();
                            moved[index] = parameters[index].ParameterType == typeof(float) ? (object)(float)t : t;
                            return F(moved);
                        },
                        Convert.ToDouble(arguments[index]));
                    string name = parameters[index].Name!;
                    string partialName = method + "Partial" + char.ToUpperInvariant(name[0]) + name.Substring(1);
                    MethodInfo partial = type.GetMethods(all).Single(m => m.Name == partialName && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(types));
                    Close(expected, Convert.ToDouble(partial.Invoke(target, arguments)), relative, partial.Name, where);
                    Close(expected, Convert.ToDouble(gradientArguments[arguments.Length + k]), relative, method + "Gradient d" + name, where);
                }
            }

            return generated;
        }

        /// <summary>
        /// Declined: the analyzer reports <paramref name="id"/> (an error), nothing is generated for <paramref name="method"/>,
        /// the rest compiles clean, and the message holds each of <paramref name="advice"/>. Returns the message.
        /// </summary>
        internal static string Declined(string source, string method, string id, params string[] advice)
        {
            CSharpCompilation input = Compile(source);
            GeneratorHarness.AssertNoDiagnostics(input.GetDiagnostics(), "the test input");
            var reported = GeneratorHarness.Analyze(input);
            Diagnostic? found = reported.FirstOrDefault(d => d.Id == id);
            Assert.True(found != null, "expected " + id + ", the analyzer says:\n" + string.Join("\n", reported));
            string message = found!.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            foreach (string word in advice)
            {
                Assert.True(message.Contains(word, StringComparison.Ordinal), "the message lacks '" + word + "': " + message);
            }

            var driver = CSharpGeneratorDriver.Create(new DiffGen.Generator.DifferentiableGenerator()).RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
            Assert.DoesNotContain(driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources), s => s.HintName.Contains("." + method + "(", StringComparison.Ordinal));
            GeneratorHarness.AssertNoDiagnostics(output.GetDiagnostics(), "the rest of the generated code");
            return message;
        }

        private static void Close(double expected, double actual, double relative, string what, string where)
        {
            double tolerance = relative * Math.Max(1, Math.Abs(expected));
            Assert.True(Math.Abs(expected - actual) <= tolerance, what + ": expected " + expected + ", got " + actual + " — " + where);
        }
    }
}
