using System;

namespace DiffGen.Fuzz.Oracle
{
    /// <summary>
    /// The oracle's table of elementary functions: each returns f(u) and f′(u)·du, written from
    /// the calculus, not from the generator's table. Functions with kinks or jumps record their
    /// distance from them in <see cref="Margins"/>.
    /// </summary>
    public static class DualMath
    {
        public const double PI = Math.PI;
        public const double E = Math.E;
        public const double Tau = Math.Tau;

        /// <summary>
        /// f(u) with derivative f′(u)·du, and the rounding bounds: the value's error carried through f
        /// (how far f moves within u's error), the derivative's error carried by f′, plus how far f′
        /// itself moves within u's error (f″ without writing it), plus one rounding for evaluating f′.
        /// </summary>
        private static Dual Chain(Dual u, Func<double, double> function, Func<double, double> derivative)
        {
            double v = u.Value, value = function(v), slope = derivative(v);
            if (!u.Moves)
            {
                // A function of a constant (a part a kink clamped, √ of max(a, 0)² + max(b, 0)² where a, b < 0) is constant:
                // its tangent is 0, not 0 times a slope that may be infinite there.
                return Dual.Rounded(value, 0, u.Error > 0 ? Math.Max(Math.Abs(function(v + u.Error) - value), Math.Abs(function(v - u.Error) - value)) : 0, 0, false, u.IsInfiniteConstant);
            }

            double tangent = slope * u.Tangent;
            double error = 0, moved = 0;
            if (u.Error > 0)
            {
                error = Math.Max(Math.Abs(function(v + u.Error) - value), Math.Abs(function(v - u.Error) - value));
                moved = Math.Max(Math.Abs(derivative(v + u.Error) - slope), Math.Abs(derivative(v - u.Error) - slope));
            }

            double tangentError = (Math.Abs(slope) * u.TangentError) + (moved * Math.Abs(u.Tangent)) + (Margins.UnitRoundoff * Math.Abs(tangent));
            return Dual.Rounded(value, tangent, error, tangentError, true);
        }

        /// <summary>
        /// Sin, cos and tan first reduce their argument modulo 2π, a remainder: of u = 10⁶ they keep
        /// about π/10⁶ of its digits, so a rounding difference in u (t + (x + t) against x + 2·t) is
        /// magnified as by the remainder operator of <see cref="Dual"/>.
        /// </summary>
        private static Dual Periodic(Dual u)
        {
            Margins.RecordRemainder(u.Value, Math.Min(Math.Abs(u.Value), Math.PI));
            return u;
        }

        public static Dual Stop(Dual u) => new Dual(u.Value, 0, u.Error, infiniteConstant: u.IsInfiniteConstant);

        /// <summary>fma(a, b, c) = a·b + c, so d fma = b da + a db + dc: the dual product and sum, whose rounding bounds cover the fused form's one rounding.</summary>
        public static Dual FusedMultiplyAdd(Dual a, Dual b, Dual c) => (a * b) + c;

        public static Dual Sin(Dual u) => Chain(Periodic(u), Math.Sin, v => Math.Cos(v));

        public static Dual Cos(Dual u) => Chain(Periodic(u), Math.Cos, v => -Math.Sin(v));

        public static Dual Tan(Dual u) => Chain(Periodic(u), Math.Tan, v => 1 / (Math.Cos(v) * Math.Cos(v)));

        public static Dual Asin(Dual u) => Chain(u, Math.Asin, v => 1 / Math.Sqrt(1 - (v * v)));

        public static Dual Acos(Dual u) => Chain(u, Math.Acos, v => -1 / Math.Sqrt(1 - (v * v)));

        public static Dual Atan(Dual u) => Chain(u, Math.Atan, v => 1 / (1 + (v * v)));

        public static Dual Atan2(Dual y, Dual x)
        {
            double r2 = (x.Value * x.Value) + (y.Value * y.Value);
            if (x.Value < 0)
            {
                // Its cut: for x < 0, atan2 jumps from π to −π as y crosses 0 (and −0.0 is on the −π side).
                Margins.Record(y.Value, x.Value);
            }

            // Its partials are x/r² and −y/r²: the value's error through them; the derivative (x·dy − y·dx)/r² moves with
            // every input's error, r²'s included (near the origin, where r² is small, that is most of it).
            double error = ((Math.Abs(x.Value) * y.Error) + (Math.Abs(y.Value) * x.Error)) / r2;
            double numerator = (x.Value * y.Tangent) - (y.Value * x.Tangent);
            double tangent = numerator / r2;
            double r2Error = (2 * Math.Abs(x.Value) * x.Error) + (2 * Math.Abs(y.Value) * y.Error);
            double numeratorError = (Math.Abs(x.Value) * y.TangentError) + (Math.Abs(y.Tangent) * x.Error) + (Math.Abs(y.Value) * x.TangentError) + (Math.Abs(x.Tangent) * y.Error)
                + (Margins.UnitRoundoff * (Math.Abs(x.Value * y.Tangent) + Math.Abs(y.Value * x.Tangent)));
            double tangentError = (numeratorError + (Math.Abs(tangent) * (r2Error + (Margins.UnitRoundoff * r2)))) / r2;
            return Dual.Rounded(Math.Atan2(y.Value, x.Value), tangent, error, tangentError, x.Moves || y.Moves);
        }

        public static Dual Sinh(Dual u) => Chain(u, Math.Sinh, v => Math.Cosh(v));

        public static Dual Cosh(Dual u) => Chain(u, Math.Cosh, v => Math.Sinh(v));

        /// <summary>
        /// tanh, with sech² as its derivative; but the generated code, like PyTorch's and JAX's, writes
        /// tanh′ as 1 − tanh² from the rounded forward value (documented in supported.md), whose rounding
        /// u·tanh² moves that derivative by 2·u·tanh² per unit of du: all of it once tanh rounds to ±1.
        /// </summary>
        public static Dual Tanh(Dual u)
        {
            Dual result = Chain(u, Math.Tanh, v => double.IsInfinity(Math.Cosh(v)) ? 0 : 1 / (Math.Cosh(v) * Math.Cosh(v)));
            double fromValue = 2 * Margins.UnitRoundoff * result.Value * result.Value * Math.Abs(u.Tangent);
            return new Dual(result.Value, result.Tangent, result.Error, result.TangentError + fromValue, result.Moves, result.IsInfiniteConstant);
        }

        /// <summary>asinh′(v) = 1/√(v² + 1), written 1/(|v|·√(1 + 1/v²)) for |v| ≥ 1 so that v² does not overflow (|v| > 1e154).</summary>
        public static Dual Asinh(Dual u) => Chain(u, Math.Asinh, v => Math.Abs(v) < 1 ? 1 / Math.Sqrt((v * v) + 1) : 1 / (Math.Abs(v) * Math.Sqrt(1 + (1 / (v * v)))));

        /// <summary>acosh′(v) = 1/√(v² − 1), written 1/(√(v − 1)·√(v + 1)) so that v² does not overflow (v > 1e154).</summary>
        public static Dual Acosh(Dual u) => Chain(u, Math.Acosh, v => 1 / (Math.Sqrt(v - 1) * Math.Sqrt(v + 1)));

        public static Dual Atanh(Dual u) => Chain(u, Math.Atanh, v => 1 / ((1 - v) * (1 + v)));

        public static Dual Exp(Dual u) => Chain(u, Math.Exp, Math.Exp);

        public static Dual Log(Dual u) => Chain(u, Math.Log, v => 1 / v);

        public static Dual Log(Dual a, Dual newBase) => Log(a) / Log(newBase);

        public static Dual Log10(Dual u) => Chain(u, Math.Log10, v => 1 / (v * Math.Log(10)));

        public static Dual Log2(Dual u) => Chain(u, Math.Log2, v => 1 / (v * Math.Log(2)));

        public static Dual Sqrt(Dual u) => Chain(u, Math.Sqrt, v => 0.5 / Math.Sqrt(v));

        public static Dual Cbrt(Dual u)
        {
            Margins.Record(u.Value, 0);
            return Chain(u, Math.Cbrt, v => 1 / (3 * Math.Cbrt(v) * Math.Cbrt(v)));
        }

        /// <summary>
        /// aᵇ: b·aᵇ⁻¹·da, plus aᵇ·ln a·db only when b varies (so a negative a with a constant b is fine).
        /// Rounding bounds are carried for a constant exponent; with a varying one they are left at 0.
        /// </summary>
        public static Dual Pow(Dual a, Dual b)
        {
            if (b.Tangent == 0 && b.Error == 0 && b.TangentError == 0 && a.Tangent != 0)
            {
                double k = b.Value;
                return Chain(a, v => Math.Pow(v, k), v => k * Math.Pow(v, k - 1));
            }

            double value = Math.Pow(a.Value, b.Value);
            double tangent = a.Tangent == 0 ? 0 : b.Value * Math.Pow(a.Value, b.Value - 1) * a.Tangent;
            if (b.Tangent != 0)
            {
                // 0ᵇ is 0 for every b > 0, so its derivative in b is 0 there (not 0 · ln 0 = NaN).
                tangent += a.Value == 0 ? 0 : value * Math.Log(a.Value) * b.Tangent;
            }

            return new Dual(value, tangent, moves: a.Moves || b.Moves, infiniteConstant: a.IsInfiniteConstant || b.IsInfiniteConstant);
        }

        public static Dual Abs(Dual u)
        {
            Margins.Record(u.Value, 0);
            return u.Value < 0 ? -u : u;
        }

        public static Dual Max(Dual a, Dual b)
        {
            Margins.Compare(a.Value, b.Value);
            return a.Value >= b.Value ? a : b;
        }

        public static Dual Min(Dual a, Dual b)
        {
            Margins.Compare(a.Value, b.Value);
            return a.Value <= b.Value ? a : b;
        }

        /// <summary>
        /// Math.Clamp(u, lo, hi): lo where u &lt; lo, hi where u &gt; hi, else u, so the derivative is that of
        /// the argument returned; both kinks are recorded. Throws where lo &gt; hi, as Math.Clamp does.
        /// </summary>
        public static Dual Clamp(Dual u, Dual lo, Dual hi)
        {
            if (lo.Value > hi.Value)
            {
                throw new ArgumentException("Clamp: lo > hi", nameof(lo));
            }

            Margins.Compare(u.Value, lo.Value);
            Margins.Compare(u.Value, hi.Value);
            return u.Value < lo.Value ? lo : u.Value > hi.Value ? hi : u;
        }

        public static Dual Floor(Dual u) => Step(u, Math.Floor(u.Value), u.Value - Math.Round(u.Value));

        public static Dual Ceiling(Dual u) => Step(u, Math.Ceiling(u.Value), u.Value - Math.Round(u.Value));

        public static Dual Truncate(Dual u) => Step(u, Math.Truncate(u.Value), u.Value - Math.Round(u.Value));

        public static Dual Round(Dual u) => Step(u, Math.Round(u.Value), u.Value - Math.Floor(u.Value) - 0.5);

        public static int Sign(Dual u)
        {
            Margins.Record(u.Value, 0);
            return Math.Sign(u.Value);
        }

        /// <summary>A piecewise-constant function: value v, derivative 0, <paramref name="gap"/> from its nearest jump.</summary>
        private static Dual Step(Dual u, double value, double gap)
        {
            Margins.Record(gap, u.Value);
            return new Dual(value, 0);
        }
    }
}
