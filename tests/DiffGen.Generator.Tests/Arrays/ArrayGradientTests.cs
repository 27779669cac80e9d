using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Every array/loop case's generated gradient (each element of each Span output, each out
    /// scalar) and each generated MPartialP, at 12 or more points over several sizes (0 and 1
    /// included where the function is defined there), against central finite differences with
    /// Richardson extrapolation of the original method. Double: relative error ≤ 1e-7, with an
    /// absolute floor of 1e-9·max(1, |f|) near zero. Float: the oracle is the double twin at the
    /// same point, relative error ≤ 1e-4 (floor 1e-5), as in Numerical/NumericalTests.cs.
    /// Also: MGradient returns the method's value, overwrites its outputs (they start as NaN or
    /// 1e300), leaves its inputs alone, and throws ArgumentException for an output of the wrong length.
    /// </summary>
    public sealed class ArrayGradientTests
    {
        [Theory]
        [MemberData(nameof(ArrayCaseCatalog.Passing), MemberType = typeof(ArrayCaseCatalog))]
        public void Gradient_and_partials_match_finite_differences(string name) => Check(ArrayCaseCatalog.Find(name));

        [Theory(Skip = "Open generator bugs: each case and its symptom is listed in Arrays/KnownBugs.cs. Delete the entry when the fix lands.")]
        [MemberData(nameof(ArrayCaseCatalog.Failing), MemberType = typeof(ArrayCaseCatalog))]
        public void Known_generator_bugs(string name) => Check(ArrayCaseCatalog.Find(name));

        /// <summary>What the catalog lists as warned of gets DIFF012 (and nothing else) at the comparison listed, and is generated.</summary>
        [Theory]
        [MemberData(nameof(ArrayCaseCatalog.Warned), MemberType = typeof(ArrayCaseCatalog))]
        public void Warned_cases_get_DIFF012_at_their_comparison(string name)
        {
            ArrayCase c = ArrayCaseCatalog.Find(name);
            var warning = Assert.Single(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            Assert.Equal("DIFF012", warning.Id);
            Assert.Equal(KnownBugs.Warned[name], warning.Location.SourceTree!.GetText().ToString(warning.Location.SourceSpan));
            Assert.Contains(name + "Gradient(", GeneratorHarness.RunAndCompile(CompiledCase.SourceOf(c)).SourceFor(name), StringComparison.Ordinal);
        }

        [Theory(Skip = "Not supported yet in methods with loops or arrays (DIFF015): listed in Arrays/KnownBugs.cs. Delete the entry when support lands.")]
        [MemberData(nameof(ArrayCaseCatalog.Unsupported), MemberType = typeof(ArrayCaseCatalog))]
        public void Not_supported_yet(string name) => Check(ArrayCaseCatalog.Find(name));

        /// <summary>What the catalog lists as not supported yet is declined with DIFF015 as listed, and nothing else is wrong with it.</summary>
        [Theory]
        [MemberData(nameof(ArrayCaseCatalog.Unsupported), MemberType = typeof(ArrayCaseCatalog))]
        public void Not_supported_yet_cases_are_declined_with_DIFF015(string name)
        {
            ArrayCase c = ArrayCaseCatalog.Find(name);
            string listed = KnownBugs.NotSupportedYet[name];
            const string Id = "DIFF015: ";
            string construct = listed.Substring(Id.Length, listed.IndexOf(" is not supported yet", StringComparison.Ordinal) - Id.Length);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == "DIFF015") && diagnostics.Any(d => d.GetMessage().StartsWith(construct, StringComparison.Ordinal)),
                name + ": expected DIFF015 '" + construct + " ...', got:\n" + string.Join("\n", diagnostics));
        }

        /// <summary>The check every catalog case gets, for cases kept outside the catalog (<see cref="NotebookSweep3Tests"/>).</summary>
        internal static void Check(ArrayCase c) => Check(c, null);

        /// <summary>The same, for a float case whose double twin (<paramref name="twin"/>) is kept outside the catalog too.</summary>
        internal static void Check(ArrayCase c, ArrayCase? twin)
        {
            CompiledCase compiled = CompiledCase.For(c);
            CompiledCase oracle = c.DoubleTwin == null ? compiled : CompiledCase.For(twin ?? ArrayCaseCatalog.FindDouble(c.DoubleTwin));
            (double relative, double floor) = !compiled.IsFloat ? (1e-7, 1e-9) : c.IllConditionedInFloat == null ? (1e-4, 1e-5) : (1e-2, 1e-5);
            (double valueRelative, double valueFloor) = compiled.IsFloat ? (1e-5, 1e-6) : (1e-12, 1e-14);
            CaseParameter[] differentiated = compiled.Differentiated;
            Assert.NotEmpty(differentiated);
            int count = 0;
            foreach ((int size, object[] drawn) in ArrayCaseCatalog.Points(c))
            {
                object[] point = compiled.IsFloat ? Arguments.ToFloat(drawn) : drawn;
                object[] oraclePoint = Arguments.ToDouble(point);
                string at = c.Name + " at n = " + size + ", " + Arguments.Describe(point);
                object[] before = Arguments.DeepCopy(point);

                double own = compiled.Value(point);
                object[] outputs = compiled.NewOutputs(point, fill: count++ % 2 == 0 ? double.NaN : 1e300);
                double returned = compiled.Gradient(point, outputs);
                AssertClose(own, returned, valueRelative, valueFloor, own, at + ": the value " + c.Name + "Gradient returns");
                Assert.True(Arguments.SameValues(before, point), at + ": " + c.Name + "Gradient changed its inputs to " + Arguments.Describe(point));

                double f = oracle.Value(oraclePoint);
                for (int k = 0; k < differentiated.Length; k++)
                {
                    CaseParameter p = differentiated[k];
                    if (p.Kind == ParameterKind.Scalar)
                    {
                        double x = (double)oraclePoint[p.Position];
                        double expected = Richardson.Derivative(t => oracle.Value(Arguments.With(oraclePoint, p.Position, t)), x);
                        AssertClose(expected, Convert.ToDouble(outputs[k]), relative, floor, f, at + ": d" + p.Capitalized + " from " + c.Name + "Gradient");
                        string partial = c.Name + "Partial" + p.Capitalized;
                        AssertClose(expected, compiled.Partial(p.Name, point), relative, floor, f, at + ": " + partial);
                        continue;
                    }

                    var values = (double[])oraclePoint[p.Position];
                    var actual = (Array)outputs[k];
                    Assert.Equal(values.Length, actual.Length);
                    for (int j = 0; j < values.Length; j++)
                    {
                        int index = j;
                        double expected = Richardson.Derivative(t => oracle.Value(Arguments.WithElement(oraclePoint, p.Position, index, t)), values[j]);
                        AssertClose(expected, Convert.ToDouble(actual.GetValue(j)), relative, floor, f, at + ": d" + p.Capitalized + "[" + j + "] from " + c.Name + "Gradient");
                    }

                    AssertWrongLengthThrows(compiled, point, k, +1, at);
                    if (values.Length > 0)
                    {
                        AssertWrongLengthThrows(compiled, point, k, -1, at);
                    }
                }
            }

            Assert.True(count >= ArrayCase.MinimumPoints, c.Name + " was checked at " + count + " points");
        }

        private static void AssertWrongLengthThrows(CompiledCase compiled, object[] point, int output, int change, string at)
        {
            CaseParameter p = compiled.Differentiated[output];
            object[] wrong = compiled.NewOutputs(point, fill: 0, changed: output, lengthChange: change);
            string what = at + ": d" + p.Capitalized + " of length " + ((Array)wrong[output]).Length + " for " + p.Name + " of length " + ((Array)point[p.Position]).Length;
            try
            {
                compiled.Gradient(point, wrong);
            }
            catch (ArgumentException)
            {
                return;
            }
            catch (Exception e)
            {
                Assert.Fail(what + " threw " + e.GetType().Name + ", not ArgumentException: " + e.Message);
            }

            Assert.Fail(what + " did not throw ArgumentException");
        }

        private static void AssertClose(double expected, double actual, double relative, double floor, double functionValue, string what)
        {
            double tolerance = (relative * Math.Abs(expected)) + (floor * Math.Max(1, Math.Abs(functionValue)));
            Assert.True(
                Math.Abs(expected - actual) <= tolerance && !double.IsNaN(actual),
                $"{what}: expected {expected:R}, got {actual:R} (error {Math.Abs(expected - actual):E2}, tolerance {tolerance:E2})");
        }
    }
}
