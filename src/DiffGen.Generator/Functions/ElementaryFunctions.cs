using System;
using System.Collections.Generic;
using System.Linq;
using static DiffGen.Generator.Functions.ElementaryFunction;
using static DiffGen.Generator.Functions.RuleTerm;

namespace DiffGen.Generator.Functions
{
    /// <summary>
    /// The one table of elementary functions, a row per function, in the spirit of Clad's
    /// BuiltinDerivatives.h and Enzyme's InstructionDerivatives.td: the <c>Math</c>/<c>MathF</c> members,
    /// argument counts, derivative rule, cost, formula notation and why no gradient flows where none does.
    /// Lowering, the symbolic stage and the printers all read it; adding a function is adding a row
    /// (docs/architecture.md, "Adding an elementary function").
    /// </summary>
    internal static class ElementaryFunctions
    {
        private const string Piecewise = "is piecewise constant: its derivative is zero wherever it is defined and undefined at its jumps, so no gradient flows through it";

        private static readonly RuleTerm U = Argument(0);
        private static readonly RuleTerm A = Argument(0);
        private static readonly RuleTerm B = Argument(1);
        private static readonly RuleTerm C = Argument(2);

        private static readonly FunctionRow[] Rows = Order(new[]
        {
            Member(Sin, "d sin(u) = cos(u) du", a => Math.Sin(a[0]), Call(Cos, U)) with { IsCostly = true },
            Member(Cos, "d cos(u) = −sin(u) du", a => Math.Cos(a[0]), -Call(Sin, U)) with { IsCostly = true },
            Member(Tan, "d tan(u) = (1 + tan²(u)) du", a => Math.Tan(a[0]), One + Square(Self)) with { IsCostly = true },
            Member(Asin, "d asin(u) = du / √(1 − u²)", a => Math.Asin(a[0]), Power(One - Square(U), -0.5)) with { IsCostly = true },
            Member(Acos, "d acos(u) = −du / √(1 − u²)", a => Math.Acos(a[0]), -Power(One - Square(U), -0.5)) with { IsCostly = true },
            Member(Atan, "d atan(u) = du / (1 + u²)", a => Math.Atan(a[0]), Reciprocal(One + Square(U))) with { IsCostly = true },
            // x / (x² + y²) written as 1 / (x + y·(y/x)): x² + y² underflows to 0 for |x|, |y| below 1e-154 (1e-19 in float),
            // where the derivative is still finite (0 / 0 gave NaN), and y² overflows above 1e154 where y/x need not; x and
            // y·(y/x) have one sign, so nothing cancels, and at x = 0 it is 1 / ±∞ = 0, the limit.
            Member(Atan2, "d atan2(y, x) = (x dy − y dx) / (x² + y²) = dy / (x + y·(y/x)) − dx / (y + x·(x/y))", a => Math.Atan2(a[0], a[1]),
                Reciprocal(B + (A * Kept(A / B))), -Reciprocal(A + (B * Kept(B / A)))) with { IsCostly = true },
            Member(Sinh, "d sinh(u) = cosh(u) du", a => Math.Sinh(a[0]), Call(Cosh, U)) with { IsCostly = true },
            Member(Cosh, "d cosh(u) = sinh(u) du", a => Math.Cosh(a[0]), Call(Sinh, U)) with { IsCostly = true },
            Member(Tanh, "d tanh(u) = (1 − tanh²(u)) du", a => Math.Tanh(a[0]), One - Square(Self)) with { IsCostly = true },
            Member(Asinh, "d asinh(u) = du / √(u² + 1) = du / cosh(asinh(u))", null, Reciprocal(Call(Cosh, Self))) with { IsCostly = true },
            Member(Acosh, "d acosh(u) = du / √(u² − 1) = du / sinh(acosh(u))", null, Reciprocal(Call(Sinh, Self))) with { IsCostly = true },
            Member(Atanh, "d atanh(u) = du / (1 − u²)", null, Reciprocal(One - Square(U))) with { IsCostly = true },
            Member(Exp, "d exp(u) = exp(u) du", a => Math.Exp(a[0]), Self) with { IsCostly = true },

            // Log(a, b) is lowered as ln(a) / ln(b): the DAG holds only the one-argument form.
            Member(Log, "d ln(u) = du / u", a => Math.Log(a[0]), Reciprocal(U)) with { MathName = "ln", MaxArity = 2, IsCostly = true },
            Member(Log10, "d log₁₀(u) = du / (u · ln 10)", a => Math.Log10(a[0]), Reciprocal(U * NamedConstant("ln 10", Math.Log(10)))) with { MathName = "log₁₀", IsCostly = true },
            Member(Log2, "d log₂(u) = du / (u · ln 2)", null, Reciprocal(U * NamedConstant("ln 2", Math.Log(2)))) with { MathName = "log₂", IsCostly = true },

            // Sqrt(u) is lowered as the power ½, which the power rule differentiates and the printers write √u; only a
            // constant's square root (Math.Sqrt(2), kept as written) stays a call.
            Member(Sqrt, "d √u = du / (2 · √u)", a => Math.Sqrt(a[0]), Scale(0.5, Reciprocal(Self))) with { MathName = "√", Notation = MathNotation.Prefix, Open = "√" },
            Member(Cbrt, "d ∛u = du / (3 · ∛u²)", null, Scale(1.0 / 3.0, Power(Self, -2))) with { MathName = "∛", Notation = MathNotation.Prefix, Open = "∛", IsCostly = true },
            // ∂/∂b is 0 where a = 0 (0ᵇ is 0 for every b > 0), not aᵇ · ln(a) = 0 · (−∞) = NaN; ∂/∂a is 0 where b = 0 (a⁰ is 1
            // for every a: a polynomial's Σ cₖ·Math.Pow(x, k) at x = 0), not 0 · 0⁻¹ = 0 · ∞ = NaN.
            Member(ElementaryFunction.Pow, "d aᵇ = b · aᵇ⁻¹ da + aᵇ · ln(a) db (0 · da where b = 0, 0 · db where a = 0)", a => Math.Pow(a[0], a[1]),
                Select(RuleComparison.Equal, B, Zero, Zero, B * RuleTerm.Pow(A, B - One)),
                Select(RuleComparison.Equal, A, Zero, Zero, Self * Call(Log, A))) with { Notation = MathNotation.Power, IsCostly = true },

            // sign(u) as a choice, 1, −1 or 0: Math.Sign would throw on NaN where Math.Abs returns NaN.
            Member(Abs, "d |u| = sign(u) du (0 at u = 0)", a => Math.Abs(a[0]), Select(RuleComparison.Greater, U, Zero, One, Select(RuleComparison.Less, U, Zero, Constant(-1), Zero)))
                with { Notation = MathNotation.Enclosed, Open = "|", Close = "|", IntegerOverloads = true },

            // 1 for the argument max and min return, 0 for the other; a tie follows the first argument.
            Member(Max, "d max(a, b) = da if a ≥ b, else db (ties follow a)", a => Math.Max(a[0], a[1]),
                Select(RuleComparison.GreaterOrEqual, A, B, One, Zero), Select(RuleComparison.GreaterOrEqual, A, B, Zero, One)) with { IntegerOverloads = true },
            Member(Min, "d min(a, b) = da if a ≤ b, else db (ties follow a)", a => Math.Min(a[0], a[1]),
                Select(RuleComparison.LessOrEqual, A, B, One, Zero), Select(RuleComparison.LessOrEqual, A, B, Zero, One)) with { IntegerOverloads = true },

            // As Math.Clamp decides: lo if u < lo, else hi if u > hi, else u (so a tie follows u). MathF has no
            // Clamp: float code writes Min(Max(u, lo), hi), the same value wherever lo ≤ hi (Clamp throws elsewhere).
            Member(Clamp, "d clamp(u, lo, hi) = dlo if u < lo, else dhi if u > hi, else du (ties follow u)", null,
                Select(RuleComparison.Less, A, B, Zero, Select(RuleComparison.Greater, A, C, Zero, One)),
                Select(RuleComparison.Less, A, B, One, Zero),
                Select(RuleComparison.Less, A, B, Zero, Select(RuleComparison.Greater, A, C, One, Zero)))
                with { MathFMember = null, FloatForm = Call(Min, Call(Max, A, B), C), IntegerOverloads = true },

            // Read as the sum a·b + c (MethodDag.Call), differentiated by the product and sum rules; a call of constants stays a call
            // (evaluated here as a·b + c: netstandard2.0 has no FusedMultiplyAdd).
            Member(FusedMultiplyAdd, "d fma(a, b, c) = b da + a db + dc", a => (a[0] * a[1]) + a[2], B, A, One) with { MathName = "fma" },

            Member(Sign, "d sign(u) = 0 (undefined at u = 0)", a => Math.Sign(a[0]), Zero) with { NoGradientReason = Piecewise, IntegerOverloads = true, ReturnsInteger = true },
            Member(Floor, "d ⌊u⌋ = 0 (undefined at integers)", a => Math.Floor(a[0]), Zero) with { NoGradientReason = Piecewise, IntegerOverloads = true, Notation = MathNotation.Enclosed, Open = "⌊", Close = "⌋" },
            Member(Ceiling, "d ⌈u⌉ = 0 (undefined at integers)", a => Math.Ceiling(a[0]), Zero) with { NoGradientReason = Piecewise, IntegerOverloads = true, Notation = MathNotation.Enclosed, Open = "⌈", Close = "⌉" },
            Member(Round, "d round(u) = 0 (undefined at half-integers)", a => Math.Round(a[0]), Zero) with { NoGradientReason = Piecewise, IntegerOverloads = true },
            Member(Truncate, "d trunc(u) = 0 (undefined at integers)", a => Math.Truncate(a[0]), Zero) with { NoGradientReason = Piecewise, IntegerOverloads = true, MathName = "trunc" },

            // Not Math members: the operator % (its DIFF012 comes with its own advice) and Gradient.Stop.
            Member(Remainder, "d (a mod b) = da − trunc(a / b) db (undefined where a / b is an integer)", a => a[0] % a[1], One, -Call(Truncate, A / B))
                with { MathMember = null, MathFMember = null, Notation = MathNotation.Infix, Open = " mod " },
            Member(Stop, "d stop(u) = 0 (Gradient.Stop: a value treated as a constant)", a => a[0], Zero) with { MathMember = null, MathFMember = null },
        });

        /// <summary><c>Math</c> members outside the table with a reason of their own (the text of DIFF011); the other members get a general one.</summary>
        private static readonly Dictionary<string, string> Declined = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["IEEERemainder"] = Representation + "; for an angle wrapped to (−π, π], write Math.Atan2(Math.Sin(d), Math.Cos(d)), or a while loop that adds or subtracts 2π, and for another remainder the operator % (whose derivative DIFF012 describes)",
            ["BitDecrement"] = Representation,
            ["BitIncrement"] = Representation,
            ["CopySign"] = Representation + "; write the choice it makes: y >= 0 ? Math.Abs(x) : -Math.Abs(x) (for x * x signed by x, x * Math.Abs(x))",
            ["ILogB"] = Representation,
        };

        private const string Representation = "it works on the representation of the number, not on a smooth function of it";

        private static readonly Dictionary<string, FunctionRow> ByMember = Rows.Where(r => r.MathMember != null).ToDictionary(r => r.MathMember!, StringComparer.Ordinal);

        public static IReadOnlyList<FunctionRow> All => Rows;

        public static FunctionRow Row(ElementaryFunction function) => Rows[(int)function];

        /// <summary>The row of the <c>System.Math</c> (<c>MathF</c>, <c>double</c>, <c>float</c>) member of this name, or null.</summary>
        public static FunctionRow? ForMember(string name) => ByMember.TryGetValue(name, out FunctionRow? row) ? row : null;

        /// <summary>Why a <c>Math</c> member outside the table has no derivative, where it has a reason of its own; else null.</summary>
        public static string? NoDerivativeReason(string member) => Declined.TryGetValue(member, out string? reason) ? reason : null;

        /// <summary>A row for a <c>Math</c> member of the same name (in <c>MathF</c> too), with one argument per partial.</summary>
        private static FunctionRow Member(ElementaryFunction function, string formula, Func<double[], double>? evaluate, params RuleTerm[] partials) =>
            new FunctionRow(function)
            {
                MathMember = function.ToString(),
                MathFMember = function.ToString(),
                MinArity = Math.Max(1, partials.Length),
                MaxArity = Math.Max(1, partials.Length),
                MathName = function.ToString().ToLowerInvariant(),
                DerivativeFormula = formula,
                Evaluate = evaluate,
                Partials = partials,
            };

        /// <summary>Rows indexed by their function: each function exactly once.</summary>
        private static FunctionRow[] Order(FunctionRow[] rows)
        {
            var ordered = new FunctionRow[Enum.GetValues(typeof(ElementaryFunction)).Length];
            foreach (FunctionRow row in rows)
            {
                if (ordered[(int)row.Function] != null)
                {
                    throw new InvalidOperationException("Two rows for " + row.Function);
                }

                ordered[(int)row.Function] = row;
            }

            int missing = Array.IndexOf(ordered, null);
            return missing < 0 ? ordered : throw new InvalidOperationException("No row for " + (ElementaryFunction)missing);
        }
    }
}
