using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Checks for the review-custom pass that LoopFreeCheck does not give: a method whose derivatives are worked by hand (where
    /// Gradient.Stop makes finite differences no oracle), and a method with array parameters (whose gradient takes spans, so it
    /// is called through a wrapper compiled with it).
    /// </summary>
    internal static class ReviewCheck
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

        /// <summary>
        /// "Review.C" holds <paramref name="members"/>: a method <paramref name="method"/> of scalar parameters, and a static
        /// method Expected with the same parameters returning its derivatives by hand, one per differentiated parameter. The
        /// partials and the gradient (and the gradient's value) must agree with them.
        /// </summary>
        public static void ByHand(string members, string method, params object[][] points)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n");
            string generated = run.SourceFor(method);
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            MethodInfo original = type.GetMethods(All).Single(m => m.Name == method);
            object? target = original.IsStatic ? null : Activator.CreateInstance(type);
            ParameterInfo[] parameters = original.GetParameters();
            ParameterInfo[] differentiated = Numerical.CaseCatalog.DifferentiatedParameters(original);
            MethodInfo gradient = type.GetMethods(All).Single(m => m.Name == method + "Gradient");
            MethodInfo expectedMethod = type.GetMethods(All).Single(m => m.Name == "Expected");
            foreach (object[] point in points)
            {
                object[] arguments = point.Select((a, i) => parameters[i].ParameterType == typeof(float) ? (object)Convert.ToSingle(a) : a).ToArray();
                double relative = original.ReturnType == typeof(float) ? 1e-4 : 1e-9;
                string where = method + " at (" + string.Join(", ", point) + ")\n" + generated;
                double value = Convert.ToDouble(original.Invoke(target, arguments));
                object?[] gradientArguments = arguments.Concat(new object?[differentiated.Length]).ToArray();
                Close(value, Convert.ToDouble(gradient.Invoke(target, gradientArguments)), relative, "value of " + method + "Gradient", where);
                double[] expected = ((System.Collections.IEnumerable)expectedMethod.Invoke(target, arguments)!).Cast<object>().Select(Convert.ToDouble).ToArray();
                Assert.Equal(differentiated.Length, expected.Length);
                for (int k = 0; k < differentiated.Length; k++)
                {
                    string name = differentiated[k].Name!;
                    MethodInfo partial = type.GetMethods(All).Single(m => m.Name == method + "Partial" + char.ToUpperInvariant(name[0]) + name.Substring(1));
                    Close(expected[k], Convert.ToDouble(partial.Invoke(target, arguments)), relative, partial.Name, where);
                    Close(expected[k], Convert.ToDouble(gradientArguments[arguments.Length + k]), relative, method + "Gradient d" + name, where);
                }
            }
        }

        /// <summary>
        /// "Review.C" holds <paramref name="members"/>: a static method <paramref name="method"/> (parameters double/float and
        /// their arrays, all differentiated), and a static method W taking the same arguments followed by one array per
        /// parameter (of the parameter's length, or 1 for a scalar) into which it copies MGradient's outputs, returning its
        /// value. The outputs must agree with central differences of the method.
        /// </summary>
        public static void Arrays(string members, string method, params object[][] points)
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n"));
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the wrapper");
            string generated = run.SourceFor(method);
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            MethodInfo original = type.GetMethods(All).Single(m => m.Name == method);
            MethodInfo wrapper = type.GetMethods(All).Single(m => m.Name == "W");
            bool single = original.ReturnType == typeof(float);
            double relative = single ? 1e-3 : 1e-6;
            foreach (object[] point in points)
            {
                object[] arguments = point.Select(a => a switch
                {
                    double[] d when single => d.Select(v => (float)v).ToArray(),
                    double d when single => (object)(float)d,
                    _ => a,
                }).ToArray();
                object Copy(object a) => a is Array array ? array.Clone() : a;
                double F(object[] at) => Convert.ToDouble(original.Invoke(null, at));
                string where = method + " at (" + string.Join(", ", point.Select(p => p is double[] d ? "{" + string.Join(", ", d) + "}" : p.ToString())) + ")\n" + generated;
                object[] outputs = arguments.Select(a => (object)(a is Array array ? Array.CreateInstance(array.GetType().GetElementType()!, array.Length) : Array.CreateInstance(a.GetType(), 1))).ToArray();
                object[] wrapperArguments = arguments.Select(Copy).Concat(outputs).ToArray();
                Close(F(arguments.Select(Copy).ToArray()), Convert.ToDouble(wrapper.Invoke(null, wrapperArguments)), relative, "value of " + method + "Gradient", where);
                for (int p = 0; p < arguments.Length; p++)
                {
                    int length = arguments[p] is Array a ? a.Length : 1;
                    for (int e = 0; e < length; e++)
                    {
                        int index = p;
                        int element = e;
                        double at = arguments[p] is Array array ? Convert.ToDouble(array.GetValue(e)) : Convert.ToDouble(arguments[p]);
                        double expected = Richardson.Derivative(
                            t =>
                            {
                                object[] moved = arguments.Select(Copy).ToArray();
                                object v = single ? (object)(float)t : t;
                                if (moved[index] is Array m)
                                {
                                    m.SetValue(v, element);
                                }
                                else
                                {
                                    moved[index] = v;
                                }

                                return F(moved);
                            },
                            at);
                        double actual = Convert.ToDouble(((Array)outputs[p]).GetValue(e));
                        Close(expected, actual, relative, "d" + original.GetParameters()[p].Name + "[" + e + "]", where);
                    }
                }
            }
        }

        private static void Close(double expected, double actual, double relative, string what, string where)
        {
            double tolerance = relative * Math.Max(1, Math.Abs(expected));
            Assert.True(Math.Abs(expected - actual) <= tolerance, what + ": expected " + expected + ", got " + actual + " — " + where);
        }
    }
}
