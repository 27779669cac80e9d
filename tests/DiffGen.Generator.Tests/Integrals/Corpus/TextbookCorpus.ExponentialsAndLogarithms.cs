using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>Exponentials, aˣ and logarithms, alone and composed.</content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<TextbookIntegral> ExponentialsAndLogarithms() => new[]
        {
            Case("ExponentialOfThreeX", "Math.Exp(3 * x)", x => Math.Exp(3 * x) / 3, -2, 2, Form3 + ", u = 3x"),
            Case("ExponentialOfMinusHalfX", "Math.Exp(-x / 2)", x => -2 * Math.Exp(-x / 2), -2, 3, Form3 + ", u = −x/2"),
            Case("ExponentialOfFiveX", "Math.Exp(5 * x)", x => Math.Exp(5 * x) / 5, -1, 1, "Stewart, Calculus 8e, §5.5 Example 4"),
            Case("ShiftedExponential", "Math.Exp(x + 2)", x => Math.Exp(x + 2), -3, 1, Form3 + ", u = x + 2"),
            Case("TenToTheX", "Math.Pow(10, x)", x => Math.Pow(10, x) / Math.Log(10), -1, 1.5, Form4),
            Case("TwoToALinear", "Math.Pow(2, 3 * x + 1)", x => Math.Pow(2, (3 * x) + 1) / (3 * Math.Log(2)), -1, 1.5, Form4 + ", u = 3x + 1"),
            Case("HalfToTheX", "Math.Pow(0.5, x)", x => Math.Pow(0.5, x) / Math.Log(0.5), -2, 3, Form4 + ", b = 1/2"),
            Case("SumOfExponentials", "Math.Exp(x) + Math.Exp(-x)", x => Math.Exp(x) - Math.Exp(-x), -2, 2, Form3),
            Case("QuotientOfExponentials", "(Math.Exp(2 * x) + 1) / Math.Exp(x)", x => Math.Exp(x) - Math.Exp(-x), -2, 2, "worked by hand: eˣ + e⁻ˣ, then " + Form3),
            Case("SquareOfExponential", "Math.Exp(x) * Math.Exp(x)", x => Math.Exp(2 * x) / 2, -2, 2, "worked by hand: e²ˣ, then " + Form3),
            Case("LogarithmOfTwoX", "Math.Log(2 * x)", x => (x * Math.Log(2 * x)) - x, 0.2, 4, "Stewart, Calculus 8e, §7.1 Example 2 (∫ ln x dx = x ln x − x), u = 2x"),
            Case("LogarithmOfXPlusOne", "Math.Log(x + 1)", x => ((x + 1) * Math.Log(x + 1)) - x, 0, 3, "Stewart, Calculus 8e, §7.1 Example 2, u = x + 1"),
            Case("LogarithmOfXSquared", "Math.Log(x * x)", x => (x * Math.Log(x * x)) - (2 * x), 0.5, 3, "worked by hand: ln x² = 2 ln x for x > 0, then Stewart §7.1 Example 2"),
            Case("BinaryLogarithm", "Math.Log2(x)", x => ((x * Math.Log(x)) - x) / Math.Log(2), 0.2, 4, "worked by hand: log₂ x = ln x / ln 2, then Stewart §7.1 Example 2"),
            Case("LogarithmOverX", "Math.Log(x) / x", x => Math.Log(x) * Math.Log(x) / 2, 0.2, 4, "worked by hand: u = ln x, du = dx/x"),
            Case("LogarithmSquaredOverX", "Math.Log(x) * Math.Log(x) / x", x => Math.Pow(Math.Log(x), 3) / 3, 0.2, 4, "worked by hand: u = ln x, du = dx/x"),
            Case("LogarithmToTheFourthOverX", "Math.Pow(Math.Log(x), 4) / x", x => Math.Pow(Math.Log(x), 5) / 5, 0.2, 4, "worked by hand: u = ln x, du = dx/x"),
            Case("OnePlusLogarithmOverX", "(1 + Math.Log(x)) / x", x => Math.Log(x) + (Math.Log(x) * Math.Log(x) / 2), 0.2, 4, "worked by hand: u = ln x, du = dx/x"),
            Case("ReciprocalOfXLogSquared", "1 / (x * Math.Log(x) * Math.Log(x))", x => -1 / Math.Log(x), 1.5, 5, "worked by hand: u = ln x, ∫ u⁻² du = −1/u"),
            Case("ReciprocalOfXRootLog", "1 / (x * Math.Sqrt(Math.Log(x)))", x => 2 * Math.Sqrt(Math.Log(x)), 1.5, 5, "worked by hand: u = ln x, ∫ u^(−1/2) du = 2√u"),
            Case("ReciprocalOfXTimesOnePlusLog", "1 / (x * (1 + Math.Log(x)))", x => Math.Log(Math.Abs(1 + Math.Log(x))), 0.5, 4, "worked by hand: u = 1 + ln x, then " + Form2),
            Case("LogOfLogOverX", "Math.Log(Math.Log(x)) / x", x => (Math.Log(x) * Math.Log(Math.Log(x))) - Math.Log(x), 1.5, 5, "worked by hand: u = ln x, then ∫ ln u du (Stewart §7.1 Example 2)"),
            Case("LogisticFormOfExponential", "Math.Exp(x) / (1 + Math.Exp(x))", x => Math.Log(1 + Math.Exp(x)), -3, 3, "worked by hand: u = 1 + eˣ, then " + Form2),
            Case("ExponentialOverExponentialPlusThree", "Math.Exp(2 * x) / (Math.Exp(2 * x) + 3)", x => Math.Log(Math.Exp(2 * x) + 3) / 2, -2, 2, "worked by hand: u = e²ˣ + 3, du = 2e²ˣ dx, then " + Form2),
            Case("LogisticFunction", "1 / (1 + Math.Exp(-x))", x => Math.Log(1 + Math.Exp(x)), -3, 3, "worked by hand: multiply by eˣ/eˣ to get eˣ/(eˣ + 1), then u = eˣ + 1"),
            Case("ExponentialOverOnePlusItsSquare", "Math.Exp(x) / (1 + Math.Exp(2 * x))", x => Math.Atan(Math.Exp(x)), -3, 3, "worked by hand: u = eˣ, ∫ du/(1 + u²) = atan u (" + Form17 + ")"),
            Case("ExponentialOfRootOverRoot", "Math.Exp(Math.Sqrt(x)) / Math.Sqrt(x)", x => 2 * Math.Exp(Math.Sqrt(x)), 0.1, 4, "worked by hand: u = √x, du = dx/(2√x)"),
            Case("ExponentialOfReciprocalOverXSquared", "Math.Exp(1 / x) / (x * x)", x => -Math.Exp(1 / x), 0.5, 3, "worked by hand: u = 1/x, du = −dx/x²"),
            Case("XSquaredTimesExponentialOfXCubed", "x * x * Math.Exp(x * x * x)", x => Math.Exp(x * x * x) / 3, -1, 1.2, "worked by hand: u = x³, du = 3x² dx"),
            Case("GaussianDerivativeForm", "x * Math.Exp(-x * x / 2)", x => -Math.Exp(-x * x / 2), -3, 3, "worked by hand: u = −x²/2, du = −x dx"),
            Case("ExponentialTimesRootOfOnePlusExponential", "Math.Exp(x) * Math.Sqrt(1 + Math.Exp(x))", x => Math.Pow(1 + Math.Exp(x), 1.5) * 2 / 3, -2, 2, "worked by hand: u = 1 + eˣ, then " + Form1),
            Case("ExponentialTimesCubeOfOnePlusExponential", "Math.Exp(x) * Math.Pow(1 + Math.Exp(x), 3)", x => Math.Pow(1 + Math.Exp(x), 4) / 4, -2, 1.5, "worked by hand: u = 1 + eˣ, then " + Form1),
            Case("ExponentialTimesSineOfExponential", "Math.Exp(x) * Math.Sin(Math.Exp(x))", x => -Math.Cos(Math.Exp(x)), -2, 1.5, "worked by hand: u = eˣ, then " + Form5),
        };
    }
}
