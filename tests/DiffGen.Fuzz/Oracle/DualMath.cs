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

        private static Dual Chain(Dual u, double value, double derivative) => new Dual(value, derivative * u.Tangent);

        public static Dual Stop(Dual u) => new Dual(u.Value, 0);

        public static Dual Sin(Dual u) => Chain(u, Math.Sin(u.Value), Math.Cos(u.Value));

        public static Dual Cos(Dual u) => Chain(u, Math.Cos(u.Value), -Math.Sin(u.Value));

        public static Dual Tan(Dual u)
        {
            double c = Math.Cos(u.Value);
            return Chain(u, Math.Tan(u.Value), 1 / (c * c));
        }

        public static Dual Asin(Dual u) => Chain(u, Math.Asin(u.Value), 1 / Math.Sqrt(1 - (u.Value * u.Value)));

        public static Dual Acos(Dual u) => Chain(u, Math.Acos(u.Value), -1 / Math.Sqrt(1 - (u.Value * u.Value)));

        public static Dual Atan(Dual u) => Chain(u, Math.Atan(u.Value), 1 / (1 + (u.Value * u.Value)));

        public static Dual Atan2(Dual y, Dual x)
        {
            double r2 = (x.Value * x.Value) + (y.Value * y.Value);
            if (x.Value < 0)
            {
                // Its cut: for x < 0, atan2 jumps from π to −π as y crosses 0 (and −0.0 is on the −π side).
                Margins.Record(y.Value, x.Value);
            }

            return new Dual(Math.Atan2(y.Value, x.Value), ((x.Value * y.Tangent) - (y.Value * x.Tangent)) / r2);
        }

        public static Dual Sinh(Dual u) => Chain(u, Math.Sinh(u.Value), Math.Cosh(u.Value));

        public static Dual Cosh(Dual u) => Chain(u, Math.Cosh(u.Value), Math.Sinh(u.Value));

        public static Dual Tanh(Dual u)
        {
            double c = Math.Cosh(u.Value);
            return Chain(u, Math.Tanh(u.Value), double.IsInfinity(c) ? 0 : 1 / (c * c));
        }

        public static Dual Asinh(Dual u) => Chain(u, Math.Asinh(u.Value), 1 / Math.Sqrt((u.Value * u.Value) + 1));

        public static Dual Acosh(Dual u) => Chain(u, Math.Acosh(u.Value), 1 / Math.Sqrt((u.Value - 1) * (u.Value + 1)));

        public static Dual Atanh(Dual u) => Chain(u, Math.Atanh(u.Value), 1 / ((1 - u.Value) * (1 + u.Value)));

        public static Dual Exp(Dual u)
        {
            double e = Math.Exp(u.Value);
            return Chain(u, e, e);
        }

        public static Dual Log(Dual u) => Chain(u, Math.Log(u.Value), 1 / u.Value);

        public static Dual Log(Dual a, Dual newBase) => Log(a) / Log(newBase);

        public static Dual Log10(Dual u) => Chain(u, Math.Log10(u.Value), 1 / (u.Value * Math.Log(10)));

        public static Dual Log2(Dual u) => Chain(u, Math.Log2(u.Value), 1 / (u.Value * Math.Log(2)));

        public static Dual Sqrt(Dual u)
        {
            double r = Math.Sqrt(u.Value);
            return Chain(u, r, 0.5 / r);
        }

        public static Dual Cbrt(Dual u)
        {
            Margins.Record(u.Value, 0);
            double r = Math.Cbrt(u.Value);
            return Chain(u, r, 1 / (3 * r * r));
        }

        /// <summary>aᵇ: b·aᵇ⁻¹·da, plus aᵇ·ln a·db only when b varies (so a negative a with a constant b is fine).</summary>
        public static Dual Pow(Dual a, Dual b)
        {
            double value = Math.Pow(a.Value, b.Value);
            double tangent = a.Tangent == 0 ? 0 : b.Value * Math.Pow(a.Value, b.Value - 1) * a.Tangent;
            if (b.Tangent != 0)
            {
                tangent += value * Math.Log(a.Value) * b.Tangent;
            }

            return new Dual(value, tangent);
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
