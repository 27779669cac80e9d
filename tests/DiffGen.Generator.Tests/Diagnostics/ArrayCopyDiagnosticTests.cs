using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// The copies and fills read as loops (<c>ProgramLowering.ArrayCopies</c>) stop where a loop would not be what the call
    /// does: <c>Array.Copy</c> of an array onto itself (the ranges may overlap, which Array.Copy handles as a move), and a copy
    /// or fill into a parameter (never written). Those stay the call made for its side effects (DIFF014), whose advice is a loop.
    /// </summary>
    public sealed class ArrayCopyDiagnosticTests
    {
        [Fact]
        public void A_copy_of_an_array_onto_itself_is_reported() =>
            DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double x)", "{\n double[] a = { x, 2 * x, 3 * x };\n {|DIFF014:System.Array.Copy(a, 1, a, 0, 2)|};\n return a[0];\n }"));

        [Fact]
        public void A_fill_of_a_parameter_is_reported() =>
            DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double[] w, double x)", "{\n {|DIFF014:System.Array.Fill(w, x)|};\n return w[0];\n }"));

        [Fact]
        public void A_copy_a_fill_and_a_clone_of_a_local_are_read() =>
            AssertReportedAndGenerated(Alone("double F(double[] w, double x)", "{\n double[] a = (double[])w.Clone();\n double[] b = new double[a.Length];\n System.Array.Fill(b, x);\n System.Array.Copy(a, b, a.Length);\n double s = 0;\n for (int i = 0; i < b.Length; i++) s += a[i] * b[i];\n return s;\n }"), "Tests.C.F(double__,double).g.cs");
    }
}
