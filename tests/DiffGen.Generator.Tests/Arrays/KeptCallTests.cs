using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A costly call the value and its derivative both need is computed once per evaluation, in the arm that needs it
    /// (<see cref="KeptCallCases"/>; every case's values are also checked in <see cref="ArrayGradientTests"/>).
    /// </summary>
    public sealed class KeptCallTests
    {
        private const string Exp = "global::System.Math.Exp(";

        [Theory]
        [InlineData("KcSoftplusLossGradient")]
        [InlineData("KcSoftplusLossPartialW")]
        [InlineData("KcSoftplusLossPartialB")]
        public void Each_arm_computes_its_exponential_once(string member)
        {
            MethodDeclarationSyntax method = Member("KcSoftplusLoss", member);
            IfStatementSyntax arms = method.DescendantNodes().OfType<IfStatementSyntax>().Single(i => i.Condition.ToString() == "z >= 0");
            Assert.Equal(1, Count(arms.Statement.ToString(), Exp));
            Assert.Contains("global::System.Math.Exp(-z)", arms.Statement.ToString(), StringComparison.Ordinal);
            Assert.Equal(1, Count(arms.Else!.Statement.ToString(), Exp));
            Assert.Contains("global::System.Math.Exp(z)", arms.Else.Statement.ToString(), StringComparison.Ordinal);

            // Nowhere else: the derivative reads the arms' locals.
            Assert.Equal(2, Count(method.Body!.ToString(), Exp));
            Assert.Contains("z >= 0 ? 1 - expMinusZ / (1 + expMinusZ) : expZ / (1 + expZ)", method.Body.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void The_forward_sweep_computes_the_value_in_the_arm_with_the_local()
        {
            string arms = Member("KcSoftplusLoss", "KcSoftplusLossGradient").DescendantNodes().OfType<IfStatementSyntax>().Single(i => i.Condition.ToString() == "z >= 0").ToString();
            Assert.Contains("expMinusZ = global::System.Math.Exp(-z);", arms, StringComparison.Ordinal);
            Assert.Contains("softplus = z + global::System.Math.Log(1 + expMinusZ);", arms, StringComparison.Ordinal);
            Assert.Contains("softplus = global::System.Math.Log(1 + expZ);", arms, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("KcSoftplusRecurrence", "z >= 0")]
        [InlineData("KcInsideIf", "z >= 0")]
        [InlineData("KcReadsItself", "acc * x[i] >= 0")]
        [InlineData("KcBeforeTheLoop", "a >= 0")]
        [InlineData("KcSubtractedChoice", "z >= 0")]
        public void Where_the_derivative_is_computed_each_arm_computes_its_call_once(string name, string test)
        {
            foreach (MethodDeclarationSyntax method in Members(name).Where(m => m.Identifier.Text != name))
            {
                // Each if on the value's test that computes exponentials computes one per arm, and the derivative calls none.
                var arms = method.DescendantNodes().OfType<IfStatementSyntax>().Where(i => i.Condition.ToString() == test && Count(i.ToString(), Exp) > 0).ToList();
                Assert.NotEmpty(arms);
                Assert.All(arms, i => Assert.Equal(1, Count(i.Statement.ToString(), Exp)));
                Assert.All(arms, i => Assert.Equal(1, Count(i.Else!.Statement.ToString(), Exp)));
                Assert.DoesNotContain(method.DescendantNodes().OfType<StatementSyntax>(), s => s is ExpressionStatementSyntax or LocalDeclarationStatementSyntax && Count(s.ToString(), Exp) > 0 && IsDerivative(s));
            }
        }

        [Fact]
        public void Three_arms_each_compute_their_own_call()
        {
            string gradient = Member("KcThreeArms", "KcThreeArmsGradient").Body!.ToString();
            Assert.Equal(1, Count(gradient, Exp));
            Assert.Equal(1, Count(gradient, "global::System.Math.Tanh("));
        }

        [Theory]
        [InlineData("KcEveryArmGradient")]
        [InlineData("KcEveryArmPartialX")]
        public void A_call_every_arm_makes_is_made_once_before_the_choice(string member)
        {
            MethodDeclarationSyntax method = Member("KcEveryArm", member);
            Assert.Equal(1, Count(method.Body!.ToString(), Exp));
            Assert.Equal(1, Count(method.Body.ToString(), "global::System.Math.Tanh("));
            StatementSyntax made = method.DescendantNodes().OfType<LocalDeclarationStatementSyntax>().Single(d => d.ToString().Contains(Exp, StringComparison.Ordinal));
            Assert.Empty(made.Ancestors().OfType<IfStatementSyntax>());
        }

        [Fact]
        public void A_statement_with_no_choice_keeps_its_calls_in_locals()
        {
            foreach (string member in new[] { "KcPlainTermGradient", "KcPlainTermPartialA" })
            {
                string code = Member("KcPlainTerm", member).Body!.ToString();
                Assert.Equal(1, Count(code, Exp));
                Assert.Equal(1, Count(code, "global::System.Math.Tanh("));
            }
        }

        [Fact]
        public void A_sum_keeps_its_terms_calls_and_the_reverse_loop_reads_them_from_a_tape()
        {
            string gradient = Member("KcAddedLogistic", "KcAddedLogisticGradient").Body!.ToString();
            Assert.Equal(1, Count(gradient, Exp));
            Assert.Contains("double expMinusZ = global::System.Math.Exp(-z);", gradient, StringComparison.Ordinal);
            Assert.Contains("double expMinusZ = expMinusZTape[i];", gradient, StringComparison.Ordinal);
            Assert.Equal(1, Count(Member("KcAddedLogistic", "KcAddedLogisticPartialW").Body!.ToString(), Exp));
        }

        /// <summary>
        /// At many points on both sides of z ≥ 0 (and far out, where the arm not taken would overflow): the value the
        /// gradient returns is the method's to the last bit, and every entry agrees with central differences.
        /// </summary>
        [Fact]
        public void The_gradient_matches_finite_differences_on_both_sides_of_the_test()
        {
            CompiledCase compiled = CompiledCase.For(ArrayCaseCatalog.Find("KcSoftplusLoss"));
            var random = new Random(20261206);
            int above = 0;
            int below = 0;
            for (int point = 0; point < 300; point++)
            {
                double scale = point % 10 == 0 ? 400 : 4;
                double w = Draw.Uniform(random, -3, 3);
                double b = Draw.Uniform(random, -2, 2);
                double[] x = Draw.Vector(random, 1 + (point % 5), -scale, scale);
                double[] y = Draw.Vector(random, x.Length, 0, 1);
                above += x.Count(v => (w * v) + b >= 0);
                below += x.Count(v => (w * v) + b < 0);
                object[] arguments = { w, b, x, y };
                object[] outputs = compiled.NewOutputs(arguments, fill: double.NaN);
                double value = compiled.Value(arguments);
                double returned = compiled.Gradient(arguments, outputs);
                string at = "w = " + w.ToString("R") + ", b = " + b.ToString("R") + ", x = [" + string.Join(", ", x) + "]";
                Assert.True(BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(returned), at + ": " + value.ToString("R") + " from the method, " + returned.ToString("R") + " from its gradient");
                for (int k = 0; k < 2; k++)
                {
                    int position = k;
                    double expected = Richardson.Derivative(t => compiled.Value(position == 0 ? new object[] { t, b, x, y } : new object[] { w, t, x, y }), position == 0 ? w : b, scale > 100 ? 1e-4 : 1e-2);
                    double actual = (double)outputs[k];
                    Assert.True(Math.Abs(expected - actual) <= 1e-7 * Math.Max(1, Math.Abs(expected)), at + ": d" + (k == 0 ? "W" : "B") + " = " + actual.ToString("R") + ", differences give " + expected.ToString("R"));
                    double partial = compiled.Partial(k == 0 ? "w" : "b", arguments);
                    Assert.True(Math.Abs(partial - actual) <= 1e-12 * Math.Max(1, Math.Abs(actual)), at + ": the partial " + partial.ToString("R") + ", the gradient " + actual.ToString("R"));
                }
            }

            Assert.True(above > 100 && below > 100, "points with z ≥ 0: " + above + ", with z < 0: " + below);
        }

        /// <summary>Whether a statement sets a derivative: <c>dZ = …</c>, <c>double dAcc = …</c>, <c>dZ += …</c>.</summary>
        private static bool IsDerivative(StatementSyntax statement)
        {
            string target = statement switch
            {
                LocalDeclarationStatementSyntax declaration => declaration.Declaration.Variables[0].Identifier.Text,
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } => assignment.Left.ToString(),
                _ => string.Empty,
            };
            return target.Length > 1 && target[0] == 'd' && char.IsUpper(target[1]);
        }

        private static int Count(string text, string what)
        {
            int count = 0;
            for (int at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        private static MethodDeclarationSyntax Member(string name, string member) => Members(name).Single(m => m.Identifier.Text == member);

        private static MethodDeclarationSyntax[] Members(string name)
        {
            string source = GeneratorHarness.RunAndCompile(CompiledCase.SourceOf(ArrayCaseCatalog.Find(name))).SourceFor(name);
            return CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToArray();
        }
    }
}
