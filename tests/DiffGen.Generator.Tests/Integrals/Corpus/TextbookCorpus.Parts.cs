using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>Integration by parts: a polynomial times eˣ, sin or cos; logarithms and inverse functions; eᵃˣ·sin bx by parts twice.</content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<TextbookIntegral> Parts() => new[]
        {
            Case("XTimesSine", "x * Math.Sin(x)", x => Math.Sin(x) - (x * Math.Cos(x)), -3, 3, "Stewart, Calculus 8e, §7.1 Example 1"),
            Case("XSquaredTimesExponential", "x * x * Math.Exp(x)", x => ((x * x) - (2 * x) + 2) * Math.Exp(x), -3, 2, "Stewart, Calculus 8e, §7.1 Example 3"),
            Case("ExponentialTimesCosine", "Math.Exp(x) * Math.Cos(x)", x => Math.Exp(x) * (Math.Sin(x) + Math.Cos(x)) / 2, -3, 2, "Stewart, Calculus 8e, §7.1 (as Example 4, ∫ eˣ sin x dx, by parts twice)"),
            Case("DecayingCosine", "Math.Exp(-x) * Math.Cos(2 * x)", x => Math.Exp(-x) * ((2 * Math.Sin(2 * x)) - Math.Cos(2 * x)) / 5, -2, 3, "worked by hand: parts twice, ∫ eᵃˣ cos bx dx = eᵃˣ(a cos bx + b sin bx)/(a² + b²)"),
            Case("GrowingSineOfThreeX", "Math.Exp(2 * x) * Math.Sin(3 * x)", x => Math.Exp(2 * x) * ((2 * Math.Sin(3 * x)) - (3 * Math.Cos(3 * x))) / 13, -2, 1.5, "worked by hand: parts twice, ∫ eᵃˣ sin bx dx = eᵃˣ(a sin bx − b cos bx)/(a² + b²)"),
            Case("XTimesExponentialOfTwoX", "x * Math.Exp(2 * x)", x => Math.Exp(2 * x) * ((x / 2) - 0.25), -2, 2, "worked by hand: parts, u = x, dv = e²ˣ dx"),
            Case("XTimesDecayingExponential", "x * Math.Exp(-x)", x => -(x + 1) * Math.Exp(-x), -2, 3, "worked by hand: parts, u = x, dv = e⁻ˣ dx"),
            Case("XOverExponential", "x / Math.Exp(x)", x => -(x + 1) * Math.Exp(-x), -2, 3, "worked by hand: x·e⁻ˣ, parts, u = x"),
            Case("XTimesSineOfThreeX", "x * Math.Sin(3 * x)", x => (Math.Sin(3 * x) / 9) - (x * Math.Cos(3 * x) / 3), -2, 2, "worked by hand: parts, u = x, dv = sin 3x dx"),
            Case("XSquaredTimesCosine", "x * x * Math.Cos(x)", x => (x * x * Math.Sin(x)) + (2 * x * Math.Cos(x)) - (2 * Math.Sin(x)), -3, 3, "worked by hand: parts twice, u = x² then u = x"),
            Case("XCubedTimesSine", "x * x * x * Math.Sin(x)", x => (-x * x * x * Math.Cos(x)) + (3 * x * x * Math.Sin(x)) + (6 * x * Math.Cos(x)) - (6 * Math.Sin(x)), -3, 3, "worked by hand: parts three times (tabular)"),
            Case("XCubedTimesExponential", "x * x * x * Math.Exp(x)", x => ((x * x * x) - (3 * x * x) + (6 * x) - 6) * Math.Exp(x), -3, 2, "worked by hand: parts three times (tabular)"),
            Case("XSquaredTimesExponentialOfTwoX", "x * x * Math.Exp(2 * x)", x => Math.Exp(2 * x) * ((x * x / 2) - (x / 2) + 0.25), -2, 1.5, "worked by hand: parts twice (tabular)"),
            Case("LinearTimesExponential", "(x + 1) * Math.Exp(x)", x => x * Math.Exp(x), -3, 2, "worked by hand: parts, u = x + 1"),
            Case("QuadraticTimesDecayingExponential", "(x * x + 1) * Math.Exp(-x)", x => -((x * x) + (2 * x) + 3) * Math.Exp(-x), -2, 3, "worked by hand: parts twice (tabular)"),
            Case("XTimesTwoToTheX", "x * Math.Pow(2, x)", x => Math.Pow(2, x) * ((x / Math.Log(2)) - (1 / (Math.Log(2) * Math.Log(2)))), -2, 3, "worked by hand: parts, u = x, dv = 2ˣ dx, then " + Form4),
            Case("XTimesSineTimesCosine", "x * Math.Sin(x) * Math.Cos(x)", x => (-x * Math.Cos(2 * x) / 4) + (Math.Sin(2 * x) / 8), -3, 3, "worked by hand: sin x cos x = sin 2x/2, parts, u = x"),
            Case("XTimesCosineSquared", "x * Math.Cos(x) * Math.Cos(x)", x => (x * x / 4) + (x * Math.Sin(2 * x) / 4) + (Math.Cos(2 * x) / 8), -3, 3, "worked by hand: cos²x = (1 + cos 2x)/2, parts, u = x"),
            Case("XTimesSecantSquared", "x / (Math.Cos(x) * Math.Cos(x))", x => (x * Math.Tan(x)) + Math.Log(Math.Abs(Math.Cos(x))), -1.2, 1.2, "worked by hand: parts, u = x, dv = sec²x dx, then " + Form13),
            Case("XTimesFourthPowerOfLinear", "x * Math.Pow(x - 1, 4)", x => (Math.Pow(x - 1, 6) / 6) + (Math.Pow(x - 1, 5) / 5), -1, 3, "worked by hand: u = x − 1, x = u + 1"),
            Case("XSquaredTimesLogarithm", "x * x * Math.Log(x)", x => (x * x * x * Math.Log(x) / 3) - (x * x * x / 9), 0.2, 4, "worked by hand: parts, u = ln x, dv = x² dx"),
            Case("XCubedTimesLogarithm", "x * x * x * Math.Log(x)", x => (Math.Pow(x, 4) * Math.Log(x) / 4) - (Math.Pow(x, 4) / 16), 0.2, 3, "worked by hand: parts, u = ln x, dv = x³ dx"),
            Case("LogarithmOverRoot", "Math.Log(x) / Math.Sqrt(x)", x => (2 * Math.Sqrt(x) * Math.Log(x)) - (4 * Math.Sqrt(x)), 0.2, 4, "worked by hand: parts, u = ln x, dv = x^(−1/2) dx"),
            Case("RootTimesLogarithm", "Math.Sqrt(x) * Math.Log(x)", x => (Math.Pow(x, 1.5) * Math.Log(x) * 2 / 3) - (Math.Pow(x, 1.5) * 4 / 9), 0.2, 4, "worked by hand: parts, u = ln x, dv = x^(1/2) dx"),
            Case("LogarithmOverXSquared", "Math.Log(x) / (x * x)", x => -(Math.Log(x) + 1) / x, 0.2, 4, "worked by hand: parts, u = ln x, dv = x⁻² dx"),
            Case("XTimesLogarithmSquared", "x * Math.Log(x) * Math.Log(x)", x => (x * x * Math.Log(x) * Math.Log(x) / 2) - (x * x * Math.Log(x) / 2) + (x * x / 4), 0.2, 4, "worked by hand: parts twice, u = ln²x then u = ln x"),
            Case("LogarithmCubed", "Math.Pow(Math.Log(x), 3)", x => x * (Math.Pow(Math.Log(x), 3) - (3 * Math.Log(x) * Math.Log(x)) + (6 * Math.Log(x)) - 6), 0.2, 4, "worked by hand: parts three times, u = lnⁿx, dv = dx"),
            Case("XTimesLogarithmOfXPlusOne", "x * Math.Log(x + 1)", x => ((((x * x) - 1) / 2) * Math.Log(x + 1)) - (x * x / 4) + (x / 2), 0, 3, "worked by hand: parts, u = ln(x + 1), dv = x dx"),
            Case("LogarithmOfOnePlusXSquared", "Math.Log(x * x + 1)", x => (x * Math.Log((x * x) + 1)) - (2 * x) + (2 * Math.Atan(x)), -3, 3, "worked by hand: parts, u = ln(x² + 1), dv = dx"),
            Case("XSquaredTimesArctangent", "x * x * Math.Atan(x)", x => (x * x * x * Math.Atan(x) / 3) - (x * x / 6) + (Math.Log(1 + (x * x)) / 6), -2, 2, "worked by hand: parts, u = atan x, dv = x² dx"),
            Case("ArctangentOfRoot", "Math.Atan(Math.Sqrt(x))", x => ((x + 1) * Math.Atan(Math.Sqrt(x))) - Math.Sqrt(x), 0.1, 4, "worked by hand: u = √x, then parts"),
            Case("ExponentialOfRoot", "Math.Exp(Math.Sqrt(x))", x => 2 * (Math.Sqrt(x) - 1) * Math.Exp(Math.Sqrt(x)), 0.1, 4, "worked by hand: u = √x, dx = 2u du, then parts"),
            Case("CosineOfRoot", "Math.Cos(Math.Sqrt(x))", x => 2 * ((Math.Sqrt(x) * Math.Sin(Math.Sqrt(x))) + Math.Cos(Math.Sqrt(x))), 0.1, 4, "worked by hand: u = √x, dx = 2u du, then parts"),
            Case("SineOfLogarithm", "Math.Sin(Math.Log(x))", x => x * (Math.Sin(Math.Log(x)) - Math.Cos(Math.Log(x))) / 2, 0.2, 5, "worked by hand: parts twice, the integral comes back"),
        };
    }
}
