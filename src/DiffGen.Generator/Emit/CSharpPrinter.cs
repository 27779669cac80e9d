using System;
using System.Globalization;
using DiffGen.Generator.Lowering;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>Prints expressions as C# of the method's type: <c>global::System.Math</c> for double, <c>MathF</c> and <c>f</c> literals for float.</summary>
    internal sealed class CSharpPrinter : ExpressionPrinter
    {
        private readonly NumericType type;
        private readonly bool hasMathF;

        /// <param name="hasMathF">False where the target framework lacks System.MathF: float code then calls Math and converts back.</param>
        public CSharpPrinter(NumericType type, bool hasMathF, Func<Expr, string?> nameOf)
            : base(nameOf)
        {
            this.type = type;
            this.hasMathF = hasMathF;
        }

        public string MathClass => type == NumericType.Float && hasMathF ? "global::System.MathF" : "global::System.Math";

        /// <summary>Float code calling the double Math (no MathF) converts each result back to float.</summary>
        private bool NarrowsMathCalls => type == NumericType.Float && !hasMathF;

        public string TypeKeyword => type == NumericType.Float ? "float" : "double";

        protected override string Times => " * ";

        protected override string Minus => "-";

        /// <summary>A literal of the method's type that reads back to the same value (round-trip formatting).</summary>
        public static string FormatLiteral(double value, NumericType type)
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

            return type == NumericType.Float
                ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f"
                : value.ToString("R", CultureInfo.InvariantCulture);
        }

        protected override string Literal(double value) => FormatLiteral(value, type);

        /// <summary>A variable or field by its access; a named constant by its access if it has one (<c>Math.PI</c>), else as a literal.</summary>
        protected override string SymbolText(Symbol symbol) =>
            symbol.Code.Length == 0 && symbol.ConstantValue is double value ? Literal(value) : symbol.Code;

        protected override (string Text, int Level) Call(FunctionCall call)
        {
            FunctionRule rule = ElementaryFunctions.Rule(call.Function);
            switch (call.Function)
            {
                case ElementaryFunction.Remainder:
                    // a % (b * c) needs its parentheses: % groups left like * and /.
                    return (Print(call.Arguments[0], MultiplicativeLevel) + " % " + Print(call.Arguments[1], PrimaryLevel), MultiplicativeLevel);
                case ElementaryFunction.Stop:
                    return ("global::DiffGen.Gradient.Stop(" + Print(call.Arguments[0], ConditionalLevel) + ")", PrimaryLevel);
            }

            string arguments = string.Join(", ", System.Linq.Enumerable.Select(call.Arguments, a => Print(a, ConditionalLevel)));
            string text = MathClass + "." + rule.MathMember + "(" + arguments + ")";

            // Math.Sign returns int; convert so it never meets integer division.
            return rule.ReturnsInteger || NarrowsMathCalls ? ("(" + TypeKeyword + ")" + text, UnaryLevel) : (text, PrimaryLevel);
        }

        /// <summary>Squares and cubes as repeated products (exact and fast), ½ as a square root, the rest through Pow.</summary>
        protected override (string Text, int Level) PowerOf(Expr @base, double exponent)
        {
            if (exponent == 2 || exponent == 3)
            {
                string factor = Print(@base, UnaryLevel);
                return (exponent == 2 ? factor + " * " + factor : factor + " * " + factor + " * " + factor, MultiplicativeLevel);
            }

            string call = exponent == 0.5
                ? MathClass + ".Sqrt(" + Print(@base, ConditionalLevel) + ")"
                : MathClass + ".Pow(" + Print(@base, ConditionalLevel) + ", " + Literal(exponent) + ")";
            return NarrowsMathCalls ? ("(float)" + call, UnaryLevel) : (call, PrimaryLevel);
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
