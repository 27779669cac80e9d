using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Session 18's review of the recomputed iteration that leaves out writes nothing reads (Analysis/UnreadReplays): reads
    /// after a write hidden in ifs, nested loops, calls and loop tests; several writes of one element; writes in loops of
    /// varying bounds and while loops; elements standing for exp/sqrt/1/x. Each against Richardson differences, or declined.
    /// </summary>
    public sealed class Session18ReviewTests
    {
        /// <summary>Declined with an error, or generated and right against Richardson differences.</summary>
        internal static void CheckOrDeclined(ArrayCase c)
        {
            if (!GeneratorHarness.Analyze(CompiledCase.SourceOf(c)).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                ArrayGradientTests.Check(c);
            }
        }

        /// <summary>Declined with DIFF015's message for an element read the same iteration overwrites (a needless decline: the LMS update in an if, a while loop or before a break).</summary>
        internal static void DeclinedAsOverwritten(ArrayCase c)
        {
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == "DIFF015") && diagnostics.Any(d => d.GetMessage().StartsWith("Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet", StringComparison.Ordinal)),
                c.Name + ": got\n" + string.Join("\n", diagnostics));
        }

        private static object[] Lms(Random r, int n) => new object[] { Uniform(r, 0, 0.2), Vector(r, 3), Vector(r, n + 1) };

        private const string Prologue = "    int m = w0.Length;\n    double[] w = new double[m];\n    for (int k = 0; k < m; k++)\n    {\n        w[k] = w0[k];\n    }\n\n    double sse = 0;\n";

        private static ArrayCase LmsCase(string name, string iteration, string after = "") => new ArrayCase(name,
            "[Differentiable]\npublic static double " + name + "(double mu, double[] w0, double[] x)\n{\n" + Prologue
            + "    for (int t = 0; t < x.Length; t++)\n    {\n        double y = 0;\n        for (int k = 0; k < m; k++)\n        {\n            y += w[k] * x[(t + k) % x.Length];\n        }\n\n        double e = Math.Sin(t) - y;\n        sse += e * e;\n"
            + iteration + "    }\n" + after + "\n    return sse;\n}\n", Lms);

        // Two updates of each element in one iteration, both read by nothing after.
        [Fact]
        public void Two_updates_of_each_element() => CheckOrDeclined(LmsCase("S18TwoUpdates",
            "        for (int k = 0; k < m; k++)\n        {\n            w[k] += mu * e * x[(t + k) % x.Length];\n        }\n\n        for (int k = 0; k < m; k++)\n        {\n            w[k] -= mu * mu * e * e * x[(t + k + 1) % x.Length];\n        }\n"));

        // The same element updated twice in one statement block.
        [Fact]
        public void Same_element_twice_in_one_loop() => CheckOrDeclined(LmsCase("S18SameTwice",
            "        for (int k = 0; k < m; k++)\n        {\n            w[k] += mu * e * x[(t + k) % x.Length];\n            w[k] += mu * e * e;\n        }\n"));

        // A read after the write hidden in an if's test.
        [Fact]
        public void Read_in_an_if_test_after_the_update() => CheckOrDeclined(LmsCase("S18ReadInIf",
            "        for (int k = 0; k < m; k++)\n        {\n            w[k] += mu * e * x[(t + k) % x.Length];\n        }\n\n        if (w[0] > 0)\n        {\n            sse += e * x[t];\n        }\n"));

        // A read after the write hidden in a nested loop's own test.
        [Fact]
        public void Read_in_a_nested_loop_after_the_update() => CheckOrDeclined(LmsCase("S18ReadNested",
            "        for (int k = 0; k < m; k++)\n        {\n            w[k] += mu * e * x[(t + k) % x.Length];\n        }\n\n        for (int j = 0; j < 2; j++)\n        {\n            if (j == 1)\n            {\n                for (int k = 0; k < m; k++)\n                {\n                    sse += 0.1 * w[k] * w[k];\n                }\n            }\n        }\n"));

        // Needless declines (older than UnreadReplays): the LMS update in a while loop is DIFF015 "Reading an element of the local
        // array 'w' into a value that the same loop iteration overwrites afterwards is not supported yet" (at y += w[k] * x[...]);
        // the same update in a for loop is generated and right, and so, since the twentieth session, is the update inside an if
        // on the error (the forward sweep keeps the test's outcome per iteration).
        [Fact]
        public void Update_inside_an_if() => ArrayGradientTests.Check(LmsCase("S18UpdateInIf",
            "        if (e > -0.5)\n        {\n            for (int k = 0; k < m; k++)\n            {\n                w[k] += mu * e * x[(t + k) % x.Length];\n            }\n        }\n"));

        // Read since the nineteenth session: the break comes after the iteration's writes (ArrayOverwrites.LeavesBefore).
        [Fact]
        public void Update_then_break_on_a_scalar() => ArrayGradientTests.Check(LmsCase("S18UpdateBreak",
            "        for (int k = 0; k < m; k++)\n        {\n            w[k] += mu * e * x[(t + k) % x.Length];\n        }\n\n        if (sse > 20)\n        {\n            break;\n        }\n"));

        // Inner loops whose bounds vary with the iteration, and a while loop.
        [Fact]
        public void Update_in_a_loop_of_varying_bound() => CheckOrDeclined(LmsCase("S18VaryingBound",
            "        for (int k = 0; k < 1 + t % m; k++)\n        {\n            w[k] += mu * e * x[(t + k) % x.Length];\n        }\n"));

        [Fact]
        public void Update_in_a_while_loop() => DeclinedAsOverwritten(LmsCase("S18WhileUpdate",
            "        int q = 0;\n        while (q < m)\n        {\n            w[q] += mu * e * x[(t + q) % x.Length];\n            q += 1 + t % 2;\n        }\n"));

        [Fact]
        public void Update_in_a_do_loop_and_a_nested_pair() => CheckOrDeclined(LmsCase("S18NestedUpdate",
            "        for (int a = 0; a < 2; a++)\n        {\n            for (int k = a; k < m; k++)\n            {\n                w[k] += mu * e * x[(t + k + a) % x.Length];\n            }\n        }\n"));

        // An element write reading another element (not just adding to its own).
        [Fact]
        public void Update_reading_another_element() => CheckOrDeclined(LmsCase("S18OtherElement",
            "        for (int k = 1; k < m; k++)\n        {\n            w[k] += mu * e * w[k - 1];\n        }\n"));

        [Fact]
        public void Update_scaling_its_element() => CheckOrDeclined(LmsCase("S18Scaling",
            "        for (int k = 0; k < m; k++)\n        {\n            w[k] = w[k] * (1 - mu * e * e) + mu * e * x[(t + k) % x.Length];\n        }\n"));

        // A second array written from the first after its update; the first read there.
        [Fact]
        public void Second_array_copies_the_updated_one() => CheckOrDeclined(new ArrayCase("S18Copy", """
            [Differentiable]
            public static double S18Copy(double mu, double[] w0, double[] x)
            {
                int m = w0.Length;
                double[] w = new double[m];
                double[] v = new double[m];
                for (int k = 0; k < m; k++)
                {
                    w[k] = w0[k];
                }

                double sse = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    double y = 0;
                    for (int k = 0; k < m; k++)
                    {
                        y += (w[k] + v[k]) * x[(t + k) % x.Length];
                    }

                    double e = Math.Sin(t) - y;
                    sse += e * e;
                    for (int k = 0; k < m; k++)
                    {
                        w[k] += mu * e * x[(t + k) % x.Length];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        v[k] += 0.5 * mu * e;
                    }
                }

                return sse;
            }
            """, Lms));

        // Elements written as exp/sqrt/1/x of the iteration's values (their derivatives may stand for the element), read only in the next iteration.
        [Theory]
        [InlineData("Math.Exp(a * x[t])")]
        [InlineData("Math.Sqrt(1 + a * a * x[t] * x[t])")]
        [InlineData("1 / (1.5 + a * x[t])")]
        [InlineData("Math.Tanh(a * x[t] + k)")]
        public void Element_standing_for_its_value_read_next_iteration(string value) => CheckOrDeclined(new ArrayCase("S18Stands", """
            [Differentiable]
            public static double S18Stands(double a, double[] x)
            {
                double[] h = new double[3];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < 3; k++)
                    {
                        s += h[k] * x[t] * (k + 1);
                    }

                    for (int k = 0; k < 3; k++)
                    {
                        h[k] = VALUE;
                    }
                }

                return s;
            }
            """.Replace("VALUE", value, StringComparison.Ordinal), (r, n) => new object[] { Uniform(r, 0.1, 0.4), Vector(r, n, -1, 1) }));

        // An accumulated element whose term is exp of the iteration's value, read only before the write next iteration.
        [Fact]
        public void Accumulated_exp_read_next_iteration() => CheckOrDeclined(new ArrayCase("S18AccExp", """
            [Differentiable]
            public static double S18AccExp(double a, double[] x)
            {
                double[] h = new double[2];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    s += Math.Sin(h[0]) * x[t] + h[1] * h[1];
                    h[t % 2] += Math.Exp(a * x[t]);
                    h[(t + 1) % 2] -= a * h.Length;
                }

                return s;
            }
            """, (r, n) => new object[] { Uniform(r, 0.1, 0.4), Vector(r, n, -1, 1) }));

        // A [Differentiable] callee reading the array after the update.
        [Fact]
        public void Call_passing_the_array_after_the_update() => CheckOrDeclined(new ArrayCase("S18Call", """
            [Differentiable]
            public static double S18Dot(double[] u, double[] v)
            {
                double d = 0;
                for (int k = 0; k < u.Length; k++)
                {
                    d += u[k] * v[k];
                }

                return d;
            }

            [Differentiable]
            public static double S18Call(double mu, double[] w0, double[] x)
            {
                int m = w0.Length;
                double[] w = new double[m];
                for (int k = 0; k < m; k++)
                {
                    w[k] = w0[k];
                }

                double sse = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    double y = 0;
                    for (int k = 0; k < m; k++)
                    {
                        y += w[k] * x[(t + k) % x.Length];
                    }

                    double e = Math.Sin(t) - y;
                    sse += e * e;
                    for (int k = 0; k < m; k++)
                    {
                        w[k] += mu * e * x[(t + k) % x.Length];
                    }

                    sse += 0.1 * S18Dot(w, w);
                }

                return sse;
            }
            """, Lms));

        // The update in a while loop over t, the read of the array at the loop's top.
        [Fact]
        public void Outer_while_loop() => CheckOrDeclined(new ArrayCase("S18OuterWhile", """
            [Differentiable]
            public static double S18OuterWhile(double mu, double[] w0, double[] x)
            {
                int m = w0.Length;
                double[] w = new double[m];
                for (int k = 0; k < m; k++)
                {
                    w[k] = w0[k];
                }

                double sse = 0;
                int t = 0;
                while (t < x.Length)
                {
                    double y = 0;
                    for (int k = 0; k < m; k++)
                    {
                        y += w[k] * x[(t + k) % x.Length];
                    }

                    double e = Math.Cos(t) - y;
                    sse += e * e;
                    for (int k = 0; k < m; k++)
                    {
                        w[k] += mu * e * x[(t + k) % x.Length];
                    }

                    t++;
                }

                return sse;
            }
            """, Lms));
    }
}
