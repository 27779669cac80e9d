namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>
    /// The integrands of the corpus with an elementary antiderivative that DiffGen does not find, each with why (the rule a
    /// student would use that the table does not have). The tests assert each is still missed, so this list stays true;
    /// docs/supported.md lists the same.
    /// </content>
    public static partial class TextbookCorpus
    {
        private const string TrigonometricSubstitution = "a trigonometric substitution (x = a·sin θ, a·tan θ or a·sec θ), which no rule makes";
        private const string RationalizingSubstitution = "a rationalizing substitution (u = √x or u = √(x + 1), so x = u² or u² − 1), which no rule makes";

        /// <summary>Why DiffGen finds no closed form for the integrand of that name, or null where it finds one.</summary>
        public static string? WhyMissed(string name) => name switch
        {
            "CubeRoot" or "CubeRootOfSquare" => "Math.Cbrt is not read as a power x^(1/3)",
            "CubeMinusRootOverX" or "RootTimesLogarithm" or "LogarithmOverRoot" => "a product of powers of x, √x·x⁻¹, is not combined into x^(−1/2) for the power rule",
            "QuotientOfExponentials" => "e²ˣ/eˣ is not combined into eˣ",
            "LogarithmOfXSquared" or "LogarithmOfOnePlusXSquared" => "integration by parts with dv = dx is made for ln x itself only (ln(a·x + b) through the linear substitution)",
            "InverseHyperbolicSine" or "InverseHyperbolicTangent" => "asinh and atanh are not in the table of known antiderivatives nor chosen as u for parts",
            "ExponentialOverOnePlusItsSquare" => "u = eˣ leaves e²ˣ, which the substitution does not read as u²",
            "Secant" or "Cosecant" => "∫ sec x dx and ∫ csc x dx are not in the table of known antiderivatives",
            "HyperbolicSecant" => "∫ sech x dx is not in the table of known antiderivatives",
            "SecantToTheFourth" => "powers of sec x above 2 (sec⁴x = (1 + tan²x)·sec²x) are not in the table",
            "SineSquaredOverCosine" => "the powers of sine and cosine are made for sinᵐx·cosⁿx with m, n ≥ 0 only",
            "TangentTimesSecantSquared" or "TangentSquaredTimesSecantSquared" or "ExponentialOfTangentTimesSecantSquared" or "RootOfTangentTimesSecantSquared" =>
                "u = tan x: the integrand over du = (1 + tan²x) dx is not simplified back to a function of tan x",
            "SineCosineWithDifferentFrequencies" or "SineSineWithDifferentFrequencies" or "CosineCosineWithDifferentFrequencies" =>
                "the product-to-sum formulas (sin A·cos B = [sin(A − B) + sin(A + B)]/2, ...) are not in the table",
            "OneOverOnePlusCosine" or "OneOverOneMinusSine" => "it needs a half-angle identity or multiplying by the conjugate 1 ∓ sin x, which no rule makes",
            "HyperbolicSineSquared" or "HyperbolicCosineSquared" => "the power reduction is made for sin²x and cos²x only, not sinh²x = (cosh 2x − 1)/2",
            "ExponentialTimesHyperbolicCosine" => "cosh x is not rewritten as (eˣ + e⁻ˣ)/2",
            "ReciprocalOfRootTimesArcsine" => "u = asin x: the integrand over du = dx/√(1 − x²) is not simplified to 1/u",
            "XToTheFifthTimesRootOfOnePlusXSquared" or "XCubedTimesRootOfOneMinusXSquared" => "u = 1 ± x² leaves a power of x that the substitution does not rewrite in u (x⁴ = (u − 1)²)",
            "XOverOnePlusXToTheFourth" => "u = x² does not see x⁴ as u²",
            "LinearOverRootOfQuadratic" => "u = x² + 2x + 3 leaves (x + 1)/(2x + 2), which is not cancelled to 1/2",
            "RootOfOneMinusXSquared" or "RootOfXSquaredPlusOne" or "RootOfNineMinusXSquaredOverXSquared" or "ReciprocalOfXSquaredTimesRootOfXSquaredPlusFour"
                or "XSquaredOverRootOfOneMinusXSquared" or "ReciprocalOfOnePlusXSquaredToTheThreeHalves" or "RootOfXSquaredMinusFourOverX"
                or "ReciprocalOfXRootOfXSquaredMinusOne" or "XTimesArcsine" => TrigonometricSubstitution,
            "RootOverOnePlusX" or "ReciprocalOfXTimesRootOfXPlusOne" => RationalizingSubstitution,
            "SineOfLogarithm" => "by parts twice with the integral coming back is made for eᵃˣ·sin bx and eᵃˣ·cos bx only",
            "ReciprocalOfXToTheFifthMinusX" => "partial fractions are made for denominators of degree 4 at most",
            "ReciprocalOfSquareOfOnePlusXSquared" => "partial fractions do not take a repeated quadratic factor, (x² + 1)²",
            "ReciprocalOfXToTheFourthPlusOne" => "x⁴ + 1 factors only with irrational coefficients, (x² + √2x + 1)(x² − √2x + 1)",
            _ => null,
        };
    }
}
