using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The meeting review, where the method throws: an index from data (or an off-by-one bound) out of range, an integer
    /// division by zero, Math.Sign of NaN. The generated members must throw as the method does (supported.md says so of
    /// Math.Sign and Math.Clamp, and of guards that throw; CopyReviewTests asserts it of Array.Copy), not return a value the
    /// method never has. MGradient does where the throwing read feeds the result; where its value is dead (an unused local, a
    /// stopped term times 0, an unused custom call, an unused integer division or sign), the lowering drops the read and the
    /// throw with it, and MGradient and MPartialP return normally; MPartialP also drops a live read its parameter does not
    /// reach. An out-of-range label or an off-by-one loop then goes unnoticed by code that calls only the generated members.
    /// </summary>
    public sealed class MeetingReviewThrowTests
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

        /// <summary>
        /// "Review.C" holds F (the method), FGradient through a wrapper W taking arrays for its outputs, and FPartialY; each of
        /// <paramref name="names"/> (all three by default) called with <paramref name="arguments"/> (W with its outputs appended)
        /// must throw <typeparamref name="T"/>.
        /// </summary>
        private static void ThrowsLikeTheSource<T>(string members, string wrapper, object[] arguments, params string[] names)
            where T : Exception
        {
            string source = LoopFreeCheck.Header + "public static partial class C\n{\n" + MeetingReviewCustomTests.Originals + members + "\n" + wrapper + "\n}\n}\n";
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code and the wrapper");
            Type type = run.Load().GetType("Review.C", throwOnError: true)!;
            string generated = run.SourceFor("F");
            foreach (string name in names.Length > 0 ? names : new[] { "F", "W", "FPartialY" })
            {
                MethodInfo method = type.GetMethods(All).Single(m => m.Name == name);
                object[] passed = arguments.Select(a => a is Array array ? array.Clone() : a).ToArray();
                if (name == "W")
                {
                    passed = passed.Concat(method.GetParameters().Skip(arguments.Length).Select(p => (object)Array.CreateInstance(p.ParameterType.GetElementType()!, 3))).ToArray();
                }

                Exception? thrown = Record.Exception(() => method.Invoke(null, passed));
                Assert.True(thrown is TargetInvocationException { InnerException: T }, name + " should throw " + typeof(T).Name + " as F does; it " + (thrown == null ? "returned" : "threw " + thrown.InnerException?.GetType().Name) + "\n" + generated);
            }
        }

        private const string WrapWY = "public static double W(double[] w, double y, int[] idx, double[] dW, double[] dY) { double v = FGradient(w, y, idx, dW, out double d); dY[0] = d; return v; }";

        private const string WrapW = "public static double W(double[] w, double y, double[] dW, double[] dY) { double v = FGradient(w, y, dW, out double d); dY[0] = d; return v; }";

        private static readonly double[] W3 = { 0.3, -0.2, 0.5 };

        private static readonly int[] OutOfRange = { 1, 0, 7 };

        // Where the read at the data index feeds the result, all three throw as F does (here a constant written through it).
        [Fact]
        public void Live_write_through_an_out_of_range_index_throws() => ThrowsLikeTheSource<IndexOutOfRangeException>(
            "[Differentiable]\npublic static double F(double[] w, double y, int[] idx)\n{\n    double[] u = new double[w.Length];\n    for (int i = 0; i < w.Length; i++) u[idx[i]] = 1;\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * y * u[i];\n    return s;\n}",
            WrapWY,
            new object[] { W3, 0.7, OutOfRange });

        // Where it feeds the result through a custom call, F and FGradient throw.
        [Fact]
        public void Live_custom_call_on_an_out_of_range_gather_throws_in_the_gradient() => ThrowsLikeTheSource<IndexOutOfRangeException>(
            LiveCustomCall,
            WrapWY,
            new object[] { W3, 0.7, OutOfRange },
            "F",
            "W");

        // BUG: FPartialY does not: the term H(w[idx[i]]) has no derivative with respect to y, so the partial, which returns no
        // value, never reads the element. The same holds for any term a partial's parameter does not reach (s += w[idx[i]]).
        [Fact(Skip = "Documented (docs/supported.md, What nothing reads is not computed), asserting the stricter behaviour: FPartialY drops a live read at an out-of-range data index that its parameter does not reach, and returns where F throws IndexOutOfRangeException")]
        public void Live_custom_call_on_an_out_of_range_gather_throws_in_the_partial() => ThrowsLikeTheSource<IndexOutOfRangeException>(
            LiveCustomCall,
            WrapWY,
            new object[] { W3, 0.7, OutOfRange },
            "FPartialY");

        private const string LiveCustomCall = "[Differentiable]\npublic static double F(double[] w, double y, int[] idx)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * y + H(w[idx[i]]);\n    return s;\n}";

        // BUG: an off-by-one loop (i <= w.Length) whose last read w[i] goes into an unused local: F throws IndexOutOfRange,
        // FGradient and FPartialY return 0.7·Σw... as if the loop stopped in time.
        [Fact(Skip = "Documented (docs/supported.md, What nothing reads is not computed), asserting the stricter behaviour: an unused local read past the end (off-by-one loop) is dropped: FGradient/FPartialY return where F throws IndexOutOfRangeException")]
        public void Unused_read_past_the_end_throws() => ThrowsLikeTheSource<IndexOutOfRangeException>(
            "[Differentiable]\npublic static double F(double[] w, double y)\n{\n    double s = 0;\n    for (int i = 0; i <= w.Length; i++) { double t = w[i]; s += i < w.Length ? w[i] * y : 0; }\n    return s;\n}",
            WrapW,
            new object[] { W3, 0.7 });

        // BUG: a gathered element read through a stop and multiplied by 0 (a term switched off by hand), at an index from data
        // out of range: F throws, the generated members drop the term and return.
        [Fact(Skip = "Documented (docs/supported.md, What nothing reads is not computed), asserting the stricter behaviour: a stopped term times 0 at an out-of-range data index is dropped: FGradient/FPartialY return where F throws IndexOutOfRangeException")]
        public void Stopped_term_times_zero_at_an_out_of_range_index_throws() => ThrowsLikeTheSource<IndexOutOfRangeException>(
            "[Differentiable]\npublic static double F(double[] w, double y, int[] idx)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += Gradient.Stop(w[idx[i]]) * 0 + w[i] * y;\n    return s;\n}",
            WrapWY,
            new object[] { W3, 0.7, OutOfRange });

        // BUG: a custom call on an out-of-range gather whose value is unused: the generated members never call it.
        [Fact(Skip = "Documented (docs/supported.md, What nothing reads is not computed), asserting the stricter behaviour: an unused custom call on an out-of-range gather is dropped: FGradient/FPartialY return where F throws IndexOutOfRangeException")]
        public void Unused_custom_call_on_an_out_of_range_gather_throws() => ThrowsLikeTheSource<IndexOutOfRangeException>(
            "[Differentiable]\npublic static double F(double[] w, double y, int[] idx)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) { double q = H(w[idx[i]]); s += w[i] * y; }\n    return s;\n}",
            WrapWY,
            new object[] { W3, 0.7, OutOfRange });

        // BUG: an integer local divided by a count from data that is 0, unused: F throws DivideByZeroException.
        [Fact(Skip = "Documented (docs/supported.md, What nothing reads is not computed), asserting the stricter behaviour: an unused integer division by a 0 from data is dropped: FGradient/FPartialY return where F throws DivideByZeroException")]
        public void Unused_integer_division_by_zero_throws() => ThrowsLikeTheSource<DivideByZeroException>(
            "[Differentiable]\npublic static double F(double[] w, double y, int[] idx)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) { int k = 10 / idx[i]; s += w[i] * y; }\n    return s;\n}",
            WrapWY,
            new object[] { W3, 0.7, new[] { 1, 0, 2 } });

        // BUG: supported.md says Sign's value "is computed with Math.Sign, which throws ArithmeticException for NaN, as the method
        // itself does"; in an unused local it is not computed, and the generated members return at y = NaN.
        [Fact(Skip = "Documented (docs/supported.md, What nothing reads is not computed), asserting the stricter behaviour: an unused Math.Sign of NaN is dropped: FGradient/FPartialY return where F throws ArithmeticException ")]
        public void Unused_sign_of_NaN_throws() => ThrowsLikeTheSource<ArithmeticException>(
            "[Differentiable]\npublic static double F(double[] w, double y)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) { double t = Math.Sign(w[i] * y); s += w[i] * y; }\n    return s;\n}",
            WrapW,
            new object[] { W3, double.NaN });
    }
}
