using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Functions that stay finite at extreme inputs (|z| ≈ 400 inside Exp, 800 where exp(z) itself
    /// overflows), whose derivatives must stay finite and right there too: the logistic σ in its
    /// written forms, losses built on it, softplus, sech, tanh, roots and quotients of large values.
    /// <see cref="ExtremeInputTests"/> checks them at those points against closed forms; the
    /// numerical tests check them at ordinary points against finite differences.
    /// </summary>
    public static partial class ExtremeCases
    {
        [Differentiable, SampleRange(-3, 3)]
        public static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

        /// <summary>Binary cross-entropy of a logistic unit, σ in a local as people write it.</summary>
        [Differentiable("w", "b"), SampleRange(-2, 2)]
        public static double LogisticCrossEntropy(double w, double b, double x, [SampleRange(0.1, 0.9)] double y)
        {
            double z = w * x + b;
            double p = 1 / (1 + Math.Exp(-z));
            return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
        }

        /// <summary>The same loss with σ written out twice and never named.</summary>
        [Differentiable("w", "b"), SampleRange(-2, 2)]
        public static double LogisticCrossEntropyInline(double w, double b, double x, [SampleRange(0.1, 0.9)] double y) =>
            -(y * Math.Log(1 / (1 + Math.Exp(-(w * x + b)))) + (1 - y) * Math.Log(1 - 1 / (1 + Math.Exp(-(w * x + b)))));

        /// <summary>The logistic loss of a ±1 label, log(1 + exp(−z)).</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double LogOnePlusExpNegative(double z) => Math.Log(1 + Math.Exp(-z));

        [Differentiable, SampleRange(-3, 3)]
        public static double SoftplusOf(double z) => Math.Log(1 + Math.Exp(z));

        /// <summary>log σ(z), σ unnamed.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double LogLogistic(double z) => Math.Log(1 / (1 + Math.Exp(-z)));

        /// <summary>σ(z) written as exp(z) / (1 + exp(z)).</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double LogisticFromExp(double z) => Math.Exp(z) / (1 + Math.Exp(z));

        /// <summary>1 − σ(z) written as exp(−z) / (1 + exp(−z)).</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double LogisticComplement(double z) => Math.Exp(-z) / (1 + Math.Exp(-z));

        /// <summary>σ with the exponential and the sum in locals of their own.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double NamedLogistic(double z)
        {
            double e = Math.Exp(-z);
            double s = 1 + e;
            return 1 / s;
        }

        /// <summary>a / (1 + 2·exp(−z)) = a·σ(z − ln 2).</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double ScaledLogistic(double z, double a) => a / (1 + 2 * Math.Exp(-z));

        /// <summary>exp(−z) + σ(−z), the exponential in a local: 1/e and 1/(1 + e) at e = ∞.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double ExpReciprocals(double z)
        {
            double e = Math.Exp(z);
            return 1 / e + 1 / (1 + e);
        }

        /// <summary>A sum of two exponentials under the line: each one's share is 1 − (the rest)/S.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double TwoExponentials(double x, double y) => 1 / (1 + Math.Exp(x) + Math.Exp(y));

        /// <summary>The sum in a local read twice: by ln (whose derivative goes through it) and by 1/s (which steps past it).</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double SharedSum(double z)
        {
            double s = 1 + Math.Exp(-z);
            return Math.Log(s) + (1 / s);
        }

        [Differentiable, SampleRange(-3, 3)]
        public static double HyperbolicSecant(double z) => 1 / Math.Cosh(z);

        [Differentiable]
        public static double HyperbolicCosecant(double z) => 1 / Math.Sinh(z);

        [Differentiable, SampleRange(-2, 2)]
        public static double TanhOf(double z) => Math.Tanh(z);

        [Differentiable, SampleRange(-3, 3)]
        public static double AsinhOfExp(double z) => Math.Asinh(Math.Exp(z));

        [Differentiable]
        public static double AcoshOfExp(double z) => Math.Acosh(Math.Exp(z));

        [Differentiable, SampleRange(-3, 3)]
        public static double DecayingRamp(double x) => x * Math.Exp(-x);

        [Differentiable, SampleRange(-3, 3)]
        public static double RootOfOnePlusExp(double z) => Math.Sqrt(1 + Math.Exp(z));

        [Differentiable]
        public static double RootOf(double x) => Math.Sqrt(x);

        [Differentiable]
        public static double InverseRoot(double x) => 1 / Math.Sqrt(x);

        /// <summary>x / (1 + y²): at y = 1e100 the value is fine and (1 + y²)² overflows.</summary>
        [Differentiable]
        public static double Lorentzian(double x, double y) => x / (1 + y * y);

        /// <summary>
        /// y·σ(−z) with σ(−z) written exp(−z) / (1 + exp(−z)), grouped by the source: at z = −705,
        /// y·exp(−z) overflows and the source's order does not (the fuzzer's extreme family).
        /// </summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double ScaledComplement(double z, double y) => y * (Math.Exp(-z) / (1 + Math.Exp(-z)));

        /// <summary>y·ln(1 + exp(−z)): ∂/∂z is −y·exp(−z)/(1 + exp(−z)), whose y·exp(−z) overflows at z = −705.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double ScaledLogisticLoss(double z, double y) => y * Math.Log(1 + Math.Exp(-z));

        /// <summary>The quotient in a local and the product in a statement of its own, read twice.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double ScaledComplementInLocals(double z, double y)
        {
            double q = Math.Exp(-z) / (1 + Math.Exp(-z));
            double s = (1 - y) * q;
            return s + 0.5 * s;
        }

        /// <summary>2.5·softplus(z) as z + ln(1 + exp(−z)): the reverse sweep scales exp(−z)/(1 + exp(−z)) by 2.5, never exp(−z) by 2.5.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double SoftplusTimesTwoAndAHalf(double z)
        {
            double s = z + Math.Log(1 + Math.Exp(-z));
            return s + 1.5 * s;
        }

        /// <summary>The double twin of <see cref="FloatExtremeCases.ScaledSoftplus"/>.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static double ScaledSoftplus(double z)
        {
            double s = z + Math.Log(1 + Math.Exp(-z));
            return s + 0.5 * s;
        }

        /// <summary>The angle of (x, y): its partials are finite wherever (x, y) is not (0, 0), however small or large.</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static double Angle(double y, double x) => Math.Atan2(y, x);

        /// <summary>
        /// How far (x, y) lies outside the square of half-side <paramref name="half"/>, ‖max(|p| − half, 0)‖, plus x (a
        /// signed-distance field's outer part). Inside, every clamped part is 0 and so is the length, where √'s derivative is
        /// infinite: the length is constant there, so its partials are 0, not 0·∞. The loop makes the partials tangent programs.
        /// </summary>
        [Differentiable]
        public static double OutsideSquare([SampleRange(-0.5, 0.5)] double x, [SampleRange(-0.5, 0.5)] double y, [SampleRange(1, 2)] double half)
        {
            double s = 0;
            for (int k = 0; k < 2; k++)
            {
                double q = (k == 0 ? Math.Abs(x) : Math.Abs(y)) - half;
                double o = Math.Max(q, 0);
                s += o * o;
            }

            return Math.Sqrt(s) + x;
        }
    }

    /// <summary>Float twins of <see cref="ExtremeCases"/>: exp(z) overflows in float from z ≈ 88.7.</summary>
    public static partial class FloatExtremeCases
    {
        [Differentiable, SampleRange(-3, 3)]
        public static float Logistic(float z) => 1 / (1 + MathF.Exp(-z));

        [Differentiable("w", "b"), SampleRange(-2, 2)]
        public static float LogisticCrossEntropy(float w, float b, float x, [SampleRange(0.1, 0.9)] float y)
        {
            float z = w * x + b;
            float p = 1 / (1 + MathF.Exp(-z));
            return -(y * MathF.Log(p) + (1 - y) * MathF.Log(1 - p));
        }

        [Differentiable, SampleRange(-3, 3)]
        public static float LogOnePlusExpNegative(float z) => MathF.Log(1 + MathF.Exp(-z));

        [Differentiable, SampleRange(-3, 3)]
        public static float SoftplusOf(float z) => MathF.Log(1 + MathF.Exp(z));

        [Differentiable, SampleRange(-3, 3)]
        public static float NamedLogistic(float z)
        {
            float e = MathF.Exp(-z);
            float s = 1 + e;
            return 1 / s;
        }

        [Differentiable, SampleRange(-3, 3)]
        public static float HyperbolicSecant(float z) => 1 / MathF.Cosh(z);

        [Differentiable, SampleRange(-2, 2)]
        public static float TanhOf(float z) => MathF.Tanh(z);

        /// <summary>At z = −84.74, y = 92.09: y·exp(−z) is 5.8e38, beyond float's range; y·(exp(−z)/(1 + exp(−z))) is y.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static float ScaledComplement(float z, float y) => y * (MathF.Exp(-z) / (1 + MathF.Exp(-z)));

        [Differentiable, SampleRange(-3, 3)]
        public static float ScaledLogisticLoss(float z, float y) => y * MathF.Log(1 + MathF.Exp(-z));

        [Differentiable, SampleRange(-3, 3)]
        public static float ScaledComplementInLocals(float z, float y)
        {
            float q = MathF.Exp(-z) / (1 + MathF.Exp(-z));
            float s = (1 - y) * q;
            return s + 0.5f * s;
        }

        /// <summary>The fuzzer's shrunk case: 1.5·exp(88.6) is beyond float's range, 1.5·softplus(−88.6) is not.</summary>
        [Differentiable, SampleRange(-3, 3)]
        public static float ScaledSoftplus(float z)
        {
            float s = z + MathF.Log(1 + MathF.Exp(-z));
            return s + 0.5f * s;
        }

        /// <summary>x² + y² underflows in float from |x|, |y| ≈ 1e-19 (the fuzzer's NaN at seed 3501).</summary>
        [Differentiable, SampleRange(-2, 2)]
        public static float Angle(float y, float x) => MathF.Atan2(y, x);
    }
}
