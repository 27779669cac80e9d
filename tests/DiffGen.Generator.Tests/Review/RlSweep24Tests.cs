using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-fourth session's sweep of reinforcement-learning and probabilistic losses as users write them: PPO's clipped
    /// surrogate and value clipping, entropy bonuses, REINFORCE with a stopped baseline, advantage normalisation, GAE over a
    /// trajectory backwards, TD(0) and TD(λ) targets, Huber TD losses, Q-learning and soft-Q targets, KL divergences, Gaussian
    /// and tanh-squashed policies, cross-entropies with label smoothing, Poisson and negative-binomial likelihoods, mixtures,
    /// ELBOs, focal, DPO and InfoNCE losses. Accepted methods are checked against central finite differences at points smooth
    /// over the stencil (<see cref="NotebookSweep22Tests.Smooth"/>); a method that stops a gradient through a differentiated
    /// value is checked against the finite differences of the same loss with the stopped values held at the point's
    /// (<see cref="Held"/>). 71 double methods and 7 float twins: 59 accepted and right, 10 with Gradient.Stop of a
    /// differentiated value accepted and right against the held loss, 7 float twins right, 2 declined (LINQ's Max, DIFF011;
    /// (int) of a differentiated count, DIFF013) beside the rewrites that follow the advice (both of DIFF013's ways work).
    /// No silently wrong derivative, no crash, no uncompilable generated code.
    /// </summary>
    public sealed partial class RlSweep24Tests
    {
        private static readonly int[] Batch = { 1, 2, 3, 5 };

        private static ArrayCase C(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? Batch, Accept = p => NotebookSweep22Tests.Smooth(c, p) };
            return c;
        }

        private static int[] Ints(Random r, int n, int max) => Enumerable.Range(0, n).Select(_ => r.Next(max)).ToArray();

        private static IEnumerable<ArrayCase> All => PolicyCases.Concat(ValueCases).Concat(LikelihoodCases).Concat(LatentCases);

        private static ArrayCase Find(string name) => All.Concat(Held.Select(h => h.Case)).Single(c => c.Name == name);

        /// <summary>Declined: the id, how the message starts, a part of its advice, and the rewrite (an accepted case) that follows it.</summary>
        private static readonly Dictionary<string, (string Id, string Starts, string Advice, string Rewrite)> Declines = new Dictionary<string, (string, string, string, string)>
        {
            ["R24SoftmaxEntropyLse"] = ("DIFF011", "The call to 'System.Linq.Enumerable.Max' cannot be differentiated: it is LINQ", "use Math.Max or Math.Min in the loop for Max and Min", "R24SoftmaxEntropyLseLoop"),
            ["R24NegBinomialLogMu"] = ("DIFF013", "The conversion '(int)y[i]' to 'int' cuts the derivative", "name only the parameters to differentiate in [Differentiable(...)]", "R24NegBinomialLogMuNamed"),
        };

        /// <summary>The other way DIFF013's advice for <c>R24NegBinomialLogMu</c> offers, (int)Gradient.Stop(y[i]): accepted and right (y keeps its derivative through the other terms).</summary>
        [Fact]
        public void Diff013s_other_advice_is_accepted_too() => Assert.Contains("R24NegBinomialLogMuStop", Accepted.Select(c => c.Name));

        private static IEnumerable<ArrayCase> Accepted => All.Where(c => !Declines.ContainsKey(c.Name));

        public static TheoryData<string> AcceptedNames() => new TheoryData<string>(Accepted.Select(c => c.Name));

        public static TheoryData<string> HeldNames() => new TheoryData<string>(Held.Select(h => h.Case.Name));

        public static TheoryData<string> DeclinedNames() => new TheoryData<string>(Declines.Keys.OrderBy(k => k, StringComparer.Ordinal));

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

        /// <summary>
        /// Gradient.Stop of a differentiated value: the gradient and the scalar partials against the finite differences of
        /// <c>Frozen(x, x0)</c>, the loss written again in the test with every stopped value computed from <c>x0</c>, the point.
        /// </summary>
        [Theory]
        [MemberData(nameof(HeldNames))]
        public void Stopped_gradient_matches_the_loss_with_the_stopped_values_held(string name)
        {
            (ArrayCase c, Func<object[], object[], double> frozen) = Held.Single(h => h.Case.Name == name);
            Assert.Empty(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            CompiledCase compiled = CompiledCase.For(c);
            int count = 0;
            foreach ((int size, object[] point) in ArrayCaseCatalog.Points(c))
            {
                count++;
                string at = name + " at n = " + size + ", " + Arguments.Describe(point);
                double f = compiled.Value(point);
                Near(f, frozen(point, point), 1e-12, at + ": the held loss at the point");
                object[] outputs = compiled.NewOutputs(point, fill: double.NaN);
                Near(f, compiled.Gradient(point, outputs), 1e-12, at + ": the value returned");
                CaseParameter[] differentiated = compiled.Differentiated;
                for (int k = 0; k < differentiated.Length; k++)
                {
                    CaseParameter p = differentiated[k];
                    if (p.Kind == ParameterKind.Scalar)
                    {
                        double expected = Richardson.Derivative(t => frozen(Arguments.With(point, p.Position, t), point), (double)point[p.Position]);
                        Near(expected, Convert.ToDouble(outputs[k]), 1e-7, at + ": d" + p.Capitalized);
                        Near(expected, compiled.Partial(p.Name, point), 1e-7, at + ": partial " + p.Name);
                        continue;
                    }

                    var values = (double[])point[p.Position];
                    var actual = (Array)outputs[k];
                    for (int j = 0; j < values.Length; j++)
                    {
                        int index = j;
                        double expected = Richardson.Derivative(t => frozen(Arguments.WithElement(point, p.Position, index, t), point), values[j]);
                        Near(expected, Convert.ToDouble(actual.GetValue(j)), 1e-7, at + ": d" + p.Capitalized + "[" + j + "]");
                    }
                }
            }

            Assert.True(count >= ArrayCase.MinimumPoints, name + " was checked at " + count + " points");
        }

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Declined_with_advice_whose_rewrite_is_accepted(string name)
        {
            (string id, string starts, string advice, string rewrite) = Declines[name];
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(Find(name)));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => id.Split(' ').Contains(d.Id))
                && diagnostics.Any(d => d.GetMessage().StartsWith(starts, StringComparison.Ordinal) && d.GetMessage().Contains(advice, StringComparison.Ordinal)),
                name + ":\n" + string.Join("\n", diagnostics));
            Assert.Contains(rewrite, Accepted.Select(c => c.Name));
        }

        private static void Near(double expected, double actual, double relative, string what)
        {
            double tolerance = (relative * Math.Abs(expected)) + 1e-9;
            Assert.True(Math.Abs(expected - actual) <= tolerance && !double.IsNaN(actual), $"{what}: expected {expected:R}, got {actual:R}");
        }

        private static double[] A(object[] p, int i) => (double[])p[i];

        private static int[] I(object[] p, int i) => (int[])p[i];

        private static double D(object[] p, int i) => (double)p[i];
    }
}
