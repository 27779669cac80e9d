using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// An adversarial pass on float methods with loops and arrays (the ninth session). Each case says what it found. The
    /// gradients are called through a wrapper compiled with the generated code (spans do not pass through reflection) and
    /// checked against derivatives worked by hand.
    /// </summary>
    public sealed class Adversarial8Tests
    {
        private static readonly float[] W = { 0.5f, -1.25f, 2f };
        private static readonly double[] X = { 0.3, -0.7, 1.1 };

        // Were uncompilable generated code (CS0266): an element of a double[] data array (a parameter, a span, a static
        // field, or the values of a foreach) read in a float method was printed x[i], a double where a float is needed.
        // It is now converted as the source converts it, (float)x[i].
        [Theory]
        [InlineData("s += w[i] * (float)x[i] + (float)(x[i] * 0.5) * w[i] * w[i];", "x[i] + x[i] * w[i]")]
        [InlineData("s += w[i] * (float)D[i] * w[i];", "2 * w[i] * D[i]")]
        [InlineData("s += x[i] > 0 ? w[i] * (float)x[i] : -w[i];", "x[i] > 0 ? x[i] : -1")]
        [InlineData("foreach (float v in x) s += v * w[i] * w[i];", "2 * w[i] * Sum(x)")]
        public void Double_data_read_in_a_float_method(string statement, string derivative)
        {
            string source = "using System;\nusing DiffGen;\nnamespace Review\n{\npublic static partial class C\n{\n"
                + "static readonly double[] D = { 0.5, -1.5, 2.0 };\n"
                + "static double Sum(double[] x) { double s = 0; foreach (double v in x) s += v; return s; }\n"
                + "[Differentiable(\"w\")] public static float F(float[] w, double[] x) { float s = 0; for (int i = 0; i < w.Length; i++) " + statement + " return s; }\n"
                + "public static float Gradient(float[] w, double[] x, float[] dW) => FGradient(w, x, dW);\n"
                + "public static double Expected(float[] w, double[] x, int i) => " + derivative + ";\n}\n}\n";
            CSharpCompilation input = GeneratorHarness.Compile(source);
            GeneratorRun run = GeneratorHarness.Run(input);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the wrapper");
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            var dW = new float[W.Length];
            float value = (float)type.GetMethod("Gradient")!.Invoke(null, new object[] { W, X, dW })!;
            Assert.Equal((float)type.GetMethod("F")!.Invoke(null, new object[] { W, X })!, value, 1e-5f);
            for (int i = 0; i < W.Length; i++)
            {
                double expected = (double)type.GetMethod("Expected")!.Invoke(null, new object[] { W, X, i })!;
                Assert.True(Math.Abs(expected - dW[i]) <= 1e-5 * Math.Max(1, Math.Abs(expected)), "dW[" + i + "]: expected " + expected + ", got " + dW[i] + "\n" + run.SourceFor("F"));
            }
        }
    }
}
