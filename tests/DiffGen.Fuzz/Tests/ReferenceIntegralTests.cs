using System;
using DiffGen.Fuzz.Oracle;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The integrals family's reference checked on its own, against integrals known in closed form: the Gauss–Legendre
    /// rule it computes, and the composite sums over an interval and a rectangle.
    /// </summary>
    public class ReferenceIntegralTests
    {
        [Fact]
        public void The_twenty_point_rule_integrates_polynomials_up_to_degree_39_exactly()
        {
            GaussLegendre rule = GaussLegendre.Twenty;
            for (int degree = 0; degree <= 39; degree++)
            {
                double sum = 0;
                for (int i = 0; i < rule.Nodes.Length; i++)
                {
                    sum += rule.Weights[i] * Math.Pow(rule.Nodes[i], degree);
                }

                double exact = degree % 2 == 1 ? 0 : 2.0 / (degree + 1);
                Assert.True(Math.Abs(sum - exact) <= 1e-14, "x^" + degree + ": " + sum + " against " + exact);
            }
        }

        /// <summary>Integrands by name, each with its interval and its integral in closed form (values from Python's math module).</summary>
        private static readonly System.Collections.Generic.Dictionary<string, (Func<double, double> F, double From, double To, double Exact)> Known = new()
        {
            ["exp on [0, 1]"] = (Math.Exp, 0, 1, Math.E - 1),
            ["sin on [0, π]"] = (Math.Sin, 0, Math.PI, 2),
            ["Runge's 1/(1 + 25x²) on [−1, 1]"] = (x => 1 / (1 + (25 * x * x)), -1, 1, 0.4 * Math.Atan(5)),
            ["1/x on [0.05, 3]"] = (x => 1 / x, 0.05, 3, Math.Log(60)),
            ["sin 20x on [0, 3]"] = (x => Math.Sin(20 * x), 0, 3, (1 - Math.Cos(60)) / 20),
        };

        [Theory]
        [InlineData("exp on [0, 1]")]
        [InlineData("sin on [0, π]")]
        [InlineData("Runge's 1/(1 + 25x²) on [−1, 1]")]
        [InlineData("1/x on [0.05, 3]")]
        [InlineData("sin 20x on [0, 3]")]
        public void Interval_references_match_closed_forms(string name)
        {
            var (f, from, to, exact) = Known[name];
            Reference reference = ReferenceIntegral.Over(f, from, to)!;
            Assert.True(Math.Abs(reference.Value - exact) <= 1e-13 * reference.Absolute, name + ": " + reference.Value + " against " + exact);
            Assert.True(reference.Uncertainty < 1e-12 * reference.Absolute, name + ": uncertainty " + reference.Uncertainty);
        }

        [Fact]
        public void A_rectangle_reference_matches_its_closed_form()
        {
            // ∫₀² ∫₀¹ x·y² + sin(x·y) dx dy = (1/2)(8/3) + ∫₀² (1 − cos y)/y dy = 4/3 + Cin(2)
            double cin2 = 0.8473820166866134; // Cin(2) = Σ (−1)ᵏ⁺¹ 2²ᵏ/(2k·(2k)!), the series summed in Python
            Reference reference = ReferenceIntegral.OverRectangle((x, y) => (x * y * y) + Math.Sin(x * y), 0, 1, 0, 2)!;
            Assert.True(Math.Abs(reference.Value - ((4.0 / 3) + cin2)) <= 1e-13, reference.Value + " against " + ((4.0 / 3) + cin2));
        }

        [Fact]
        public void Where_the_integrand_is_not_finite_there_is_no_reference()
        {
            Assert.Null(ReferenceIntegral.Over(x => 1 / x, -1, 1.05));
            Assert.Null(ReferenceIntegral.Over(x => 1 / Math.Sqrt(x), 1e-300, 1)); // converges too slowly to settle
        }
    }
}
