using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>Prints expressions as C# of the method's type: <c>global::System.Math</c> for double, <c>MathF</c> and <c>f</c> literals for float.</summary>
    internal sealed class CSharpPrinter : ExpressionPrinter
    {
        private readonly NumericType type;
        private readonly bool hasMathF;

        /// <param name="hasMathF">False where the target framework lacks System.MathF: float code then calls Math and converts back.</param>
        public CSharpPrinter(NumericType type, bool hasMathF, Func<Expr, string?> nameOf, SourceNumbers numbers)
            : base(nameOf, numbers)
        {
            this.type = type;
            this.hasMathF = hasMathF;
        }

        /// <summary>
        /// Prints for a comment, as the source writes it: <c>Math.Exp</c>, <c>Gradient.Stop</c>, and each symbol's
        /// <see cref="Symbol.Written"/> form (<c>Constants.Scale</c>, a const local by its name) where it has one.
        /// </summary>
        public bool AsWritten { get; init; }

        public string MathClass => AsWritten ? (UsesMathF ? "MathF" : "Math") : UsesMathF ? "global::System.MathF" : "global::System.Math";

        private bool UsesMathF => type == NumericType.Float && hasMathF;

        /// <summary>Float code calling the double Math (no MathF) converts each result back to float.</summary>
        private bool NarrowsMathCalls => type == NumericType.Float && !hasMathF;

        public string TypeKeyword => type == NumericType.Float ? "float" : "double";

        protected override string Times => " * ";

        protected override string Minus => "-";

        /// <summary>
        /// A literal of the method's type that reads back to the same value (round-trip formatting):
        /// <c>2.5f</c> for float; for double the shortest digits, which C# reads as an int or a long
        /// when they are a whole number with no point or exponent (<c>2</c>), so where a double is
        /// needed (<paramref name="floating"/>, or −0, which an int would lose) a point is added (<c>2.0</c>).
        /// </summary>
        public static string FormatLiteral(double value, NumericType type, bool floating = false)
        {
            string keyword = type == NumericType.Float ? "float" : "double";
            if (double.IsNaN(value))
            {
                return keyword + ".NaN";
            }

            if (double.IsInfinity(value))
            {
                return keyword + (value > 0 ? ".PositiveInfinity" : ".NegativeInfinity");
            }

            if (type == NumericType.Float && float.IsInfinity((float)value))
            {
                // A double constant beyond float's range (lowering reports these; never print "Infinityf").
                return value > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity";
            }

            if (type == NumericType.Float)
            {
                return NumberText.RoundTrip((float)value) + "f";
            }

            string digits = NumberText.RoundTrip(value);
            return IsWholeNumber(digits) && (floating || IsNegativeZero(value)) ? digits + ".0" : digits;
        }

        /// <summary>Whether <see cref="FormatLiteral"/> writes <paramref name="value"/> as a C# int or long literal (<c>2</c>, <c>-1</c>, <c>10000000000</c>).</summary>
        public static bool IsIntegerLiteral(double value, NumericType type) =>
            type == NumericType.Double && !double.IsNaN(value) && !double.IsInfinity(value) && !IsNegativeZero(value)
            && IsWholeNumber(value.ToString("R", CultureInfo.InvariantCulture));

        protected override string Literal(double value, bool floating = false) => WrittenLiteral(value) ?? FormatLiteral(value, type, floating);

        protected override bool IsIntegerLiteral(double value) => WrittenLiteral(value) == null && IsIntegerLiteral(value, type);

        /// <summary>A number as this printer writes it: the source's literal where it writes one, else <see cref="FormatLiteral"/>.</summary>
        public string LiteralOf(double value, bool floating = false) => Literal(value, floating);

        /// <summary>Whether <see cref="LiteralOf"/> writes <paramref name="value"/> as a C# int or long literal.</summary>
        public bool PrintsAsInteger(double value) => IsIntegerLiteral(value);

        /// <summary>
        /// The literal as the source writes it (<c>1e-8</c>, <c>1e10</c>, <c>0.5f</c>), where it writes one for this value and
        /// its text reads back to it in the method's type; null where it does not (a number the simplifier made).
        /// </summary>
        private string? WrittenLiteral(double value)
        {
            if (!(Numbers.TextOf(value) is string text))
            {
                return null;
            }

            if (SourceNumbers.IsArithmetic(text))
            {
                return type == NumericType.Double ? text : null; // C# folds it in double, to this value, wherever it stands
            }

            return type == NumericType.Float
                ? float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float single) && single == (float)value ? text + "f" : null
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && parsed == value ? text : null;
        }

        protected override bool IsIntegerLiteral(Symbol symbol) => WrittenText(symbol) == null && symbol.Code.Length == 0 && symbol.ConstantValue is double value && IsIntegerLiteral(value);

        /// <summary>A variable or field by its access; a named constant by its access if it has one (<c>Math.PI</c>), else as a literal.</summary>
        protected override string SymbolText(Symbol symbol, bool floating) =>
            WrittenText(symbol) ?? (symbol.Code.Length == 0 && symbol.ConstantValue is double value ? Literal(value, floating) : symbol.Code);

        private string? WrittenText(Symbol symbol) => AsWritten ? symbol.Written : null;

        /// <summary>Round-trip digits of a whole number: an optional minus sign and digits only (no point, no exponent).</summary>
        private static bool IsWholeNumber(string digits)
        {
            for (int i = 0; i < digits.Length; i++)
            {
                if (!char.IsDigit(digits[i]) && !(i == 0 && digits[i] == '-'))
                {
                    return false;
                }
            }

            return digits.Length > 0;
        }

        private static bool IsNegativeZero(double value) => value == 0 && BitConverter.DoubleToInt64Bits(value) < 0;

        protected override (string Text, int Level) Call(FunctionCall call)
        {
            FunctionRow row = ElementaryFunctions.Row(call.Function);
            bool floating = AreIntegerLiterals(call.Arguments);
            switch (call.Function)
            {
                case ElementaryFunction.Remainder:
                    // a % (b * c) needs its parentheses: % groups left like * and /.
                    return (Print(call.Arguments[0], MultiplicativeLevel, floating) + " % " + Print(call.Arguments[1], PrimaryLevel, floating), MultiplicativeLevel);
                case ElementaryFunction.Stop:
                    // Gradient.Stop(2) would call the float overload.
                    return ((AsWritten ? "Gradient.Stop(" : "global::DiffGen.Gradient.Stop(") + Print(call.Arguments[0], ConditionalLevel, floating) + ")", PrimaryLevel);
            }

            // Math.Abs(2) or Math.Max(2, 3) would call an integer overload, Math.Floor(2) an ambiguous one; Math.Log(2) stays as written.
            string[] arguments = call.Arguments.Select(a => Print(a, ConditionalLevel, floating && row.IntegerOverloads)).ToArray();
            string text = UsesMathF && row.MathFMember == null && row.FloatForm != null
                ? CallText(row.FloatForm, arguments)
                : CallText(row, arguments);

            // Math.Sign returns int; convert so it never meets integer division.
            return row.ReturnsInteger || NarrowsMathCalls ? ("(" + TypeKeyword + ")" + text, UnaryLevel) : (text, PrimaryLevel);
        }

        protected override string? WrittenCall(ElementaryFunction function, Func<IReadOnlyList<string>> arguments)
        {
            FunctionRow row = ElementaryFunctions.Row(function);
            return NarrowsMathCalls || (UsesMathF ? row.MathFMember : row.MathMember) == null ? null : CallText(row, arguments());
        }

        /// <summary><c>global::System.Math.Name(arguments)</c>, with the member of the class the method's type calls.</summary>
        private string CallText(FunctionRow row, IEnumerable<string> arguments)
        {
            string member = (UsesMathF ? row.MathFMember : row.MathMember) ?? throw new InvalidOperationException("No member of " + MathClass + " computes " + row.Name);
            return MathClass + "." + member + "(" + string.Join(", ", arguments) + ")";
        }

        /// <summary>A row's <see cref="FunctionRow.FloatForm"/>, a nesting of calls over the printed arguments: <c>MathF.Min(MathF.Max(u, lo), hi)</c>.</summary>
        private string CallText(RuleTerm form, IReadOnlyList<string> arguments) => form.Kind switch
        {
            RuleTermKind.Argument => arguments[form.Index],
            RuleTermKind.Call => CallText(ElementaryFunctions.Row(form.Function), form.Operands.Select(o => CallText(o, arguments))),
            _ => throw new InvalidOperationException("A float form is made of calls and arguments, not " + form.Kind),
        };

        /// <summary>Squares and cubes as repeated products (exact and fast), ½ as a square root, the rest through Pow.</summary>
        protected override (string Text, int Level) PowerOf(Expr @base, double exponent)
        {
            // A base that would be an integer literal prints as a floating-point one: 10 * 10 would multiply ints.
            bool floating = IsIntegerLiteral(@base);
            if (exponent == 2 || exponent == 3)
            {
                string factor = Print(@base, UnaryLevel, floating);
                return (exponent == 2 ? factor + " * " + factor : factor + " * " + factor + " * " + factor, MultiplicativeLevel);
            }

            string call = exponent == 0.5
                ? MathClass + ".Sqrt(" + Print(@base, ConditionalLevel, floating) + ")"
                : MathClass + ".Pow(" + Print(@base, ConditionalLevel, floating) + ", " + Literal(exponent) + ")";
            return NarrowsMathCalls ? ("(float)" + call, UnaryLevel) : (call, PrimaryLevel);
        }

        /// <summary>
        /// An argument in its parameter's type. A whole number prints as a floating-point literal, so that
        /// an overload with an int parameter is never the one called (<c>G(2, y)</c> would call
        /// <c>G(int, double)</c>); a value of a double method passed to a float parameter is converted
        /// as the source had to (<c>(float)x</c>; a constant as a float literal, <c>2f</c>).
        /// </summary>
        public override string Argument(Expr value, NumericType parameterType)
        {
            if (parameterType == NumericType.Float && type == NumericType.Double)
            {
                return value is Constant constant && NameOf(value) == null ? FormatLiteral(constant.Value, NumericType.Float) : "(float)" + Print(value, UnaryLevel);
            }

            return Print(value, ConditionalLevel, floating: IsIntegerLiteral(value));
        }

        protected override string InvocationText(Invocation call) => call.Target.ValueAccess + "(" + ArgumentList(call) + ")";

        protected override string InvocationPartialText(InvocationPartial partial) =>
            throw new InvalidOperationException("A derivative of a call is read from its local, never printed inline.");

        /// <summary>The derivative call that computes a call's value and writes its partials: <c>SigmoidGradient(z, out double dSigmoidDZ)</c>.</summary>
        public string DerivativeCall(Invocation call, System.Collections.Generic.IEnumerable<string> outputs)
        {
            string arguments = ArgumentList(call);
            string outs = string.Join(", ", outputs);
            return call.Target.GradientAccess + "(" + arguments + (arguments.Length > 0 && outs.Length > 0 ? ", " : string.Empty) + outs + ")";
        }

        protected override string ConditionText(ConditionOp op) => op switch
        {
            ConditionOp.GreaterOrEqual => ">=",
            ConditionOp.LessOrEqual => "<=",
            ConditionOp.Greater => ">",
            ConditionOp.Less => "<",
            ConditionOp.Equal => "==",
            ConditionOp.NotEqual => "!=",
            ConditionOp.And => "&&",
            ConditionOp.Or => "||",
            ConditionOp.Not => "!",
            ConditionOp.True => "true",
            _ => "false",
        };

        protected override string Conditional(string condition, string whenTrue, string whenFalse) => condition + " ? " + whenTrue + " : " + whenFalse;
    }
}
