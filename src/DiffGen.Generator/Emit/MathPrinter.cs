using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>Prints expressions as a student writes them: <c>2·(m·x + b − y)·x</c>, <c>x²</c>, <c>√x</c>, <c>ln(x)</c>.</summary>
    internal sealed class MathPrinter : ExpressionPrinter
    {
        private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

        public MathPrinter(Func<Expr, string?> nameOf, SourceNumbers numbers)
            : base(nameOf, numbers)
        {
        }

        protected override string Times => "·";

        protected override string Minus => "−";

        protected override string Literal(double value, bool floating = false)
        {
            if (double.IsNaN(value))
            {
                return "NaN";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "∞" : "−∞";
            }

            string text = Numbers.TextOf(value) is string written ? Notation(written) : Shortest(value);
            return text.StartsWith("-", StringComparison.Ordinal) ? "−" + text.Substring(1) : text;
        }

        /// <summary>
        /// Ten digits where they give the number back (<c>0.1</c>, <c>1e-12</c>), else as many as it takes: a sum the
        /// simplifier folded (<c>1 + 1e-12</c>) reads 1.000000000001, never 1, so the formula says what the code computes.
        /// A float constant (widened to double) shows the digits that give the float back (<c>0.1</c>, not 0.1000000015).
        /// </summary>
        private static string Shortest(double value)
        {
            string text = value.ToString("G10", CultureInfo.InvariantCulture);
            if (double.Parse(text, CultureInfo.InvariantCulture) == value)
            {
                return NumberText.Short(text);
            }

            float single = (float)value;
            return single == value ? NumberText.RoundTrip(single) : NumberText.RoundTrip(value);
        }

        protected override string SymbolText(Symbol symbol, bool floating) => symbol.MathText;

        /// <summary>The source's text of a number as a formula writes operators: <c>(4.0 / 3.0)</c>, <c>(1 − 0.9)</c>, <c>(2·0.5)</c>.</summary>
        private static string Notation(string written) =>
            SourceNumbers.IsArithmetic(written) ? written.Replace(" * ", "·").Replace(" - ", " − ").Replace("(-", "(−") : written;

        protected override string? WrittenCall(ElementaryFunction function, Func<IReadOnlyList<string>> arguments) =>
            ElementaryFunctions.Row(function).MathName + "(" + string.Join(", ", arguments()) + ")";

        protected override (string Text, int Level) Call(FunctionCall call)
        {
            FunctionRow row = ElementaryFunctions.Row(call.Function);
            switch (row.Notation)
            {
                case MathNotation.Enclosed:
                    return (row.Open + Print(call.Arguments[0], ConditionalLevel) + row.Close, PrimaryLevel);
                case MathNotation.Infix:
                    return (Print(call.Arguments[0], MultiplicativeLevel) + row.Open + Print(call.Arguments[1], PrimaryLevel), MultiplicativeLevel);
                case MathNotation.Prefix:
                    // A prefix binds like a unary operator: squared, it is (√2)², never √2², which reads as √(2²).
                    return (row.Open + Print(call.Arguments[0], PrimaryLevel), UnaryLevel);
                case MathNotation.Power:
                    return (Print(call.Arguments[0], PrimaryLevel) + "^" + Print(call.Arguments[1], PrimaryLevel), PrimaryLevel);
                default:
                    return (row.MathName + "(" + string.Join(", ", call.Arguments.Select(a => Print(a, ConditionalLevel))) + ")", PrimaryLevel);
            }
        }

        protected override (string Text, int Level) PowerOf(Expr @base, double exponent)
        {
            if (exponent == 0.5)
            {
                // As a prefix, √ binds like a unary operator: (√x)² and (√x)^1.5 keep their parentheses.
                return ("√" + Print(@base, PrimaryLevel), UnaryLevel);
            }

            string baseText = Print(@base, PrimaryLevel);
            if (ExprBuilder.IsInteger(exponent) && exponent < 10)
            {
                return (baseText + Superscripts[(int)exponent], PrimaryLevel);
            }

            return (baseText + "^" + Literal(exponent), PrimaryLevel);
        }

        protected override string InvocationText(Invocation call) => call.Target.Callee + "(" + ArgumentList(call) + ")";

        protected override string InvocationPartialText(InvocationPartial partial) =>
            "∂" + partial.Call.Target.Callee + "/∂" + partial.Call.Target.Parameters[partial.Parameter].Name + "(" + ArgumentList(partial.Call) + ")";

        protected override string ConditionText(ConditionOp op) => op switch
        {
            ConditionOp.GreaterOrEqual => "≥",
            ConditionOp.LessOrEqual => "≤",
            ConditionOp.Greater => ">",
            ConditionOp.Less => "<",
            ConditionOp.Equal => "=",
            ConditionOp.NotEqual => "≠",
            ConditionOp.And => "and",
            ConditionOp.Or => "or",
            ConditionOp.Not => "not ",
            ConditionOp.True => "true",
            _ => "false",
        };

        protected override string Conditional(string condition, string whenTrue, string whenFalse) => whenTrue + " if " + condition + ", else " + whenFalse;
    }
}
