using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>Polynomials and powers of x: the power rule term by term, and of a linear a·x + b.</content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<TextbookIntegral> Powers() => new[]
        {
            Case("PolynomialOfDegreeTwo", "x * x - 4 * x + 3", x => (x * x * x / 3) - (2 * x * x) + (3 * x), -3, 4, Form1),
            Case("PolynomialOfDegreeFour", "5 * Math.Pow(x, 4) - 3 * x * x + 7", x => Math.Pow(x, 5) - (x * x * x) + (7 * x), -2, 2, Form1),
            Case("PolynomialOfDegreeSix", "Math.Pow(x, 6) - 2 * x * x * x + x / 2", x => (Math.Pow(x, 7) / 7) - (Math.Pow(x, 4) / 2) + (x * x / 4), -1.5, 1.5, Form1),
            Case("ProductOfThreeLinears", "(x - 1) * (x + 1) * (x + 2)", x => (Math.Pow(x, 4) / 4) + (2 * x * x * x / 3) - (x * x / 2) - (2 * x), -3, 2, "worked by hand: multiplied out to x³ + 2x² − x − 2, then " + Form1),
            Case("SquareOfBinomialWithReciprocal", "Math.Pow(x + 1 / x, 2)", x => (x * x * x / 3) + (2 * x) - (1 / x), 0.5, 3, "worked by hand: (x + 1/x)² = x² + 2 + x⁻², then " + Form1),
            Case("CubeRoot", "Math.Cbrt(x)", x => 0.75 * Math.Pow(x, 4.0 / 3), 0.1, 4, Form1 + ", n = 1/3"),
            Case("CubeRootOfSquare", "Math.Cbrt(x * x)", x => 0.6 * Math.Pow(x, 5.0 / 3), 0.1, 4, Form1 + ", n = 2/3"),
            Case("ReciprocalCubeRoot", "1 / Math.Cbrt(x)", x => 1.5 * Math.Pow(x, 2.0 / 3), 0.1, 4, Form1 + ", n = −1/3"),
            Case("FourthRoot", "Math.Pow(x, 0.25)", x => 0.8 * Math.Pow(x, 1.25), 0.1, 4, Form1 + ", n = 1/4"),
            Case("ThreeHalvesPower", "x * Math.Sqrt(x)", x => 0.4 * Math.Pow(x, 2.5), 0.1, 4, Form1 + ", n = 3/2"),
            Case("SevenHalvesPower", "x * x * x * Math.Sqrt(x)", x => Math.Pow(x, 4.5) / 4.5, 0.1, 3, Form1 + ", n = 7/2"),
            Case("ReciprocalSquareRoot", "1 / Math.Sqrt(x)", x => 2 * Math.Sqrt(x), 0.1, 4, Form1 + ", n = −1/2"),
            Case("ReciprocalCube", "1 / (x * x * x)", x => -0.5 / (x * x), 0.5, 3, Form1 + ", n = −3"),
            Case("NegativeThirdPower", "Math.Pow(x, -1.0 / 3)", x => 1.5 * Math.Pow(x, 2.0 / 3), 0.2, 4, Form1 + ", n = −1/3"),
            Case("RootTimesLinear", "Math.Sqrt(x) * (x + 1)", x => (0.4 * Math.Pow(x, 2.5)) + (Math.Pow(x, 1.5) * 2 / 3), 0.1, 4, "worked by hand: x^(3/2) + x^(1/2), then " + Form1),
            Case("QuadraticOverSquareRoot", "(x * x + 1) / Math.Sqrt(x)", x => (0.4 * Math.Pow(x, 2.5)) + (2 * Math.Sqrt(x)), 0.1, 4, "worked by hand: x^(3/2) + x^(−1/2), then " + Form1),
            Case("CubeMinusRootOverX", "(x * x * x - 2 * Math.Sqrt(x)) / x", x => (x * x * x / 3) - (4 * Math.Sqrt(x)), 0.2, 4, "worked by hand: x² − 2x^(−1/2), then " + Form1),
            Case("QuadraticOverX", "(x * x + 3 * x + 2) / x", x => (x * x / 2) + (3 * x) + (2 * Math.Log(Math.Abs(x))), 0.5, 4, "worked by hand: x + 3 + 2/x, then " + Form1 + " and " + Form2),
            Case("OnePlusXOverXSquared", "(1 + x) / (x * x)", x => (-1 / x) + Math.Log(Math.Abs(x)), 0.5, 4, "worked by hand: x⁻² + x⁻¹, then " + Form1 + " and " + Form2),
            Case("ReciprocalOnTheNegativeAxis", "1 / x", x => Math.Log(Math.Abs(x)), -4, -0.5, Form2),
            Case("ShiftedSeventhPower", "Math.Pow(3 * x - 1, 7)", x => Math.Pow((3 * x) - 1, 8) / 24, -1, 1.2, "worked by hand: u = 3x − 1, then " + Form1),
            Case("SquareOfLinear", "(2 * x - 3) * (2 * x - 3)", x => Math.Pow((2 * x) - 3, 3) / 6, -1, 3, "worked by hand: u = 2x − 3, then " + Form1),
            Case("RootOfLinear", "Math.Sqrt(2 * x + 1)", x => Math.Pow((2 * x) + 1, 1.5) / 3, 0, 4, "Stewart, Calculus 8e, §5.5 Example 2 (u = 2x + 1)"),
            Case("ReciprocalRootOfLinear", "1 / Math.Sqrt(4 - 3 * x)", x => -2.0 / 3 * Math.Sqrt(4 - (3 * x)), -2, 1, "worked by hand: u = 4 − 3x, then " + Form1),
            Case("ReciprocalSquareOfLinear", "1 / ((5 * x + 2) * (5 * x + 2))", x => -1 / (5 * ((5 * x) + 2)), 0, 3, "worked by hand: u = 5x + 2, then " + Form1),
        };
    }
}
