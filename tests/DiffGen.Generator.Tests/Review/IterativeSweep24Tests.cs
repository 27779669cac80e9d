using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-fourth session's sweep of iterative numerical methods as users write them (176 double methods, 12 float twins):
    /// ODE integrators (Euler, RK2, RK4, Adams-Bashforth, Verlet, leapfrog, implicit Euler with an inner Newton solve, adaptive
    /// steps, shooting, event times, time loops whose step count depends on a value), Newton's iteration (fixed counts,
    /// tolerances, early returns and breaks, 2-D, Halley), fixed-point, secant, regula falsi, Illinois and Steffensen iterations,
    /// bisection and golden-section searches in many spellings, power series summed until the term is small, continued
    /// fractions, Horner, Clenshaw, Kahan and Neumaier sums, trapezoid / Simpson / Romberg / Gauss-Legendre / adaptive quadrature
    /// of a parametrised integrand, power iteration, Jacobi / Gauss-Seidel / SOR / CG / Thomas / Newton-Schulz, gradient-descent
    /// inner loops, running recurrences and filters, recurrences on arrays. 141 double methods and 12 float twins accepted and
    /// right: checked as the catalog's are (<see cref="ArrayGradientTests.Check(ArrayCase)"/>) at points where the method is
    /// smooth over the stencil (<see cref="NotebookSweep22Tests.Smooth"/>), and the bisection under Gradient.Stop. 14 declined,
    /// each beside the rewrite its advice gives (accepted and right; the advice for a convergence check that throws, and for
    /// a Random local, added after the sweep). 12 staircases warned of with DIFF012 (their advice works: I24BisectionThenNewton, I24BisectDerivativeOf,
    /// I24BisectStop). Silently wrong as found: 7 searches whose result reads a parameter by arithmetic besides the search
    /// (KnownBugs' NsBisection and variants), warned of with DIFF012 since (<c>BracketingSearches</c>). A dead-end advice for a
    /// helper with an out parameter (mark it [Differentiable], which does not take one), which says to split the helper since.
    /// No uncompilable generated code, no crash.
    /// </summary>
    public sealed partial class IterativeSweep24Tests
    {
        private static ArrayCase C(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? ArrayCase.Scalar, Accept = p => NotebookSweep22Tests.Smooth(c, p) };
            return c;
        }

        private static int[] Small => new[] { 1, 2, 3, 4 };

        private static int[] Sizes => new[] { 0, 1, 2, 3, 5 };

        private static IEnumerable<ArrayCase> All => OdeCases.Concat(RootCases).Concat(SearchCases).Concat(SeriesCases).Concat(LinearCases).Concat(ProbeCases).Concat(MoreCases).Concat(ExtraCases);

        private static ArrayCase Find(string name) => All.Single(c => c.Name == name);

        /// <summary>Declined: the id, how the message starts, a part of its advice, and the rewrite (an accepted case) that follows it.</summary>
        private static readonly Dictionary<string, (string Id, string Starts, string Advice, string Rewrite)> Declines = new Dictionary<string, (string, string, string, string)>
        {
            ["I24BoolDone"] = ("DIFF015", "The bool local 'done' here is not supported yet", "use an integer local (int done = 0; ... done = 1; ... done == 1)", "I24IntDone"),
            ["I24RecursiveContinuedFraction"] = ("DIFF015", "The call to 'I24Cf' in an arm of ?: is not supported yet", "compute it into a local in an if / else first", "I24RecursiveContinuedFractionIf"),
            ["I24TimeLoopBreak"] = ("DIFF015", "A for loop whose header declares or changes a floating-point value, with a break or continue in its body is not supported yet", "write it as a while loop", "I24TimeLoopBreakWhile"),
            ["I24LambdaRhs"] = ("DIFF010", "The lambda or delegate local 'f' of type 'Func<double, double>' cannot be differentiated here", "as a local function of one expression", "I24LocalFunctionRhs"),
            ["I24HypotPowerIteration"] = ("DIFF011", "The call to 'double.Hypot' cannot be differentiated", "write Math.Sqrt(nx * nx + ny * ny) instead", "I24SqrtPowerIteration"),
            ["I24NewtonReturnNested"] = ("DIFF015", "A 'return' inside a loop or branch is not supported yet", "from a nested loop, test the flag after the inner loop (if (found == 1) break;)", "I24NewtonReturnNestedFlag"),
            ["I24StepsFromParameterCast"] = ("DIFF013", "The conversion '(int)(tEnd / 0.5)' to 'int' cuts the derivative", "convert Math.Floor or Math.Round of it ((int)Math.Floor(tEnd / 0.5)", "I24StepsFromParameterFloor"),
            ["I24ThomasLoop"] = ("DIFF015", "A 'return' inside a loop or branch is not supported yet", "a guard clause (if (n == 0) return 0;) may stand at the start of the body", "I24ThomasGuardFirst"),
            ["I24RombergTable"] = ("DIFF015", "The integer expression '1 << k' is not supported yet", "+ - * / %", "I24RombergTableCounted"),
            ["I24AdaptiveSimpsonStack"] = ("DIFF015", "Reading an element of the local array 'los' into a value that the same loop iteration overwrites afterwards is not supported yet", "copy the old elements into a local array declared before the loop", "I24AdaptiveSimpsonStackCopied"),

            ["I24LocalRecursion"] = ("DIFF015", "The call of 'Cf' inside itself is not supported yet", "write it as a [Differentiable] method of the type", "I24RecursiveContinuedFractionIf"),
            ["I24TupleLocalFunction"] = ("DIFF010", "The local 'e' of type '(double F, double D)' cannot be differentiated here", "keep a vector's components in locals of their own", "I24TwoLocalFunctions"),

            // The advice (draw outside, pass the draws in) is what I24RandomWalkData does, accepted and right.
            ["I24RandomWalkSeed"] = ("DIFF010", "The local 'rng' of type 'Random' cannot be differentiated here", "draw them before calling it and pass them in (a double[] of draws", "I24RandomWalkData"),

            // A check of convergence can only come after the loop: the advice says to return NaN where the loop ran out, which
            // I24ConvergedOrNaN does, accepted and right.
            ["I24ThrowIfNotConverged"] = ("DIFF010", "The 'throw' cannot be differentiated here", "after a loop that may not converge, return double.NaN where it did not", "I24ConvergedOrNaN"),
        };

        /// <summary>Staircases warned of with DIFF012 at this comparison; their generated derivatives are the program's 0, as documented.</summary>
        private static readonly Dictionary<string, string> Warned = new Dictionary<string, string>
        {
            ["I24BisectConst"] = "mid * mid * mid + mid - p > 0",
            ["I24BisectConstWhileTol"] = "mid * mid - p > 0",
            ["I24BisectConstTernary"] = "f > 0",
            ["I24BisectConstIntFlag"] = "mid * mid - p > 0",
            ["I24BisectConstSquared"] = "mid * mid * mid - p > 0",
            ["I24BisectHelperArray"] = "I24Cubic(mid, p[k]) > 0",
            ["I24BisectTolReadsParam"] = "hi - lo > 1e-12 * p",
            ["I24BisectSignTest"] = "Math.Sign(fmid) == Math.Sign(flo)",
            ["I24BisectConstFloat"] = "mid * mid - p > 0",
            ["I24GridWalk"] = "x * x < p",
            ["I24CountHalvings"] = "x > p",
            ["I24GoldenArgminConst"] = "(c - a) * (c - a) + Math.Cosh(c) < (d - a) * (d - a) + Math.Cosh(d)",
        };

        /// <summary>
        /// Bracketing searches whose result also reads a parameter by arithmetic, warned of with DIFF012 at this comparison
        /// (found silently wrong by the sweep: the derivative of the path of tests, not of the root or optimum).
        /// </summary>
        private static readonly Dictionary<string, string> Searched = new Dictionary<string, string>
        {
            ["I24BisectConstPlusParam"] = "mid * mid - p > 0",
            ["I24BisectConstTwoParams"] = "a * mid * mid - b > 0",
            ["I24BisectMidInLoop"] = "x * x * x - p * x - q > 0",
            ["I24BisectParamHi"] = "mid * mid - p > 0",
            ["I24BisectParamBoth"] = "mid * mid * mid + mid - p > 0",
            ["I24BisectParamWhileTol"] = "mid * mid - p > 0",
            ["I24GoldenArgminParamBracket"] = "(c - a) * (c - a) + Math.Cosh(c) < (d - a) * (d - a) + Math.Cosh(d)",
        };

        /// <summary>The bisection under Gradient.Stop (its own fact), and the dead end of an out parameter.</summary>
        private static readonly string[] Others = { "I24BisectStop", "I24OutHelper", "I24OutHelperMarked" };

        private static IEnumerable<ArrayCase> Accepted => All.Where(c => !Declines.ContainsKey(c.Name) && !Warned.ContainsKey(c.Name) && !Searched.ContainsKey(c.Name) && !Others.Contains(c.Name));

        public static TheoryData<string> AcceptedNames() => new TheoryData<string>(Accepted.Select(c => c.Name));

        public static TheoryData<string> DeclinedNames() => new TheoryData<string>(Declines.Keys.OrderBy(k => k, StringComparer.Ordinal));

        public static TheoryData<string> WarnedNames() => new TheoryData<string>(Warned.Keys.OrderBy(k => k, StringComparer.Ordinal));

        public static TheoryData<string> SearchNames() => new TheoryData<string>(Searched.Keys.OrderBy(k => k, StringComparer.Ordinal));

        public static TheoryData<int> FloatIndexes() => new TheoryData<int>(Enumerable.Range(0, Floats.Length));

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Gradient_and_partials_match_finite_differences(string name)
        {
            ArrayCase c = Find(name);
            Assert.Empty(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            ArrayGradientTests.Check(c);
        }

        [Theory]
        [MemberData(nameof(FloatIndexes))]
        public void Float_gradient_matches_its_double_twin(int i)
        {
            ArrayCase twin = Find(Floats[i].Twin);
            ArrayGradientTests.Check(ArrayCase.FloatTwinOf(twin, Floats[i].Source), twin);
        }

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Declined_with_advice_whose_rewrite_is_accepted(string name)
        {
            (string id, string starts, string advice, string rewrite) = Declines[name];
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(Find(name)));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == id)
                && diagnostics.Any(d => d.GetMessage().StartsWith(starts, StringComparison.Ordinal) && d.GetMessage().Contains(advice, StringComparison.Ordinal)),
                name + ":\n" + string.Join("\n", diagnostics));
            Assert.Contains(rewrite, Accepted.Select(c => c.Name));
        }

        [Theory]
        [MemberData(nameof(WarnedNames))]
        public void Staircase_is_warned_of_and_its_derivative_is_the_programs_zero(string name)
        {
            ArrayCase c = Find(name);
            var warning = Assert.Single(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            Assert.Equal("DIFF012", warning.Id);
            Assert.Equal(Warned[name], warning.Location.SourceTree!.GetText().ToString(warning.Location.SourceSpan));
            Assert.Contains("Newton's step", warning.GetMessage(), StringComparison.Ordinal);
            CompiledCase compiled = CompiledCase.For(c);
            var random = new Random(2401);
            for (int k = 0; k < 3; k++)
            {
                object[] point = c.Arguments(random, 3);
                point = compiled.IsFloat ? Arguments.ToFloat(point) : point;
                object[] outputs = compiled.NewOutputs(point, double.NaN);
                Assert.Equal(compiled.Value(point), compiled.Gradient(point, outputs), 12);
                foreach (object o in outputs)
                {
                    Assert.All(o is Array a ? a.Cast<object>().Select(Convert.ToDouble) : new[] { Convert.ToDouble(o) }, d => Assert.Equal(0.0, d));
                }

                foreach (CaseParameter q in compiled.Differentiated.Where(q => q.Kind == ParameterKind.Scalar))
                {
                    Assert.Equal(0.0, compiled.Partial(q.Name, point));
                }
            }
        }

        /// <summary>The bisection's root under Gradient.Stop, as DIFF012 advises when the staircase is meant: no diagnostic, derivative 0, the method's value.</summary>
        [Fact]
        public void Bisection_under_Gradient_Stop_has_the_derivative_of_a_constant()
        {
            ArrayCase c = Find("I24BisectStop");
            Assert.Empty(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            CompiledCase compiled = CompiledCase.For(c);
            foreach (double p in new[] { 0.7, 2.0, 5.5 })
            {
                object[] point = { p };
                object[] outputs = compiled.NewOutputs(point, double.NaN);
                Assert.Equal(Math.Sqrt(p), compiled.Gradient(point, outputs), 12);
                Assert.Equal(0.0, (double)outputs[0]);
                Assert.Equal(0.0, compiled.Partial("p", point));
            }
        }

        /// <summary>
        /// Bracketing searches whose result reads a parameter by arithmetic too (silently wrong until the bracketing check,
        /// <c>BracketingSearches</c>): warned of with DIFF012 at the comparison that chooses which end moves. The generated
        /// derivative is the path's (the dyadic or golden mix of the starting ends, plus the arithmetic use), not the root's.
        /// </summary>
        [Theory]
        [MemberData(nameof(SearchNames))]
        public void Bracketing_search_is_warned_of_at_its_test(string name)
        {
            var warning = Assert.Single(GeneratorHarness.Analyze(CompiledCase.SourceOf(Find(name))));
            Assert.Equal("DIFF012", warning.Id);
            Assert.Equal(Searched[name], warning.Location.SourceTree!.GetText().ToString(warning.Location.SourceSpan));
            Assert.Contains("chooses which end of a bracket moves", warning.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("Newton's step", warning.GetMessage(), StringComparison.Ordinal);
            Assert.Contains(name + "Gradient(", GeneratorHarness.RunAndCompile(CompiledCase.SourceOf(Find(name))).SourceFor(name), StringComparison.Ordinal);
        }

        /// <summary>
        /// A helper returning f and f' through an out parameter: DIFF011 used to advise marking it [Differentiable] or declaring a
        /// [DerivativeOf], neither of which takes an out parameter (marked, it is DIFF006 at the helper and DIFF015 at the call).
        /// It says to split the helper now, one method per value, which I24TwoHelpers does and which is accepted and right.
        /// </summary>
        [Fact]
        public void Out_parameter_helper_advice_leads_to_an_accepted_method()
        {
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(Find("I24OutHelper")));
            Assert.Contains(diagnostics, d => d.Id == "DIFF011" && d.GetMessage().Contains("returns a value through the out parameter 'df'", StringComparison.Ordinal)
                && d.GetMessage().Contains("split it into one method per value it computes", StringComparison.Ordinal));
            Assert.DoesNotContain(diagnostics, d => d.GetMessage().Contains("mark 'I24Eval' [Differentiable]", StringComparison.Ordinal));
            Assert.Contains("I24TwoHelpers", Accepted.Select(c => c.Name));
        }

        /// <summary>Marked [Differentiable] anyway, the helper is declined where its out parameter stands and where it is called.</summary>
        [Fact]
        public void Out_parameter_helper_marked_is_declined_at_the_parameter_and_the_call()
        {
            var after = GeneratorHarness.Analyze(CompiledCase.SourceOf(Find("I24OutHelperMarked")));
            Assert.Contains(after, d => d.Id == "DIFF006" && d.GetMessage().Contains("parameter 'df' is passed by reference", StringComparison.Ordinal));
            Assert.Contains(after, d => d.Id == "DIFF015" && d.GetMessage().Contains("methods with ref, out, in or params parameters", StringComparison.Ordinal));
        }
    }
}
