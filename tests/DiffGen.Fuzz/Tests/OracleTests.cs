using System;
using System.Collections.Generic;
using DiffGen.Fuzz.Oracle;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The oracle checked on its own, against central finite differences refined by Richardson
    /// extrapolation: every function of its table, at several points of its domain.
    /// </summary>
    public class OracleTests
    {
        public static IEnumerable<object[]> Functions()
        {
            yield return Case("Sin", DualMath.Sin, Math.Sin, -2, 2);
            yield return Case("Cos", DualMath.Cos, Math.Cos, -2, 2);
            yield return Case("Tan", DualMath.Tan, Math.Tan, -1.2, 1.2);
            yield return Case("Asin", DualMath.Asin, Math.Asin, -0.9, 0.9);
            yield return Case("Acos", DualMath.Acos, Math.Acos, -0.9, 0.9);
            yield return Case("Atan", DualMath.Atan, Math.Atan, -3, 3);
            yield return Case("Sinh", DualMath.Sinh, Math.Sinh, -2, 2);
            yield return Case("Cosh", DualMath.Cosh, Math.Cosh, -2, 2);
            yield return Case("Tanh", DualMath.Tanh, Math.Tanh, -2, 2);
            yield return Case("Asinh", DualMath.Asinh, Math.Asinh, -3, 3);
            yield return Case("Acosh", DualMath.Acosh, Math.Acosh, 1.2, 4);
            yield return Case("Atanh", DualMath.Atanh, Math.Atanh, -0.9, 0.9);
            yield return Case("Exp", DualMath.Exp, Math.Exp, -2, 2);
            yield return Case("Log", DualMath.Log, Math.Log, 0.2, 5);
            yield return Case("Log10", DualMath.Log10, Math.Log10, 0.2, 5);
            yield return Case("Log2", DualMath.Log2, Math.Log2, 0.2, 5);
            yield return Case("Sqrt", DualMath.Sqrt, Math.Sqrt, 0.2, 5);
            yield return Case("Cbrt", DualMath.Cbrt, Math.Cbrt, 0.2, 5);
            yield return Case("Cbrt of a negative", DualMath.Cbrt, Math.Cbrt, -5, -0.2);
            yield return Case("Abs", DualMath.Abs, Math.Abs, -3, 3);
            yield return Case("Pow(u, 3)", u => DualMath.Pow(u, 3), u => Math.Pow(u, 3), -2, 2);
            yield return Case("Pow(u, -0.5)", u => DualMath.Pow(u, -0.5), u => Math.Pow(u, -0.5), 0.2, 4);
            yield return Case("Pow(2, u)", u => DualMath.Pow(2, u), u => Math.Pow(2, u), -2, 2);
            yield return Case("Pow(u, u)", u => DualMath.Pow(u, u), u => Math.Pow(u, u), 0.3, 2);
            yield return Case("Atan2(u, 1.5)", u => DualMath.Atan2(u, 1.5), u => Math.Atan2(u, 1.5), -2, 2);
            yield return Case("Atan2(0.7, u)", u => DualMath.Atan2(0.7, u), u => Math.Atan2(0.7, u), -2, 2);
            yield return Case("Log(u, 3)", u => DualMath.Log(u, 3), u => Math.Log(u, 3), 0.2, 5);
            yield return Case("Log(2, u)", u => DualMath.Log(2, u), u => Math.Log(2, u), 1.5, 5);
            yield return Case("Max(u, 0.3)", u => DualMath.Max(u, 0.3), u => Math.Max(u, 0.3), -2, 2);
            yield return Case("Min(u², 1)", u => DualMath.Min(u * u, 1), u => Math.Min(u * u, 1), -2, 2);
            yield return Case("Clamp(u, -0.5, 1)", u => DualMath.Clamp(u, -0.5, 1), u => Math.Clamp(u, -0.5, 1), -2, 2);
            yield return Case("Clamp(1, u, u + 0.5)", u => DualMath.Clamp(1, u, u + 0.5), u => Math.Clamp(1, u, u + 0.5), -1, 2);
            yield return Case("Clamp(u², -u, 1 - u)", u => DualMath.Clamp(u * u, -u, 1 - u), u => Math.Clamp(u * u, -u, 1 - u), -2, 2);
            yield return Case("u % 1.5", u => u % 1.5, u => u % 1.5, -2, 2);
            yield return Case("1.5 % u", u => 2.5 % u, u => 2.5 % u, 0.6, 2);
            yield return Case("u / (1 + u²)", u => u / (1 + (u * u)), u => u / (1 + (u * u)), -2, 2);
            yield return Case("Floor(u)·u", u => DualMath.Floor(u) * u, u => Math.Floor(u) * u, -2, 2);
            yield return Case("Round(u)·u", u => DualMath.Round(u) * u, u => Math.Round(u) * u, -2, 2);
            yield return Case("Stop(u)·u", u => DualMath.Stop(u) * u, u => u * u, -2, 2, stopped: true);
        }

        private static object[] Case(string name, Func<Dual, Dual> dual, Func<double, double> plain, double from, double to, bool stopped = false) =>
            new object[] { name, dual, plain, from, to, stopped };

        [Theory]
        [MemberData(nameof(Functions))]
        public void Derivatives_agree_with_Richardson_finite_differences(string name, Func<Dual, Dual> dual, Func<double, double> plain, double from, double to, bool stopped)
        {
            for (int i = 0; i <= 12; i++)
            {
                double x = from + ((to - from) * (i + 0.37) / 13);
                Margins.Reset();
                Dual result = dual(new Dual(x, 1));
                if (Margins.Smallest < 1e-2)
                {
                    continue; // too close to a kink for finite differences
                }

                Assert.Equal(plain(x), result.Value, 12);
                double expected = stopped ? x : Richardson.Derivative(plain, x);
                Assert.True(
                    Math.Abs(result.Tangent - expected) <= 1e-7 * Math.Max(1, Math.Abs(expected)),
                    name + " at " + x + ": dual " + result.Tangent + ", finite differences " + expected);
            }
        }

        [Fact]
        public void A_function_of_parts_a_kink_clamped_is_constant_there()
        {
            // √(max(a, 0)² + max(b, 0)²) where a, b < 0: 0 and flat, not 0·∞ (the rounded box's signed distance).
            Margins.Reset();
            Dual a = DualMath.Max(new Dual(-0.4, 1), 0.0), b = DualMath.Max(new Dual(-1.3, 0), 0.0);
            Dual length = DualMath.Sqrt((a * a) + (b * b));
            Assert.Equal(0, length.Value);
            Assert.Equal(0, length.Tangent);
            Assert.False(length.Moves);
            Assert.False(Margins.Overflowed);

            // One part not clamped: the usual derivative, a / √(a²) = 1.
            Margins.Reset();
            Dual c = DualMath.Max(new Dual(0.4, 1), 0.0);
            Assert.Equal(1, DualMath.Sqrt((c * c) + (b * b)).Tangent, 12);

            // x·x at x = 0 moves: √ of it, |x|, has no derivative there, and the point is not checked.
            Margins.Reset();
            var x = new Dual(0, 1);
            _ = DualMath.Sqrt(x * x);
            Assert.True(Margins.Overflowed);
        }

        [Fact]
        public void Comparisons_record_how_close_they_came()
        {
            Margins.Reset();
            Assert.True(new Dual(1, 0) < new Dual(1.001, 0));
            Assert.InRange(Margins.Smallest, 4e-4, 6e-4);
            Margins.Reset();
            DualMath.Abs(new Dual(-1e-9, 1));
            Assert.True(Margins.Smallest < 1e-8);
        }

        [Fact]
        public void Overflowing_intermediates_are_noted()
        {
            // F(x) = G(cosh(exp(x)^10)) with G ignoring its argument: the true derivative is 0,
            // but past the infinite intermediate reverse mode multiplies 0·∞.
            Margins.Reset();
            DualMath.Cosh(DualMath.Pow(DualMath.Exp(new Dual(1.4, 1)), 10));
            Assert.True(Margins.Overflowed);
            Margins.Reset();
            Assert.False(Margins.Overflowed);
        }

        [Fact]
        public void Remainders_of_large_numbers_record_the_digits_they_keep()
        {
            Margins.Reset();
            _ = new Dual(43800.004, 1) % new Dual(0.75, 0);
            Assert.InRange(Margins.KeptFraction, 1e-8, 1e-6);
            Margins.Reset();
            _ = new Dual(1.5, 1) % new Dual(0.7, 0);
            Assert.InRange(Margins.KeptFraction, 0.05, 0.1);
        }

        [Fact]
        public void Periodic_functions_of_large_arguments_record_the_digits_their_reduction_keeps()
        {
            // sin(t + (x + t)) with t = 10⁶ against sin(x + 2·t): one rounding apart in the argument.
            Margins.Reset();
            DualMath.Sin(new Dual(2e6 + 0.431, 1));
            Assert.InRange(Margins.KeptFraction, 1e-6, 1e-5);
            Margins.Reset();
            DualMath.Cos(new Dual(2.5, 1));
            DualMath.Tan(new Dual(-1.2, 1));
            Assert.Equal(1, Margins.KeptFraction);
        }

        [Fact]
        public void The_derivatives_rounding_bound_follows_cancellation_and_what_amplifies_it()
        {
            // 1000/y·y is 1000, but its tangent cancels −1000/y²·y against 1000/y: terms of about 8800
            // at y = −0.337, whose rounding the oracle keeps (2.6e-13 where the truth is 0); t/sin t
            // then multiplies that by about 800.
            Margins.Reset();
            var y = new Dual(-0.337, 1);
            Dual product = (new Dual(1000, 0) / y) * y;
            Assert.True(Math.Abs(product.Tangent) <= product.TangentError, product.Tangent + " against " + product.TangentError);
            Assert.InRange(product.TangentError, 1e-13, 1e-11);
            Dual amplified = DualMath.Sin(product / DualMath.Sin(product));
            Assert.True(amplified.TangentError > 10 * product.TangentError, amplified.TangentError + " against " + product.TangentError);
        }

        [Fact]
        public void The_rounding_error_bound_follows_cancellation()
        {
            // s2 − s4 − 1 + s4 with s4 ≈ 10²⁰ in float: the method's sum loses the 1 (it gives 0), the
            // exact value is −1, and the bound says so; a well-conditioned sum stays within a few roundings.
            Margins.Reset(float.MaxValue);
            Dual s4 = DualMath.Cosh(new Dual(46.5, 1));
            Dual cancelled = new Dual(0.25, 0) - s4 - 1.0 + s4;
            Assert.True(cancelled.Error > 1, "bound " + cancelled.Error);
            Margins.Reset();
            var x = new Dual(0.431, 1);
            Dual plain = (x * x) + DualMath.Sin(x) - 1.0;
            Assert.InRange(plain.Error, 1e-17, 1e-15);
        }

        [Fact]
        public void Comparisons_with_NaN_are_false_as_in_CSharp()
        {
            var nan = new Dual(double.NaN, 1);
            Assert.False(nan >= new Dual(0.5, 0));
            Assert.False(nan <= new Dual(64, 0));
            var otherNaN = new Dual(double.NaN, 0);
            Assert.False(nan == otherNaN);
            Assert.True(nan != otherNaN);
        }
    }
}
