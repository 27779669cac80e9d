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
    /// Review of f5c0906 (Clone, [.. x], Array.Copy and Array.Fill of local arrays read as loops): copies re-made each
    /// iteration, in branches and nested loops, with offsets from loop indices, of spans, then swapped; fills of calls and of
    /// changing scalars; the fill's value read once (Array.Fill) against the loop's value read at every element; the throws
    /// of the library's argument checks. Each against Richardson differences, or asserted declined, or skipped with a repro.
    /// </summary>
    public sealed class CopyReviewTests
    {
        private static object[] XA(Random r, int n) => new object[] { Vector(r, n), Uniform(r, 0.5, 1.5) };

        /// <summary>A method <paramref name="name"/>(x, a) (or of <paramref name="signature"/>) with <paramref name="body"/>, sizes 3, 4 and 6.</summary>
        internal static ArrayCase A(string name, string body, string signature = "double[] x, double a") =>
            new ArrayCase(name, "[Differentiable]\npublic static double " + name + "(" + signature + ")\n{\n" + body + "\n}\n", XA) { Sizes = new[] { 3, 4, 6 } };

        private static void DeclinedWith(ArrayCase c, string id, string start)
        {
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) && diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).All(d => d.Id == id) && diagnostics.Any(d => d.GetMessage().StartsWith(start, StringComparison.Ordinal)),
                c.Name + ": expected " + id + " '" + start + " ...', got:\n" + string.Join("\n", diagnostics));
        }

        /// <summary>The source throws at size 3 (an argument check of Array.Copy/Fill); so must the gradient, not return a value.</summary>
        private static void ThrowsLikeTheSource(ArrayCase c)
        {
            CompiledCase compiled = CompiledCase.For(c);
            object[] point = { new[] { 0.3, -0.7, 1.1 }, 0.8 };
            Assert.ThrowsAny<Exception>(() => compiled.Value(point));
            object[] outputs = compiled.NewOutputs(point, fill: 0);
            Assert.ThrowsAny<Exception>(() => compiled.Gradient(point, outputs));
        }

        // ---- Generated and right ----

        [Fact]
        public void FillInLoop() => ArrayGradientTests.Check(A("CrP03FillInLoop", "double[] u = new double[x.Length];\ndouble s = 0;\nfor (int t = 0; t < 3; t++)\n{\n    Array.Fill(u, a * t + x[0]);\n    for (int i = 0; i < u.Length; i++) { u[i] = u[i] * x[i] + a; s += u[i] * u[i]; }\n}\nreturn s;"));

        [Fact]
        public void CopyEachIter() => ArrayGradientTests.Check(A("CrP04CopyEachIter", "double[] u = (double[])x.Clone();\ndouble[] prev = new double[u.Length];\nfor (int t = 0; t < 4; t++)\n{\n    Array.Copy(u, prev, u.Length);\n    for (int i = 0; i < u.Length; i++) u[i] = Math.Tanh(a * prev[i] + prev[(i + 1) % u.Length]);\n}\ndouble s = 0;\nfor (int i = 0; i < u.Length; i++) s += u[i] * prev[i];\nreturn s;"));

        [Fact]
        public void CloneInLoop() => ArrayGradientTests.Check(A("CrP05CloneInLoop", "double[] u = (double[])x.Clone();\ndouble s = 0;\nfor (int t = 0; t < 3; t++)\n{\n    double[] c = (double[])u.Clone();\n    for (int i = 0; i < u.Length; i++) u[i] = c[i] * a + c[u.Length - 1 - i] * c[i];\n    s += c[0] * u[0];\n}\nreturn s + u[0];"));

        [Fact]
        public void CopyInBranch() => ArrayGradientTests.Check(A("CrP06CopyInBranch", "double[] u = new double[x.Length];\nif (a > 1) Array.Copy(x, u, x.Length); else Array.Fill(u, a * a);\ndouble s = 0;\nfor (int i = 0; i < u.Length; i++) s += u[i] * u[i] * a;\nreturn s;"));

        [Fact]
        public void CopyOffsetsLoop_is_declined() => DeclinedWith(A("CrP07CopyOffsetsLoop", "int n = x.Length;\ndouble[] buf = new double[n];\ndouble s = 0;\nfor (int t = 0; t < n; t++)\n{\n    Array.Copy(x, t, buf, 0, n - t);\n    for (int i = 0; i < n - t; i++) { buf[i] = buf[i] * a + t; s += buf[i] * buf[i]; }\n}\nreturn s;"), "DIFF014", "The call '");

        [Fact]
        public void NestedCopy_is_declined() => DeclinedWith(A("CrP08NestedCopy", "int n = x.Length;\ndouble[] u = (double[])x.Clone();\ndouble[] w = new double[n];\ndouble s = 0;\nfor (int t = 0; t < 2; t++)\n    for (int j = 0; j < n; j++)\n    {\n        Array.Copy(u, j, w, 0, n - j);\n        Array.Fill(w, a * u[j], n - j, j);\n        for (int i = 0; i < n; i++) u[i] = 0.5 * u[i] + 0.3 * w[i] * w[i];\n        s += u[j];\n    }\nreturn s;"), "DIFF014", "The call '");

        [Fact]
        public void SwapTemp() => ArrayGradientTests.Check(A("CrP10SwapTemp", "double[] u = (double[])x.Clone();\ndouble[] v = [.. x];\nfor (int t = 0; t < 3; t++)\n{\n    for (int i = 0; i < u.Length; i++) v[i] = a * u[i] + u[(i + 1) % u.Length] * u[i];\n    double[] tmp = u; u = v; v = tmp;\n}\nreturn u[0] + v[u.Length - 1];"));

        [Fact]
        public void TupleSwapOfClone() => ArrayGradientTests.Check(A("CrQ05TupleSwapOfClone", "double[] u = (double[])x.Clone();\ndouble[] v = new double[x.Length];\nfor (int t = 0; t < 3; t++)\n{\n    for (int i = 0; i < u.Length; i++) v[i] = a * u[i] + u[(i + 1) % u.Length] * u[i];\n    (u, v) = (v, u);\n}\nreturn u[0] + v[u.Length - 1];"));

        [Fact]
        public void SpreadSpan() => ArrayGradientTests.Check(A("CrP13SpreadSpan", "double[] u = [.. x];\nfor (int i = 0; i < u.Length; i++) u[i] *= a;\nreturn u[0] + x[0] * u[u.Length - 1];", "ReadOnlySpan<double> x, double a"));

        [Fact]
        public void LongCount() => ArrayGradientTests.Check(A("CrP19LongCount", "double[] u = new double[x.Length];\nArray.Copy(x, u, (long)x.Length);\nfor (int i = 0; i < u.Length; i++) u[i] *= a;\nreturn u[0] * u[0];"));

        [Fact]
        public void FreshK() => ArrayGradientTests.Check(A("CrP21FreshK", "double[] u = (double[])x.Clone();\nint k = 1;\ndouble k0 = a;\nArray.Fill(u, k0 * k, 0, k);\ndouble s = 0;\nfor (int i = 0; i < u.Length; i++) s += u[i] * u[i] + k;\nreturn s;"));

        [Fact]
        public void FillCall() => ArrayGradientTests.Check(A("CrP22FillCall", "double[] u = new double[x.Length];\nArray.Fill(u, Math.Exp(a * x[0]));\ndouble s = 0;\nfor (int i = 0; i < u.Length; i++) { u[i] += x[i] * u[i]; s += u[i]; }\nreturn s;"));

        [Fact]
        public void CopySourceModified() => ArrayGradientTests.Check(A("CrP23CopySourceModified", "double[] h = new double[x.Length];\nfor (int i = 0; i < h.Length; i++) h[i] = x[i] * a;\ndouble[] c = [.. h];\nfor (int i = 0; i < h.Length; i++) h[i] = h[i] * h[i] + c[i];\ndouble s = 0;\nfor (int i = 0; i < h.Length; i++) s += h[i] * c[i];\nreturn s;"));

        [Fact]
        public void CloneVarAndAs() => ArrayGradientTests.Check(A("CrP24CloneVarAndAs", "var u = (double[])x.Clone();\nvar v = x.Clone() as double[];\nfor (int i = 0; i < u.Length; i++) u[i] *= a;\nreturn u[0] + v![0];"));

        [Fact]
        public void FillInLoopOfAChangingScalar() => ArrayGradientTests.Check(A("CrP25FillInLoopOfAChangingScalar", "double[] u = new double[x.Length];\ndouble c = a;\nfor (int t = 0; t < 3; t++)\n{\n    Array.Fill(u, c);\n    c = c * u[0] + x[t % x.Length];\n}\nreturn c + u[0];"));

        [Fact]
        public void FillReadingItsLastElement() => ArrayGradientTests.Check(A("CrP27FillReadingItsLastElement", "double[] u = (double[])x.Clone();\nArray.Fill(u, u[u.Length - 1] + 1, 0, u.Length);\ndouble s = 0;\nfor (int i = 0; i < u.Length; i++) s += u[i] * a;\nreturn s;"));

        [Fact]
        public void CopyBackAndForth() => ArrayGradientTests.Check(A("CrP28CopyBackAndForth", "double[] u = (double[])x.Clone();\ndouble[] v = new double[x.Length];\nArray.Copy(u, v, u.Length);\nv[0] = a;\nArray.Copy(v, u, v.Length);\nreturn u[0] * x[0] + v[0];"));

        [Fact]
        public void SpreadIntoReadOnlySpan() => ArrayGradientTests.Check(A("CrP29SpreadIntoReadOnlySpan", "ReadOnlySpan<double> u = [.. x];\nreturn u[0] * a;"));

        [Fact]
        public void FillWithAnInt() => ArrayGradientTests.Check(A("CrP30FillWithAnInt", "double[] u = new double[x.Length];\nArray.Fill(u, 2);\nreturn u[0] * a;"));

        [Fact]
        public void NoLoops() => ArrayGradientTests.Check(A("CrQ07NoLoops", "double[] u = (double[])x.Clone();\nu[0] *= a;\nArray.Fill(u, a * x[0], 1, 1);\nreturn u[0] + u[1] * x[0];"));

        [Fact]
        public void GradientDescent() => ArrayGradientTests.Check(A("CrR01GradientDescent", "double[] w = (double[])x.Clone();\nfor (int t = 0; t < 25; t++)\n    for (int i = 0; i < w.Length; i++) w[i] -= 0.1 * (2 * (w[i] - a) + 0.3 * w[i] * w[i] * w[i]);\ndouble s = 0;\nfor (int i = 0; i < w.Length; i++) s += w[i] * w[i] * (i + 1);\nreturn s;"));

        [Fact]
        public void CopyFromLoopShiftedOffset_is_declined() => DeclinedWith(A("CrR02CopyFromLoopShiftedOffset", "int n = x.Length;\ndouble[] u = (double[])x.Clone();\ndouble[] v = new double[n];\nfor (int t = 0; t < 3; t++)\n{\n    Array.Copy(u, 1, v, 0, n - 1);\n    Array.Copy(u, 0, v, n - 1, 1);\n    for (int i = 0; i < n; i++) u[i] = a * v[i] + 0.5 * u[i] * v[i];\n}\nreturn u[0] + u[n - 1];"), "DIFF014", "The call '");

        // A float method: Clone, [.. x], Fill and Copy of float arrays.
        [Fact]
        public void Float_arrays() =>
            ReviewCheck.Arrays("[Differentiable] public static float F(float[] x, float a)\n{\n    float[] u = (float[])x.Clone();\n    float[] v = new float[x.Length];\n    Array.Fill(v, a * 0.5f);\n    Array.Copy(u, 0, v, 1, 2);\n    float[] c = [.. v];\n    float s = 0;\n    for (int t = 0; t < 2; t++)\n        for (int i = 0; i < u.Length; i++) { u[i] = u[i] * v[i] * a + c[i]; s += u[i] * u[i]; }\n    return s;\n}\npublic static float W(float[] x, float a, float[] dX, float[] dA) { float v = FGradient(x, a, dX, out float d); dA[0] = d; return v; }", "F",
                new object[] { new[] { 0.4, -1.2, 0.9 }, 0.6 }, new object[] { new[] { 1.7, 0.3, -0.45, 0.2 }, -0.8 });

        // Copies and fills whose counts or starts are computed (t, n - t, j) are declined since the eighteenth session's fix of the
        // argument checks below (DIFF014): a loop of no iteration would not throw where the call does; they were read right.

        // ---- Argument checks: the source throws; the gradient must not return a value (declined now: DIFF014, a count that is not
        // a length or a constant, a start that is not a constant, as the loop would not throw where the call does) ----

        [Fact]
        public void Copy_of_a_negative_count_is_declined() => DeclinedWith(A("CrNegativeCopy", "double[] u = new double[x.Length];\nArray.Copy(x, u, x.Length - 4);\nreturn u[0] * a;"), "DIFF014", "The call '");

        [Fact]
        public void Fill_of_a_negative_count_is_declined() => DeclinedWith(A("CrNegativeFill", "double[] u = (double[])x.Clone();\nArray.Fill(u, a, 0, x.Length - 4);\nreturn u[0] * a;"), "DIFF014", "The call '");

        [Fact]
        public void Fill_of_nothing_past_the_end_is_declined() => DeclinedWith(A("CrFillPastEnd", "double[] u = (double[])x.Clone();\nArray.Fill(u, a, x.Length + 1, 0);\nreturn u[0] * a;"), "DIFF014", "The call '");

        [Fact]
        public void Copy_of_nothing_past_the_end_is_declined() => DeclinedWith(A("CrCopyPastEnd", "double[] u = new double[x.Length];\nArray.Copy(x, x.Length + 2, u, 0, 0);\nreturn u[0] * a + x[0];"), "DIFF014", "The call '");

        [Fact]
        public void Copy_beyond_the_destination_throws() => ThrowsLikeTheSource(A("CrCopyBeyond", "double[] u = new double[x.Length - 1];\nArray.Copy(x, u, x.Length);\nreturn u[0] * a;"));

        // ---- Declined, rightly ----

        // Aliases of a local or a parameter: Array.Copy onto an alias would overlap; a Fill through an alias writes a parameter.
        [Fact]
        public void Copy_onto_an_alias_is_declined() => DeclinedWith(A("CrAliasOverlap", "double[] u = (double[])x.Clone();\ndouble[] b = u;\nArray.Copy(u, 0, b, 1, u.Length - 1);\ndouble s = 0;\nfor (int i = 0; i < u.Length; i++) s += u[i] * (i + a);\nreturn s;"), "DIFF015", "The local 'b' of type 'double[]' is not supported yet");

        [Fact]
        public void Fill_of_an_alias_of_a_parameter_is_declined() => DeclinedWith(A("CrAliasParam", "double[] u = x;\nArray.Fill(u, a, 0, 1);\ndouble s = 0;\nfor (int i = 0; i < x.Length; i++) s += x[i] * x[i];\nreturn s;"), "DIFF015", "The local 'u' of type 'double[]' is not supported yet");

        // Bounds and starts read from the array the copy or fill writes (the loop would re-read them).
        [Fact]
        public void Fill_whose_start_reads_the_filled_array_is_declined() => DeclinedWith(A("CrFillStartStop", "double[] u = (double[])x.Clone();\nu[0] = 1;\nArray.Fill(u, a, (int)Gradient.Stop(u[0]) - 1, 2);\nreturn u[0] + u[1] * x[0] + u[2];"), "DIFF014", "The call '");

        [Fact]
        public void Fill_whose_count_reads_the_filled_array_is_declined() => DeclinedWith(A("CrFillCountStop", "double[] u = (double[])x.Clone();\nu[1] = 3;\nArray.Fill(u, a, 0, (int)Gradient.Stop(u[1]));\nreturn u[0] + u[1] * x[0] + u[2];"), "DIFF014", "The call '");

        [Fact]
        public void Copy_whose_count_reads_the_destination_is_declined() => DeclinedWith(A("CrCopyCountStop", "double[] u = new double[x.Length];\nu[0] = 3;\nArray.Copy(x, 0, u, 0, (int)Gradient.Stop(u[0]));\nreturn u[0] * a + u[1] * x[0] + u[2];"), "DIFF014", "The call '");

        // ---- Declined needlessly (today's diagnostic asserted) ----

        // Array CopyTo: the same copy as Array.Copy, read as its loop since the eighteenth session; a span's CopyTo stays DIFF014
        // "made for its side effects".
        [Fact]
        public void Array_CopyTo() => ArrayGradientTests.Check(A("CrCopyTo", "double[] u = new double[x.Length];\nx.CopyTo(u, 0);\nfor (int i = 0; i < u.Length; i++) u[i] *= a;\nreturn u[0] * u[0];"));

        [Fact]
        public void Span_CopyTo_a_stackalloc_is_declined() => DeclinedWith(A("CrSpanCopyTo", "Span<double> u = stackalloc double[x.Length];\nx.CopyTo(u);\nfor (int i = 0; i < u.Length; i++) u[i] *= a;\nreturn u[0] * u[0];"), "DIFF014", "The call 'x.CopyTo(u)' is made for its side effects");

        // [.. x, a]: a copy and one more element.
        [Fact]
        public void Spread_and_an_element_is_declined() => DeclinedWith(A("CrSpreadTwo", "double[] u = [.. x, a];\nreturn u[0] * u[u.Length - 1];"), "DIFF015", "The local 'u' of type 'double[]' is not supported yet: a local array is made in its declaration");

        // ---- The fill's value read once (it was read again at every element: fixed, the value is kept in a local first) ----

        // Array.Fill evaluates its value once; the loop it was lowered to re-read u[0] after writing u[0].
        // x = {1.119, -1.535}, a = 0.722: expected 5.525 (u = {1.842, 1.842}), got 6.970 (u = {1.842, 2.564}).
        [Fact]
        public void Fill_with_a_value_reading_the_filled_array() => ArrayGradientTests.Check(A("CrFillSelf", "double[] u = (double[])x.Clone();\nArray.Fill(u, u[0] + a);\ndouble s = 0;\nfor (int i = 0; i < u.Length; i++) s += u[i] * (i + 1);\nreturn s;"));

        [Fact]
        public void Fill_of_a_range_with_a_product_reading_the_filled_array() => ArrayGradientTests.Check(A("CrFillSelfProd", "double[] u = [.. x];\nArray.Fill(u, u[0] * a, 0, u.Length);\ndouble s = 0;\nfor (int i = 0; i < u.Length; i++) s += u[i] * (i + 1);\nreturn s;"));

        [Fact]
        public void Fill_with_a_halved_value_reading_the_filled_array() => ArrayGradientTests.Check(A("CrFillHalfSelf", "double[] u = (double[])x.Clone();\nArray.Fill(u, 0.5 * u[0] + a);\nreturn u[0] + u[1] * x[0] + u[2];"));
    }
}
