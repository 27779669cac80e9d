using System;
using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// DIFF013, an error: an operation that turns the differentiated value into a discrete one,
    /// so no derivative flows on: a conversion to an integer type, bitwise and shift operators, a
    /// comparison or condition used as a value (passed on as a bool). A comparison that decides a
    /// branch, or a bool local that holds one, is a condition and cuts nothing
    /// (<see cref="BranchesAreSupportedTests"/>). An integer local or a loop bound made from the
    /// differentiated value cuts it too.
    /// </summary>
    public sealed class CutsDerivativeTests
    {
        [Theory]
        [InlineData("int", "=> {|DIFF013:(int)x|} * 1.0;")]
        [InlineData("long", "=> {|DIFF013:(long)x|} * 1.0;")]
        [InlineData("short", "=> {|DIFF013:(short)x|} + x;")]
        [InlineData("byte", "=> x * {|DIFF013:(byte)x|};")]
        [InlineData("uint", "=> x - {|DIFF013:(uint)x|};")]
        [InlineData("int", "=> (double){|DIFF013:(int)x|};")]
        [InlineData("int", "{\n x = {|DIFF013:(int)x|};\n return x;\n }")]
        [InlineData("int", "{\n double s = x;\n s = {|DIFF013:(int)s|};\n return s;\n }")]
        [InlineData("int", "=> Math.Sin({|DIFF013:(int)x|});")]
        [InlineData("int", "{\n int n = {|DIFF013:(int)x|};\n return x * n;\n }")]
        [InlineData("long", "{\n long n = 0;\n n = {|DIFF013:(long)x|};\n return x * n;\n }")]
        [InlineData("int", "{\n double s = 0;\n for (int i = 0; i < {|DIFF013:(int)x|}; i++) s += x;\n return s;\n }")]
        public void ConversionToAnIntegerType(string type, string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            string message = MessageOf(diagnostics, "DIFF013");
            Assert.Contains("to '" + type + "' cuts the derivative", message, StringComparison.Ordinal);
            Assert.Contains("keep the value in double or float", message, StringComparison.Ordinal);
        }

        [Fact]
        public void CastToInt_MessageNamesTheConversionAndTheWayOut()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF013:(int)x|} * 1.0;"));
            Assert.Equal(
                "The conversion '(int)x' to 'int' cuts the derivative: an integer is piecewise constant in the value it came from (its derivative is zero almost everywhere); keep the value in double or float, or, if the rounding is intended, convert Math.Floor or Math.Round of it ((int)Math.Floor(x), read as an integer: their derivative is zero already); for an index, a bin or a cell through which no derivative is to flow, write (int)Gradient.Stop(x)",
                diagnostics.Single().GetMessage());
            AssertNotGenerated(Method("=> (int)x * 1.0;"));
        }

        [Fact]
        public void CastToLong_OfAQuotient_AdvisesGradientStop_WithTheTypeAndTheOperandAsWritten()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, double y)", "{\n long k = {|DIFF013:(long)(x / y)|};\n return x * k;\n }"));
            Assert.EndsWith("write (long)Gradient.Stop(x / y)", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{\n int k = (int)Gradient.Stop(Math.Floor(x));\n return x * k;\n }")]
        [InlineData("{\n double s = 0;\n for (int i = 0; i < 3; i++)\n {\n int k = (int)Gradient.Stop(s * 2);\n s += x * (k + 1);\n }\n return s;\n }")]
        public void CastToInt_OfGradientStop_IsAnIntegerOfData_NotACut(string body)
        {
            // The advice above, followed: the method says no derivative flows through the value, so none is cut
            // (a cell list's cell, a tabulated potential's bin: ParticleCases.PtCellListStop and PtTabulatedPair).
            AssertReportedAndGenerated(Alone("double F(double x)", body), "Tests.C.F(double).g.cs");
        }

        [Theory]
        [InlineData("{\n int k = (int)Math.Floor(x);\n return x * k + Math.Sin(x - k);\n }")]
        [InlineData("{\n long k = (long)Math.Round(x * 2);\n return x * k;\n }")]
        [InlineData("{\n double cell = {|DIFF012:Math.Floor(x)|};\n double u = x - cell;\n int i = (int)cell;\n return u * u * (i + 1);\n }")]
        [InlineData("{\n double s = 0;\n for (int i = 0; i < 3; i++)\n {\n int k = (int)Math.Ceiling(s);\n s += x * (k + 1);\n }\n return s;\n }")]
        public void CastToInt_OfARounding_IsAnIntegerOfData_NotACut(string body)
        {
            // Math.Floor, Round, Ceiling and Truncate are step functions already: converting one, or a local every write of which
            // is one, cuts nothing (a lookup table's cell beside its fraction u = x - cell; the rounding used as a value keeps its
            // DIFF012 warning).
            AssertReportedAndGenerated(Alone("double F(double x)", body), "Tests.C.F(double).g.cs");
        }

        [Theory]
        [InlineData("{\n double cell = {|DIFF012:Math.Floor(x)|};\n cell += 1;\n int i = {|DIFF013:(int)cell|};\n return x * i;\n }")]
        [InlineData("{\n double cell = {|DIFF012:Math.Floor(x)|};\n if (x > 2) cell = x;\n int i = {|DIFF013:(int)cell|};\n return x * i;\n }")]
        public void CastToInt_OfALocalNotAlwaysRounded_IsACut(string body) =>
            DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x)", body));

        [Fact]
        public void CastToInt_InsideAnIntegerOverload_IsWhatIsReported()
        {
            // Math.Abs of an integer is integer data; the cast that made the integer from x is the problem to fix.
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> Math.Abs({|DIFF013:(int)x|}) * x;"));
        }

        private const string TrueFalse = "true/false has no derivative; use the condition in an if statement or a ?: choice between numbers";

        [Theory]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:x > 0|})|} * x;", "x > 0")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:x == 0|})|} * x;", "x == 0")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:x != 0|})|} * x;", "x != 0")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:x <= 1.5|})|} * x;", "x <= 1.5")]
        [InlineData("=> x * {|DIFF014:Convert.ToDouble({|DIFF013:x < 0|})|};", "x < 0")]
        public void ComparisonPassedAsAValue(string body, string comparison)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("The comparison '" + comparison + "' used as a value cuts the derivative: " + TrueFalse, MessageOf(diagnostics, "DIFF013"));
        }

        [Theory]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:x > 0 && x < 1|})|} * x;", "x > 0 && x < 1")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:x < 0 || x > 1|})|} * x;", "x < 0 || x > 1")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:!(x > 0)|})|} * x;", "!(x > 0)")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:x is > 0|})|} * x;", "x is > 0")]
        public void ConditionPassedAsAValue(string body, string condition)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("The condition '" + condition + "' used as a value cuts the derivative: " + TrueFalse, MessageOf(diagnostics, "DIFF013"));
        }

        [Fact]
        public void LogicalAndOfComparisons_PassedAsAValue_IsReportedAsTheOperator()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:TakeObject({|DIFF013:(x > 0) & (x < 1)|})|} * x;"));
            Assert.StartsWith("The bitwise or shift operator in '(x > 0) & (x < 1)' cuts the derivative", MessageOf(diagnostics, "DIFF013"), StringComparison.Ordinal);
        }

        [Fact]
        public void ComparisonKeptInABoolLocal_IsACondition_NotACut()
        {
            // Once reported as DIFF013; now a condition, evaluated and never differentiated.
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n bool positive = x > 0;\n bool inside = (x > 0) & (x < 1);\n return positive || inside ? x : -x;\n }"), "Tests.C.F(double).g.cs");
        }

        // ---- regressions (once reported as bugs) ---------------------------------------------------

        [Theory]
        [InlineData("=> ({|DIFF013:{|DIFF013:(int)x|} & 3|}) * 1.0;")]
        [InlineData("=> ({|DIFF013:{|DIFF013:(int)x|} | 3|}) * 1.0;")]
        [InlineData("=> ({|DIFF013:{|DIFF013:(int)x|} ^ 3|}) * 1.0;")]
        [InlineData("=> ({|DIFF013:{|DIFF013:(int)x|} << 1|}) * 1.0;")]
        [InlineData("=> ({|DIFF013:{|DIFF013:(int)x|} >> 1|}) * 1.0;")]
        [InlineData("=> ({|DIFF013:{|DIFF013:(int)x|} >>> 1|}) * 1.0;")]
        [InlineData("=> ({|DIFF013:{|DIFF013:(long)x|} & 3L|}) * x;")]
        public void BitwiseAndShiftOperators_OnIntegersMadeFromX(string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Contains(diagnostics, d => d.GetMessage().StartsWith("The bitwise or shift operator", StringComparison.Ordinal));
        }

        [Fact]
        public void CastToIntUnderAUnaryMinus()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("=> x * -{|DIFF013:(int)x|};"), "DIFF010");
        }

        [Fact]
        public void WideningAnIntegerParameter_DoesNotCutAnything()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "=> {|DIFF011:TakeLong(n)|} * x;"));
        }

        [Fact]
        public void BoxingForAReferenceParameter_IsNotACutDerivative()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:TakeObject(x)|} * x;"));
        }
    }
}
