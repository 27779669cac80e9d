using System;
using System.Linq;
using System.Reflection;
using Xunit;
using D = DiffGen.Generator.Tests.Numerical.ZeroTangentReviewCases;
using F = DiffGen.Generator.Tests.Numerical.FloatZeroTangentReviewCases;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// <see cref="ZeroTangentReviewCases"/> at points where a value is constant by structure (clamped, set in a branch,
    /// never written, stopped) and meets a rule that is infinite there: the derivative of a function of a value that does
    /// not move is 0, not 0·∞ (the fuzzer's oracle, DualMath.Chain). Every generated partial (MPartialP) and the gradient
    /// (MGradient) are compared with values worked by hand; the guard these rules meet must not change a derivative where
    /// the tangent is not 0, so each method is also checked away from its flat sides.
    /// </summary>
    public sealed class ZeroTangentReviewTests
    {
        private const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

        private static readonly double Sqrt3 = Math.Sqrt(3);

        // ---- double: flat sides (derivative 0 through the infinite rule) and ordinary points ----

        [Theory]
        [InlineData("NormL", -1, -2, 1, 0)]
        [InlineData("NormL", -1, 2, 1, 1)]
        [InlineData("NormL", 1.5, 2, 1.6, 0.8)]
        [InlineData("NormP", -1, -2, 1, 0)]
        [InlineData("NormP", -1, 2, 1, 1)]
        [InlineData("NormP", 1.5, 2, 1.6, 0.8)]
        [InlineData("InlineNormL", -1, -2, 1, 0)]
        [InlineData("InlineNormL", -1, 2, 1, 1)]
        [InlineData("InlineNormL", 1.5, 2, 1.6, 0.8)]
        [InlineData("InlineNormP", -1, -2, 1, 0)]
        [InlineData("InlineNormP", -1, 2, 1, 1)]
        [InlineData("InlineNormP", 1.5, 2, 1.6, 0.8)]
        [InlineData("Atan2L", -1, -2, 1, 0)]
        [InlineData("Atan2L", -1, 2, 1, 0)]
        [InlineData("Atan2L", 1.5, 2, 0.68, 0.24)]
        [InlineData("Atan2P", -1, -2, 1, 0)]
        [InlineData("Atan2P", -1, 2, 1, 0)]
        [InlineData("Atan2P", 1.5, 2, 0.68, 0.24)]
        [InlineData("LenOfClampedL", -1, -2, 1, 0)]
        [InlineData("LenOfClampedL", 1.5, 2, 1.6, 0.8)]
        [InlineData("LocalArrayNorm", -1, -2, 1, 0)]
        [InlineData("LocalArrayNorm", -1, 2, 1, 1)]
        [InlineData("LocalArrayNorm", 1.5, 2, 1.6, 0.8)]
        [InlineData("NormalizeP", -1, -2, 1, 0)]
        [InlineData("NormalizeP", -1, 2, 1, -1.0 / 9)]
        [InlineData("RootsL", -1, -2, -2, -1)]
        [InlineData("RootsP", -1, -2, -2, -1)]
        [InlineData("RootsL", 0.5, -2, double.NaN, 0.5)] // ∂/∂x worked below
        [InlineData("RootsP", 0.5, -2, double.NaN, 0.5)]
        [InlineData("InverseTrigL", 2, 3, 3, 2)]
        [InlineData("InverseTrigL", 2, -3, -3, 2)]
        [InlineData("InverseTrigP", 2, 3, 3, 2)]
        [InlineData("InverseTrigP", 2, -3, -3, 2)]
        [InlineData("BranchL", -1, -2, -2, -1)]
        [InlineData("BranchL", 4, 0.25, 0.5, 5)]
        [InlineData("BranchP", -1, -2, -2, -1)]
        [InlineData("BranchP", 4, 0.25, 0.5, 5)]
        [InlineData("DeadZoneP", 0.5, 1, 0, 1)]
        [InlineData("DeadZoneP", -0.5, 1, 0, 1)]
        [InlineData("UnwrittenElement", 1.5, 2, 2, 1.5)]
        [InlineData("ConstantElement", 1.5, 2, 2, 1.5)]
        [InlineData("CalleeInIfL", -1, -2, -2, -1)]
        [InlineData("MixedFloat", -1, -2, 1, 1)]
        [InlineData("MixedFloat", 1, 2, 1 + 0.2 * 2.2360679774997896, 1 + 0.4 * 2.2360679774997896)] // corrected below
        public void Flat_sides_and_ordinary_points(string method, double x, double y, double dx, double dy)
        {
            if (method.StartsWith("Roots", StringComparison.Ordinal) && double.IsNaN(dx))
            {
                // o = 0.5 moves: ½o^−½ + 1.5·o^½ + ⅓·o^−⅔ + ⅓·o^−⅔ + y; √max(x − 1, 0) is clamped.
                dx = (0.5 / Math.Sqrt(0.5)) + (1.5 * Math.Sqrt(0.5)) + (2.0 / 3 * Math.Pow(0.5, -2.0 / 3)) + y;
            }

            if (method == "MixedFloat" && x > 0)
            {
                double length = Math.Sqrt((x * x) + (y * y));
                dx = 1 + (x / length);
                dy = 1 + (y / length);
            }

            Expect(typeof(D), method, new object[] { x, y }, dx, dy);
        }

        [Fact]
        public void Inverse_trig_inside_the_interval() =>
            Expect(typeof(D), "InverseTrigL", new object[] { 0.5, 0.25 }, (1 / Math.Sqrt(0.75)) - (1 / Math.Sqrt(1.25)) + 0.25, (-1 / Math.Sqrt(1 - (1.0 / 16))) + 0.5);

        [Fact]
        public void Inverse_trig_inside_the_interval_program() =>
            Expect(typeof(D), "InverseTrigP", new object[] { 0.5, 0.25 }, (1 / Math.Sqrt(0.75)) - (1 / Math.Sqrt(1.25)) + 0.25, (-1 / Math.Sqrt(1 - (1.0 / 16))) + 0.5);

        [Fact]
        public void Dead_zone_outside() =>
            Expect(typeof(D), "DeadZoneP", new object[] { 3.0, 1.0 }, (0.5 / Math.Sqrt(2)) + (1.0 / 3 * Math.Pow(2, -2.0 / 3)), 1);

        [Fact]
        public void Normalize_where_both_move()
        {
            const double a = 1.5, b = 2, len = 2.5;
            double dNormalized = (1 / len) - (a * a / (len * len * len));
            double dQuotient = (1 / (len + 1)) - ((a + 1) / ((len + 1) * (len + 1)) * (a / len));
            double dyNormalized = -a * b / (len * len * len);
            double dyQuotient = -(a + 1) / ((len + 1) * (len + 1)) * (b / len);
            Expect(typeof(D), "NormalizeP", new object[] { a, b }, dNormalized + dQuotient + 1, dyNormalized + dyQuotient);
        }

        [Fact]
        public void Empty_loop_keeps_the_sum_at_zero() => Expect(typeof(D), "EmptyLoop", new object[] { 1.5, 0 }, 1);

        [Fact]
        public void Empty_loop_with_a_root_of_another_parameter()
        {
            // y = 0 does not move with x: ∂/∂x = 1. (∂/∂y meets √0 of a moving y: not checked.)
            Assert.Equal(1, D.EmptyLoopFromYPartialX(1.5, 0, 0));
            D.EmptyLoopFromYGradient(1.5, 0, 0, out double dX, out _);
            Assert.Equal(1, dX);
        }

        [Fact]
        public void Stopped_values_at_the_root() => Expect(typeof(D), "StopL", new object[] { 1.0 }, 0);

        [Fact]
        public void Stopped_values_at_the_root_program() => Expect(typeof(D), "StopP", new object[] { 1.0 }, 0);

        [Theory]
        [InlineData(-1, 1)]
        [InlineData(4, 1.25 - (1.0 / 16))]
        public void Root_and_guarded_inverse(double x, double dx) => Expect(typeof(D), "SqrtAndGuardedInverseP", new object[] { x }, dx);

        [Fact]
        public void Branch_in_loop()
        {
            Expect(typeof(D), "BranchInLoop", new object[] { 2.0, 3 }, 1);
            Expect(typeof(D), "BranchInLoop", new object[] { 0.5, 7 }, 1 + (2 * ((0.5 / Math.Sqrt(0.5)) - (1 / Math.Sqrt(1 - 0.25)))));
        }

        [Fact]
        public void Array_norm_of_clamped_elements()
        {
            double[] dV = new double[2];
            Assert.Equal(1, D.ArrayNormGradient(new[] { -1.0, -2.0 }, 1, dV, out double dX));
            Assert.Equal(new[] { 0.0, 0.0 }, dV);
            Assert.Equal(1, dX);
            Assert.Equal(1, D.ArrayNormPartialX(new[] { -1.0, -2.0 }, 1));
            D.ArrayNormGradient(new[] { 3.0, -2.0 }, 1, dV, out dX);
            Assert.Equal(new[] { 1.0, 0.0 }, dV);
            Assert.Equal(1, dX);
        }

        [Fact]
        public void Callee_in_loop_with_clamped_arguments()
        {
            double[] dV = new double[2];
            D.CalleeInLoopGradient(new[] { -1.0, -2.0 }, 1, dV, out double dX);
            Assert.Equal(new[] { 0.0, 0.0 }, dV);
            Assert.Equal(1, dX);
            Assert.Equal(1, D.CalleeInLoopPartialX(new[] { -1.0, -2.0 }, 1));
        }

        // ---- float ----

        [Theory]
        [InlineData("NormL", -1, -2, 1, 0)]
        [InlineData("NormL", -1, 2, 1, 1)]
        [InlineData("NormL", 1.5, 2, 1.6, 0.8)]
        [InlineData("NormP", -1, -2, 1, 0)]
        [InlineData("NormP", -1, 2, 1, 1)]
        [InlineData("NormP", 1.5, 2, 1.6, 0.8)]
        [InlineData("InverseTrigL", 2, -2, -2, 2)]
        [InlineData("InverseTrigP", 2, -2, -2, 2)]
        [InlineData("BranchL", -1, -2, -2, -1)]
        [InlineData("BranchL", 4, 0.25, 0.75, 4)]
        public void Float_flat_sides(string method, double x, double y, double dx, double dy) =>
            Expect(typeof(F), method, new object[] { (float)x, (float)y }, dx, dy);

        // ---- found wrong; the callee cases are fixed, the weighted length is left (see its summary) ----

        /// <summary>Loop-free: √(Relu(x)) at x = −1 is ReluPartialQ / (2·√Relu) = 0/0 in both members.</summary>
        // Fixed in the seventeenth session (a callee's partial is tested where the rule it meets may be infinite); was: SqrtOfReluLPartialX(-1, -2) and SqrtOfReluLGradient dX are NaN, expected -2 (y)
        [Fact]
        public void Loop_free_root_of_a_callee_that_clamps() => Expect(typeof(D), "SqrtOfReluL", new object[] { -1.0, -2.0 }, -2, -1);

        // Fixed in the seventeenth session (a callee's partial is tested where the rule it meets may be infinite); was: AsinOfCapLPartialX(2, 0.5) and AsinOfCapLGradient dX are NaN, expected 0.5 (y)
        [Fact]
        public void Loop_free_asin_of_a_callee_that_caps() => Expect(typeof(D), "AsinOfCapL", new object[] { 2.0, 0.5 }, 0.5, 2);

        // Fixed in the seventeenth session (a callee's partial is tested where the rule it meets may be infinite); was: float SqrtOfReluLPartialX(-1, -2) and SqrtOfReluLGradient dX are NaN, expected -2
        [Fact]
        public void Float_loop_free_root_of_a_callee_that_clamps() => Expect(typeof(F), "SqrtOfReluL", new object[] { -1f, -2f }, -2, -1);

        /// <summary>Program route, reverse: dX += dRelu · dReluDQ with dRelu = 1/(2·√0) = ∞ and dReluDQ = 0.</summary>
        // Fixed in the seventeenth session (a callee's partial is tested where the rule it meets may be infinite); was: SqrtOfReluPGradient(-1, -2) dX is NaN, expected -2 (SqrtOfReluPPartialX is right)
        [Fact]
        public void Program_gradient_of_a_root_of_a_callee_that_clamps() => Expect(typeof(D), "SqrtOfReluP", new object[] { -1.0, -2.0 }, -2, -1);

        // Fixed in the seventeenth session (a callee's partial is tested where the rule it meets may be infinite); was: AsinOfCapPGradient(2, 0.5) dX is NaN, expected 0.5 (AsinOfCapPPartialX is right)
        [Fact]
        public void Program_gradient_of_asin_of_a_callee_that_caps() => Expect(typeof(D), "AsinOfCapP", new object[] { 2.0, 0.5 }, 0.5, 2);

        // Fixed in the seventeenth session (a callee's partial is tested where the rule it meets may be infinite); was: float SqrtOfReluPGradient(-1, -2) dX is NaN, expected -2
        [Fact]
        public void Float_program_gradient_of_a_root_of_a_callee_that_clamps() => Expect(typeof(F), "SqrtOfReluP", new object[] { -1f, -2f }, -2, -1);

        // Fixed in review-zero. Program route, forward: dLen = dLenDA · dA with LenPartialA(0, 0) = 0/0 and dA = 0 was NaN (1 and 0 expected); the call's term is now guarded like any other.
        [Fact]
        public void Program_partials_of_a_callee_given_clamped_arguments() => Expect(typeof(D), "LenOfClampedP", new object[] { -1.0, -2.0 }, 1, 0);

        // Fixed in review-zero. Float: was NaN, NaN.
        [Fact]
        public void Float_program_partials_of_a_callee_given_clamped_arguments() => Expect(typeof(F), "LenOfClampedP", new object[] { -1f, -2f }, 1, 0);

        // Fixed in review-zero. Program route: was NaN, NaN (0.25 and 0.5 expected); a piecewise-constant value (partial 0) now counts as a zero tangent.
        [Fact]
        public void Program_partials_of_roots_of_piecewise_constants() => Expect(typeof(D), "PiecewiseConstantP", new object[] { 0.5, 0.25 }, 0.25, 0.5);

        // Fixed in review-zero. Float: was NaN.
        [Fact]
        public void Float_program_partials_of_roots_of_piecewise_constants() => Expect(typeof(F), "FloorP", new object[] { 0.5f, 0.5f }, 0.5, 0.5);

        // Fixed in review-zero. Program route: was NaN (1 expected); a power with a variable exponent now counts as dividing by its base.
        [Fact]
        public void Program_partials_of_a_variable_power_of_a_clamped_base() => Expect(typeof(D), "VariablePowerP", new object[] { -1.0, 0.5 }, 1, 0);

        // Fixed in review-zero. Float: was NaN.
        [Fact]
        public void Float_program_partials_of_a_variable_power_of_a_clamped_base() => Expect(typeof(F), "VariablePowerP", new object[] { -1f, 0.5f }, 1, 0);

        [Fact]
        public void Loop_free_variable_power_of_a_clamped_base() => Expect(typeof(D), "VariablePowerL", new object[] { -1.0, 0.5 }, 1, 0);

        /// <summary>
        /// √(w·a²) with a clamped to 0: the length is 0 for every w, so ∂/∂w = 0, but the rule a²/(2·√(w·a²)) is 0/0.
        /// w·a² moves with w in the oracle's sense (DualMath gives NaN too); finite differences give 0.
        /// </summary>
        [Fact(Skip = "wrong: WeightedLPartialW(-1, 2) and WeightedLGradient dW are NaN, expected 0 (also the oracle's NaN)")]
        public void Loop_free_weighted_length_of_a_clamped_part() => Expect(typeof(D), "WeightedL", new object[] { -1.0, 2.0 }, 1, 0);

        [Fact(Skip = "wrong: WeightedPPartialW(-1, 2) and WeightedPGradient dW are NaN, expected 0 (also the oracle's NaN)")]
        public void Program_weighted_length_of_a_clamped_part() => Expect(typeof(D), "WeightedP", new object[] { -1.0, 2.0 }, 1, 0);

        [Fact(Skip = "wrong: float WeightedLPartialW(-1, 2) and WeightedLGradient dW are NaN, expected 0")]
        public void Float_weighted_length_of_a_clamped_part() => Expect(typeof(F), "WeightedL", new object[] { -1f, 2f }, 1, 0);

        [Theory]
        [InlineData("WeightedL")]
        [InlineData("WeightedP")]
        public void Weighted_length_where_the_part_moves(string method) =>
            Expect(typeof(D), method, new object[] { 1.0, 2.0 }, 1 + Math.Sqrt(2), 0.5 / Math.Sqrt(2));

        [Theory]
        [InlineData("SqrtOfReluL")]
        [InlineData("SqrtOfReluP")]
        public void Root_of_a_callee_where_it_moves(string method) => Expect(typeof(D), method, new object[] { 4.0, 0.5 }, 0.25 + 0.5, 4);

        [Theory]
        [InlineData("AsinOfCapL")]
        [InlineData("AsinOfCapP")]
        public void Asin_of_a_callee_where_it_moves(string method) => Expect(typeof(D), method, new object[] { 0.5, 2.0 }, (1 / Math.Sqrt(0.75)) + 2, 0.5);

        [Fact]
        public void Callee_given_clamped_arguments_where_they_move() => Expect(typeof(D), "LenOfClampedP", new object[] { 1.5, 2.0 }, 1.6, 0.8);

        [Fact]
        public void Piecewise_constants_away_from_zero() => Expect(typeof(D), "PiecewiseConstantP", new object[] { 2.5, 3.25 }, 3.25, 2.5);

        [Fact]
        public void Variable_power_where_the_base_moves() =>
            Expect(typeof(D), "VariablePowerP", new object[] { 2.0, 0.5 }, 1 + (0.5 / Math.Sqrt(2)), Math.Sqrt(2) * Math.Log(2));

        /// <summary>
        /// Checks the value MGradient returns, each MPartialP and MGradient's outputs against <paramref name="expected"/>
        /// (one per double or float parameter, in order): finite, to 1e-9 relative in double, 1e-5 in float.
        /// </summary>
        private static void Expect(Type type, string method, object[] point, params double[] expected) => Expect(type, method, point, expected, true);

        private static void Expect(Type type, string method, object[] point, double[] expected, bool partials)
        {
            MethodInfo original = type.GetMethod(method, Static)!;
            ParameterInfo[] parameters = original.GetParameters();
            object[] arguments = point.Select((a, i) => Convert.ChangeType(a, parameters[i].ParameterType, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            bool single = original.ReturnType == typeof(float);
            ParameterInfo[] differentiated = parameters.Where(p => p.ParameterType == typeof(double) || p.ParameterType == typeof(float)).ToArray();
            Assert.Equal(expected.Length, differentiated.Length);
            string where = method + "(" + string.Join(", ", point) + ")";
            double value = Convert.ToDouble(original.Invoke(null, arguments));
            MethodInfo gradient = type.GetMethod(method + "Gradient", Static)!;
            object?[] gradientArguments = arguments.Concat(new object?[differentiated.Length]).ToArray();
            double returned = Convert.ToDouble(gradient.Invoke(null, gradientArguments));
            Assert.Equal(value, returned);
            for (int k = 0; k < differentiated.Length; k++)
            {
                string name = char.ToUpperInvariant(differentiated[k].Name![0]) + differentiated[k].Name!.Substring(1);
                if (partials)
                {
                    double partial = Convert.ToDouble(type.GetMethod(method + "Partial" + name, Static)!.Invoke(null, arguments));
                    Close(where + " Partial" + name, expected[k], partial, single);
                }

                Close(where + " Gradient d" + name, expected[k], Convert.ToDouble(gradientArguments[arguments.Length + k]), single);
            }
        }

        private static void Close(string what, double expected, double actual, bool single)
        {
            double tolerance = (single ? 1e-5 : 1e-9) * Math.Max(1, Math.Abs(expected));
            Assert.True(double.IsFinite(actual) && Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected:R}, got {actual:R}");
        }
    }
}
