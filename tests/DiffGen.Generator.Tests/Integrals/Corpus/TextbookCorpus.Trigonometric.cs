using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>Trigonometric functions: the basic forms, powers and products of sine and cosine, tangent and secant.</content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<TextbookIntegral> Trigonometric() => new[]
        {
            Case("CosineOfThreeX", "Math.Cos(3 * x)", x => Math.Sin(3 * x) / 3, -2, 2, Form6 + ", u = 3x"),
            Case("SineOfHalfX", "Math.Sin(x / 2)", x => -2 * Math.Cos(x / 2), -4, 4, Form5 + ", u = x/2"),
            Case("SineAndCosine", "3 * Math.Sin(x) - 2 * Math.Cos(x)", x => (-3 * Math.Cos(x)) - (2 * Math.Sin(x)), -3, 3, Form5 + " and " + Form6),
            Case("TangentOfTwoX", "Math.Tan(2 * x)", x => -Math.Log(Math.Abs(Math.Cos(2 * x))) / 2, -0.6, 0.6, Form13 + ", u = 2x"),
            Case("CosecantSquared", "1 / (Math.Sin(x) * Math.Sin(x))", x => -Math.Cos(x) / Math.Sin(x), 0.3, 2.8, Form8),
            Case("SecantTangent", "Math.Sin(x) / (Math.Cos(x) * Math.Cos(x))", x => 1 / Math.Cos(x), -1.2, 1.2, Form9),
            Case("CosecantCotangent", "Math.Cos(x) / (Math.Sin(x) * Math.Sin(x))", x => -1 / Math.Sin(x), 0.3, 2.8, Form10),
            Case("Secant", "1 / Math.Cos(x)", x => Math.Log(Math.Abs((1 / Math.Cos(x)) + Math.Tan(x))), -1.2, 1.2, Form11),
            Case("Cosecant", "1 / Math.Sin(x)", x => Math.Log(Math.Abs((1 / Math.Sin(x)) - (Math.Cos(x) / Math.Sin(x)))), 0.3, 2.8, Form12),
            Case("CotangentAsReciprocalOfTangent", "1 / Math.Tan(x)", x => Math.Log(Math.Abs(Math.Sin(x))), 0.3, 2.8, Form14),
            Case("TangentSquared", "Math.Tan(x) * Math.Tan(x)", x => Math.Tan(x) - x, -1.2, 1.2, "worked by hand: tan²x = sec²x − 1, then " + Form7),
            Case("TangentCubed", "Math.Pow(Math.Tan(x), 3)", x => (Math.Tan(x) * Math.Tan(x) / 2) + Math.Log(Math.Abs(Math.Cos(x))), -1.2, 1.2, "Stewart, Calculus 8e, §7.2 Example 7 (tan³x = tan x·sec²x − tan x)"),
            Case("SecantToTheFourth", "1 / Math.Pow(Math.Cos(x), 4)", x => Math.Tan(x) + (Math.Pow(Math.Tan(x), 3) / 3), -1.2, 1.2, "worked by hand: sec⁴x = (1 + tan²x)·sec²x, u = tan x"),
            Case("TangentTimesSecantSquared", "Math.Tan(x) / (Math.Cos(x) * Math.Cos(x))", x => Math.Tan(x) * Math.Tan(x) / 2, -1.2, 1.2, "worked by hand: u = tan x, du = sec²x dx"),
            Case("TangentSquaredTimesSecantSquared", "Math.Pow(Math.Tan(x), 2) / (Math.Cos(x) * Math.Cos(x))", x => Math.Pow(Math.Tan(x), 3) / 3, -1.2, 1.2, "worked by hand: u = tan x, du = sec²x dx"),
            Case("SineOverCosineCubed", "Math.Sin(x) / Math.Pow(Math.Cos(x), 3)", x => 1 / (2 * Math.Cos(x) * Math.Cos(x)), -1.2, 1.2, "worked by hand: u = cos x, ∫ −u⁻³ du = u⁻²/2"),
            Case("SineFifthCosineSquared", "Math.Pow(Math.Sin(x), 5) * Math.Pow(Math.Cos(x), 2)", x => (-Math.Pow(Math.Cos(x), 3) / 3) + (2 * Math.Pow(Math.Cos(x), 5) / 5) - (Math.Pow(Math.Cos(x), 7) / 7), -3, 3, "Stewart, Calculus 8e, §7.2 Example 2"),
            Case("SineToTheFourth", "Math.Pow(Math.Sin(x), 4)", x => (3 * x / 8) - (Math.Sin(2 * x) / 4) + (Math.Sin(4 * x) / 32), -3, 3, "Stewart, Calculus 8e, §7.2 Example 4"),
            Case("CosineToTheFifth", "Math.Pow(Math.Cos(x), 5)", x => Math.Sin(x) - (2 * Math.Pow(Math.Sin(x), 3) / 3) + (Math.Pow(Math.Sin(x), 5) / 5), -3, 3, "worked by hand: cos⁵x = (1 − sin²x)²·cos x, u = sin x"),
            Case("SineTimesCosineToTheFourth", "Math.Sin(x) * Math.Pow(Math.Cos(x), 4)", x => -Math.Pow(Math.Cos(x), 5) / 5, -3, 3, "worked by hand: u = cos x"),
            Case("CosineTimesSineToTheSixth", "Math.Cos(x) * Math.Pow(Math.Sin(x), 6)", x => Math.Pow(Math.Sin(x), 7) / 7, -3, 3, "worked by hand: u = sin x"),
            Case("SineSquaredCosineCubed", "Math.Sin(x) * Math.Sin(x) * Math.Pow(Math.Cos(x), 3)", x => (Math.Pow(Math.Sin(x), 3) / 3) - (Math.Pow(Math.Sin(x), 5) / 5), -3, 3, "worked by hand: cos²x = 1 − sin²x, u = sin x"),
            Case("SineCubedCosineCubed", "Math.Pow(Math.Sin(x), 3) * Math.Pow(Math.Cos(x), 3)", x => (Math.Pow(Math.Sin(x), 4) / 4) - (Math.Pow(Math.Sin(x), 6) / 6), -3, 3, "worked by hand: cos²x = 1 − sin²x, u = sin x"),
            Case("SineSquaredCosineToTheFourth", "Math.Pow(Math.Sin(x), 2) * Math.Pow(Math.Cos(x), 4)", x => (x / 16) + (Math.Sin(2 * x) / 64) - (Math.Sin(4 * x) / 64) - (Math.Sin(6 * x) / 192), -3, 3, "worked by hand: sin²x·cos⁴x = (2 + cos 2x − 2 cos 4x − cos 6x)/32"),
            Case("SineOfTwoXSquared", "Math.Pow(Math.Sin(2 * x), 2)", x => (x / 2) - (Math.Sin(4 * x) / 8), -3, 3, "Stewart, Calculus 8e, §7.2 (sin²u = (1 − cos 2u)/2), u = 2x"),
            Case("CosineOfTwoXSquared", "Math.Pow(Math.Cos(2 * x), 2)", x => (x / 2) + (Math.Sin(4 * x) / 8), -3, 3, "Stewart, Calculus 8e, §7.2 (cos²u = (1 + cos 2u)/2), u = 2x"),
            Case("CosineOfTwoXAsADifferenceOfSquares", "Math.Cos(x) * Math.Cos(x) - Math.Sin(x) * Math.Sin(x)", x => Math.Sin(2 * x) / 2, -3, 3, "worked by hand: cos²x − sin²x = cos 2x"),
            Case("SineCosineWithDifferentFrequencies", "Math.Sin(3 * x) * Math.Cos(2 * x)", x => (-Math.Cos(5 * x) / 10) - (Math.Cos(x) / 2), -3, 3, "Stewart, Calculus 8e, §7.2 (sin A cos B = [sin(A − B) + sin(A + B)]/2, as Example 9)"),
            Case("SineSineWithDifferentFrequencies", "Math.Sin(x) * Math.Sin(2 * x)", x => (Math.Sin(x) / 2) - (Math.Sin(3 * x) / 6), -3, 3, "Stewart, Calculus 8e, §7.2 (sin A sin B = [cos(A − B) − cos(A + B)]/2)"),
            Case("CosineCosineWithDifferentFrequencies", "Math.Cos(x) * Math.Cos(3 * x)", x => (Math.Sin(2 * x) / 4) + (Math.Sin(4 * x) / 8), -3, 3, "Stewart, Calculus 8e, §7.2 (cos A cos B = [cos(A − B) + cos(A + B)]/2)"),
            Case("OneOverOnePlusCosine", "1 / (1 + Math.Cos(x))", x => Math.Tan(x / 2), -2.5, 2.5, "worked by hand: 1 + cos x = 2cos²(x/2), so ∫ = tan(x/2)"),
            Case("OneOverOneMinusSine", "1 / (1 - Math.Sin(x))", x => Math.Tan(x) + (1 / Math.Cos(x)), -1.2, 1.2, "worked by hand: multiply by (1 + sin x)/(1 + sin x): sec²x + sec x·tan x"),
            Case("SineSquaredOverCosine", "Math.Sin(x) * Math.Sin(x) / Math.Cos(x)", x => Math.Log(Math.Abs((1 / Math.Cos(x)) + Math.Tan(x))) - Math.Sin(x), -1.2, 1.2, "worked by hand: sin²x/cos x = sec x − cos x, then " + Form11),
            Case("CosineOverOnePlusSine", "Math.Cos(x) / (1 + Math.Sin(x))", x => Math.Log(1 + Math.Sin(x)), -1, 2, "worked by hand: u = 1 + sin x, then " + Form2),
            Case("CosineOverRootOfOnePlusSine", "Math.Cos(x) / Math.Sqrt(1 + Math.Sin(x))", x => 2 * Math.Sqrt(1 + Math.Sin(x)), -1.2, 2, "worked by hand: u = 1 + sin x, then " + Form1),
            Case("SineOverRootOfCosine", "Math.Sin(x) / Math.Sqrt(Math.Cos(x))", x => -2 * Math.Sqrt(Math.Cos(x)), -1.2, 1.2, "worked by hand: u = cos x, then " + Form1),
            Case("SineCosineOverOnePlusSineSquared", "Math.Sin(x) * Math.Cos(x) / (1 + Math.Sin(x) * Math.Sin(x))", x => Math.Log(1 + (Math.Sin(x) * Math.Sin(x))) / 2, -3, 3, "worked by hand: u = 1 + sin²x, du = 2 sin x cos x dx"),
            Case("OnePlusCosineOverXPlusSine", "(1 + Math.Cos(x)) / (x + Math.Sin(x))", x => Math.Log(Math.Abs(x + Math.Sin(x))), 0.5, 4, "worked by hand: u = x + sin x, then " + Form2),
            Case("CosineTimesExponentialOfSine", "Math.Cos(x) * Math.Exp(Math.Sin(x))", x => Math.Exp(Math.Sin(x)), -3, 3, "worked by hand: u = sin x, then " + Form3),
            Case("SineTimesCosineOfCosine", "Math.Sin(x) * Math.Cos(Math.Cos(x))", x => -Math.Sin(Math.Cos(x)), -3, 3, "worked by hand: u = cos x, then " + Form6),
            Case("SineOfRootOverRoot", "Math.Sin(Math.Sqrt(x)) / Math.Sqrt(x)", x => -2 * Math.Cos(Math.Sqrt(x)), 0.1, 4, "worked by hand: u = √x, du = dx/(2√x), then " + Form5),
            Case("XTimesSineOfXSquared", "x * Math.Sin(x * x)", x => -Math.Cos(x * x) / 2, -2, 2, "worked by hand: u = x², du = 2x dx, then " + Form5),
            Case("CosineOfLogOverX", "Math.Cos(Math.Log(x)) / x", x => Math.Sin(Math.Log(x)), 0.2, 5, "worked by hand: u = ln x, then " + Form6),
            Case("SineOfReciprocalOverXSquared", "Math.Sin(1 / x) / (x * x)", x => Math.Cos(1 / x), 0.5, 3, "worked by hand: u = 1/x, du = −dx/x², then " + Form5),
            Case("ExponentialOfTangentTimesSecantSquared", "Math.Exp(Math.Tan(x)) / (Math.Cos(x) * Math.Cos(x))", x => Math.Exp(Math.Tan(x)), -1.2, 1.2, "worked by hand: u = tan x, then " + Form3),
            Case("RootOfTangentTimesSecantSquared", "Math.Sqrt(Math.Tan(x)) / (Math.Cos(x) * Math.Cos(x))", x => Math.Pow(Math.Tan(x), 1.5) * 2 / 3, 0.1, 1.2, "worked by hand: u = tan x, then " + Form1),
            Case("SineToAFractionalPowerTimesCosine", "Math.Pow(Math.Sin(x), 2.5) * Math.Cos(x)", x => Math.Pow(Math.Sin(x), 3.5) / 3.5, 0.1, 3, "worked by hand: u = sin x, then " + Form1),
        };
    }
}
