using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>Square roots of linear and quadratic expressions: substitution and the trigonometric substitutions.</content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<TextbookIntegral> Roots() => new[]
        {
            Case("XTimesCubeOfFourthPowerPlusTwoCosine", "x * x * x * Math.Cos(x * x * x * x + 2)", x => Math.Sin(Math.Pow(x, 4) + 2) / 4, -1.2, 1.2, "Stewart, Calculus 8e, §5.5 Example 1 (u = x⁴ + 2)"),
            Case("XOverRootOfOneMinusFourXSquared", "x / Math.Sqrt(1 - 4 * x * x)", x => -Math.Sqrt(1 - (4 * x * x)) / 4, -0.45, 0.45, "Stewart, Calculus 8e, §5.5 Example 3 (u = 1 − 4x²)"),
            Case("XToTheFifthTimesRootOfOnePlusXSquared", "Math.Pow(x, 5) * Math.Sqrt(1 + x * x)", x => RootOfOnePlusXSquaredTimesXToTheFifth(x), -1.5, 1.5, "Stewart, Calculus 8e, §5.5 Example 5 (u = 1 + x², x⁴ = (u − 1)²)"),
            Case("XTimesRootOfXSquaredPlusOne", "x * Math.Sqrt(x * x + 1)", x => Math.Pow((x * x) + 1, 1.5) / 3, -2, 2, "worked by hand: u = x² + 1, then " + Form1),
            Case("XSquaredTimesRootOfXCubedPlusOne", "x * x * Math.Sqrt(x * x * x + 1)", x => Math.Pow((x * x * x) + 1, 1.5) * 2 / 9, -0.9, 2, "worked by hand: u = x³ + 1, then " + Form1),
            Case("XSquaredOverRootOfOnePlusXCubed", "x * x / Math.Sqrt(1 + x * x * x)", x => Math.Sqrt(1 + (x * x * x)) * 2 / 3, -0.9, 2, "worked by hand: u = 1 + x³, then " + Form1),
            Case("LinearOverRootOfQuadratic", "(x + 1) / Math.Sqrt(x * x + 2 * x + 3)", x => Math.Sqrt((x * x) + (2 * x) + 3), -3, 3, "worked by hand: u = x² + 2x + 3, du = 2(x + 1) dx"),
            Case("XOverRootOfXSquaredPlusFour", "x / Math.Sqrt(x * x + 4)", x => Math.Sqrt((x * x) + 4), -3, 3, "Stewart, Calculus 8e, §7.3 Example 4"),
            Case("XOverSquareOfXSquaredPlusFour", "x / Math.Pow(x * x + 4, 2)", x => -1 / (2 * ((x * x) + 4)), -3, 3, "worked by hand: u = x² + 4, then " + Form1),
            Case("XOverRootOfXPlusOne", "x / Math.Sqrt(x + 1)", x => (Math.Pow(x + 1, 1.5) * 2 / 3) - (2 * Math.Sqrt(x + 1)), -0.5, 3, "worked by hand: u = x + 1, x = u − 1"),
            Case("XTimesRootOfXMinusOne", "x * Math.Sqrt(x - 1)", x => (Math.Pow(x - 1, 2.5) * 2 / 5) + (Math.Pow(x - 1, 1.5) * 2 / 3), 1.1, 4, "worked by hand: u = x − 1, x = u + 1"),
            Case("RootOfOnePlusRootOverRoot", "Math.Sqrt(1 + Math.Sqrt(x)) / Math.Sqrt(x)", x => Math.Pow(1 + Math.Sqrt(x), 1.5) * 4 / 3, 0.1, 4, "worked by hand: u = 1 + √x, du = dx/(2√x)"),
            Case("XCubedTimesRootOfOneMinusXSquared", "x * x * x * Math.Sqrt(1 - x * x)", x => (-Math.Pow(1 - (x * x), 1.5) / 3) + (Math.Pow(1 - (x * x), 2.5) / 5), -0.9, 0.9, "worked by hand: u = 1 − x², x² = 1 − u"),
            Case("RootOfOneMinusXSquared", "Math.Sqrt(1 - x * x)", x => ((x * Math.Sqrt(1 - (x * x))) + Math.Asin(x)) / 2, -0.9, 0.9, "Stewart, Calculus 8e, §7.3 (x = sin θ; Example 2 is the ellipse's area)"),
            Case("RootOfXSquaredPlusOne", "Math.Sqrt(x * x + 1)", x => ((x * Math.Sqrt((x * x) + 1)) + Math.Log(x + Math.Sqrt((x * x) + 1))) / 2, -2, 2, Form21 + ", a = 1"),
            Case("RootOfNineMinusXSquaredOverXSquared", "Math.Sqrt(9 - x * x) / (x * x)", x => (-Math.Sqrt(9 - (x * x)) / x) - Math.Asin(x / 3), 0.5, 2.5, "Stewart, Calculus 8e, §7.3 Example 1 (x = 3 sin θ)"),
            Case("ReciprocalOfXSquaredTimesRootOfXSquaredPlusFour", "1 / (x * x * Math.Sqrt(x * x + 4))", x => -Math.Sqrt((x * x) + 4) / (4 * x), 0.5, 3, "Stewart, Calculus 8e, §7.3 Example 3 (x = 2 tan θ)"),
            Case("XSquaredOverRootOfOneMinusXSquared", "x * x / Math.Sqrt(1 - x * x)", x => (Math.Asin(x) - (x * Math.Sqrt(1 - (x * x)))) / 2, -0.9, 0.9, "worked by hand: x = sin θ, ∫ sin²θ dθ"),
            Case("ReciprocalOfOnePlusXSquaredToTheThreeHalves", "1 / Math.Pow(1 + x * x, 1.5)", x => x / Math.Sqrt(1 + (x * x)), -3, 3, "worked by hand: x = tan θ, ∫ cos θ dθ"),
            Case("RootOfXSquaredMinusFourOverX", "Math.Sqrt(x * x - 4) / x", x => Math.Sqrt((x * x) - 4) - (2 * Math.Atan(Math.Sqrt((x * x) - 4) / 2)), 2.5, 6, "worked by hand: x = 2 sec θ, ∫ 2 tan²θ dθ"),
            Case("ReciprocalOfOnePlusRoot", "1 / (1 + Math.Sqrt(x))", x => (2 * Math.Sqrt(x)) - (2 * Math.Log(1 + Math.Sqrt(x))), 0.1, 4, "worked by hand: u = √x, x = u², ∫ 2u/(1 + u) du"),
            Case("RootOverOnePlusX", "Math.Sqrt(x) / (1 + x)", x => (2 * Math.Sqrt(x)) - (2 * Math.Atan(Math.Sqrt(x))), 0.1, 4, "worked by hand: u = √x, x = u², ∫ 2u²/(1 + u²) du"),
            Case("ReciprocalOfXTimesRootOfXPlusOne", "1 / (x * Math.Sqrt(x + 1))", x => Math.Log(Math.Abs((Math.Sqrt(x + 1) - 1) / (Math.Sqrt(x + 1) + 1))), 0.5, 3, "worked by hand: u = √(x + 1), ∫ 2 du/(u² − 1), then " + Form19),
        };

        /// <summary>∫ x⁵·√(1 + x²) dx with u = 1 + x²: ½∫ (u − 1)²·√u du = u^(7/2)/7 − 2u^(5/2)/5 + u^(3/2)/3.</summary>
        private static double RootOfOnePlusXSquaredTimesXToTheFifth(double x)
        {
            double u = 1 + (x * x);
            return (Math.Pow(u, 3.5) / 7) - (2 * Math.Pow(u, 2.5) / 5) + (Math.Pow(u, 1.5) / 3);
        }
    }
}
