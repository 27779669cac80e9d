using System;
using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// DIFF015, an error: what DiffGen will differentiate in a later version but does not yet:
    /// <c>switch</c> statements, and switch expressions it cannot read as a chain of ?: (no last <c>_</c> arm, a
    /// pattern that declares a variable or tests NaN, a switch on another type); in a method with loops or arrays, a <c>return</c> that is not its last
    /// statement, a call of another [Differentiable] method, a <c>bool</c> local, an array local
    /// that is not <c>new double[n]</c> or <c>stackalloc double[n]</c>, an assignment to a parameter,
    /// an element of an array made on the spot; in a method without them, integer arithmetic and an
    /// array's length used directly as a value. Branches written with if/else and ?: are
    /// differentiated (<see cref="BranchesAreSupportedTests"/>), and so are loops, arrays, spans
    /// and integer locals (<see cref="LoopsAndArraysAreSupportedTests"/>).
    /// </summary>
    public sealed class NotSupportedYetTests
    {
        private const string Switch = "a switch statement is read when it switches on a number with constant and relational labels (case 0:, case < 1:, when guards), each section ending in break or return, with no goto case or other break out of it; otherwise write the cases as an if / else if chain, or as a switch expression (x switch { < 0 => a, _ => b })";
        private const string ReturnOnce = "A 'return' inside a loop or branch is not supported yet: in a method with loops or arrays the method returns once, at its end; ";

        // A bool flag set before a break is DIFF015 too (a bool local that does not keep one test): the advice folds the test into
        // a value, or leaves the loop with an integer flag.
        private const string ReturnInALoop = ReturnOnce + "fold the test into the value the loop computes (s += w[i] <= 0 ? double.NegativeInfinity : Math.Log(w[i]);) or into the loop's condition (i < n && s <= 2), and return the result last; or assign the result to a local, leave the loop with break, set an integer flag (found = 1;) to choose it at the end (return found == 1 ? result : total;) and, from a nested loop, test the flag after the inner loop (if (found == 1) break;)";
        private const string LocalOfAProgram = "locals of a method with loops or arrays hold double, float or integer values, or an array made in the declaration (new double[n], stackalloc double[n], or given its elements: { 1, 2, 3 })";
        private const string LocalArray = "a local array is made in its declaration: new double[n], stackalloc double[n], given its elements ({ 1, 2, 3 }), or a copy of a parameter ((double[])w0.Clone(), [.. w0]) to write to; read a parameter's or field's elements directly";
        private const string IntegerAdvice = "compute it in an integer local first (as in int m = n + 1;) and use the local, or compute in double (n + 1.0)";

        [Theory]
        [InlineData("double F(double x, int n)", "{\n {|DIFF015:switch (n) { case 0: x = -x; goto default; default: return x; }|}\n }")]
        [InlineData("double F(double x, int n)", "{\n if (x > 0)\n {\n {|DIFF015:switch (n) { case 0: x = -x; goto default; default: return x; }|}\n }\n return x;\n }")]
        public void SwitchStatement_IsNotSupportedYet_AdviceIsAnIfElseChainOrASwitchExpression(string signature, string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(signature, body));
            Assert.Equal("The 'switch' statement is not supported yet: " + Switch, diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(signature, Strip(body)));
        }

        [Theory]
        [InlineData("double F(double x)", "=> {|DIFF015:x switch { > 0 => x, <= 0 => -x }|};", "The switch expression 'x switch { > 0 => x, <= 0 => -x }' without a last '_ =>' arm is not supported yet: a value no arm matches would throw, which has no derivative; end it with _ => and the value for every other input")]
        [InlineData("double F(double x)", "=> x switch { {|DIFF015:double.NaN|} => 0.0, _ => x };", "DiffGen reads comparisons of values, not tests for NaN or infinity, and a NaN computed in the method reaches its gradient even where the result does not use it; test the inputs before calling the method, and for missing values in data pass a mask beside it (int[] observed; ... if (observed[t] == 0) continue;)")]
        [InlineData("double F(double x)", "=> x switch { {|DIFF015:var v|} when v > 1 => v * v, _ => x };", "use the switched value itself in the arms, with a when guard for other tests")]
        [InlineData("double F(double x)", "{\n bool up = x > 0;\n return {|DIFF015:up|} switch { true => x, _ => -x };\n }", "The switch on 'up' of type 'bool' is not supported yet")]

        // An if / else if chain on a bool, an enum or a string is no way out (conditions compare numbers): the advice says what is.
        [InlineData("double F(double x)", "{\n bool up = x > 0;\n return {|DIFF015:up|} switch { true => x, _ => -x };\n }", "for a bool, write ?: or if / else on the condition itself; for an enum, a char or a string, pass the choice into the method as an int parameter and switch on that")]

        // A last arm that declares a variable is reported as the pattern to change, not as a missing _ arm (it matches every value).
        [InlineData("double F(double x)", "=> x switch { {|DIFF015:var v|} => v * v };", "The pattern 'var v' is not supported yet")]
        // The same patterns after 'is' in an if are read as a switch arm's are; what they cannot read is reported at the pattern.
        [InlineData("double F(double x)", "{\n if (x is {|DIFF015:double d|}) return x * x;\n return x;\n }", "The pattern 'double d' in 'x is double d' is not supported yet: test the value itself against numbers: a constant, < <= > >=, and, or, not (x is > 0 and < 1), and write any other test with &&")]
        [InlineData("double F(double x)", "{\n if (x is {|DIFF015:var v|} && v > 1) return v * x;\n return x;\n }", "The pattern 'var v' in 'x is var v' is not supported yet")]
        [InlineData("double F(double x)", "{\n if (x is < 0 or {|DIFF015:double.NaN|}) return x * x;\n return x;\n }", "test the inputs before calling the method, and for missing values in data pass a mask beside it")]
        public void SwitchExpression_ItCannotRead_IsNotSupportedYet_WithWhatToWriteInstead(string signature, string body, string message)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(signature, body));
            Assert.Contains(message, diagnostics.Single().GetMessage(), StringComparison.Ordinal);
            AssertNotGenerated(Method(signature, Strip(body)));
        }

        [Fact]
        public void SwitchExpression_OnNumbers_EndingWithADiscard_IsGenerated()
        {
            AssertReportedAndGenerated(
                Alone("double F(double x, int n)", "=> x switch { < 0 => 0.0, >= 1 and < 2 => x * x, _ => n switch { 0 => x, _ => -x } };"),
                "Tests.C.F(double,int).g.cs");
        }

        [Fact]
        public void SwitchExpression_OnAnInteger_ExhaustiveWithoutADiscard_IsGenerated()
        {
            // The compiler proves that every int takes an arm: the last is the chain's else (review: was DIFF015, "a value no arm matches would throw").
            AssertReportedAndGenerated(
                Alone("double F(double x, int n)", "=> n switch { < 0 => x, 0 => x * x, > 0 => -x };"),
                "Tests.C.F(double,int).g.cs");
        }

        [Fact]
        public void IntegerConstant_AboveLongMaxValue_IsNotSupportedYet_NotAnInternalError()
        {
            // Integers are computed as long: ToInt64 threw, and the method got DIFF900 (review).
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, ulong u)", "=> u switch { {|DIFF015:18446744073709551615|} => x, _ => x * x };"));
            Assert.StartsWith("The integer constant '18446744073709551615' above long.MaxValue is not supported yet:", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
            DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double[] w, ulong u)", "{\n double s = 0;\n for (int i = 0; i < w.Length; i++) s += u == {|DIFF015:18446744073709551615|} ? w[i] : 2 * w[i];\n return s;\n }"));
        }

        [Fact]
        public void Switch_RewrittenAsAnIfElseChain_IsGenerated()
        {
            // The way out the message gives: the same cases as an if / else if chain.
            AssertReportedAndGenerated(
                Alone("double F(double x)", "{\n if (x < 0) return 0.0;\n else if (x < 1) return x * x;\n else return x;\n }"),
                "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void SwitchStatement_WithBreak_IsReportedOnceAsTheSwitch()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "{\n double y = x;\n {|DIFF015:switch (n) { case 0: y = -x; goto default; default: break; }|}\n return y;\n }"));
        }

        [Fact]
        public void Return_BeforeTheEnd_OfAMethodWithIntegerArithmetic_NamesWhatTheMethodHas()
        {
            // No loop here: the message speaks of the integer arithmetic that makes the method a program, not of loops.
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "{\n double y = x;\n y = y * (n + 1);\n if (y < 0) {|DIFF015:return 0.0;|} else y = -y;\n return y;\n }"));
            Assert.Contains("in a method that computes with integer variables the method returns once", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
        }

        // ---- methods with loops or arrays -------------------------------------------------------

        [Theory]
        [InlineData("{\n double s = 0;\n for (int i = 0; i < 3; i++) { for (int j = 0; j < 2; j++) { if (s > 2) {|DIFF015:return s;|} s += x; } }\n return s;\n }")]
        [InlineData("{\n double s = 0;\n for (int i = 0; i < 3; i++) { if (s > 2) {|DIFF015:return s;|} s += x; }\n s = 2 * s;\n return s;\n }")]
        [InlineData("{\n double s = 0;\n while (s < 1) { s += x; {|DIFF015:return s;|} }\n return s;\n }")]
        public void Return_BeforeTheEndOfAMethodWithLoopsOrArrays_IsNotSupportedYet(string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(ReturnInALoop, diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(Strip(body)));
        }

        // A guard clause before the work, as a notebook writes it, is generated (docs/supported.md, "Guard clauses").
        [Theory]
        [InlineData("double F(double x, double[] w)", "{\n if (x > 0) return w[0] * x;\n return x;\n }")]
        [InlineData("double F(double x, double[] w)", "{\n int n = w.Length;\n if (n == 0) { return 0; }\n double s = 0;\n foreach (double v in w) s += v * x;\n return s / n;\n }")]
        [InlineData("double F(double x, int n)", "{\n if (x < 0) return 0.0;\n return x * (n + 1);\n }")]
        public void Return_InAGuardClause_OfAMethodWithLoopsOrArrays_IsGenerated(string signature, string body)
        {
            string hint = "Tests.C.F(" + signature.Substring(signature.IndexOf('(') + 1).TrimEnd(')').Replace(" x", string.Empty).Replace(" w", string.Empty).Replace(" n", string.Empty).Replace(", ", ",").Replace("[]", "__") + ").g.cs";
            AssertReportedAndGenerated(Alone(signature, body), hint);
        }

        // A return in the method's last statements, after its loops: the rest becomes the if's other side.
        [Theory]
        [InlineData("double F(double x, double[] w)", "{\n double first = w[0];\n if (x > 0) return first * x;\n return x;\n }")]
        [InlineData("double F(double x, double[] w)", "{\n double s = 0;\n foreach (double v in w) s += v * x;\n if (s > 1) return 1;\n double mean = s / w.Length;\n if (mean < -1) { return -1; }\n return mean;\n }")]
        [InlineData("double F(double x, int n)", "{\n double y = x;\n y = y * (n + 1);\n if (y < 0) return 0.0;\n return y;\n }")]
        public void Return_InAnIfAfterTheLoops_IsGenerated(string signature, string body)
        {
            string hint = "Tests.C.F(" + signature.Substring(signature.IndexOf('(') + 1).TrimEnd(')').Replace(" x", string.Empty).Replace(" w", string.Empty).Replace(" n", string.Empty).Replace(", ", ",").Replace("[]", "__") + ").g.cs";
            AssertReportedAndGenerated(Alone(signature, body), hint);
        }

        // A return that is not a guard clause before the work: its advice says where one may stand, and never leads to a loop
        // inside an if (DIFF015 too).
        [Theory]
        [InlineData("{\n double first = Weights[0];\n if (x > 0) {|DIFF015:return first * x;|}\n double s = 0;\n foreach (double v in Weights) s += v * x;\n return s;\n }")]
        [InlineData("{\n double s = 0;\n foreach (double v in Weights) s += v * x;\n if (s > 1) { s = 2 * s; {|DIFF015:return s;|} }\n return s / Weights.Length;\n }")]
        public void Return_InAGuard_AfterTheWorkBegins_SaysWhereAGuardClauseMayStand(string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(ReturnOnce + "assign the result to a local and return it last; a guard clause (if (n == 0) return 0;) may stand at the start of the body, after nothing but declarations that read no array element, call no method and divide no integers; elsewhere, compute the rest first and return the guard's choice last (return n == 0 ? 0 : total / n;)", diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(Strip(body)));
        }

        [Fact]
        public void Call_InAGuardClause_IsNotSupportedYet_AndSaysToChooseAtTheEnd()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF015:if (x > 1) return Square(x);|}\n double s = 0;\n foreach (double v in Weights) s += v * x;\n return s;\n }"));
            Assert.Equal("The call of 'Square' in a guard clause (if (...) return ...;) is not supported yet: a guard clause is tested before the method's work and calls nothing; compute the rest first and choose at the end (return test ? value : rest;)", diagnostics.Single().GetMessage());
        }

        // A loop right before the last return, returning from an if directly in its body: read as the break and flag a person writes.
        [Theory]
        [InlineData("{\n double s = 0;\n for (int i = 0; i < 3; i++) { if (s > 2) return s; s += x; }\n return s;\n }")]
        [InlineData("{\n double s = 0;\n int i = 0;\n while (i < 3) { s += x * x; if (s > 2) { return s * x; } i++; }\n return s;\n }")]
        public void Return_InAnIfOfTheLastLoop_IsGenerated(string body) => AssertReportedAndGenerated(Alone("double F(double x)", body), "Tests.C.F(double).g.cs");

        [Fact]
        public void Return_ReplacedByABreakAndOneReturnAtTheEnd_IsGenerated()
        {
            // The way out the message gives.
            AssertReportedAndGenerated(
                Alone("double F(double x)", "{\n double s = 0;\n for (int i = 0; i < 3; i++) { if (s > 2) break; s += x; }\n return s;\n }"),
                "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void SwitchInsideALoop_IsReportedAsTheSwitch()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "{\n double s = 0;\n for (int i = 0; i < 2; i++)\n {\n {|DIFF015:switch (n) { case 0: s += x; goto default; default: s -= x; break; }|}\n }\n return s;\n }"));
            Assert.Equal("The 'switch' statement is not supported yet: " + Switch, diagnostics.Single().GetMessage());
        }

        [Fact]
        public void AssignmentToAParameter_InAMethodWithLoops_IsTakenThroughACopy()
        {
            // Once DIFF015; now the parameter is read and written through a local copy (ParameterCopyCases).
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n for (int i = 0; i < 2; i++) x *= 2;\n return x;\n }"));
        }

        [Fact]
        public void LoopThatOnlyAnIfGuards_IsGenerated()
        {
            // Run as for (int i = 0; x > 0 && i < 2; i++): the guard reads nothing the loop changes (Arrays/GuardedLoopCases.cs).
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n double s = 0;\n if (x > 0)\n {\n for (int i = 0; i < 2; i++) s += x;\n }\n return s;\n }"), "Tests.C.F(double).g.cs");
        }

        /// <summary>
        /// The test reads what the loop changes (itself, or through a local function it calls): once DIFF015, now the if is kept
        /// in an integer local, tested once as C# tests it (Arrays/BranchedLoopCases.cs, BlTestReadsTheSum).
        /// </summary>
        [Theory]
        [InlineData("{\n double s = x;\n if (s > 0)\n {\n for (int i = 0; i < 2; i++) s += x;\n }\n return s;\n }")]
        [InlineData("{\n double s = 0;\n bool Small() => s < 1;\n if (Small())\n for (int i = 0; i < 4; i++) s += x;\n return s;\n }")]
        public void LoopInsideAnIfWhoseTestItChanges_IsGenerated(string body) =>
            AssertReportedAndGenerated(Alone("double F(double x)", body), "Tests.C.F(double).g.cs");

        /// <summary>A do loop runs its body before its test: inside an if, it cannot be made to run no iteration.</summary>
        [Fact]
        public void DoLoopInAnIf_SaysToWriteAWhileLoop()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double s = 0;\n int i = 0;\n if (x > 0)\n {|DIFF015:do { s += x; i++; } while (i < 3);|}\n return s;\n }"));
            Assert.StartsWith("A do loop inside an if is not supported yet: in a method with loops or arrays, write the do loop as a while loop, whose test comes first", diagnostics.Single().GetMessage());
        }

        [Fact]
        public void ArrayGivenItsElementsInAnIfWithALoop_SaysToDeclareItBefore()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double s = 0;\n if (x > 0)\n {\n {|DIFF015:double[] c = { x, 2 * x };|}\n for (int i = 0; i < 2; i++) s += c[i];\n }\n return s;\n }"));
            Assert.StartsWith("A local array given its elements inside an if that holds a loop or an array is not supported yet: in a method with loops or arrays, make it with new double[2] and assign its elements one by one, or declare it before the if", diagnostics.Single().GetMessage());
        }

        /// <summary>Loops inside ifs (docs/supported.md, "Loops inside an if"), once DIFF015: no diagnostic.</summary>
        [Theory]
        [InlineData("{\n double s = 0;\n if (at.Length > 0)\n {\n for (int i = at[0]; i < w.Length; i++) s += x * w[i];\n }\n return s;\n }")]
        [InlineData("{\n double s = 0;\n if (x > 0)\n {\n if (x < 2)\n for (int i = 0; i < 3; i++) s += x;\n }\n return s;\n }")]
        [InlineData("{\n double s = 0;\n if (x > 0)\n {\n for (int i = 0; i < 2; i++) s += x;\n }\n else s = 1;\n return s;\n }")]
        [InlineData("{\n double s = 0;\n for (int i = 0; i < w.Length; i++)\n {\n if (w[i] > 1) continue;\n double t = 0;\n for (int j = 0; j < 2; j++) t += x * w[i];\n s += t;\n }\n return s;\n }")]
        public void LoopInsideAnIf_IsSupported(string body)
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, double[] w, int[] at)", body));
        }

        [Fact]
        public void BreakInAnIfThatOtherStatementsFollow_IsNotSupportedYet()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double s = 0;\n {|DIFF015:for (int i = 0; i < 3; i++)\n {\n if (x > 0)\n {\n if (x > 1) break;\n s += x;\n }\n s += x;\n }|}\n return s;\n }"));
            Assert.StartsWith("A break or continue inside an if that other statements follow is not supported yet:", diagnostics.Single().GetMessage());
        }

        [Fact]
        public void CallInsideAConditionalOperator_InALoop_IsNotSupportedYet()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double s = 0;\n for (int i = 0; i < 2; i++) s += x > 0 ? {|DIFF015:Square(x)|} : x;\n return s;\n }"));
            Assert.StartsWith("The call to 'Square' in an arm of ?: is not supported yet:", diagnostics.Single().GetMessage());
        }

        [Theory]
        [InlineData("x switch { > 0 => {|DIFF015:Square(x)|}, _ => x }", "in an arm of a switch expression")]
        [InlineData("x switch { > 0 when {|DIFF015:Square(x)|} > 1 => x, _ => -x }", "in the when guard of a switch arm")]
        [InlineData("x > 0 && {|DIFF015:Square(x)|} > 1 ? x : -x", "on the right of &&")]
        [InlineData("x > 0 || {|DIFF015:Square(x)|} > 1 ? x : -x", "on the right of ||")]
        [InlineData("x > 0 ? 1 + x * {|DIFF015:Square(x)|} : x", "in an arm of ?:")]
        public void CallEvaluatedOnlyOnSomeInputs_InALoop_IsNotSupportedYet_AndTheMessageNamesWhereItStands(string value, string where)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double s = 0;\n for (int i = 0; i < 2; i++) s += " + value + ";\n return s;\n }"));
            Assert.StartsWith("The call to 'Square' " + where + " is not supported yet:", diagnostics.Single().GetMessage());
        }

        [Fact]
        public void WriteToAnElementOfAnIntegerArray_IsNotSupportedYet_AndReportedOnce()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n int[] order = { 1, 0 };\n {|DIFF015:order[0]|} = 2;\n double s = 0;\n foreach (int k in order) s += k * x;\n return s;\n }"));
            Assert.Equal(
                "Writing to an element of the integer array 'order' is not supported yet: an integer array is data: give it all its elements where it is declared (int[] order = { 2, 0, 1 };), or keep the changing value in an integer local",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void AnotherArrayAssignedToALocalArray_IsNotSupportedYet()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double[] a = { x, 1 };\n {|DIFF015:a = new double[3]|};\n double s = 0;\n foreach (double v in a) s += v;\n return s;\n }"));
            Assert.Equal(
                "The assignment of another array to the local array 'a' is not supported yet: a local array keeps the array it was made with; write its elements instead (a[i] = ...;), or declare another local array",
                diagnostics.Single().GetMessage());
        }

        /// <summary>A sort's guarded swap: the advice is the swap written with Min and Max (Arrays/StatsSignalCases.cs, SsTrimmedMeanMinMax, passes), not one ?: per element.</summary>
        [Fact]
        public void GuardedSwap_IsNotSupportedYet_AndTheAdviceIsTheSwapWithMinAndMax()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, double[] w)", "{\n double[] a = new double[w.Length];\n for (int i = 0; i < w.Length; i++) a[i] = w[i] * x;\n for (int j = 0; j + 1 < a.Length; j++)\n {\n {|DIFF015:if (a[j] > a[j + 1]) { double tmp = a[j]; a[j] = a[j + 1]; a[j + 1] = tmp; }|}\n }\n return a[0] * x;\n }"));
            Assert.Equal(
                "An if whose test reads an element of the local array 'a' that the if then writes is not supported yet: the reverse sweep would test the new value; for a swap (a sort's step), write both elements from their old values without the if "
                + "(double lo = Math.Min(a[j], a[j + 1]), hi = Math.Max(a[j], a[j + 1]); a[j] = lo; a[j + 1] = hi;), else each element as one assignment with ?:",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void IfWhoseTestReadsAnElementItOverwrites_IsNotSupportedYet_AtTheIf()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, double[] w)", "{\n double[] t = new double[w.Length];\n double s = 0;\n for (int i = 0; i < w.Length; i++)\n {\n t[i] = w[i] * x;\n {|DIFF015:if (t[i] > 1) t[i] = 1;|}\n s += t[i] * t[i];\n }\n return s;\n }"));
            Assert.Equal(
                "An if whose test reads an element of the local array 't' that the if then writes is not supported yet: the reverse sweep would test the new value; write the choice as one assignment with ?: (t[i] = t[i] > 1 ? 1 : t[i];)",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void CountingLoopWhoseBoundReadsAnElementItOverwrites_IsNotSupportedYet_AtTheLoop()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double[] t = { 0 };\n {|DIFF015:for (int i = 0; i < (t[0] < 1 ? 3 : 2); i++) t[0] = t[0] * x + 1;|}\n return t[0];\n }"));
            Assert.Equal(
                "A loop whose bounds read an element of the local array 't' that the loop writes is not supported yet: compute the bound into an integer local before the loop",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void WhileLoopWhoseConditionReadsAnElementItOverwrites_IsGenerated()
        {
            // It runs backwards by its number of iterations, not by its condition.
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n double[] t = { 0 };\n while (t[0] < 5) t[0] = t[0] * x + 1;\n return t[0];\n }"), "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void FloatingPointCounterInAForHeader_IsGenerated()
        {
            // Run as double t = 0; while (t < 1) { s += x; t += 0.5; }: see Arrays/ForHeaderCases.cs for its derivatives.
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n double s = 0;\n for (double t = 0; t < 1; t += 0.5) s += x * t;\n return s;\n }"), "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void FloatingPointCounterInAForHeader_WithAContinue_IsNotSupportedYet()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double s = 0;\n {|DIFF015:for (double t = 0; t < 1; t += 0.5) { if (t > 0.7) continue; s += x; }|}\n return s;\n }"));
            Assert.Equal(
                "A for loop whose header declares or changes a floating-point value, with a break or continue in its body is not supported yet: write it as a while loop: declare the value before it and change it at the end of the body, and before each continue",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void FloatingPointCounterInAForHeader_WithNoConditionAndABreak_IsNotSupportedYet()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double s = 0;\n {|DIFF015:for (double t = 0; ; t += 1) { if (t > 3) break; s += x * t; }|}\n return s;\n }"));
            Assert.StartsWith("A for loop whose header declares or changes a floating-point value, with a break or continue in its body is not supported yet", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{\n double s = 0;\n int k = 0;\n for (double[] b = new double[3]; k < 3; k++) { b[k] = x * (k + 1); s += b[k] * b[0]; }\n return s;\n }")]
        [InlineData("{\n double s = 0, t = x, u = 1;\n for (int i = 0; i < 3; i++, (t, u) = (u, t * x)) s += t * u;\n return s;\n }")]
        [InlineData("{\n double s = 0;\n for (var (i, w) = (0, x); i < 3; i++) s += w * i;\n return s;\n }")]
        public void ForHeaderDeclaringAnArrayOrDeconstructing_IsGenerated(string body)
        {
            // Run as a while loop, like a floating-point counter: it was DIFF900 (the for loop took them as integer counters).
            AssertReportedAndGenerated(Alone("double F(double x)", body), "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void LocalDeclaredInOneSwitchSectionAndUsedInAnother_InAMethodWithLoops_IsNotSupportedYet()
        {
            // C# scopes it to the whole switch; the if chain gives each section a scope of its own (the code named it where
            // it was not declared, CS0103).
            string body = "{\n double s = 0;\n for (int i = 0; i < 3; i++)\n {\n switch (i)\n {\n case 0: double t = x * i; s += t; break;\n default: {|DIFF015:t|} = x + i; s += t * t; break;\n }\n }\n return s;\n }";
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("The local 't' declared in one switch section and used in another is not supported yet: declare it before the switch", diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(Strip(body)));
        }

        /// <summary>
        /// A local of another type is DIFF010, named as the user writes it (var infers a nullable array, never shown), and a
        /// local two-dimensional or jagged array is told how to flatten.
        /// </summary>
        [Theory]
        [InlineData("{\n var {|DIFF010:t = new double[2, 2]|};\n double s = 0;\n for (int i = 0; i < 2; i++) s += x * i;\n return s + t[0, 0];\n }", "The local 't' of type 'double[,]'", "a local array has one dimension: make it a flat array of rows × columns (double[] t = new double[rows * columns];) and read and write t[i * columns + j]")]
        [InlineData("{\n double[][] {|DIFF010:t = new double[2][]|};\n double s = 0;\n for (int i = 0; i < 2; i++) s += x * i;\n return s;\n }", "The local 't' of type 'double[][]'", "a local array has one dimension: make it a flat array of rows × columns (double[] t = new double[rows * columns];) and read and write t[i * columns + j]")]
        [InlineData("{\n var {|DIFF010:t = \"a\"|};\n double s = 0;\n for (int i = 0; i < 2; i++) s += x * i;\n return s;\n }", "The local 't' of type 'string'", LocalOfAProgram)]
        public void OtherLocals_InAMethodWithLoops_AreNamedAsWritten_AndArraysOfMoreDimensionsToldToFlatten(string body, string local, string advice)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(local + " cannot be differentiated here: " + advice, diagnostics.Single().GetMessage());
        }

        [Theory]
        [InlineData("{\n double[] {|DIFF015:a = Weights|};\n double s = 0;\n for (int i = 0; i < 2; i++) s += x;\n return s;\n }", "The local 'a' of type 'double[]'", LocalArray)]
        [InlineData("{\n double[] {|DIFF015:a = Weights|};\n double s = 0;\n for (int i = 0; i < a.Length; i++) s += a[i] * x;\n foreach (double v in a) s += v;\n return s;\n }", "The local 'a' of type 'double[]'", LocalArray)]
        public void LocalsOtherThanNumbersAndNewArrays_InAMethodWithLoops_AreNotSupportedYet_AndReportedOnce(string body, string local, string advice)
        {
            // Reported at the declaration only: the uses of the local raise nothing more.
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(local + " is not supported yet: " + advice, diagnostics.Single().GetMessage());
        }

        [Theory]
        [InlineData("{\n bool {|DIFF015:b = x > 0|};\n double s = 0;\n for (int i = 0; i < 2; i++) { if (b) s += x; b = !b; }\n return s;\n }")]
        [InlineData("{\n double t = x;\n bool {|DIFF015:b = t > 0|};\n double s = 0;\n for (int i = 0; i < 2; i++) { if (b) s += t; t = t * x; }\n return s;\n }")]
        [InlineData("{\n double[] a = { x, x * x };\n bool {|DIFF015:b = a[0] > 0|};\n double s = 0;\n for (int i = 0; i < 2; i++) if (b) s += a[i];\n return s;\n }")]
        public void ABoolLocalThatDoesNotKeepOneTest_InAMethodWithLoops_IsNotSupportedYet(string body)
        {
            // Assigned again, reading a local assigned later, or reading a local array's element: its test could change.
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.StartsWith("The bool local 'b' here is not supported yet: in a method with loops or arrays a bool local is read as the test it holds", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void ABoolLocalThatKeepsOneTest_InAMethodWithLoops_IsItsTest()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n bool b = x > 0;\n double s = 0;\n for (int i = 0; i < 2; i++) { bool even = i % 2 == 0; if (b && even) s += x; }\n return s;\n }"));
        }

        [Theory]
        [InlineData("=> Math.Max({|DIFF015:new[] { x }[0]|}, x);", "new[] { x }[0]")]
        [InlineData("=> Math.Max({|DIFF015:stackalloc double[] { x }[0]|}, x);", "stackalloc double[] { x }[0]")]
        public void ElementOfAnArrayMadeOnTheSpot_IsNotSupportedYet(string body, string element)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(
                "The element '" + element + "' is not supported yet: elements are read from an array or span by name (a parameter, a field or a local array); make the array a local first (double[] a = { x, y };) and read a[0]",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void ForeachOverAnArrayMadeOnTheSpot_IsNotSupportedYet()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n double s = 0;\n foreach (double w in {|DIFF015:new[] { x, 2 * x }|}) s += w;\n return s;\n }"));
            Assert.Equal(
                "The foreach over 'new[] { x, 2 * x }' is not supported yet: foreach can walk a whole array or span of double, float or integer values that the method holds (a parameter, a local array or a field), one value at a time; for part of one (x[1..]), write a for loop over its indices",
                diagnostics.Single().GetMessage());
        }

        [Theory]
        [InlineData("=> {|DIFF011:Take(new[] { x, 2 * x })|};")]
        [InlineData("=> {|DIFF011:Take(new double[2])|};")]
        [InlineData("=> {|DIFF011:TakeSpan(stackalloc double[] { x })|};")]
        public void ArrayPassedToACall_OnlyTheCallIsReported(string body)
        {
            // An array is no longer a problem by itself: the call with no derivative is.
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Contains("is not in the derivative table and not [Differentiable]", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("double F(double x)", "=> {|DIFF015:M[0, 0, 0]|} * x;", "M[0, 0, 0]")]
        [InlineData("double F(double x)", "=> {|DIFF015:L[0]|} * x;", "L[0]")]
        [InlineData("double F(double x)", "{\n double s = 0;\n for (int i = 0; i < 2; i++) s += {|DIFF015:L[i]|} * x;\n return s;\n }", "L[i]")]
        public void ElementsOfOtherCollections_AreNotSupportedYet(string signature, string body, string element)
        {
            string fields = "        private static readonly double[,,] M = { { { 1.0 } } };\n        private static readonly System.Collections.Generic.List<double> L = new System.Collections.Generic.List<double> { 1.0 };\n";
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass(fields + "        [Differentiable]\n        public " + signature + "\n        " + body));
            Assert.Equal(
                "The element access '" + element + "' is not supported yet: DiffGen reads elements of one-dimensional double or float arrays and spans (parameters, fields, and locals declared as new double[n] or stackalloc double[n]) and of double[,] and double[][] data (X[i, j], X[i][j]); copy the values into such an array",
                diagnostics.Single().GetMessage());
        }

        // ---- methods without loops or arrays ------------------------------------------------------

        [Theory]
        [InlineData("double F(double x, int n)", "=> x * (n + 1);")]
        [InlineData("double F(double x, int n)", "=> Math.Pow(x, n - 1);")]
        [InlineData("double F(double x, long k)", "=> x * (byte)k;")]
        [InlineData("double F(double x, int n)", "{\n int m = n + 1;\n return x * m;\n }")]
        public void IntegerArithmetic_AsAValue_IsGenerated(string signature, string body)
        {
            AssertReportedAndGenerated(Alone(signature, body), "Tests.C.F(double," + signature.Split(',')[1].Trim().Split(' ')[0] + ").g.cs");
        }

        [Fact]
        public void ArrayLength_UsedDirectlyAsAValue_IsGenerated()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> x * Weights.Length;"));
        }

        [Fact]
        public void ConstIntegerLocal_IsFine()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n const int n = 2;\n return x * n;\n }"), "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void CallToAnotherDifferentiableMethod_IsSupported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> Square(x) + x;"));
        }

        [Fact]
        public void CallToAnotherDifferentiableMethod_InAnotherType_IsSupported()
        {
            string other = BodySources.Header + "    public static partial class Shapes\n    {\n        [Differentiable]\n        public static double Cube(double t) => t * t * t;\n    }\n}\n";
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> Shapes.Cube(x) * 2.0;"), other);
        }

        [Fact]
        public void CallToADifferentiableMethod_BesideACallWithNoDerivative_OnlyTheLatterIsReported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> Square(x) + {|DIFF011:Helper(x)|};"));
        }

        // ---- regressions (once reported as bugs) ---------------------------------------------------

        [Fact]
        public void ArrayElementWrite_ToAFieldsArray_IsASideEffect()
        {
            // The array belongs to the object, so writing to it is DIFF014, not DIFF015.
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF014:Weights[0]|} = x;\n return x;\n }"));
        }

        private static string Strip(string markup) => MarkupSource.Parse(markup).Source;
    }
}
