using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>A value the source did not name is named after what it holds, never after its operation alone when something shorter says more.</summary>
    public class ValueNamingTests
    {
        [Theory]
        [InlineData("Math.Sin(z * 2) * x + Math.Cos(2 * z)", "double twoZ = z * 2;")] // as the source first writes it
        [InlineData("Math.Sin(2 * z) * x + Math.Cos(z * 2)", "double twoZ = 2 * z;")]
        [InlineData("Math.Exp(3 * z * z) * x + Math.Sin(3 * z * z)", "double threeZSquared = 3 * z * z;")]
        public void SmallWholeMultipleOfANamedValue_IsNamedAfterBoth(string body, string declaration)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(@"
using System;
using DiffGen;
public static partial class Model
{
    [Differentiable]
    public static double F(double x, double z) => " + body + @";
}");

            Assert.Contains(declaration, run.SourceFor("F"));
        }
    }
}
