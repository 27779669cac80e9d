using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>Hyperbolic functions and their inverses.</content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<TextbookIntegral> Hyperbolic() => new[]
        {
            Case("HyperbolicCosineOfThreeX", "Math.Cosh(3 * x)", x => Math.Sinh(3 * x) / 3, -2, 2, Form16 + ", u = 3x"),
            Case("ShiftedHyperbolicSine", "Math.Sinh(2 * x + 1)", x => Math.Cosh((2 * x) + 1) / 2, -2, 1.5, Form15 + ", u = 2x + 1"),
            Case("HyperbolicTangentOfTwoX", "Math.Tanh(2 * x)", x => Math.Log(Math.Cosh(2 * x)) / 2, -2, 2, "worked by hand: u = cosh 2x, du = 2 sinh 2x dx"),
            Case("HyperbolicSecantSquared", "1 / (Math.Cosh(x) * Math.Cosh(x))", x => Math.Tanh(x), -3, 3, "worked by hand: (tanh x)′ = sech²x"),
            Case("HyperbolicSineTimesCosine", "Math.Sinh(x) * Math.Cosh(x)", x => Math.Sinh(x) * Math.Sinh(x) / 2, -2, 2, "worked by hand: u = sinh x, du = cosh x dx"),
            Case("HyperbolicTangentAsAQuotient", "Math.Sinh(x) / Math.Cosh(x)", x => Math.Log(Math.Cosh(x)), -3, 3, "worked by hand: u = cosh x, then " + Form2),
            Case("HyperbolicCotangent", "Math.Cosh(x) / Math.Sinh(x)", x => Math.Log(Math.Abs(Math.Sinh(x))), 0.3, 3, "worked by hand: u = sinh x, then " + Form2),
            Case("HyperbolicSecantTangent", "Math.Sinh(x) / (Math.Cosh(x) * Math.Cosh(x))", x => -1 / Math.Cosh(x), -3, 3, "worked by hand: u = cosh x, ∫ u⁻² du = −1/u"),
            Case("HyperbolicCosineTimesSineSquared", "Math.Cosh(x) * Math.Pow(Math.Sinh(x), 2)", x => Math.Pow(Math.Sinh(x), 3) / 3, -2, 2, "worked by hand: u = sinh x"),
            Case("HyperbolicSineTimesExponentialOfCosine", "Math.Sinh(x) * Math.Exp(Math.Cosh(x))", x => Math.Exp(Math.Cosh(x)), -1.5, 1.5, "worked by hand: u = cosh x, then " + Form3),
            Case("XTimesHyperbolicSineOfXSquared", "x * Math.Sinh(x * x)", x => Math.Cosh(x * x) / 2, -1.5, 1.5, "worked by hand: u = x², then " + Form15),
            Case("XTimesHyperbolicCosine", "x * Math.Cosh(x)", x => (x * Math.Sinh(x)) - Math.Cosh(x), -2, 2, "worked by hand: parts, u = x, dv = cosh x dx"),
            Case("XTimesHyperbolicCosineOfTwoX", "x * Math.Cosh(2 * x)", x => (x * Math.Sinh(2 * x) / 2) - (Math.Cosh(2 * x) / 4), -2, 2, "worked by hand: parts, u = x, dv = cosh 2x dx"),
            Case("HyperbolicSineSquared", "Math.Sinh(x) * Math.Sinh(x)", x => (Math.Sinh(2 * x) / 4) - (x / 2), -2, 2, "worked by hand: sinh²x = (cosh 2x − 1)/2"),
            Case("HyperbolicCosineSquared", "Math.Cosh(x) * Math.Cosh(x)", x => (Math.Sinh(2 * x) / 4) + (x / 2), -2, 2, "worked by hand: cosh²x = (cosh 2x + 1)/2"),
            Case("ExponentialTimesHyperbolicCosine", "Math.Exp(x) * Math.Cosh(x)", x => (Math.Exp(2 * x) / 4) + (x / 2), -2, 2, "worked by hand: eˣ·cosh x = (e²ˣ + 1)/2"),
            Case("HyperbolicSecant", "1 / Math.Cosh(x)", x => Math.Atan(Math.Sinh(x)), -3, 3, "worked by hand: sech x = cosh x/(1 + sinh²x), u = sinh x, then " + Form17),
            Case("InverseHyperbolicSine", "Math.Asinh(x)", x => (x * Math.Asinh(x)) - Math.Sqrt((x * x) + 1), -3, 3, "worked by hand: parts, u = asinh x, dv = dx"),
            Case("InverseHyperbolicTangent", "Math.Atanh(x)", x => (x * Math.Atanh(x)) + (Math.Log(1 - (x * x)) / 2), -0.9, 0.9, "worked by hand: parts, u = atanh x, dv = dx"),
        };
    }
}
