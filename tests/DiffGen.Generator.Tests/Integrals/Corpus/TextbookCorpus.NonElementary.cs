using System.Collections.Generic;

namespace DiffGen.Generator.Tests.Integrals.Corpus
{
    /// <content>
    /// Integrands with no elementary antiderivative (Liouville's theorem; for x^m·(a + b·xⁿ)^p, Chebyshev's): the values are
    /// of the special functions that define their integrals, computed by mpmath 1.3.0 (quad at 30 digits) and agreeing with
    /// mpmath's own erf, si, ci, ei, e1, li and ellipf to every digit given.
    /// </content>
    public static partial class TextbookCorpus
    {
        private static IEnumerable<NonElementaryIntegral> NonElementary() => new[]
        {
            new NonElementaryIntegral("Gaussian", "Math.Exp(-x * x)", 0, 1, 0.746824132812427025, "√π/2·erf(1), erf(1) = 0.8427007929497149 (Abramowitz & Stegun, Table 7.1)"),
            new NonElementaryIntegral("ImaginaryErrorFunction", "Math.Exp(x * x)", 0, 1, 1.462651745907181609, "√π/2·erfi(1)"),
            new NonElementaryIntegral("Sinc", "Math.Sin(x) / x", 1, 2, 0.659329906435511834, "Si(2) − Si(1) (Abramowitz & Stegun, Table 5.1)"),
            new NonElementaryIntegral("CosineOverX", "Math.Cos(x) / x", 1, 2, 0.085576905873896861, "Ci(2) − Ci(1) (Abramowitz & Stegun, Table 5.1)"),
            new NonElementaryIntegral("ExponentialOverX", "Math.Exp(x) / x", 1, 2, 3.059116539645953408, "Ei(2) − Ei(1) (Abramowitz & Stegun, Table 5.1)"),
            new NonElementaryIntegral("DecayingExponentialOverX", "Math.Exp(-x) / x", 1, 2, 0.170483423687459154, "E₁(1) − E₁(2) (Abramowitz & Stegun, Table 5.1)"),
            new NonElementaryIntegral("ReciprocalOfLogarithm", "1 / Math.Log(x)", 2, 3, 1.118424814549699188, "li(3) − li(2), the logarithmic integral"),
            new NonElementaryIntegral("SineOfXSquared", "Math.Sin(x * x)", 0, 1, 0.310268301723381102, "√(π/2)·S(√(2/π)), the Fresnel integral S"),
            new NonElementaryIntegral("CosineOfXSquared", "Math.Cos(x * x)", 0, 1, 0.904524237900272081, "√(π/2)·C(√(2/π)), the Fresnel integral C"),
            new NonElementaryIntegral("RootOfOnePlusXCubed", "Math.Sqrt(1 + x * x * x)", 0, 1, 1.111447970532575484, "an elliptic integral (Chebyshev: m = 0, n = 3, p = 1/2)"),
            new NonElementaryIntegral("ReciprocalRootOfOnePlusXToTheFourth", "1 / Math.Sqrt(1 + x * x * x * x)", 0, 1, 0.927037338650685959, "F(π/2 | 1/2)/2, a complete elliptic integral of the first kind"),
            new NonElementaryIntegral("XTimesTangent", "x * Math.Tan(x)", 0, 1, 0.428088301365176022, "x·tan x integrates to polylogarithms (Clausen functions), not elementary"),
        };
    }
}
