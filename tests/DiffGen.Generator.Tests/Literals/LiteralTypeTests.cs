using System;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Literals
{
    /// <summary>
    /// Issue 10, "integer arithmetic in generated code": each <see cref="LiteralCases"/> method is
    /// compiled with the generator (zero diagnostics in the input, from the generator and in the
    /// output) and every MPartialP and every MGradient entry is checked at 12 or more points against
    /// central finite differences with Richardson extrapolation of the method itself. Double: relative
    /// error ≤ 1e-8, with an absolute floor of 1e-10·max(1, |f|) where a derivative is 0. Float: the
    /// oracle is the double twin at the same point, relative error ≤ 1e-4 (floor 1e-5).
    /// </summary>
    public sealed class LiteralTypeTests
    {
        [Theory]
        [MemberData(nameof(LiteralCases.Names), MemberType = typeof(LiteralCases))]
        public void Partials_and_gradient_match_finite_differences(string name)
        {
            ArrayCase c = LiteralCases.Find(name);
            CompiledCase compiled = CompiledCase.For(c);
            CompiledCase oracle = c.DoubleTwin == null ? compiled : CompiledCase.For(LiteralCases.Find(c.DoubleTwin));
            (double relative, double floor) = compiled.IsFloat ? (1e-4, 1e-5) : (1e-8, 1e-10);
            (double valueRelative, double valueFloor) = compiled.IsFloat ? (1e-5, 1e-6) : (1e-12, 1e-14);
            int count = 0;
            foreach ((int size, object[] drawn) in ArrayCaseCatalog.Points(c))
            {
                count++;
                object[] point = compiled.IsFloat ? Arguments.ToFloat(drawn) : drawn;
                object[] oraclePoint = Arguments.ToDouble(point);
                string at = c.Name + " at n = " + size + ", " + Arguments.Describe(point);
                double f = oracle.Value(oraclePoint);
                double own = compiled.Value(point);
                object[] outputs = compiled.NewOutputs(point, fill: double.NaN);
                AssertClose(own, compiled.Gradient(point, outputs), valueRelative, valueFloor, own, at + ": the value " + c.Name + "Gradient returns");

                CaseParameter[] differentiated = compiled.Differentiated;
                for (int k = 0; k < differentiated.Length; k++)
                {
                    CaseParameter p = differentiated[k];
                    if (p.Kind == ParameterKind.Scalar)
                    {
                        double expected = Richardson.Derivative(t => oracle.Value(Arguments.With(oraclePoint, p.Position, t)), (double)oraclePoint[p.Position]);
                        AssertClose(expected, compiled.Partial(p.Name, point), relative, floor, f, at + ": " + c.Name + "Partial" + p.Capitalized);
                        AssertClose(expected, Convert.ToDouble(outputs[k]), relative, floor, f, at + ": d" + p.Capitalized + " from " + c.Name + "Gradient");
                        continue;
                    }

                    var values = (double[])oraclePoint[p.Position];
                    var actual = (Array)outputs[k];
                    for (int j = 0; j < values.Length; j++)
                    {
                        int index = j;
                        double expected = Richardson.Derivative(t => oracle.Value(Arguments.WithElement(oraclePoint, p.Position, index, t)), values[j]);
                        AssertClose(expected, Convert.ToDouble(actual.GetValue(j)), relative, floor, f, at + ": d" + p.Capitalized + "[" + j + "] from " + c.Name + "Gradient");
                    }
                }
            }

            Assert.True(count >= ArrayCase.MinimumPoints, c.Name + " was checked at " + count + " points");
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
