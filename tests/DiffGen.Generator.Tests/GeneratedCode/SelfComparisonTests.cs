using System;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// A loop-free method comparing a value with itself under another name (<c>double z = y; ... y != z</c>) tests for NaN, as
    /// <c>y != y</c> does (which is DIFF010). The DAG holds one node for both names and decided the test as algebra (false),
    /// so at a NaN the gradient returned NaN where the method returned its other side; the method is lowered as a program
    /// now, which keeps the names apart and tests as the method does.
    /// </summary>
    public sealed class SelfComparisonTests
    {
        private const string Source = @"
using DiffGen;
public static partial class Nan
{
    [Differentiable]
    public static double Alias(double x, double y)
    {
        double z = y;
        double r = y != z ? 0 : x * y;
        return r + x;
    }
}";

        [Theory]
        [InlineData(1.5, 1.25, 2.5, 0.5)]
        [InlineData(double.NaN, 0.5, 1, 0)]
        public void AnAliasedSelfComparisonTestsAsTheMethodDoes(double y, double value, double dx, double dy)
        {
            Type type = GeneratorHarness.RunAndCompile(Source).Load().GetType("Nan")!;
            object?[] arguments = { 0.5, y, null, null };
            double returned = (double)type.GetMethod("AliasGradient")!.Invoke(null, arguments)!;
            Assert.Equal(value, (double)type.GetMethod("Alias")!.Invoke(null, new object[] { 0.5, y })!);
            Assert.Equal(value, returned);
            Assert.Equal(dx, (double)arguments[2]!);
            Assert.Equal(dy, (double)arguments[3]!);
        }
    }
}
