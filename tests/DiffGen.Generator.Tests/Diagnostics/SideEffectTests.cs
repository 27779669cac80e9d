using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// DIFF014, an error: what makes the method something else than a function of its parameters:
    /// writes to state the caller owns, calls made for their side effects, randomness, the clock
    /// and the environment, input/output, and conversions between numbers and text.
    /// </summary>
    public sealed class SideEffectTests
    {
        private const string WriteAdvice = "changes state the caller owns (a field, property or array element); a differentiable method may assign only its own locals and parameters, so return the value instead";
        private const string RandomAdvice = "is random: the method would not be a function of its parameters; draw random numbers outside and pass them in";
        private const string InputOutputAdvice = "does input or output: a differentiable method must be a pure computation; do it before or after calling the method";
        private const string ClockAdvice = "reads the clock or the environment: the method would not be a function of its parameters; read it outside and pass the value in";
        private const string TextAdvice = "converts between numbers and text, which has no derivative; parse or format outside the method";

        // ---- writes ------------------------------------------------------------------------------

        [Theory]
        [InlineData("field", "{\n {|DIFF014:last|} = x;\n return x;\n }", "last")]
        [InlineData("this.field", "{\n {|DIFF014:this.last|} = x;\n return x;\n }", "this.last")]
        [InlineData("field of another object", "{\n {|DIFF014:Other.last|} = x;\n return x;\n }", "Other.last")]
        [InlineData("compound assignment to a field", "{\n {|DIFF014:last|} += x;\n return x;\n }", "last")]
        [InlineData("property", "{\n {|DIFF014:Settable|} = x;\n return x;\n }", "Settable")]
        public void WriteToStateTheCallerOwns(string what, string body, string target)
        {
            Assert.NotNull(what);
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("Writing to '" + target + "' " + WriteAdvice, diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(MarkupSource.Parse(body).Source));
        }

        /// <summary>An array or span the caller owns (a field's, a parameter): the advice also says how to fill an array of one's own.</summary>
        [Theory]
        [InlineData("double F(double x)", "{\n {|DIFF014:Weights[0]|} = x;\n return x;\n }", "Weights[0]")]
        [InlineData("double F(double x)", "{\n {|DIFF014:Weights[1]|} += x;\n return x;\n }", "Weights[1]")]
        [InlineData("double F(double x, double[] w)", "{\n {|DIFF014:w[0]|} = x;\n return x;\n }", "w[0]")]
        [InlineData("double F(double x, Span<double> w)", "{\n for (int i = 0; i < w.Length; i++) {|DIFF014:w[i]|} = x;\n return x;\n }", "w[i]")]
        public void WriteToAnArrayTheCallerOwns(string signature, string body, string target)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(signature, body));
            Assert.Equal("Writing to '" + target + "' " + WriteAdvice + "; to fill an array of your own, use a local one (new double[n] or stackalloc double[n])", diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(signature, MarkupSource.Parse(body).Source));
        }

        // ---- calls made for their side effects --------------------------------------------------

        [Theory]
        [InlineData("{\n {|DIFF014:Console.WriteLine(x)|};\n return x;\n }", "Console.WriteLine(x)", Elsewhere)]
        [InlineData("{\n {|DIFF014:System.Diagnostics.Debug.Assert(x > 0)|};\n return x;\n }", "System.Diagnostics.Debug.Assert(x > 0)", "remove it (it computes nothing the result reads), or check before calling the method")]
        [InlineData("{\n {|DIFF014:System.Diagnostics.Trace.WriteLine(\"F\")|};\n return x;\n }", "System.Diagnostics.Trace.WriteLine(\"F\")", Elsewhere)]
        [InlineData("{\n {|DIFF014:Console.Write(x)|};\n {|DIFF014:Console.WriteLine()|};\n return x;\n }", "Console.Write(x)", Elsewhere)]
        public void VoidCallAsAStatement(string body, string call, string advice)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            string message = diagnostics.First().GetMessage();
            Assert.Equal("The call '" + call + "' is made for its side effects; a differentiable method must be a pure computation, so " + advice, message);
            Assert.DoesNotContain("assign it to a local", message, StringComparison.Ordinal);
        }

        private const string Elsewhere = "remove it, or do it before or after calling the method";

        /// <summary>What an array's void methods do, written as DiffGen reads it; "remove it" was a dead end for a copy the method needs.</summary>
        [Theory]
        [InlineData("{\n double[] c = new double[w.Length];\n {|DIFF014:Array.Copy(c, 1, c, 0, 2)|};\n return c[0] * x;\n }", "copy the elements with a for loop (for (int i = 0; i < n; i++) copy[i] = values[i];)")]
        [InlineData("{\n double[] c = new double[w.Length];\n {|DIFF014:c.CopyTo(c, 0)|};\n return c[0] * x;\n }", "copy the elements with a for loop")]
        [InlineData("{\n {|DIFF014:Array.Fill(w, x)|};\n return w[0] * x;\n }", "set the elements with a for loop")]
        [InlineData("{\n double[] c = new double[w.Length];\n {|DIFF014:Array.Sort(c)|};\n return c[0] * x;\n }", "sort the data before calling the method")]
        [InlineData("{\n Span<double> c = stackalloc double[3];\n for (int i = 0; i < 3; i++) c[i] = w[i];\n {|DIFF014:c.Reverse()|};\n return c[0] * x;\n }", "read the elements in reverse with a for loop")]
        [InlineData("{\n Span<double> c = stackalloc double[3];\n for (int i = 0; i < 3; i++) c[i] = w[i];\n {|DIFF014:c.Sort()|};\n return c[0] * x;\n }", "sort the data before calling the method")]
        public void ArrayVoidCall_SaysWhatLoopDoesItsWork(string body, string advice)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, double[] w)", body));
            Assert.Contains(advice, diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        // ---- randomness ----------------------------------------------------------------------------

        [Theory]
        [InlineData("=> {|DIFF014:new Random().NextDouble()|} * x;", "System.Random.NextDouble")]
        [InlineData("=> {|DIFF014:Random.Shared.NextDouble()|} * x;", "System.Random.NextDouble")]
        [InlineData("=> Math.Max({|DIFF014:new Random(1).Next()|}, x);", "System.Random.Next")]
        [InlineData("=> {|DIFF011:TakeGuid({|DIFF014:Guid.NewGuid()|})|} * x;", "System.Guid.NewGuid")]
        public void Randomness(string body, string method)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("The call to '" + method + "' " + RandomAdvice, MessageOf(diagnostics, "DIFF014"));
        }

        // ---- input and output ----------------------------------------------------------------------

        [Theory]
        [InlineData("=> {|DIFF014:Console.Read()|} * x;", "System.Console.Read")]
        [InlineData("=> {|DIFF011:TakeText({|DIFF014:System.IO.Directory.GetCurrentDirectory()|})|} * x;", "System.IO.Directory.GetCurrentDirectory")]
        [InlineData("=> {|DIFF011:TakeText({|DIFF014:System.IO.Path.GetTempPath()|})|};", "System.IO.Path.GetTempPath")]
        public void InputAndOutput(string body, string method)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("The call to '" + method + "' " + InputOutputAdvice, MessageOf(diagnostics, "DIFF014"));
        }

        // ---- the clock and the environment ----------------------------------------------------------

        [Theory]
        [InlineData("=> {|DIFF014:DateTime.Now.ToOADate()|} * x;", "The call to 'System.DateTime.ToOADate'")]
        [InlineData("=> {|DIFF014:DateTimeOffset.UtcNow.ToUnixTimeSeconds()|} * x;", "The call to 'System.DateTimeOffset.ToUnixTimeSeconds'")]
        [InlineData("=> {|DIFF014:System.Diagnostics.Stopwatch.GetTimestamp()|} * x;", "The call to 'System.Diagnostics.Stopwatch.GetTimestamp'")]
        [InlineData("=> Math.Max({|DIFF014:System.Diagnostics.Stopwatch.GetTimestamp()|}, x);", "The call to 'System.Diagnostics.Stopwatch.GetTimestamp'")]
        [InlineData("=> {|DIFF011:TakeText({|DIFF014:Environment.MachineName|})|};", "Reading 'Environment.MachineName'")]
        public void ClockAndEnvironment(string body, string construct)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(construct + " " + ClockAdvice, MessageOf(diagnostics, "DIFF014"));
        }

        [Fact]
        public void DateTimeNow_PropertyRead()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF014:Convert.ToDouble({|DIFF014:DateTime.Now|})|} * x;"));
            Assert.Equal("Reading 'DateTime.Now' " + ClockAdvice, diagnostics[1].GetMessage());
            Assert.Equal("The call to 'System.Convert.ToDouble' " + TextAdvice, diagnostics[0].GetMessage());
        }

        [Fact]
        public void EnvironmentTickCount_PropertyRead()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> Math.Max({|DIFF014:Convert.ToDouble({|DIFF014:Environment.TickCount|})|}, x);"));
            Assert.Equal("Reading 'Environment.TickCount' " + ClockAdvice, diagnostics[1].GetMessage());
        }

        // ---- numbers and text ------------------------------------------------------------------------

        [Theory]
        [InlineData("double F(double x)", "=> {|DIFF014:Convert.ToDouble(x)|};", "System.Convert.ToDouble")]
        [InlineData("double F(double x)", "{\n double s = x;\n s += {|DIFF014:Convert.ToDouble(x)|};\n return s;\n }", "System.Convert.ToDouble")]
        [InlineData("double F(double x, int n)", "=> {|DIFF014:Convert.ToDouble({|DIFF014:n.ToString()|})|} * x;", "int.ToString")]
        [InlineData("double F(double x, int n)", "=> {|DIFF014:Convert.ToDouble({|DIFF014:string.Concat({|DIFF014:n.ToString()|}, {|DIFF014:n.ToString()|})|})|} * x;", "string.Concat")]
        public void NumbersAndText(string signature, string body, string method)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(signature, body));
            Assert.Contains(diagnostics, d => d.GetMessage() == "The call to '" + method + "' " + TextAdvice);
            Assert.All(diagnostics, d => Assert.EndsWith(TextAdvice, d.GetMessage(), StringComparison.Ordinal));
        }

        [Fact]
        public void EverySideEffectInOneMethod_IsReported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method(
                "{\n {|DIFF014:last|} = x;\n {|DIFF014:Console.WriteLine(x)|};\n double r = {|DIFF014:Random.Shared.NextDouble()|};\n return r * x + {|DIFF014:DateTime.Now.ToOADate()|};\n }"));
        }

        [Fact]
        public void DescriptorMessage_IsTheConstructThenWhy()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF014:new Random().NextDouble()|} * x;"));
            Diagnostic diagnostic = diagnostics.Single();
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("A differentiable method must be a pure computation", diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // ---- regressions (once reported as bugs) ---------------------------------------------------

        [Fact]
        public void DoubleParse()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF014:double.Parse(\"1\")|} * x;"));
            Assert.Equal("The call to 'double.Parse' " + TextAdvice, diagnostics.Single().GetMessage());
        }

        [Fact]
        public void DoubleToStringLength()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("=> {|DIFF014:x.ToString()|}.Length * x;"), "DIFF010", "DIFF011");
        }

        [Fact]
        public void DateTimeNow_InAnIntegerProperty()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("=> {|DIFF014:DateTime.Now.Second|} * x;"));
        }

        [Fact]
        public void EnvironmentProperty_InAnIntegerContext()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("=> {|DIFF014:Environment.ProcessorCount|} * x;"), "DIFF010");
        }

        [Fact]
        public void GuidNewGuid_AsTheReceiverOfACall()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("=> {|DIFF014:Guid.NewGuid()|}.GetHashCode() * x;"));
        }

        [Fact]
        public void StringFormat_ReportsOnlyTheCalls()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF014:Convert.ToDouble({|DIFF014:string.Format(\"{0}\", x)|})|};"));
        }

        [Fact]
        public void DateTimeOffsetNow_AsAnObjectArgument()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF014:Convert.ToDouble({|DIFF014:DateTimeOffset.Now|})|} * x;"));
        }

        [Fact]
        public void IncrementOfAField()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF014:last|}++;\n return x;\n }"));
        }

        [Fact]
        public void Discard_IsNotStateTheCallerOwns()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("{\n _ = x;\n return x;\n }"), "DIFF014");
        }
    }
}
