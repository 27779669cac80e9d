using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// What to call a value the source did not name, from its structure alone: a function of a
    /// named value after both (<c>cosTheta</c>, <c>expZ</c>), a square root <c>sqrtX</c>, a square
    /// <c>xSquared</c>, a power <c>expXToThe10</c>; a short sum, difference, product or quotient of
    /// such names says what it is (<c>oneMinusX</c>, <c>expXPlus1</c>, <c>xTimesY</c>, <c>xOverY</c>).
    /// </summary>
    internal static class ValueNames
    {
        /// <summary>Longer descriptions read worse than the kind of value they describe.</summary>
        private const int LongestDescription = 24;

        private static readonly string[] SmallNumbers = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };

        /// <summary>A name describing <paramref name="e"/>, or null when none is short; <paramref name="nameOf"/> gives the names values already have.</summary>
        public static string? Describe(Expr e, Func<Expr, string?> nameOf) => e switch
        {
            FunctionCall call when call.Arguments.Count == 1 && SimpleName(call.Arguments[0], nameOf) is string argument
                => ElementaryFunctions.Row(call.Function).Name.ToLowerInvariant() + Identifiers.Capitalize(argument),
            FunctionCall when ConstantCall(e) is string constant => constant,
            Sum sum => Short(Describe(sum, nameOf)),
            Product product => Short(Describe(product, nameOf)),
            _ => null,
        };

        /// <summary>What kind of value <paramref name="e"/> is, for when <see cref="Describe"/> has nothing shorter.</summary>
        public static string Kind(Expr e) => e switch
        {
            FunctionCall call => ElementaryFunctions.Row(call.Function).Name.ToLowerInvariant(),
            Sum sum => IsDifference(sum) ? "difference" : "sum",
            // A single factor raised to a power: √u is sqrt, u^2.5 a power, not a product.
            Product { Coefficient: 1, Factors.Count: 1 } power when power.Factors[0].Exponent > 0 => power.Factors[0].Exponent == 0.5 ? "sqrt" : "power",
            Product product => product.Factors.Any(f => f.Exponent < 0) || WholeDivisor(product.Coefficient) != null ? "quotient" : "product",
            Select => "choice",
            _ => "value",
        };

        /// <summary>Two parts, one of them subtracted: <c>x − 2·t</c>, <c>1 − x</c>.</summary>
        private static bool IsDifference(Sum sum)
        {
            int parts = sum.Terms.Count + (sum.Offset != 0 ? 1 : 0);
            int subtracted = sum.Terms.Count(t => t.Coefficient < 0) + (sum.Offset < 0 ? 1 : 0);
            return parts == 2 && subtracted == 1;
        }

        private static string? Short(string? description) =>
            description != null && description.Length <= LongestDescription ? description : null;

        /// <summary><c>expX + 1</c> → <c>expXPlus1</c>, <c>1 − x</c> → <c>oneMinusX</c>: added terms first, then the constant (first where the source writes it first), then what is subtracted.</summary>
        private static string? Describe(Sum sum, Func<Expr, string?> nameOf)
        {
            var parts = new List<(bool Minus, string Word)>();
            foreach (SumTerm term in sum.Terms.Where(t => t.Coefficient == 1))
            {
                parts.Add((false, Word(term.Term, nameOf) ?? string.Empty));
            }

            if (sum.Offset != 0)
            {
                // As printed: 1 + epsilon, written so, is onePlusEpsilon.
                parts.Insert(sum.IsOffsetFirst && sum.Offset > 0 ? 0 : parts.Count, (sum.Offset < 0, Number(System.Math.Abs(sum.Offset)) ?? string.Empty));
            }

            foreach (SumTerm term in sum.Terms.Where(t => t.Coefficient == -1))
            {
                parts.Add((true, Word(term.Term, nameOf) ?? string.Empty));
            }

            if (parts.Count != 2 || parts.Count < sum.Terms.Count || parts.Any(p => p.Word.Length == 0) || parts[0].Minus)
            {
                return null;
            }

            return Join(parts[0].Word, parts[1].Minus ? "Minus" : "Plus", parts[1].Word);
        }

        /// <summary><c>x * y</c> → <c>xTimesY</c>, <c>x / y</c> → <c>xOverY</c>, √x → <c>sqrtX</c>, x² → <c>xSquared</c>, x¹⁰ → <c>xToThe10</c>, <c>2 * z</c> → <c>twoZ</c>, <c>x / 10</c> → <c>xOver10</c>.</summary>
        private static string? Describe(Product product, Func<Expr, string?> nameOf)
        {
            if (product.Coefficient != 1)
            {
                // A small whole multiple of one named value: 2·z is twoZ, 3·x² threeXSquared; a part of one, x/10, xOver10.
                return product.Factors.Count == 1 && Number(product.Coefficient) is string multiple && product.Coefficient >= 2
                    && Powered(product.Factors[0], nameOf) is string multiplied
                    ? Join(multiple, string.Empty, multiplied)
                    : product.Factors.Count == 1 && WholeDivisor(product.Coefficient) is string divisor
                    && Powered(product.Factors[0], nameOf) is string divided
                    ? Join(divided, "Over", divisor)
                    : null;
            }

            // A product written with a shared one (x·y³ as (x·y²)·y) is named for the product it is: xTimesYCubed.
            IReadOnlyList<Factor> factors = Monomial(product);
            if (factors.Count == 1)
            {
                Factor only = factors[0];
                if (SimpleName(only.Base, nameOf) is not string @base)
                {
                    return null;
                }

                return only.Exponent switch
                {
                    0.5 => "sqrt" + Identifiers.Capitalize(@base),
                    2 => @base + "Squared",
                    3 => @base + "Cubed",
                    > 3 when Number(only.Exponent) is string power => @base + "ToThe" + power,
                    _ => null,
                };
            }

            if (factors.Count == 3 && factors.All(f => f.Exponent > 0))
            {
                string?[] words = factors.Select(f => Powered(f, nameOf)).ToArray();
                return words.All(w => w != null) && Join(words[0]!, "Times", words[1]!) is string firstTwo ? Join(firstTwo, "Times", words[2]!) : null;
            }

            if (factors.Count != 2 || factors.All(f => f.Exponent < 0))
            {
                return null;
            }

            Factor first = factors[0].Exponent > 0 ? factors[0] : factors[1];
            Factor second = factors[0].Exponent > 0 ? factors[1] : factors[0];
            string? left = Powered(first, nameOf);
            string? right = second.Exponent == -1 ? SimpleName(second.Base, nameOf) : Powered(second, nameOf);
            return left != null && right != null ? Join(left, second.Exponent < 0 ? "Over" : "Times", right) : null;
        }

        /// <summary>The product's bases and powers, a product kept whole inside it (<see cref="SharedProducts"/>) multiplied out.</summary>
        private static IReadOnlyList<Factor> Monomial(Product product)
        {
            if (!product.Factors.Any(f => f.Base is Named { IsKept: true, Value: Product }))
            {
                return product.Factors;
            }

            var factors = new List<Factor>();
            void Add(Expr @base, double exponent)
            {
                int i = factors.FindIndex(f => f.Base == @base);
                if (i >= 0)
                {
                    factors[i] = new Factor(@base, factors[i].Exponent + exponent);
                }
                else
                {
                    factors.Add(new Factor(@base, exponent));
                }
            }

            foreach (Factor factor in product.Factors)
            {
                if (factor.Base is Named { IsKept: true, Value: Product { Coefficient: 1 } inner })
                {
                    foreach (Factor innerFactor in Monomial(inner))
                    {
                        Add(innerFactor.Base, innerFactor.Exponent * factor.Exponent);
                    }
                }
                else
                {
                    Add(factor.Base, factor.Exponent);
                }
            }

            return factors;
        }

        /// <summary>A factor of a product of two: a simple name, squared or cubed (x·y² is <c>xTimesYSquared</c>).</summary>
        private static string? Powered(Factor factor, Func<Expr, string?> nameOf) => factor.Exponent switch
        {
            1 => SimpleName(factor.Base, nameOf),
            2 when SimpleName(factor.Base, nameOf) is string name => name + "Squared",
            3 when SimpleName(factor.Base, nameOf) is string name => name + "Cubed",
            _ => null,
        };

        /// <summary>A term a name can carry: a simple name, a small whole number, or a simple name squared.</summary>
        private static string? Word(Expr e, Func<Expr, string?> nameOf)
        {
            if (e is Constant constant)
            {
                return Number(constant.Value);
            }

            if (e is Product { Coefficient: 1, Factors.Count: 1 } square && square.Factors[0].Exponent == 2 && SimpleName(square.Factors[0].Base, nameOf) is string @base)
            {
                return @base + "Squared";
            }

            return SimpleName(e, nameOf);
        }

        /// <summary>Whole numbers up to 1000 as digits (<see cref="Join"/> spells out a leading one).</summary>
        /// <summary>The whole number k a coefficient 1/k divides by (x/10 is 0.1·x), as a name writes it; null for another coefficient.</summary>
        private static string? WholeDivisor(double coefficient) => coefficient > 0 && coefficient < 1 ? Number(1 / coefficient) : null;

        private static string? Number(double value) =>
            value >= 0 && value <= 1000 && value == System.Math.Floor(value)
                ? ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : null;

        /// <summary>Joins words in camel case; a leading number is spelled out (<c>oneMinusX</c>), since an identifier cannot start with a digit.</summary>
        private static string? Join(string left, string operation, string right)
        {
            if (char.IsDigit(left[0]))
            {
                int value = int.Parse(left, System.Globalization.CultureInfo.InvariantCulture);
                if (value >= SmallNumbers.Length)
                {
                    return null;
                }

                left = SmallNumbers[value];
            }

            return left + operation + Identifiers.Capitalize(right);
        }

        public static string? SimpleName(Expr e, Func<Expr, string?> nameOf)
        {
            // A parameter by its name; a field read through its access (this.gravity) by the name a formula gives it (gravity).
            string? name = e is Symbol symbol && symbol.ConstantValue == null
                ? (IsIdentifier(symbol.Code) ? symbol.Code : IsIdentifier(symbol.MathText) ? symbol.MathText : null)
                : nameOf(e) ?? ConstantCall(e);
            return name != null && name.Length <= 16 ? name.TrimStart('@') : null;
        }

        private static string? ConstantCall(Expr e) =>
            e is FunctionCall call && call.Arguments.Count == 1 && call.Arguments[0] is Constant { Value: var constant } ? ConstantCallName(call.Function, constant) : null;

        /// <summary>
        /// A constant the source writes as a call of a whole number: Math.Log(2) is log2, Math.Sqrt(2) sqrt2, Math.Exp(-1)
        /// expMinus1, Math.Log10(3) log10Of3; null for another argument.
        /// </summary>
        public static string? ConstantCallName(ElementaryFunction function, double argument)
        {
            string name = ElementaryFunctions.Row(function).Name.ToLowerInvariant();
            return Number(argument) is string number ? Identifiers.Joined(name, number)
                : Number(-argument) is string negated && argument < 0 ? name + "Minus" + negated
                : null;
        }

        private static bool IsIdentifier(string text) =>
            text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_' || text[0] == '@') && text.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_');
    }
}
