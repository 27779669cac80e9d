using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>Returns the method takes before a value it cannot compute where it is called.</summary>
    public static partial class BranchCases
    {
        /// <summary>
        /// The differential fuzzer's method (seed 42, branches), shrunk by hand: y &lt; 2 here, so the second return gives 1 and
        /// ∂/∂x = ∂/∂y = 0. The clamp after it reads acosh(1.5 + 3x), NaN for x &lt; −1/6; its rule times the return's adjoint
        /// was 0 · (1 / sinh(NaN)) = NaN until the return's test went outside the clamp's choices (ExprBuilder.Select).
        /// </summary>
        [Differentiable]
        public static double ReturnBeforeNaN([SampleRange(-0.3, -0.2)] double x, [SampleRange(0.1, 1.5)] double y)
        {
            if (y >= 2)
            {
                return 1.0;
            }

            if (2 >= y)
            {
                return 1.0;
            }

            return Math.Clamp(1.0, 1.5 + Math.Acosh(1.5 + x * 3) * y, Math.Acosh(1.5 + Math.Acosh(1.5 + x * 3) * y) + Math.Abs(x) + 0.25);
        }
    }
}
