using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Statements and conditions that are sorted by what they do: steps, dropped results, conditions
    /// held in bool locals (fine), passed on as values (DIFF013) or written as patterns (DIFF010), switch (DIFF015),
    /// writes to a local span (fine) and an array's length used directly as a value (DIFF015).
    /// </summary>
    public sealed class StatementKindTests
    {
        [Theory]
        [InlineData("{\n {|DIFF010:n|}++;\n return x;\n }")]
        [InlineData("{\n {|DIFF014:Weights[0]|}++;\n return x;\n }")]
        [InlineData("{\n {|DIFF014:last|}--;\n return x;\n }")]
        [InlineData("{\n {|DIFF014:Console.Read()|};\n return x;\n }")]
        [InlineData("{\n {|DIFF014:Random.Shared.NextDouble()|};\n return x;\n }")]
        [InlineData("{\n {|DIFF010:Math.Sin(x)|};\n return x;\n }")]
        [InlineData("{\n bool inside = x > 0 && x < 1;\n bool outside = !(x > 0);\n return inside || outside ? x : -x;\n }")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:x > 0 && x < 1|})|} * x;")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF013:!(x > 0)|})|} * x;")]
        [InlineData("{\n bool positive = {|DIFF010:double.IsNaN(x)|};\n return x;\n }")]
        [InlineData("{\n {|DIFF015:switch (x) { case > 0: x = 2 * x; goto default; default: break; }|}\n return -x;\n }")]
        [InlineData("{\n Span<double> s = stackalloc double[1];\n s[0] = x;\n return s[0];\n }")]
        [InlineData("=> x * {|DIFF011:TakeText({|DIFF010:\"a\" + x|})|};")]
        public void Each_kind_gets_its_own_diagnostic(string body)
        {
            string signature = body.Contains("n|}++", System.StringComparison.Ordinal) ? "double F(double x, int n)" : "double F(double x)";
            DiagnosticAssert.AnalyzerReportsExactly(Method(signature, body));
        }
    }
}
