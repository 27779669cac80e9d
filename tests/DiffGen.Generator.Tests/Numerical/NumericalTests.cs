using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Every generated partial and gradient, checked at 20 points against central finite
    /// differences with Richardson extrapolation of the original method. Double: relative error
    /// ≤ 1e-7 (with an absolute floor of 1e-9·max(1, |f|) where a derivative crosses zero).
    /// Float: the oracle is the double twin at the same point, relative error ≤ 1e-4.
    /// </summary>
    public sealed class NumericalTests
    {
        [Theory]
        [MemberData(nameof(CaseCatalog.Double), MemberType = typeof(CaseCatalog))]
        public void Double_partials_and_gradient_match_finite_differences(string name)
        {
            MethodInfo method = CaseCatalog.Find(CaseCatalog.DoubleCaseTypes, name);
            Check(method, oracle: method, relative: 1e-7, floor: 1e-9);
        }

        [Theory]
        [MemberData(nameof(CaseCatalog.Float), MemberType = typeof(CaseCatalog))]
        public void Float_partials_and_gradient_match_the_double_twin(string name)
        {
            MethodInfo method = CaseCatalog.Find(CaseCatalog.FloatCaseTypes, name);
            MethodInfo twin = CaseCatalog.DoubleCaseTypes
                .Select(t => t.GetMethod(method.Name, method.GetParameters().Select(p => p.ParameterType == typeof(float) ? typeof(double) : p.ParameterType).ToArray()))
                .Single(m => m != null)!;
            Check(method, oracle: twin, relative: 1e-4, floor: 1e-5);
        }

        private static void Check(MethodInfo method, MethodInfo oracle, double relative, double floor)
        {
            ParameterInfo[] parameters = method.GetParameters();
            Type[] parameterTypes = parameters.Select(p => p.ParameterType).ToArray();
            ParameterInfo[] differentiated = CaseCatalog.DifferentiatedParameters(method);
            Assert.NotEmpty(differentiated);
            MethodInfo gradient = CaseCatalog.Generated(
                method,
                method.Name + "Gradient",
                parameterTypes.Concat(differentiated.Select(p => p.ParameterType.MakeByRefType())).ToArray());
            object? target = method.IsStatic ? null : Activator.CreateInstance(method.DeclaringType!);
            object? oracleTarget = oracle.IsStatic ? null : Activator.CreateInstance(oracle.DeclaringType!);

            foreach (object[] point in SamplePoints.For(method))
            {
                object[] oraclePoint = point.Select(a => a is float f ? (object)(double)f : a).ToArray();
                double value = Evaluate(oracle, oracleTarget, oraclePoint);
                object[] gradientArguments = point.Concat(new object?[differentiated.Length]).ToArray()!;
                double gradientValue = Convert.ToDouble(gradient.Invoke(target, gradientArguments));
                AssertClose(value, gradientValue, relative, floor, value, method.Name + " value from " + gradient.Name, point);

                for (int k = 0; k < differentiated.Length; k++)
                {
                    int index = differentiated[k].Position;
                    double expected = Richardson.Derivative(
                        t =>
                        {
                            object[] moved = (object[])oraclePoint.Clone();
                            moved[index] = t;
                            return Evaluate(oracle, oracleTarget, moved);
                        },
                        (double)oraclePoint[index]);

                    MethodInfo partial = CaseCatalog.Generated(method, method.Name + "Partial" + CaseCatalog.Capitalize(differentiated[k].Name!), parameterTypes);
                    AssertClose(expected, Convert.ToDouble(partial.Invoke(target, point)), relative, floor, value, partial.Name, point);
                    AssertClose(expected, Convert.ToDouble(gradientArguments[parameters.Length + k]), relative, floor, value, gradient.Name + " d" + differentiated[k].Name, point);
                }
            }
        }

        private static double Evaluate(MethodInfo method, object? target, object[] arguments) => Convert.ToDouble(method.Invoke(target, arguments));

        private static void AssertClose(double expected, double actual, double relative, double floor, double functionValue, string what, object[] point)
        {
            double tolerance = (relative * Math.Abs(expected)) + (floor * Math.Max(1, Math.Abs(functionValue)));
            Assert.True(
                Math.Abs(expected - actual) <= tolerance && !double.IsNaN(actual),
                $"{what} at ({string.Join(", ", point)}): expected {expected:R}, got {actual:R} (error {Math.Abs(expected - actual):E2}, tolerance {tolerance:E2})");
        }
    }
}
