using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// An adversarial review of integer arithmetic mixed with doubles, in both routes (loop-free, and a for loop): integer
    /// division and remainder, long/short/byte/uint values and their wrap-around, checked and unchecked, integer exponents,
    /// integer ++/--/compound assignments, truncations (casts, Floor, Round, Truncate, Sign). Every case is generated right
    /// (value, partials, gradient against central differences, points away from the jumps) or declined with a diagnostic.
    /// </summary>
    public sealed class NumericTypeReviewTests
    {
        internal static readonly object[][] Xn =
        {
            new object[] { 0.7, 1 }, new object[] { -1.3, 2 }, new object[] { 1.9, 3 }, new object[] { 0.45, 5 }, new object[] { -0.8, -3 }, new object[] { 1.2, -4 }, new object[] { 2.3, 7 },
        };

        internal static readonly object[][] Xn0 = Xn.Append(new object[] { 0.6, 0 }).ToArray();

        internal static readonly object[][] Xy =
        {
            new object[] { 0.7, 1.3 }, new object[] { -1.3, -2.45 }, new object[] { 2.41, 0.55 }, new object[] { 1.62, -0.35 },
        };

        private static void Check(string members, params object[][] points) => LoopFreeCheck.Check(members, "F", points);

        /// <summary>The analyzer declines <paramref name="members"/> with <paramref name="id"/>, and nothing is generated for F.</summary>
        internal static void Declined(string members, string id)
        {
            string source = LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n";
            string[] errors = GeneratorHarness.Analyze(source).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + ": " + d.GetMessage()).ToArray();
            Assert.True(errors.Any(e => e.StartsWith(id + ":", System.StringComparison.Ordinal)), "expected " + id + ", the analyzer says:\n" + string.Join("\n", errors));
            Assert.DoesNotContain(GeneratorHarness.Run(GeneratorHarness.Compile(source)).Sources, s => s.HintName.Contains(".F(", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Integer_division_and_remainder_in_a_double_expression() =>
            Check("[Differentiable] public static double F(double x, int n) => x * (n / 2) + x * x * (n % 3) + x * (n - 1) / n + (1 / n) * x * x + 2 / 3 * x + x / 2 + (double)(n / 2) * x * x * x + n / 2 * x / 4;", Xn);

        [Fact]
        public void Integer_division_and_remainder_in_a_double_expression_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < n; i++) s += x * (i / 2) + x * x * (i % 3) + (1 / (i + 1)) * x + x * (i - 1) / (i + 1) + (double)(i / 2) * x * x + (n / (i + 1)) * x;\n    return s;\n}", Xn0);

        [Fact]
        public void Negative_integer_division_and_constant_bitwise_operators() =>
            Check("[Differentiable] public static double F(double x, int n) => (-7 / 2) * x + (-7 % 3) * x * x + (1 << 3) * x + (5 & 3) * x * x + (5 ^ 3) * x + ~2 * x * x + (10 >> 1) * x + (-n / 2) * x + (n % -2) * x * x * x;", Xn);

        [Fact]
        public void Negative_integer_division_and_constant_bitwise_operators_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = -3; i < n; i++) s += (-i / 2) * x + (i % 3) * x * x + (1 << 3) * x + (-7 / 2) * x * x + (~2) * x;\n    return s;\n}", Xn0);

        // Shifts and bitwise operators of integer variables, and <<=, are declined (DIFF015/DIFF010), in both routes.
        [Fact] public void Shift_of_an_integer_variable_is_declined() => Declined("[Differentiable] public static double F(double x, int n) => (n >> 1) * x + (n & 1) * x * x;", "DIFF015");

        [Fact] public void Bitwise_complement_of_a_loop_variable_is_declined() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < n; i++) s += (~i) * x;\n    return s;\n}", "DIFF015");

        [Fact] public void Shift_assignment_is_declined() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    int k = n;\n    k <<= 2;\n    return k * x;\n}", "DIFF010");

        // Integer division then multiplication must stay integer: n / 2 * 2 is n rounded toward zero to even, not n.
        [Fact]
        public void Integer_division_then_multiplication_does_not_cancel() =>
            Check("[Differentiable] public static double F(double x, int n) => x * (n / 2 * 2) + x * x * (n * 3 / 3) + (1 / n * n) * x * x * x + x * (n / 3) * 3;", Xn);

        [Fact]
        public void Integer_division_then_multiplication_does_not_cancel_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 1; i <= 4; i++) s += x * (n / i * i) + x * x * (1 / i * i);\n    return s;\n}", Xn);

        // n * n * n overflows int at n = 2000: the product must be the source's wrapped int, not a double product.
        [Fact]
        public void Integer_overflow_wraps_as_the_source_does() =>
            Check("[Differentiable] public static double F(double x, int n) => x * (n * n * n) * 1e-9 + x * x * (n + 2_000_000_000) * 1e-9 + unchecked(n * 1_000_000_000) * 1e-9 * x;", new object[] { 0.7, 2000 }, new object[] { -1.3, 3 }, new object[] { 1.1, 1_500_000 });

        [Fact]
        public void Integer_overflow_wraps_as_the_source_does_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    int k = n;\n    for (int i = 0; i < 3; i++)\n    {\n        k = k * n;\n        s += x * k * 1e-9 + x * x * (k + 2_000_000_000) * 1e-9;\n    }\n    return s;\n}", new object[] { 0.7, 2000 }, new object[] { -1.3, 3 }, new object[] { 1.1, 1_500_000 });

        [Fact]
        public void Unchecked_integers() =>
            Check("[Differentiable] public static double F(double x, int n) => unchecked(n * 1_000_000_000) * 1e-9 * x + unchecked(x * n) + unchecked(n + int.MaxValue) * 1e-9 * x * x;", Xn);

        [Fact]
        public void Unchecked_integers_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s += unchecked((n + i) * 1_000_000_000) * 1e-9 * x + unchecked(x * i);\n    return s;\n}", Xn);

        // checked is declined even around integers only ('overflow checking applies to integers, which are not differentiated; remove it').
        [Fact] public void Checked_is_declined() => Declined("[Differentiable] public static double F(double x, int n) => checked(n * 2) * x;", "DIFF010");

        [Fact] public void Checked_of_doubles_is_declined() => Declined("[Differentiable] public static double F(double x, double y) => checked(x * y);", "DIFF010");

        [Fact]
        public void Long_short_and_byte_parameters() =>
            Check("[Differentiable] public static double F(double x, long m, short s, byte b) => x * m / 3 + x * x * (m / 3) + s * x + (s / 2) * x * x + b * x + (b / 4) * x * x * x + (m % 4) * x;", new object[] { 0.7, 5L, (short)-3, (byte)7 }, new object[] { -1.3, -8L, (short)4, (byte)255 }, new object[] { 1.9, 3_000_000_000L, (short)32767, (byte)0 });

        [Fact]
        public void Long_short_and_byte_parameters_loop_route() =>
            Check("[Differentiable] public static double F(double x, long m, short s, byte b)\n{\n    double t = 0;\n    for (int i = 0; i < 3; i++) t += x * (m / (i + 1)) + (s / 2 + i) * x * x + (b + i) * x + (b / 4) * x * x * x;\n    return t;\n}", new object[] { 0.7, 5L, (short)-3, (byte)7 }, new object[] { -1.3, -8L, (short)4, (byte)255 });

        // Narrow locals assigned through casts wrap as the source does.
        [Fact]
        public void Narrow_integer_locals_assigned_through_casts() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    byte b = 250;\n    b = (byte)(b + n * 3);\n    short s = (short)(n * 20000);\n    int k = int.MaxValue;\n    k += n;\n    long m = n * 3L;\n    return x * b + s * x * 1e-4 + x * k * 1e-9 + m * x;\n}", Xn);

        // b++ on a byte is b = (byte)(b + 1); the gradient wrote "byte b2 = b + 1;" (CS0266): the IR narrows it now.
        [Fact]
        public void Byte_increment() => Check("[Differentiable] public static double F(double x, int n)\n{\n    byte b = 2;\n    b++;\n    return x * b;\n}", Xn);

        [Fact]
        public void Narrow_integer_locals_wrap() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    byte b = (byte)(n + 250);\n    b += 3;\n    short s = 32760;\n    s += (short)(n + 7);\n    return x * b + x * x * s * 1e-4;\n}", Xn);

        [Fact]
        public void Narrow_integer_locals_wrap_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    byte b = 250;\n    short s = 32760;\n    double t = 0;\n    for (int i = 0; i < n; i++)\n    {\n        b += 3;\n        s += 5;\n        t += b * x + s * x * x * 1e-4;\n    }\n    return t;\n}", Xn0);

        [Fact]
        public void Sbyte_and_ushort_compound_assignments() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    sbyte b = 120;\n    b += 10;\n    ushort u = 1;\n    u -= 2;\n    return x * b + u * x * 1e-4;\n}", Xn);

        // uint arithmetic wraps: u - 4 at u = 3 is 4294967295.
        [Fact]
        public void Unsigned_wrap_around() =>
            Check("[Differentiable] public static double F(double x, uint u, int n) => x * (u - 4) * 1e-9 + x * x * (uint)n * 1e-9 + (ulong)(long)n * 1e-18 * x;", new object[] { 0.7, 3u, -1 }, new object[] { -1.3, 10u, 2 }, new object[] { 1.9, 0u, -5 });

        [Fact]
        public void Unsigned_wrap_around_loop_route() =>
            Check("[Differentiable] public static double F(double x, uint u, int n)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s += x * (u - (uint)i) * 1e-9 + x * x * (uint)(n + i) * 1e-9;\n    return s;\n}", new object[] { 0.7, 1u, -1 }, new object[] { -1.3, 10u, 2 });

        [Fact]
        public void Integer_exponents() =>
            Check("[Differentiable] public static double F(double x, int n) => Math.Pow(x, n) + Math.Pow(x, n / 2) + Math.Pow(x, 1 / 2) + Math.Pow(x, n % 3) * x + Math.Pow(x, -n / 2) + Math.Pow(x * x, n / 3);", Xn);

        [Fact]
        public void Integer_exponents_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = -2; i < 3; i++) s += Math.Pow(x, i) + Math.Pow(x, i / 2) * x + Math.Pow(x, n / 2 + i) + Math.Pow(x, (n - i) % 3);\n    return s;\n}", Xn);

        [Fact]
        public void Integer_base_with_a_differentiated_exponent() =>
            Check("[Differentiable] public static double F(double x, int n) => Math.Pow(n, x) + Math.Pow(n / 2 + 1, x * x) + Math.Pow(2, x) * Math.Pow(3 / 2, x);", new object[] { 0.7, 1 }, new object[] { -1.3, 2 }, new object[] { 1.9, 3 }, new object[] { 0.45, 5 });

        [Fact]
        public void Integer_increments_and_compound_assignments() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    int k = n;\n    k++;\n    double s = x * k;\n    k += 2;\n    s += x * x * k;\n    k--;\n    --k;\n    s += k * x * x * x;\n    k *= 3;\n    k /= 2;\n    s += k * x;\n    k %= 4;\n    s += Math.Sin(x) * k;\n    k -= n;\n    s += x * k;\n    return s;\n}", Xn);

        [Fact]
        public void Integer_increments_and_compound_assignments_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    int k = n;\n    double s = 0;\n    for (int i = 0; i < 4; i++)\n    {\n        k = k * 3 / 2 - i;\n        s += x * k + x * x * (k % 5);\n        k /= 2;\n        s += x * k++;\n    }\n    return s;\n}", Xn);

        [Fact] public void Integer_stepped_inside_an_expression_is_declined() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    int k = n;\n    double s = x * k++ + x * ++k;\n    return s;\n}", "DIFF015");

        // double locals given integers, then divided: real divisions, not integer ones.
        [Fact]
        public void Double_locals_from_integers_and_var_inference() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double d = n;\n    d /= 2;\n    double s = 1;\n    s *= n / 2;\n    s += x * d;\n    s -= n / 4 * x * x;\n    var q = n / 2;\n    var h = x / 2;\n    var t = 1 / 2;\n    var u = n / 2.0;\n    return s * x + q * x + h * h + t * x + u * x * x;\n}", Xn);

        [Fact]
        public void Double_locals_from_integers_and_var_inference_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        double d = i + n;\n        d /= 2;\n        var q = (i + n) / 2;\n        s += x * d + q * x * x;\n        s *= (i + 2) / 2;\n    }\n    return s;\n}", Xn);

        // Floor, Ceiling, Round, Truncate and Sign are piecewise constant (DIFF012 warnings): their derivatives are 0.
        [Fact]
        public void Piecewise_constant_functions() =>
            Check("[Differentiable] public static double F(double x, double y) => Math.Floor(x) * y + x + Math.Ceiling(y) * x + Math.Round(x * 2) * y + Math.Truncate(y) * x + Math.Sign(x) * x * y;", Xy);

        [Fact]
        public void Piecewise_constant_functions_loop_route() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s += Math.Floor(x + i) * x + Math.Round(y * i) * x + Math.Sign(y) * x + Math.Truncate(x * i) * y * s;\n    return s;\n}", Xy);

        [Fact] public void Integer_cast_of_a_differentiated_value_is_declined() => Declined("[Differentiable] public static double F(double x, double y) => (int)x * y + x;", "DIFF013");

        [Fact] public void Integer_cast_of_a_differentiated_value_is_declined_loop_route() => Declined("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += (long)(x * i) * y;\n    return s;\n}", "DIFF013");

        [Fact] public void Rounding_to_digits_is_declined() => Declined("[Differentiable] public static double F(double x, double y) => Math.Round(x, 1) * y;", "DIFF011");

        // Pow(x, Floor(y)): y reaches the exponent only through a step, so ∂/∂y has no ln x term.
        [Fact]
        public void Truncated_exponent_and_base() =>
            Check("[Differentiable] public static double F(double x, double y) => Math.Pow(x, Math.Floor(y)) * y + Math.Pow(Math.Floor(x) + 2, y) + Math.Pow(x, Math.Round(y)) + Math.Pow(x, Math.Truncate(y));", new object[] { 1.7, 2.3 }, new object[] { 0.6, -1.4 }, new object[] { 2.45, 3.6 });

        [Fact]
        public void Truncated_exponent_and_base_loop_route() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Math.Pow(x, Math.Floor(y) + i) + Math.Pow(Math.Floor(x) + 2 + i, y);\n    return s;\n}", new object[] { 1.7, 2.3 }, new object[] { 0.6, -1.4 }, new object[] { 2.45, 3.6 });

        [Fact]
        public void Stopped_integer_casts() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    int k = (int)Gradient.Stop(x * 10);\n    return (int)Gradient.Stop(x) * y + x + Math.Pow(x * x, (int)Gradient.Stop(y)) + x * (100 / k) + y * (k / 3) + x * y / k;\n}", new object[] { 0.73, 1.3 }, new object[] { 1.94, -0.4 }, new object[] { 2.46, 0.8 });

        // A truncated value as a loop bound and an index.
        [Fact]
        public void Truncation_as_loop_bound_and_index() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] c = { 1.5, -2, 3, 0.5 };\n    int k = (int)Gradient.Stop(x * 2);\n    double s = c[k % 4] * y;\n    for (int i = 0; i < k; i++) s += x * y + c[i % 4] * x * x + x / k;\n    return s;\n}", new object[] { 0.7, 1.3 }, new object[] { 1.9, -0.4 }, new object[] { 2.4, 0.8 });

        // Integer casts of doubles no derivative flows through: right in the loop-free route.
        [Fact]
        public void Integer_casts_of_non_differentiated_doubles() =>
            Check("[Differentiable] public static double F(double x, int n) => (int)(n * 0.5) * x + (long)(n * 1.5) * x * x + (int)Math.Sqrt(Math.Abs(n)) * x + (float)(n * 0.1) * x;", new object[] { 0.7, 5 }, new object[] { -1.3, 3 }, new object[] { 1.9, -7 });

        // In the loop route the same cast was declined as if it cut a derivative (DIFF013): an integer local is data now.
        [Fact]
        public void Integer_cast_of_a_non_differentiated_double_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s += (int)(i * 0.5 + n * 0.7) * x;\n    return s;\n}", Xn);

        [Fact]
        public void Integer_abs_max_and_conditional() =>
            Check("[Differentiable] public static double F(double x, int n) => Math.Abs(n) * x + (n > 0 ? x : -x) + Math.Max(n, 2) * x + Math.Min(n, 1) * x + Math.Clamp(n, -1, 2) * x * x + (n % 2 == 0 ? x * x : 1 / x);", Xn);

        [Fact]
        public void Integer_abs_max_and_conditional_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = -2; i < 2; i++) s += Math.Abs(i - n) * x + (i + n > 0 ? x : -x) * s + Math.Max(i, n) * x * x + (i % 2 == 0 ? x : x * x);\n    return s;\n}", Xn);

        // Math.Sign of an integer was DIFF011 ('only the double and float overloads ... have derivatives'): integer data now, as Math.Abs(n).
        [Fact] public void Integer_sign() => Check("[Differentiable] public static double F(double x, int n) => Math.Sign(n) * x + Math.Sign(n - 2) * x * x;", Xn);

        [Fact]
        public void Integer_sign_loop_route() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = -2; i < 2; i++) s += Math.Sign(i + n) * x + x * x * Math.Sign(i);\n    return s;\n}", Xn);

        [Fact]
        public void Char_values() =>
            Check("[Differentiable] public static double F(double x, double y) => x * 'a' * 1e-2 + ('b' - 'a') * x * y + (char)('a' + 1) / 2 * y;", Xy);

        // A char local is declined (its message speaks of 'a method with loops or arrays', which this is not).
        [Fact] public void Char_local_is_declined() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    char c = 'a';\n    c++;\n    return x * c;\n}", "DIFF010");

        // % of doubles (DIFF012 warning): 1 in the left operand, −trunc(a/b) in the right.
        [Fact]
        public void Double_remainder() =>
            Check("[Differentiable] public static double F(double x, double y) => x % 1.0 * y + x % y + (x * 3) % (y + 5);", Xy);

        [Fact] public void IEEERemainder_is_declined() => Declined("[Differentiable] public static double F(double x, double y) => Math.IEEERemainder(x, 2) * y;", "DIFF011");

        [Fact]
        public void Double_remainder_loop_route() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 1; i < 3; i++) s += (x * i) % 1.0 * y + x % (y * i);\n    return s;\n}", Xy);
    }
}
