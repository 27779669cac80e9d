using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>Runs the [Integrable] generator, requires zero diagnostics everywhere, and loads the result to call it.</summary>
    public static class IntegralHarness
    {
        /// <summary>
        /// Runs <see cref="IntegrableGenerator"/> and requires what every generator test requires: the input
        /// compiles, the analyzers and the generator report nothing, and the output compiles with zero diagnostics.
        /// The one exception is DIFF036, the informational message that a method gets no closed-form antiderivative
        /// (many integrands here have none, by design); the antiderivative tests check it where it matters.
        /// </summary>
        public static GeneratorRun RunAndCompile(params string[] sources)
        {
            CSharpCompilation input = GeneratorHarness.Compile(sources);
            GeneratorHarness.AssertNoDiagnostics(input.GetDiagnostics(), "the test input");
            GeneratorHarness.AssertNoDiagnostics(GeneratorHarness.Analyze(input).Where(d => d.Id != "DIFF036"), "the analyzers");
            GeneratorRun run = GeneratorHarness.Run(input, new IntegrableGenerator());
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code");
            return run;
        }

        /// <summary>
        /// Compiles <paramref name="source"/> with its generated integrals (zero diagnostics), adds
        /// <paramref name="callers"/> (code that calls the generated members, as a user's would; zero
        /// diagnostics too) and loads the assembly.
        /// </summary>
        public static Assembly Load(string source, string? callers = null)
        {
            GeneratorRun run = RunAndCompile(source);
            Compilation output = run.Output;
            if (callers != null)
            {
                output = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(callers, (CSharpParseOptions)run.Input.SyntaxTrees.First().Options, path: "Callers.cs"));
                GeneratorHarness.AssertNoDiagnostics(output.GetDiagnostics(), "the callers of the generated code");
            }

            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.WithAssemblyName("Integrals_" + Guid.NewGuid().ToString("N")).Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return Assembly.Load(image.ToArray());
        }

        /// <summary>Calls a public static method by name and the types of the arguments.</summary>
        public static object Call(this Type type, string name, params object[] arguments)
        {
            MethodInfo method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, arguments.Select(a => a.GetType()).ToArray())
                ?? throw new MissingMethodException(type.Name, name);
            return method.Invoke(null, arguments)!;
        }

        /// <summary>Calls the overload with <c>out errorEstimate</c> last: returns the value and the estimate.</summary>
        public static (T Value, T ErrorEstimate) CallWithError<T>(this Type type, string name, params object[] arguments)
        {
            MethodInfo method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, arguments.Select(a => a.GetType()).Append(typeof(T).MakeByRefType()).ToArray())
                ?? throw new MissingMethodException(type.Name, name);
            object?[] all = arguments.Append(null).ToArray();
            var value = (T)method.Invoke(null, all)!;
            return (value, (T)all[all.Length - 1]!);
        }
    }
}
