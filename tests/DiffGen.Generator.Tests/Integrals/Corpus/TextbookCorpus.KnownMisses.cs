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
            "CubeRootOfSquare" => "∛(x²) is not read as a power of ∛x (only ∛x itself is in the table)",
            "QuotientOfExponentials" => "e²ˣ/eˣ is not combined into eˣ",
            "ExponentialOverOnePlusItsSquare" => "u = eˣ leaves e²ˣ, which the substitution does not read as u²",
            "SecantToTheFourth" => "powers of sec x above 2 (sec⁴x = (1 + tan²x)·sec²x) are not in the table",
            "SineSquaredOverCosine" => "the powers of sine and cosine are made for sinᵐx·cosⁿx with m, n ≥ 0 only",
            "OneOverOnePlusCosine" or "OneOverOneMinusSine" => "it needs a half-angle identity (1 + cos x = 2·cos²(x/2)) or multiplying by the conjugate (1 + sin x), which no rule makes",
            "ExponentialTimesHyperbolicCosine" => "cosh x is not rewritten as (eˣ + e⁻ˣ)/2",
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
