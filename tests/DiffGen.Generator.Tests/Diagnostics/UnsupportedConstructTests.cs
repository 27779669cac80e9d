using System;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// DIFF010, an error: a construct that can never be differentiated, one message per kind, each
    /// at the exact span of the construct.
    /// </summary>
    public sealed class UnsupportedConstructTests
    {
        [Theory]
        [InlineData("{\n {|DIFF010:try { return x; } finally { }|}\n }", "The 'try' statement cannot be differentiated here: exception handling has no derivative; check inputs before calling the method instead")]
        [InlineData("{\n {|DIFF010:try { return x; } catch (Exception) { return 0; }|}\n }", "The 'try' statement cannot be differentiated here: exception handling has no derivative; check inputs before calling the method instead")]
        [InlineData("{\n {|DIFF010:throw new InvalidOperationException();|}\n }", "The 'throw' cannot be differentiated here: a differentiable method computes a value for every input; check at the start of the body as a guard, if (test) throw new ArgumentException(\"...\", nameof(x)); with a message of constants, nameof and parameters, which every generated member makes first, or validate inputs before calling it; after a loop that may not converge, return double.NaN where it did not (return iterations < limit ? x : double.NaN;)")]
        [InlineData("{\n {|DIFF010:lock (Gate) { }|}\n return x;\n }", "The 'lock' statement cannot be differentiated here: a differentiable method touches no shared state, so it needs no lock; remove it")]
        [InlineData("{\n {|DIFF010:using (var stream = new System.IO.MemoryStream()) { }|}\n return x;\n }", "The 'using' statement cannot be differentiated here: a differentiable method owns no resources; move resource handling out of it")]
        [InlineData("{\n {|DIFF010:using var stream = new System.IO.MemoryStream();|}\n return x;\n }", "The 'using' statement cannot be differentiated here: a differentiable method owns no resources; move resource handling out of it")]
        [InlineData("=> {|DIFF011:TakeObject({|DIFF010:from w in Weights select w * 2|})|};", "The LINQ query 'from w in Weights select w * 2' cannot be differentiated here: it is LINQ, which runs library code (and any lambda given to it) that DiffGen cannot see; write a for loop over the array instead: double sum = 0; for (int i = 0; i < Weights.Length; i++) { sum += Weights[i]; } (use Math.Max or Math.Min in the loop for Max and Min, and divide by Weights.Length for Average)")]
        [InlineData("=> Math.Max({|DIFF014:Convert.ToDouble({|DIFF010:$\"{x}\"|})|}, x);", "The string interpolation cannot be differentiated here: text is not a number and has no derivative; format values outside the method")]
        [InlineData("=> {|DIFF010:Scale|} * x;", "The property read 'Scale' cannot be differentiated here: a property with a body may run code DiffGen cannot see; pass the value as a parameter, or use a field, an auto-property or a constant")]
        [InlineData("=> Math.Max({|DIFF010:new C().Scale|}, x);", "The property read 'new C().Scale' cannot be differentiated here: a property with a body may run code DiffGen cannot see; pass the value as a parameter, or use a field, an auto-property or a constant")]
        [InlineData("=> {|DIFF011:TakeC({|DIFF010:new C()|})|};", "The object creation 'new C()' cannot be differentiated here: DiffGen differentiates double and float values only")]
        public void OneMessagePerKind(string body, string message)
        {
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(message, MessageOf(diagnostics, "DIFF010"));
            AssertNotGenerated(Method(MarkupSource.Parse(body).Source));
        }

        [Fact]
        public void GotoAndLabel_AreEachReported()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF010:goto end;|}\n {|DIFF010:end: return x;|}\n }"));
            Assert.Equal(
                "The 'goto' or label 'goto end;' cannot be differentiated here: jumps cannot be differentiated; write the method with locals, if/else, ?: and loops over double, float and integer values",
                diagnostics[0].GetMessage());
            Assert.StartsWith("The 'goto' or label 'end: return x;'", diagnostics[1].GetMessage(), StringComparison.Ordinal);
        }

        // ---- conditions and choices: what branches do not take ----------------------------------

        private const string Conditions = "a condition can compare double, float and integer values (< <= > >= == !=), combine comparisons with &&, || and !, and read bool locals that hold them; rewrite the test that way";

        [Theory]
        [InlineData("{\n bool positive = x > 0;\n return {|DIFF010:positive == true|} ? x : -x;\n }", "positive == true")]
        [InlineData("{\n bool either = {|DIFF010:x > 0 ^ x < -1|};\n return either ? x : -x;\n }", "x > 0 ^ x < -1")]
        [InlineData("{\n bool inside = x > 0 && x < 1;\n if ({|DIFF010:inside != x > 2|}) return x;\n return -x;\n }", "inside != x > 2")]
        [InlineData("{\n if ({|DIFF010:x > 0 ? x > 1 : x < -1|}) return x;\n return -x;\n }", "x > 0 ? x > 1 : x < -1")]
        public void Condition_ThatIsNotAComparison_IsReportedWhole(string body, string condition) =>
            AssertConditionReported(body, condition, Conditions);

        private static void AssertConditionReported(string body, string condition, string advice)
        {
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("The condition '" + condition + "' cannot be differentiated here: " + advice, diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(MarkupSource.Parse(body).Source));
        }

        private const string NotANumberTests = "DiffGen reads comparisons of values, not tests for NaN or infinity, and a NaN computed in the method reaches its gradient even where the result does not use it; test the inputs before calling the method, and for missing values in data pass a mask beside it (int[] observed; ... if (observed[t] == 0) continue;)";

        [Theory]
        [InlineData("{\n if ({|DIFF010:double.IsNaN(x)|}) return 0.0;\n return x;\n }", "double.IsNaN(x)")]
        [InlineData("=> {|DIFF010:double.IsFinite(x * x)|} ? x : 0.0;", "double.IsFinite(x * x)")]
        [InlineData("{\n double s = 0;\n for (int i = 0; i < 2; i++) s += {|DIFF010:double.IsInfinity(x)|} ? 0.0 : x;\n return s;\n }", "double.IsInfinity(x)")]
        public void NaNOrInfinityTest_IsReported_WithWhereToTestInstead(string body, string condition) =>
            AssertConditionReported(body, condition, NotANumberTests);

        private const string SelfComparison = "comparing a floating-point value with itself is a test for NaN, and DiffGen reads comparisons as algebra on real numbers, where a value always equals itself: the generated code would not take the branch the method takes for a NaN; mark missing values in an integer array passed beside the data (int[] observed; ... if (observed[t] == 0) continue;), or test the inputs before calling the method";

        // The NaN idiom y[t] != y[t] (a Kalman filter skipping missing observations) had no diagnostic: the simplifier
        // decided the comparison as false, so the generated code did not skip the NaN, and MGradient returned NaN for its
        // value and every derivative where the method was finite (found by the finance sweep).
        [Theory]
        [InlineData("{\n double[] y = { x, 2 * x };\n double s = 0;\n for (int t = 0; t < y.Length; t++)\n {\n if ({|DIFF010:y[t] != y[t]|}) continue;\n s += y[t] * y[t];\n }\n return s;\n }", "y[t] != y[t]")]
        [InlineData("=> {|DIFF010:x * 2 == x * 2|} ? x : 0.0;", "x * 2 == x * 2")]

        // x >= x and x <= x are the same test (false for a NaN only); they were decided as true without a diagnostic
        // (the fuzzer's unsupported family, writing !(x >= x) beside x != x).
        [InlineData("=> {|DIFF010:x * 3 >= x * 3|} ? x : 0.0;", "x * 3 >= x * 3")]
        [InlineData("{\n double[] y = { x, 2 * x };\n double s = 0;\n for (int t = 0; t < y.Length; t++)\n {\n if (!({|DIFF010:y[t] <= y[t]|})) continue;\n s += y[t] * y[t];\n }\n return s;\n }", "y[t] <= y[t]")]
        public void SelfComparison_IsReported_AsATestForNaN(string body, string condition) =>
            AssertConditionReported(body, condition, SelfComparison);

        [Theory]
        [InlineData("=> x > 0 ? x : {|DIFF010:throw new ArgumentException()|};")]
        [InlineData("=> x < 0 ? {|DIFF010:throw new ArgumentOutOfRangeException(nameof(x))|} : Math.Sqrt(x);")]
        [InlineData("{\n double y = x >= 0 ? Math.Sqrt(x) : {|DIFF010:throw new ArgumentOutOfRangeException(nameof(x))|};\n return y;\n }")]
        [InlineData("{\n if (x > 0) return x > 1 ? x : {|DIFF010:throw new ArgumentException()|};\n return -x;\n }")]
        public void Conditional_WithAThrowBranch_IsReportedAtTheThrow(string body)
        {
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(
                "The 'throw' cannot be differentiated here: a differentiable method computes a value for every input; check at the start of the body as a guard, if (test) throw new ArgumentException(\"...\", nameof(x)); with a message of constants, nameof and parameters, which every generated member makes first, or validate inputs before calling it; after a loop that may not converge, return double.NaN where it did not (return iterations < limit ? x : double.NaN;)",
                diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(MarkupSource.Parse(body).Source));
        }

        [Fact]
        public void ThrowStatement_InABranch_IsReported()
        {
            // A guard that throws with a message of constants and parameters is made first by every member (ThrowGuardTests); one whose
            // message reads a local is reported.
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double half = x / 2;\n if (x < 0) {|DIFF010:throw new ArgumentOutOfRangeException(nameof(x), \"half is \" + half);|}\n return Math.Sqrt(x);\n }"));
        }

        /// <summary>
        /// A guard clause comparing a value with a local that holds it is the NaN test once written out as every member tests it
        /// first (x == x): it was generated as if (true) { ... } and code C# found unreachable (CS0162; fuzz seed 1860).
        /// </summary>
        [Fact]
        public void A_guard_comparing_a_value_with_its_copy_is_the_NaN_test() =>
            DiagnosticAssert.AnalyzerReportsExactly(Method("float F(float x)", "{\n float t1 = x;\n if ({|DIFF010:x == t1|})\n return 1.0f;\n return 2.0f * x;\n }"));

        [Theory]
        [InlineData("double F(double x)", "=> {|DIFF011:TakeText({|DIFF010:x > 0 ? \"a\" : \"b\"|})|} * x;", "The conditional operator 'x > 0 ? \"a\" : \"b\"' of type 'string'")]
        [InlineData("double F(double x)", "=> {|DIFF011:TakeC({|DIFF010:x > 0 ? Other : new C()|})|} * x;", "The conditional operator 'x > 0 ? Other : new C()' of type 'Tests.C'")]
        public void Conditional_BetweenValuesThatAreNotDoubleOrFloat(string signature, string body, string construct)
        {
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(signature, body));
            Assert.Equal(
                construct + " cannot be differentiated here: only a choice between double or float values can be differentiated; choose between numbers",
                MessageOf(diagnostics, "DIFF010"));
        }

        [Fact]
        public void Conditional_BetweenDecimals_IsReportedAsTheValueConverted()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> (double)({|DIFF010:x > 0 ? 1m : 2m|}) * x;"));
            Assert.Equal(
                "The expression 'x > 0 ? 1m : 2m' of type 'decimal' cannot be differentiated here: only double, float and integer values can be converted to double or float here",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void Lambda_KeptInALocal()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n Func<double, double> {|DIFF010:square = t => t * t|};\n return square(x);\n }"));
            Assert.StartsWith("The lambda or delegate local 'square' of type 'Func<double, double>' cannot be differentiated here", MessageOf(diagnostics, "DIFF010"), StringComparison.Ordinal);
        }

        [Fact]
        public void MethodGroup_PassedAsADelegate()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:Apply(Helper, x)|};"));
        }

        [Fact]
        public void StringInterpolation_KeptInALocal()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n string {|DIFF010:text = $\"{x}\"|};\n return x;\n }"));
            Assert.StartsWith("The local 'text' of type 'string' cannot be differentiated here", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Dynamic()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF010:Math.Sin((dynamic)x)|};"));
            Assert.Contains("'dynamic'", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
            // The local is reported where it is declared; its uses draw nothing more.
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n dynamic {|DIFF010:d = x|};\n return d * x;\n }"));
        }

        [Fact]
        public void FieldOfAnotherObject()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF010:Other.last|} * x;"));
            string message = diagnostics.Single().GetMessage();
            Assert.StartsWith("The field read 'Other.last' cannot be differentiated here: ", message, StringComparison.Ordinal);
            Assert.Contains("of this object, or static ones, can be read (as constants)", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Await_IsReportedThroughTheAsyncSignature()
        {
            // An await needs an async method, which the signature checks reject before the body is read.
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("async {|DIFF002:Task<double>|} {|DIFF006:F|}(double x)", "{\n await Task.Yield();\n return x;\n }"));
            Assert.Contains("async methods are not supported", MessageOf(diagnostics, "DIFF006"), StringComparison.Ordinal);
        }

        [Fact]
        public void Yield_IsReportedThroughTheIteratorsReturnType()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("{|DIFF002:System.Collections.Generic.IEnumerable<double>|} F(double x)", "{\n yield return x;\n }"));
        }

        [Fact]
        public void RefLocal()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n ref double {|DIFF010:alias = ref x|};\n alias = x * x;\n return x;\n }"));
        }

        [Fact]
        public void WriteToIntegerParameter_MessageIsNotContradictory()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "{\n {|DIFF010:n|} = 2;\n return x;\n }"));
            Assert.DoesNotContain("may assign only its own locals and parameters", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void DiscardedValue_MessageSaysToAssignIt()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF010:Math.Sin(x)|};\n return x;\n }"));
            Assert.Equal(
                "The expression statement 'Math.Sin(x)' cannot be differentiated here: its result is discarded; assign it to a local or remove it",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void ChainedAssignment_ReportedOnce()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double y, z;\n y = {|DIFF010:z = x|};\n return y * z;\n }"));
        }

        [Fact]
        public void Deconstruction_ReportedOnceWithoutContradiction()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF010:var (a, b) = Math.SinCos(x)|};\n return a * b;\n }"));
            Assert.DoesNotContain("may assign only its own locals and parameters", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void CheckedExpression_IsReported()
        {
            // The kind and its message; the exact span is checked in CheckedExpression_Span below.
            ImmutableArray<Diagnostic> diagnostics = GeneratorHarness.Analyze(MarkupSource.Parse(Method("=> checked(x * 2);")).Source);
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("DIFF010", diagnostic.Id);
            Assert.Equal(
                "The 'checked' expression cannot be differentiated here: overflow checking applies to integers, which are not differentiated; remove it",
                diagnostic.GetMessage());
        }

        [Fact]
        public void UncheckedExpressionAndBlock_AreHarmless()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n double y = unchecked(x * 2);\n unchecked { y = y * 2; }\n return y;\n }"), "Tests.C.F(double).g.cs");
        }

        // ---- pointers and unsafe code (compiled with /unsafe) ---------------------------------

        private const string PointerHelper = "        private static unsafe double TakePointer(double* p) => *p;\n";

        [Fact]
        public void AddressOf()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactlyIn(
                DiagnosticAssert.AllowUnsafe,
                InClass(PointerHelper + "        [Differentiable]\n        public unsafe double F(double x) => {|DIFF011:TakePointer({|DIFF010:&x|})|};"));
            Assert.Equal(
                "The pointer operation '&x' cannot be differentiated here: pointers are not differentiable values; use double or float values",
                MessageOf(diagnostics, "DIFF010"));
        }

        [Fact]
        public void PointerLocal()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactlyIn(
                DiagnosticAssert.AllowUnsafe,
                InClass("        [Differentiable]\n        public unsafe double F(double x)\n        {\n            double* {|DIFF010:p = &x|};\n            return x;\n        }"));
            Assert.StartsWith("The local 'p' of type 'double*' cannot be differentiated here", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void FixedStatement()
        {
            DiagnosticAssert.AnalyzerReportsExactlyIn(
                DiagnosticAssert.AllowUnsafe,
                InClass("        private static readonly double[] Weights = { 1.0 };\n\n        [Differentiable]\n        public unsafe double F(double x)\n        {\n            {|DIFF010:fixed (double* p = Weights) { }|}\n            return x;\n        }"));
        }

        [Fact]
        public void PointerIndirection()
        {
            DiagnosticAssert.AnalyzerReportsExactlyIn(
                DiagnosticAssert.AllowUnsafe,
                InClass("        [Differentiable]\n        public unsafe double F(double x) => {|DIFF010:*&x|};"));
        }

        // ---- regressions (once reported as bugs) ---------------------------------------------------

        [Fact]
        public void UnsafeBlock()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactlyIn(
                DiagnosticAssert.AllowUnsafe,
                InClass("        [Differentiable]\n        public double F(double x)\n        {\n            {|DIFF010:unsafe { double y = x; }|}\n            return x;\n        }"));
            Assert.StartsWith("The 'unsafe' block cannot be differentiated here", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void CheckedBlock()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF010:checked { x = x * 2; }|}\n return x;\n }"));
            Assert.StartsWith("The 'checked' block cannot be differentiated here", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void CheckedExpression_Span()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF010:checked(x * 2)|};"));
        }

        [Fact]
        public void FixedStatement_Message()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactlyIn(
                DiagnosticAssert.AllowUnsafe,
                InClass("        private static readonly double[] Weights = { 1.0 };\n\n        [Differentiable]\n        public unsafe double F(double x)\n        {\n            {|DIFF010:fixed (double* p = Weights) { }|}\n            return x;\n        }"));
            Assert.StartsWith("The 'fixed' statement cannot be differentiated here", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void PointerIndirection_Message()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactlyIn(
                DiagnosticAssert.AllowUnsafe,
                InClass("        [Differentiable]\n        public unsafe double F(double x) => {|DIFF010:*&x|};"));
            Assert.Contains("pointer", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void ThrowExpression_Message()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF010:throw new InvalidOperationException()|};"));
            Assert.StartsWith("The 'throw' cannot be differentiated here", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Dynamic_Message()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF010:Math.Sin((dynamic)x)|};"));
            Assert.Contains("use static types", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }
    }
}
