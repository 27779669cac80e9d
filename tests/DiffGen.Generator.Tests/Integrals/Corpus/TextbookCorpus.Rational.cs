using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>Rational functions: long division, ln|Q|, the arctangent form and partial fractions.</content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<TextbookIntegral> Rational() => new[]
        {
            Case("CubicOverLinear", "(x * x * x + x) / (x - 1)", x => (x * x * x / 3) + (x * x / 2) + (2 * x) + (2 * Math.Log(Math.Abs(x - 1))), 1.5, 4, "Stewart, Calculus 8e, §7.4 Example 1"),
            Case("QuadraticOverThreeDistinctLinears", "(x * x + 2 * x - 1) / (2 * x * x * x + 3 * x * x - 2 * x)", x => (Math.Log(Math.Abs(x)) / 2) + (Math.Log(Math.Abs((2 * x) - 1)) / 10) - (Math.Log(Math.Abs(x + 2)) / 10), 0.6, 3, "Stewart, Calculus 8e, §7.4 Example 2"),
            Case("QuarticOverCubicWithARepeatedRoot", "(x * x * x * x - 2 * x * x + 4 * x + 1) / (x * x * x - x * x - x + 1)", x => (x * x / 2) + x - (2 / (x - 1)) + Math.Log(Math.Abs((x - 1) / (x + 1))), 1.5, 4, "Stewart, Calculus 8e, §7.4 Example 4"),
            Case("QuadraticOverXTimesIrreducibleQuadratic", "(2 * x * x - x + 4) / (x * x * x + 4 * x)", x => Math.Log(Math.Abs(x)) + (Math.Log((x * x) + 4) / 2) - (Math.Atan(x / 2) / 2), 0.5, 4, "Stewart, Calculus 8e, §7.4 Example 5"),
            Case("QuadraticOverIrreducibleQuadratic", "(4 * x * x - 3 * x + 2) / (4 * x * x - 4 * x + 3)", x => x + (Math.Log((4 * x * x) - (4 * x) + 3) / 8) - (Math.Atan(((2 * x) - 1) / Math.Sqrt(2)) / (4 * Math.Sqrt(2))), -3, 3, "Stewart, Calculus 8e, §7.4 Example 6"),
            Case("ReciprocalOfQuadraticWithIntegerRoots", "1 / (x * x + 5 * x + 6)", x => Math.Log(Math.Abs((x + 2) / (x + 3))), -1.5, 3, "worked by hand: 1/(x + 2) − 1/(x + 3)"),
            Case("LinearOverQuadraticWithIntegerRoots", "(x + 5) / (x * x + x - 2)", x => (2 * Math.Log(Math.Abs(x - 1))) - Math.Log(Math.Abs(x + 2)), 1.5, 4, "worked by hand: 2/(x − 1) − 1/(x + 2)"),
            Case("XOverProductOfLinears", "x / ((x + 1) * (x + 2))", x => (2 * Math.Log(Math.Abs(x + 2))) - Math.Log(Math.Abs(x + 1)), 0, 3, "worked by hand: 2/(x + 2) − 1/(x + 1)"),
            Case("ReciprocalOfXTimesSquareOfLinear", "1 / (x * (x - 1) * (x - 1))", x => Math.Log(Math.Abs(x)) - Math.Log(Math.Abs(x - 1)) - (1 / (x - 1)), 1.5, 4, "worked by hand: 1/x − 1/(x − 1) + 1/(x − 1)²"),
            Case("ReciprocalOfLinearTimesOnePlusXSquared", "1 / ((x + 1) * (x * x + 1))", x => (Math.Log(Math.Abs(x + 1)) / 2) - (Math.Log((x * x) + 1) / 4) + (Math.Atan(x) / 2), -0.5, 3, "worked by hand: (1/2)/(x + 1) + (1 − x)/(2(x² + 1))"),
            Case("XSquaredOverOnePlusXSquared", "x * x / (x * x + 1)", x => x - Math.Atan(x), -3, 3, "worked by hand: 1 − 1/(x² + 1), then " + Form17),
            Case("XCubedOverOnePlusXSquared", "x * x * x / (x * x + 1)", x => (x * x / 2) - (Math.Log((x * x) + 1) / 2), -3, 3, "worked by hand: x − x/(x² + 1)"),
            Case("ReciprocalOfXToTheFourthMinusOne", "1 / (x * x * x * x - 1)", x => (Math.Log(Math.Abs((x - 1) / (x + 1))) / 4) - (Math.Atan(x) / 2), 1.5, 4, "worked by hand: (1/4)/(x − 1) − (1/4)/(x + 1) − (1/2)/(x² + 1)"),
            Case("ReciprocalOfXCubedMinusOne", "1 / (x * x * x - 1)", x => (Math.Log(Math.Abs(x - 1)) / 3) - (Math.Log((x * x) + x + 1) / 6) - (Math.Atan(((2 * x) + 1) / Math.Sqrt(3)) / Math.Sqrt(3)), 1.5, 4, "worked by hand: x³ − 1 = (x − 1)(x² + x + 1), (1/3)/(x − 1) − (x + 2)/(3(x² + x + 1))"),
            Case("ReciprocalOfXCubedPlusOne", "1 / (x * x * x + 1)", x => (Math.Log(Math.Abs(x + 1)) / 3) - (Math.Log((x * x) - x + 1) / 6) + (Math.Atan(((2 * x) - 1) / Math.Sqrt(3)) / Math.Sqrt(3)), -0.5, 3, "worked by hand: x³ + 1 = (x + 1)(x² − x + 1), (1/3)/(x + 1) − (x − 2)/(3(x² − x + 1))"),
            Case("ReciprocalOfXSquaredTimesOnePlusXSquared", "1 / (x * x * (x * x + 1))", x => (-1 / x) - Math.Atan(x), 0.5, 3, "worked by hand: 1/x² − 1/(x² + 1)"),
            Case("QuadraticOverXTimesXSquaredPlusFour", "(x * x + 1) / (x * (x * x + 4))", x => (Math.Log(Math.Abs(x)) / 4) + (3 * Math.Log((x * x) + 4) / 8), 0.5, 3, "worked by hand: (1/4)/x + (3x/4)/(x² + 4)"),
            Case("ReciprocalOfXCubedTimesLinear", "1 / (x * x * x * (x + 1))", x => (-1 / (2 * x * x)) + (1 / x) + Math.Log(Math.Abs(x / (x + 1))), 0.5, 3, "worked by hand: 1/x³ − 1/x² + 1/x − 1/(x + 1)"),
            Case("XSquaredOverCubeOfLinear", "x * x / Math.Pow(x - 1, 3)", x => Math.Log(Math.Abs(x - 1)) - (2 / (x - 1)) - (1 / (2 * (x - 1) * (x - 1))), 1.5, 4, "worked by hand: u = x − 1, (u + 1)²/u³ = 1/u + 2/u² + 1/u³"),
            Case("CubicOverQuadraticWithIntegerRoots", "(x * x * x - 4 * x + 1) / (x * x - 3 * x + 2)", x => (x * x / 2) + (3 * x) + (2 * Math.Log(Math.Abs(x - 1))) + Math.Log(Math.Abs(x - 2)), 2.5, 5, "worked by hand: x + 3 + 2/(x − 1) + 1/(x − 2)"),
            Case("LinearOverQuadraticWithComplexRootsShifted", "(3 * x + 1) / (x * x - 2 * x + 5)", x => (1.5 * Math.Log((x * x) - (2 * x) + 5)) + (2 * Math.Atan((x - 1) / 2)), -3, 4, "worked by hand: 3x + 1 = (3/2)(2x − 2) + 4, then " + Form2 + " and " + Form17),
            Case("ReciprocalOfXSquaredMinusTwo", "1 / (x * x - 2)", x => Math.Log(Math.Abs((x - Math.Sqrt(2)) / (x + Math.Sqrt(2)))) / (2 * Math.Sqrt(2)), 2, 4, Form19 + ", a = √2"),
            Case("ReciprocalOfSquareOfLinear", "1 / ((x - 1) * (x - 1))", x => -1 / (x - 1), 1.5, 4, "worked by hand: u = x − 1, then " + Form1),
            Case("DerivativeOverQuadratic", "(2 * x + 1) / (x * x + x + 1)", x => Math.Log((x * x) + x + 1), -3, 3, "worked by hand: u = x² + x + 1, then " + Form2),
            Case("XOverXMinusTwo", "x / (x - 2)", x => x + (2 * Math.Log(Math.Abs(x - 2))), 2.5, 5, "worked by hand: 1 + 2/(x − 2)"),
            Case("QuadraticOverXSquaredMinusOne", "(x * x + 3) / (x * x - 1)", x => x + (2 * Math.Log(Math.Abs((x - 1) / (x + 1)))), 1.5, 4, "worked by hand: 1 + 4/(x² − 1), then " + Form19),
            Case("XCubedOverXToTheFourthPlusOne", "x * x * x / (x * x * x * x + 1)", x => Math.Log(Math.Pow(x, 4) + 1) / 4, -2, 2, "worked by hand: u = x⁴ + 1, then " + Form2),
            Case("LinearOverSquareOfQuadratic", "(x - 3) / Math.Pow(x * x - 6 * x + 5, 2)", x => -1 / (2 * ((x * x) - (6 * x) + 5)), 5.5, 8, "worked by hand: u = x² − 6x + 5, du = 2(x − 3) dx"),
            Case("DerivativeOverCubeOfQuadratic", "(2 * x + 3) / Math.Pow(x * x + 3 * x + 1, 3)", x => -1 / (2 * Math.Pow((x * x) + (3 * x) + 1, 2)), 0, 3, "worked by hand: u = x² + 3x + 1, ∫ u⁻³ du = −u⁻²/2"),
            Case("ReciprocalOfSquareOfOnePlusXSquared", "1 / Math.Pow(x * x + 1, 2)", x => (x / (2 * ((x * x) + 1))) + (Math.Atan(x) / 2), -3, 3, "worked by hand: x = tan θ, ∫ cos²θ dθ"),
            Case("ReciprocalOfXToTheFourthPlusOne", "1 / (x * x * x * x + 1)", x => ReciprocalOfXToTheFourthPlusOneAntiderivative(x), -2, 2, "worked by hand: x⁴ + 1 = (x² + √2x + 1)(x² − √2x + 1), then partial fractions"),
            Case("ReciprocalOfXToTheFifthMinusX", "1 / (x * x * x * x * x - x)", x => -Math.Log(Math.Abs(x)) + ((Math.Log(Math.Abs((x * x) - 1)) + Math.Log((x * x) + 1)) / 4), 1.5, 4, "worked by hand: −1/x + (1/4)/(x − 1) + (1/4)/(x + 1) + (x/2)/(x² + 1)"),
        };

        /// <summary>
        /// ∫ dx/(x⁴ + 1) = ln((x² + √2x + 1)/(x² − √2x + 1))/(4√2) + (atan(√2x + 1) + atan(√2x − 1))/(2√2).
        /// </summary>
        private static double ReciprocalOfXToTheFourthPlusOneAntiderivative(double x)
        {
            double r = Math.Sqrt(2);
            return (Math.Log(((x * x) + (r * x) + 1) / ((x * x) - (r * x) + 1)) / (4 * r)) + ((Math.Atan((r * x) + 1) + Math.Atan((r * x) - 1)) / (2 * r));
        }
    }
}
