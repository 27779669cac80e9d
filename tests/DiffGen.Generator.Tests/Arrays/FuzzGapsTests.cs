using System;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// What the differential fuzzer found once it wrote <c>float</c> data in a <c>double</c> method (tenth session,
    /// docs/reliability.md, "Closing the audit's gaps"). The gradients are called through a wrapper compiled with the
    /// generated code and checked against the closed form to the last digits: the error was float rounding, 1e-8 relative.
    /// </summary>
    public sealed class FuzzGapsTests
    {
        private static readonly float[] D = { -1.242f, 0.735f, 1.819f };
        private static readonly double[] W = { 0.3, -0.7, 1.1 };

        // Was a wrong gradient and a wrong value without a diagnostic (fuzz seed 62, kept in tests/DiffGen.Fuzz/Regressions/
        // arrays-Wrong-float-data-times-integer.json): an element of a float[] of data read in a double method was printed
        // d[i], which widens in the source beside the double b * 10, but the generated code multiplied it by the integer
        // 10 first, 10 * d[i], in float. A float element in a double method is now converted, (double)d[i], as a float[,]
        // element already was.
        [Theory]
        [InlineData("for (int i = 0; i < d.Length; i++) s += d[i] * (b * 10);", "10 * Sum(d)")]
        [InlineData("for (int i = 0; i < d.Length; i++) s += w[i] * (d[i] * (b * 10));", "10 * Dot(w, d)")]
        [InlineData("foreach (double v in d) s += v * (b * 10);", "10 * Sum(d)")]
        [InlineData("for (int i = 0; i < Table.Length; i++) s += Table[i] * (b * 10);", "10 * Sum(Table)")]
        [InlineData("for (int i = 0; i < d.Length; i++) s += d[i] * (b * b * 3);", "6 * b * Sum(d)")]
        public void Float_data_read_in_a_double_method(string statement, string derivative)
        {
            string source = "using System;\nusing DiffGen;\nnamespace Review\n{\npublic static partial class C\n{\n"
                + "static readonly float[] Table = { -1.242f, 0.735f, 1.819f };\n"
                + "static double Sum(float[] d) { double s = 0; foreach (float v in d) s += v; return s; }\n"
                + "static double Dot(double[] w, float[] d) { double s = 0; for (int i = 0; i < d.Length; i++) s += w[i] * d[i]; return s; }\n"
                + "[Differentiable(\"b\")] public static double F(float[] d, double[] w, double b) { double s = 0; " + statement + " return s; }\n"
                + "public static double Gradient(float[] d, double[] w, double b, out double dB) => FGradient(d, w, b, out dB);\n"
                + "public static double Expected(float[] d, double[] w, double b) => " + derivative + ";\n}\n}\n";
            CSharpCompilation input = GeneratorHarness.Compile(source);
            GeneratorRun run = GeneratorHarness.Run(input);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the wrapper");
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            foreach (double b in new[] { -0.492, 0.37, 1.9 })
            {
                object[] arguments = { D, W, b, 0.0 };
                double value = (double)type.GetMethod("Gradient")!.Invoke(null, arguments)!;
                double dB = (double)arguments[3];
                double method = (double)type.GetMethod("F")!.Invoke(null, new object[] { D, W, b })!;
                double expected = (double)type.GetMethod("Expected")!.Invoke(null, new object[] { D, W, b })!;
                double partial = (double)type.GetMethod("FPartialB")!.Invoke(null, new object[] { D, W, b })!;
                Assert.True(Math.Abs(value - method) <= 1e-14 * Math.Abs(method), "value: F gives " + method + ", FGradient " + value + "\n" + run.SourceFor("F"));
                Assert.True(Math.Abs(dB - expected) <= 1e-14 * Math.Abs(expected), "dB: expected " + expected + ", got " + dB + "\n" + run.SourceFor("F"));
                Assert.True(Math.Abs(partial - expected) <= 1e-14 * Math.Abs(expected), "FPartialB: expected " + expected + ", got " + partial + "\n" + run.SourceFor("F"));
            }
        }

        // A float scalar parameter of a double method, beside an integer in the generated code (checked beside the arrays'
        // fix): without loops it was already cast, (double)p; with loops it was the same wrong value and gradient without
        // a diagnostic (10 * p in float). It is now read through a copy made first, double p2 = p;, as an assigned
        // parameter is.
        [Theory]
        [InlineData("=> p * (b * 10) + p * (b * b * 3);")]
        [InlineData("{ double s = 0; for (int i = 0; i < 3; i++) s += p * (b * 10) + p * (b * b * 3); return s / 3; }")]
        public void Float_parameter_read_in_a_double_method(string body)
        {
            string source = "using System;\nusing DiffGen;\nnamespace Review\n{\npublic static partial class C\n{\n"
                + "[Differentiable(\"b\")] public static double F(float p, double b) " + body + "\n"
                + "public static double Gradient(float p, double b, out double dB) => FGradient(p, b, out dB);\n}\n}\n";
            CSharpCompilation input = GeneratorHarness.Compile(source);
            GeneratorRun run = GeneratorHarness.Run(input);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the wrapper");
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            const float P = -1.242f;
            foreach (double b in new[] { -0.492, 0.37, 1.9 })
            {
                object[] arguments = { P, b, 0.0 };
                double value = (double)type.GetMethod("Gradient")!.Invoke(null, arguments)!;
                double dB = (double)arguments[2];
                double method = (double)type.GetMethod("F")!.Invoke(null, new object[] { P, b })!;
                double expected = (10 * (double)P) + (6 * b * (double)P);
                Assert.True(Math.Abs(value - method) <= 1e-14 * Math.Abs(method), "value: F gives " + method + ", FGradient " + value + "\n" + run.SourceFor("F"));
                Assert.True(Math.Abs(dB - expected) <= 1e-14 * Math.Abs(expected), "dB: expected " + expected + ", got " + dB + "\n" + run.SourceFor("F"));
            }
        }

        // Was uncompilable generated code (CS0266), found checking the float parameter's fix: a double parameter of a float
        // method with loops was read bare, float s += 10f * q * b. It is now read through a copy made first, float q2 =
        // (float)q;, as the source converts it (a method without loops already cast it, (float)q).
        [Theory]
        [InlineData("=> (float)q * (b * 10) + (float)q * (b * b * 3);")]
        [InlineData("{ float s = 0; for (int i = 0; i < 3; i++) s += (float)q * (b * 10) + (float)q * (b * b * 3); return s / 3; }")]
        public void Double_parameter_read_in_a_float_method(string body)
        {
            string source = "using System;\nusing DiffGen;\nnamespace Review\n{\npublic static partial class C\n{\n"
                + "[Differentiable] public static float F(double q, float b) " + body + "\n"
                + "public static float Gradient(double q, float b, out float dQ, out float dB) => FGradient(q, b, out dQ, out dB);\n}\n}\n";
            CSharpCompilation input = GeneratorHarness.Compile(source);
            GeneratorRun run = GeneratorHarness.Run(input);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the wrapper");
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            const double Q = -1.242;
            foreach (float b in new[] { -0.492f, 0.37f, 1.9f })
            {
                object[] arguments = { Q, b, 0f, 0f };
                float value = (float)type.GetMethod("Gradient")!.Invoke(null, arguments)!;
                float method = (float)type.GetMethod("F")!.Invoke(null, new object[] { Q, b })!;
                double q = (float)Q;
                double expectedQ = (10 * b) + (3 * b * b), expectedB = (10 * q) + (6 * b * q);
                Assert.True(Math.Abs(value - method) <= 1e-5 * Math.Abs(method), "value: F gives " + method + ", FGradient " + value + "\n" + run.SourceFor("F"));
                Assert.True(Math.Abs((float)arguments[2] - expectedQ) <= 1e-5 * Math.Abs(expectedQ), "dQ: expected " + expectedQ + ", got " + arguments[2] + "\n" + run.SourceFor("F"));
                Assert.True(Math.Abs((float)arguments[3] - expectedB) <= 1e-5 * Math.Abs(expectedB), "dB: expected " + expectedB + ", got " + arguments[3] + "\n" + run.SourceFor("F"));
            }
        }
    }
}
