using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Compiles a type "Review.C" with the generator, and checks a method's value, partials and gradient
    /// against the original and central differences (Richardson) at the given points.
    /// </summary>
    internal static class LoopFreeCheck
    {
        public const string Header = "using System;\nusing DiffGen;\nnamespace Review\n{\n";

        public static string Check(string members, string method, params object[][] points) => CheckType("public partial class C\n{\n" + members + "\n}\n", "C", method, points);

        public static string CheckType(string types, string typeName, string method, params object[][] points) => CheckType(types, typeName, method, null, points);

        /// <summary>As above; <paramref name="suppressed"/>, a compiler warning the generated code may raise (reported separately).</summary>
        public static string CheckType(string types, string typeName, string method, string? suppressed, params object[][] points)
        {
            string source = Header + types + "}\n";
            GeneratorRun run;
            if (suppressed == null)
            {
                run = GeneratorHarness.RunAndCompile(source);
            }
            else
            {
                CSharpCompilation input = GeneratorHarness.Compile(source);
                input = input.WithOptions(input.Options.WithSpecificDiagnosticOptions(input.Options.SpecificDiagnosticOptions.SetItem(suppressed, ReportDiagnostic.Suppress)));
                GeneratorHarness.AssertNoDiagnostics(input.GetDiagnostics(), "the test input");
                run = GeneratorHarness.Run(input);
                GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
                GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code");
            }

            if (!run.Sources.Any(s => s.HintName.Contains("." + method + "(", StringComparison.Ordinal)))
            {
                Assert.Fail("Nothing generated for " + method + "; the analyzer says:\n" + string.Join("\n", GeneratorHarness.Analyze(source)));
            }

            string generated = run.SourceFor(method);
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = run.Output.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            Type type = Assembly.Load(image.ToArray()).GetType("Review." + typeName, throwOnError: true)!;
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
            MethodInfo original = type.GetMethods(all).Single(m => m.Name == method);
            ParameterInfo[] parameters = original.GetParameters();
            int[] differentiated = Numerical.CaseCatalog.DifferentiatedParameters(original).Select(p => p.Position).ToArray();
            object? target = original.IsStatic ? null : Activator.CreateInstance(type);
            MethodInfo gradient = type.GetMethods(all).Single(m => m.Name == method + "Gradient");
            foreach (object[] point in points)
            {
                object[] arguments = point.Select((a, i) => parameters[i].ParameterType == typeof(float) ? (object)Convert.ToSingle(a) : a).ToArray();
                double F(object[] at) => Convert.ToDouble(original.Invoke(target, at));
                double value = F(arguments);
                object?[] gradientArguments = arguments.Concat(new object?[differentiated.Length]).ToArray();
                double gradientValue;
                try
                {
                    gradientValue = Convert.ToDouble(gradient.Invoke(target, gradientArguments));
                }
                catch (TargetInvocationException e)
                {
                    throw new InvalidOperationException(method + "Gradient threw " + e.InnerException?.GetType().Name + " at (" + string.Join(", ", point) + ")\n" + generated, e.InnerException);
                }

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
                    MethodInfo partial = type.GetMethods(all).Single(m => m.Name == method + "Partial" + char.ToUpperInvariant(name[0]) + name.Substring(1));
                    Close(expected, Convert.ToDouble(partial.Invoke(target, arguments)), relative, partial.Name, where);
                    Close(expected, Convert.ToDouble(gradientArguments[arguments.Length + k]), relative, method + "Gradient d" + name, where);
                }
            }

            return generated;
        }

        /// <summary>
        /// Two methods of "Review.C" that compute the same function the same way (a loop and its unrolled form), where
        /// finite differences are no oracle (Gradient.Stop): their values, partials and gradients must agree.
        /// </summary>
        public static void Agree(string members, string first, string second, params object[][] points)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Header + "public static partial class C\n{\n" + members + "\n}\n}\n");
            using var image = new MemoryStream();
            Assert.True(run.Output.Emit(image).Success);
            Type type = Assembly.Load(image.ToArray()).GetType("Review.C", throwOnError: true)!;
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            foreach (object[] point in points)
            {
                object?[] Outputs(string method)
                {
                    MethodInfo gradient = type.GetMethods(all).Single(m => m.Name == method + "Gradient");
                    int count = gradient.GetParameters().Length - point.Length;
                    object?[] arguments = point.Concat(new object?[count]).ToArray();
                    double value = Convert.ToDouble(gradient.Invoke(null, arguments));
                    return arguments.Skip(point.Length).Prepend(value).ToArray();
                }

                object?[] a = Outputs(first);
                object?[] b = Outputs(second);
                for (int k = 0; k < a.Length; k++)
                {
                    Close(Convert.ToDouble(b[k]), Convert.ToDouble(a[k]), 1e-9, first + " output " + k, "at (" + string.Join(", ", point) + ")\n" + run.SourceFor(first));
                }
            }
        }

        /// <summary>Either declined with a diagnostic, or generated and right: never generated and wrong.</summary>
        public static void CheckOrDeclined(string members, string method, params object[][] points)
        {
            string source = Header + "public partial class C\n{\n" + members + "\n}\n}\n";
            if (!GeneratorHarness.Analyze(source).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Check(members, method, points);
            }
        }

        private static void Close(double expected, double actual, double relative, string what, string where)
        {
            double tolerance = relative * Math.Max(1, Math.Abs(expected));
            Assert.True(Math.Abs(expected - actual) <= tolerance, what + ": expected " + expected + ", got " + actual + " — " + where);
        }
    }
}
