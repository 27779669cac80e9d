using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// DIFF017, a warning: <c>Gradient.Stop</c> of an integer in a <c>double</c> method binds the
    /// <c>float</c> overload (found by the differential fuzzer, whose own methods fell into it). The
    /// method is generated; the warning says what to write instead. No warning where float is meant.
    /// </summary>
    public sealed class StopOfIntegerTests
    {
        private const string DoubleHint = "Tests.C.F(double).g.cs";
        private const string FloatHint = "Tests.C.F(float).g.cs";

        [Fact]
        public void IntegerLiteral_InADoubleMethod_WarnsWithTheDoubleToWrite()
        {
            var diagnostics = AssertReportedAndGenerated(Alone("double F(double x)", "=> x * (Gradient.Stop({|DIFF017:10|}) / 3);"), DoubleHint);
            Assert.Equal(
                "Gradient.Stop(10) takes a 'int', so C# calls its float overload and this double method computes with a float (7 digits); write Gradient.Stop(10.0) to keep a double",
                MessageOf(diagnostics, "DIFF017"));
        }

        [Fact]
        public void IntegerParameter_InADoubleMethod_WarnsWithACast()
        {
            var diagnostics = AssertReportedAndGenerated(Alone("double F(double x, int n)", "=> x + Gradient.Stop({|DIFF017:n|});"), "Tests.C.F(double,int).g.cs");
            Assert.Contains("write Gradient.Stop((double)n)", MessageOf(diagnostics, "DIFF017"), System.StringComparison.Ordinal);
        }

        [Fact]
        public void IntegerExpression_InADoubleMethod_WarnsWithACastOfTheWhole()
        {
            var diagnostics = AssertReportedAndGenerated(Alone("double F(double x, int n)", "=> x + Gradient.Stop({|DIFF017:n * 2|});"), "Tests.C.F(double,int).g.cs");
            Assert.Contains("write Gradient.Stop((double)(n * 2))", MessageOf(diagnostics, "DIFF017"), System.StringComparison.Ordinal);
        }

        [Fact]
        public void ExactIntegers_TurnedIntoADoubleAtOnce_DoNotWarn()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "=> x * Gradient.Stop(10) + Gradient.Stop(Math.Sign(x)) * x;"), DoubleHint);
        }

        [Fact]
        public void DoubleArguments_DoNotWarn()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "=> x * Gradient.Stop(10.0) + Gradient.Stop(x) + Gradient.Stop((double)3);"), DoubleHint);
        }

        [Fact]
        public void IntegerArgument_InAFloatMethod_DoesNotWarn()
        {
            AssertReportedAndGenerated(Alone("float F(float x)", "=> x * Gradient.Stop(10) / 3;"), FloatHint);
        }
    }
}
