using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-seventh session's sweep of side values that are singular where the true derivative is finite: the checks.
    /// A case is "Review.C" holding a [Differentiable] method M (and what it calls). Its derivatives at a point are compared
    /// with values worked by hand, flattened in the order of the differentiated parameters (an array parameter gives one
    /// value per element). Scalar-only methods are called through reflection (MPartialP and MGradient with its out
    /// parameters); a method whose gradient takes spans is called through a static wrapper "GW" in the case's source, which
    /// returns { value, outputs in order... }. Tolerance: 1e-9 relative, 1e-12 absolute near 0. A hand value of NaN makes no
    /// claim (the true derivative is infinite or undefined there, such as ∂xʸ/∂y at x &lt; 0).
    /// </summary>
    internal static class SingularSweep27Check
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

        public static string Source(string members) => LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n";

        /// <summary>
        /// Generates, compiles and loads the case; at each point compares the gradient's value with the method's, and every
        /// output of the gradient and every scalar partial with <paramref name="expected"/> (the hand-worked derivatives).
        /// </summary>
        public static void Hand(string members, string method, Func<object[], double[]> expected, params object[][] points)
        {
            string source = Source(members);
            // Not RunAndCompile: a wrapper GW calls MGradient, which exists only once the generator has run.
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the case and the generated code");
            Assert.True(run.Sources.Any(s => s.HintName.Contains("." + method + "(", StringComparison.Ordinal)), "nothing generated for " + method + ":\n" + string.Join("\n", GeneratorHarness.Analyze(source)));
            string generated = run.SourceFor(method);
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            MethodInfo original = type.GetMethods(All).Single(m => m.Name == method);
            ParameterInfo[] parameters = original.GetParameters();
            var attribute = original.GetCustomAttribute<DifferentiableAttribute>()!;
            ParameterInfo[] differentiated = parameters
                .Where(p => p.ParameterType == typeof(double) || p.ParameterType == typeof(double[]))
                .Where(p => attribute.WithRespectTo.Length == 0 || attribute.WithRespectTo.Contains(p.Name))
                .ToArray();
            MethodInfo? wrapper = type.GetMethods(All).SingleOrDefault(m => m.Name == "GW");
            foreach (object[] point in points)
            {
                string where = method + " at (" + string.Join(", ", point.Select(Show)) + ")\n" + generated;
                double value = Convert.ToDouble(original.Invoke(null, Copy(point)));
                double[] hand = expected(point);
                double[] outputs;
                double gradientValue;
                if (wrapper != null)
                {
                    double[] all = (double[])wrapper.Invoke(null, Copy(point))!;
                    gradientValue = all[0];
                    outputs = all.Skip(1).ToArray();
                }
                else
                {
                    object?[] arguments = Copy(point).Concat(new object?[differentiated.Length]).ToArray();
                    gradientValue = Convert.ToDouble(type.GetMethods(All).Single(m => m.Name == method + "Gradient").Invoke(null, arguments));
                    outputs = arguments.Skip(point.Length).Select(Convert.ToDouble).ToArray();
                }

                Assert.True(Same(value, gradientValue), "value of " + method + "Gradient: expected " + value + ", got " + gradientValue + " — " + where);
                Assert.True(hand.Length == outputs.Length, "expected " + hand.Length + " derivatives, the gradient has " + outputs.Length);
                int at = 0;
                foreach (ParameterInfo p in differentiated)
                {
                    string name = char.ToUpperInvariant(p.Name![0]) + p.Name.Substring(1);
                    if (p.ParameterType == typeof(double))
                    {
                        MethodInfo partial = type.GetMethods(All).Single(m => m.Name == method + "Partial" + name);
                        Close(hand[at], Convert.ToDouble(partial.Invoke(null, Copy(point))), partial.Name, where);
                        Close(hand[at], outputs[at], method + "Gradient d" + name, where);
                        at++;
                    }
                    else
                    {
                        int length = ((double[])point[p.Position]).Length;
                        for (int e = 0; e < length; e++, at++)
                        {
                            Close(hand[at], outputs[at], method + "Gradient d" + name + "[" + e + "]", where);
                        }
                    }
                }
            }
        }

        /// <summary>At smooth points: the hand-worked derivatives in scalar parameters agree with central differences (Richardson), so the closed form itself is checked.</summary>
        public static void HandMatchesDifferences(string members, string method, Func<object[], double[]> expected, params object[][] points)
        {
            Type type = GeneratorHarness.RunAndCompile(Source(members)).Load().GetType("Review.C", throwOnError: true)!;
            MethodInfo original = type.GetMethods(All).Single(m => m.Name == method);
            ParameterInfo[] parameters = original.GetParameters();
            var attribute = original.GetCustomAttribute<DifferentiableAttribute>()!;
            ParameterInfo[] differentiated = parameters
                .Where(p => p.ParameterType == typeof(double) || p.ParameterType == typeof(double[]))
                .Where(p => attribute.WithRespectTo.Length == 0 || attribute.WithRespectTo.Contains(p.Name))
                .ToArray();
            foreach (object[] point in points)
            {
                double[] hand = expected(point);
                int at = 0;
                foreach (ParameterInfo p in differentiated)
                {
                    int length = p.ParameterType == typeof(double) ? 1 : ((double[])point[p.Position]).Length;
                    for (int e = 0; e < length; e++, at++)
                    {
                        int element = e;
                        double start = p.ParameterType == typeof(double) ? (double)point[p.Position] : ((double[])point[p.Position])[e];
                        double fd = Richardson.Derivative(
                            t =>
                            {
                                object[] moved = Copy(point);
                                if (moved[p.Position] is double[] array)
                                {
                                    array[element] = t;
                                }
                                else
                                {
                                    moved[p.Position] = t;
                                }

                                return Convert.ToDouble(original.Invoke(null, moved));
                            },
                            start);
                        Assert.True(Math.Abs(fd - hand[at]) <= 1e-6 * Math.Max(1, Math.Abs(fd)), method + " d" + p.Name + "[" + e + "] by hand " + hand[at] + ", by differences " + fd + " at (" + string.Join(", ", point.Select(Show)) + ")");
                    }
                }
            }
        }

        /// <summary>The analyzer's errors for the case (empty when it is accepted).</summary>
        public static IReadOnlyList<Diagnostic> Errors(string members) =>
            GeneratorHarness.Analyze(Source(members)).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        public static object[] Copy(object[] point) => point.Select(a => a is Array array ? array.Clone() : a).ToArray();

        private static string Show(object a) => a is double[] d ? "{" + string.Join(", ", d) + "}" : a is int[] i ? "{" + string.Join(", ", i) + "}" : a.ToString()!;

        private static bool Same(double a, double b) => a.Equals(b) || Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(a));

        private static void Close(double expected, double actual, string what, string where)
        {
            if (double.IsNaN(expected))
            {
                return; // no claim: the true derivative is not finite or not defined there
            }

            double tolerance = Math.Max(1e-9 * Math.Abs(expected), 1e-12);
            Assert.True(Math.Abs(expected - actual) <= tolerance, what + ": expected " + expected + ", got " + actual + " — " + where);
        }
    }
}
