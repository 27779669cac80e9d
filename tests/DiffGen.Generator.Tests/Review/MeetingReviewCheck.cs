using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The checks of the meeting review (<c>MeetingReview*Tests</c>): features meeting inside loops and arrays. Each case is an
    /// <see cref="ArrayCase"/> (a method of <c>Tests.Cases</c>, compiled with the generator and called through the catalog's
    /// adapter, so spans, integer arrays and out scalars all pass), kept out of the catalog so that the review stands alone.
    /// Every point is checked as the catalog checks it, and more: the outputs start as NaN; MGradient returns the method's value
    /// and leaves its inputs alone; called a second time on the same outputs (now holding the first call's gradient) it gives the
    /// same gradient, since the docs promise that it clears its outputs before it adds into them; an output one element longer or
    /// shorter than its array throws <see cref="ArgumentException"/>; each MPartialP agrees with the gradient's entry.
    /// </summary>
    internal static class MeetingReviewCheck
    {
        /// <summary>Cases of the review are named with this prefix, which no catalog case uses.</summary>
        public const string Prefix = "Mtg";

        /// <summary>
        /// Against central differences refined by Richardson extrapolation of the original method (of <paramref name="twin"/>, a
        /// double method with the same parameters, for a float case: the float method is checked against the double one at the
        /// float-rounded point).
        /// </summary>
        public static void Fd(ArrayCase c, ArrayCase? twin = null)
        {
            CompiledCase oracle = CompiledCase.For(twin ?? c);
            Run(c, (point, differentiated) =>
            {
                object[] at = Arguments.ToDouble(point);
                return differentiated.Select(p => p.Kind == ParameterKind.Scalar
                    ? (object)Richardson.Derivative(t => oracle.Value(Arguments.With(at, p.Position, t)), (double)at[p.Position])
                    : Enumerable.Range(0, ((double[])at[p.Position]).Length)
                        .Select(j => Richardson.Derivative(t => oracle.Value(Arguments.WithElement(at, p.Position, j, t)), ((double[])at[p.Position])[j]))
                        .ToArray()).ToArray();
            });
        }

        /// <summary>
        /// Against derivatives worked by hand (where Gradient.Stop makes finite differences no oracle): <paramref name="expected"/>
        /// gives, at a point (the arguments as the method takes them: float[] for a float case), one entry per differentiated
        /// parameter in parameter order, a double for a scalar and a double[] for an array.
        /// </summary>
        public static void ByHand(ArrayCase c, Func<object[], object[]> expected) => Run(c, (point, _) => expected(point));

        /// <summary>The float twin <paramref name="name"/> of a double case (its source may declare other float members first): the double case's points, sizes and check.</summary>
        public static ArrayCase FloatTwin(string name, ArrayCase twin, string source) =>
            new ArrayCase(name, source, twin.Arguments) { Sizes = twin.Sizes, Accept = twin.Accept, DoubleTwin = twin.Name };

        /// <summary>The analyzer declines the case: errors all <paramref name="id"/> (or one of <paramref name="others"/>), one message starting with <paramref name="start"/>; nothing is generated.</summary>
        public static void Declined(ArrayCase c, string id, string start, params string[] others)
        {
            string source = CompiledCase.SourceOf(c);
            var diagnostics = GeneratorHarness.Analyze(source);
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(
                errors.Count > 0 && errors.All(d => d.Id == id || others.Contains(d.Id)) && errors.Any(d => d.Id == id && d.GetMessage().StartsWith(start, StringComparison.Ordinal)),
                c.Name + ": expected " + id + " '" + start + " ...', got:\n" + string.Join("\n", diagnostics));
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("." + c.Name + "(", StringComparison.Ordinal));
        }

        private static void Run(ArrayCase c, Func<object[], CaseParameter[], object[]> expected)
        {
            Assert.StartsWith(Prefix, c.Name, StringComparison.Ordinal);
            CompiledCase compiled = CompiledCase.For(c);
            bool single = compiled.IsFloat;
            (double relative, double floor) = single ? (1e-4, 1e-5) : (1e-7, 1e-9);
            (double valueRelative, double valueFloor) = single ? (1e-5, 1e-6) : (1e-12, 1e-14);
            CaseParameter[] differentiated = compiled.Differentiated;
            Assert.NotEmpty(differentiated);
            int count = 0;
            foreach ((int size, object[] drawn) in ArrayCaseCatalog.Points(c))
            {
                count++;
                object[] point = single ? Arguments.ToFloat(drawn) : drawn;
                string at = c.Name + " at n = " + size + ", " + Arguments.Describe(point);
                string where = at + "\n" + compiled.GeneratedSource;
                object[] before = Arguments.DeepCopy(point);
                double own = compiled.Value(point);
                object[] outputs = compiled.NewOutputs(point, fill: double.NaN);
                double returned = compiled.Gradient(point, outputs);
                Close(own, returned, valueRelative, valueFloor, own, at + ": the value " + c.Name + "Gradient returns");
                Assert.True(Arguments.SameValues(before, point), at + ": " + c.Name + "Gradient changed its inputs");

                object[] first = Arguments.DeepCopy(outputs);
                compiled.Gradient(point, outputs);
                Assert.True(Arguments.SameValues(first, outputs), at + ": a second call of " + c.Name + "Gradient on the same outputs gave " + Arguments.Describe(outputs) + ", the first " + Arguments.Describe(first) + "\n" + compiled.GeneratedSource);

                object[] wanted = expected(point, differentiated);
                Assert.Equal(differentiated.Length, wanted.Length);
                for (int k = 0; k < differentiated.Length; k++)
                {
                    CaseParameter p = differentiated[k];
                    if (p.Kind == ParameterKind.Scalar)
                    {
                        double e = Convert.ToDouble(wanted[k]);
                        Close(e, Convert.ToDouble(outputs[k]), relative, floor, own, at + ": d" + p.Capitalized + " from " + c.Name + "Gradient\n" + compiled.GeneratedSource);
                        Close(e, compiled.Partial(p.Name, point), relative, floor, own, at + ": " + c.Name + "Partial" + p.Capitalized + "\n" + compiled.GeneratedSource);
                        continue;
                    }

                    var values = (double[])wanted[k];
                    var actual = (Array)outputs[k];
                    Assert.Equal(values.Length, actual.Length);
                    for (int j = 0; j < values.Length; j++)
                    {
                        Close(values[j], Convert.ToDouble(actual.GetValue(j)), relative, floor, own, at + ": d" + p.Capitalized + "[" + j + "] from " + c.Name + "Gradient (expected " + string.Join(", ", values) + ", got " + string.Join(", ", actual.Cast<object>()) + ")\n" + where);
                    }

                    WrongLengthThrows(compiled, point, k, +1, at);
                    if (values.Length > 0)
                    {
                        WrongLengthThrows(compiled, point, k, -1, at);
                    }
                }
            }

            Assert.True(count >= ArrayCase.MinimumPoints, c.Name + " was checked at " + count + " points");
        }

        private static void WrongLengthThrows(CompiledCase compiled, object[] point, int output, int change, string at)
        {
            object[] wrong = compiled.NewOutputs(point, fill: 0, changed: output, lengthChange: change);
            Exception? thrown = Record.Exception(() => compiled.Gradient(point, wrong));
            Assert.True(thrown is ArgumentException, at + ": an output " + (change > 0 ? "longer" : "shorter") + " than its array gave " + (thrown?.GetType().Name ?? "no exception") + ", not ArgumentException");
        }

        private static void Close(double expected, double actual, double relative, double floor, double functionValue, string what)
        {
            double tolerance = (relative * Math.Abs(expected)) + (floor * Math.Max(1, Math.Abs(functionValue)));
            Assert.True(
                Math.Abs(expected - actual) <= tolerance && !double.IsNaN(actual),
                $"{what}: expected {expected:R}, got {actual:R} (error {Math.Abs(expected - actual):E2}, tolerance {tolerance:E2})");
        }
    }
}
