using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>The inverse-trigonometric forms of a quadratic (completing the square), and the inverse functions themselves.</content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<TextbookIntegral> InverseTrigonometric() => new[]
        {
            Case("ReciprocalOfNinePlusXSquared", "1 / (9 + x * x)", x => Math.Atan(x / 3) / 3, -4, 4, Form17 + ", a = 3"),
            Case("ReciprocalOfOnePlusFourXSquared", "1 / (1 + 4 * x * x)", x => Math.Atan(2 * x) / 2, -2, 2, Form17 + ", u = 2x"),
            Case("ReciprocalRootOfNineMinusXSquared", "1 / Math.Sqrt(9 - x * x)", x => Math.Asin(x / 3), -2.5, 2.5, Form18 + ", a = 3"),
            Case("ReciprocalRootOfOneMinusFourXSquared", "1 / Math.Sqrt(1 - 4 * x * x)", x => Math.Asin(2 * x) / 2, -0.45, 0.45, Form18 + ", u = 2x"),
            Case("ReciprocalOfXSquaredMinusFour", "1 / (x * x - 4)", x => Math.Log(Math.Abs((x - 2) / (x + 2))) / 4, 2.5, 5, Form19 + ", a = 2"),
            Case("ReciprocalOfNineMinusXSquared", "1 / (9 - x * x)", x => Math.Log(Math.Abs((x + 3) / (x - 3))) / 6, -2.5, 2.5, Form20 + ", a = 3"),
            Case("ReciprocalRootOfXSquaredPlusFour", "1 / Math.Sqrt(x * x + 4)", x => Math.Log(x + Math.Sqrt((x * x) + 4)), -3, 3, Form25),
            Case("ReciprocalRootOfXSquaredMinusFour", "1 / Math.Sqrt(x * x - 4)", x => Math.Log(Math.Abs(x + Math.Sqrt((x * x) - 4))), 2.5, 6, "Stewart, Calculus 8e, table of integrals, forms with √(u² − a²): ∫ du/√(u² − a²) = ln|u + √(u² − a²)|"),
            Case("ReciprocalOfShiftedSquarePlusOne", "1 / (x * x + 2 * x + 2)", x => Math.Atan(x + 1), -4, 2, "worked by hand: x² + 2x + 2 = (x + 1)² + 1, then " + Form17),
            Case("ReciprocalOfQuadraticWithLeadingFour", "1 / (4 * x * x + 4 * x + 5)", x => Math.Atan(((2 * x) + 1) / 2) / 4, -3, 2, "worked by hand: 4x² + 4x + 5 = (2x + 1)² + 4, then " + Form17),
            Case("ReciprocalOfXSquaredPlusXPlusOne", "1 / (x * x + x + 1)", x => 2 / Math.Sqrt(3) * Math.Atan(((2 * x) + 1) / Math.Sqrt(3)), -3, 3, "worked by hand: x² + x + 1 = (x + 1/2)² + 3/4, then " + Form17),
            Case("LinearOverQuadraticWithComplexRoots", "(x + 1) / (x * x + 4 * x + 8)", x => (Math.Log((x * x) + (4 * x) + 8) / 2) - (Math.Atan((x + 2) / 2) / 2), -4, 3, "worked by hand: x + 1 = (2x + 4)/2 − 1, then " + Form2 + " and " + Form17),
            Case("LinearOverOnePlusXSquared", "(2 * x + 3) / (x * x + 1)", x => Math.Log((x * x) + 1) + (3 * Math.Atan(x)), -3, 3, "worked by hand: u = x² + 1 for 2x, then " + Form17),
            Case("ReciprocalRootOfTwoXMinusXSquared", "1 / Math.Sqrt(2 * x - x * x)", x => Math.Asin(x - 1), 0.2, 1.8, "worked by hand: 2x − x² = 1 − (x − 1)², then " + Form18),
            Case("ReciprocalRootOfThreeMinusTwoXMinusXSquared", "1 / Math.Sqrt(3 - 2 * x - x * x)", x => Math.Asin((x + 1) / 2), -2.5, 0.5, "worked by hand: 3 − 2x − x² = 4 − (x + 1)², then " + Form18),
            Case("ReciprocalRootOfXSquaredPlusTwoXPlusFive", "1 / Math.Sqrt(x * x + 2 * x + 5)", x => Math.Log(x + 1 + Math.Sqrt((x * x) + (2 * x) + 5)), -4, 3, "worked by hand: x² + 2x + 5 = (x + 1)² + 4, then " + Form25),
            Case("XOverRootOfOneMinusXSquared", "x / Math.Sqrt(1 - x * x)", x => -Math.Sqrt(1 - (x * x)), -0.9, 0.9, "worked by hand: u = 1 − x², then " + Form1),
            Case("XOverOnePlusXToTheFourth", "x / (1 + x * x * x * x)", x => Math.Atan(x * x) / 2, -2, 2, "worked by hand: u = x², then " + Form17),
            Case("ArctangentOverOnePlusXSquared", "Math.Atan(x) / (1 + x * x)", x => Math.Atan(x) * Math.Atan(x) / 2, -3, 3, "worked by hand: u = atan x, du = dx/(1 + x²)"),
            Case("ArcsineOverRootOfOneMinusXSquared", "Math.Asin(x) / Math.Sqrt(1 - x * x)", x => Math.Asin(x) * Math.Asin(x) / 2, -0.9, 0.9, "worked by hand: u = asin x, du = dx/√(1 − x²)"),
            Case("ReciprocalOfRootTimesArcsine", "1 / (Math.Sqrt(1 - x * x) * Math.Asin(x))", x => Math.Log(Math.Abs(Math.Asin(x))), 0.2, 0.9, "worked by hand: u = asin x, then " + Form2),
            Case("Arcsine", "Math.Asin(x)", x => (x * Math.Asin(x)) + Math.Sqrt(1 - (x * x)), -0.9, 0.9, "worked by hand: parts, u = asin x, dv = dx"),
            Case("Arccosine", "Math.Acos(x)", x => (x * Math.Acos(x)) - Math.Sqrt(1 - (x * x)), -0.9, 0.9, "worked by hand: parts, u = acos x, dv = dx"),
            Case("ArcsineOfHalfX", "Math.Asin(x / 2)", x => (x * Math.Asin(x / 2)) + Math.Sqrt(4 - (x * x)), -1.8, 1.8, "worked by hand: parts, u = asin(x/2), dv = dx"),
            Case("ArctangentOfTwoX", "Math.Atan(2 * x)", x => (x * Math.Atan(2 * x)) - (Math.Log(1 + (4 * x * x)) / 4), -2, 2, "worked by hand: parts, u = atan 2x, dv = dx"),
            Case("XTimesArcsine", "x * Math.Asin(x)", x => ((((2 * x * x) - 1) * Math.Asin(x)) + (x * Math.Sqrt(1 - (x * x)))) / 4, -0.9, 0.9, "worked by hand: parts, u = asin x, dv = x dx, then x = sin θ"),
            Case("ReciprocalOfXRootOfXSquaredMinusOne", "1 / (x * Math.Sqrt(x * x - 1))", x => Math.Atan(Math.Sqrt((x * x) - 1)), 1.5, 4, "worked by hand: u = √(x² − 1), du = x dx/√(x² − 1), then " + Form17 + " (= sec⁻¹ x)"),
        };
    }
}
