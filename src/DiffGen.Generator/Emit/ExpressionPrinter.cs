using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// Prints an expression with the fewest parentheses its precedence needs. Nodes that the
    /// caller has given a local (or, in a formula, a name) print as that name. The notation —
    /// C# or the math of a doc comment — is chosen by the subclass.
    /// </summary>
    internal abstract partial class ExpressionPrinter
    {
        internal const int ConditionalLevel = 0;
        internal const int AdditiveLevel = 1;
        internal const int MultiplicativeLevel = 2;
        internal const int UnaryLevel = 3;
        internal const int PrimaryLevel = 4;

        private readonly Func<Expr, string?> nameOf;
        private readonly SourceNumbers numbers;

        /// <param name="numbers">
        /// What the source says about its numbers: whether it multiplies by one (<see cref="SourceNumbers.IsWrittenFactor"/>),
        /// so that such a coefficient prints as the factor it was (<c>0.1 * s</c>), not as a division (<c>s / 10</c>); how it
        /// writes a literal (<see cref="SourceNumbers.TextOf"/>).
        /// </param>
        protected ExpressionPrinter(Func<Expr, string?> nameOf, SourceNumbers numbers)
        {
            this.nameOf = nameOf;
            this.numbers = numbers;
        }

        /// <summary>What the source says about the method's numbers.</summary>
        protected SourceNumbers Numbers => numbers;

        /// <summary>What joins two factors: <c>" * "</c> in C#, <c>"·"</c> in a formula.</summary>
        protected abstract string Times { get; }

        protected abstract string Minus { get; }

        /// <summary>
        /// The minus sign before <paramref name="body"/>, which binds as a unary operator. Before a body that itself begins with
        /// one (<c>-z % 2</c>, a remainder of a negation) the body is parenthesised: <c>--z</c> would decrement z in C#.
        /// </summary>
        private string Negated(string body) =>
            body.StartsWith(Minus, StringComparison.Ordinal) || body.StartsWith("-", StringComparison.Ordinal) ? Minus + "(" + body + ")" : Minus + body;

        public string Print(Expr e) => Print(e, ConditionalLevel);

        /// <summary>Prints a node with how tightly its text binds (0 for <c>?:</c> up to 4 for a name, a number or a call), for a caller that places it as an operand.</summary>
        public (string Text, int Level) PrintOperand(Expr e) => Render(e);

        /// <summary>Prints what a local holds: the node's own structure even though the node has a name.</summary>
        public string PrintDefinition(Expr e) => Render(e, ignoreOwnName: true).Text;

        protected string Print(Expr e, int level) => Print(e, level, floating: false);

        /// <param name="floating">
        /// True where the operand must not print as an integer (see <see cref="IsIntegerLiteral(Expr)"/>): a
        /// whole-number literal then prints as a floating-point one (<c>2.0</c>); any other node already is one.
        /// </param>
        protected string Print(Expr e, int level, bool floating)
        {
            (string text, int own) = Render(e, floating: floating);
            return own < level ? "(" + text + ")" : text;
        }

        /// <summary>A condition: <c>||</c> binds loosest, then <c>&amp;&amp;</c>, then comparisons, then <c>!</c>.</summary>
        public string PrintCondition(Condition condition) => RenderCondition(condition).Text;

        /// <summary>A number as a literal; <paramref name="floating"/> asks for a floating-point literal even for a whole number.</summary>
        protected abstract string Literal(double value, bool floating = false);

        /// <summary>Whether <see cref="Literal"/> writes <paramref name="value"/> as a literal of an integer type (C#'s <c>2</c> is an int).</summary>
        protected virtual bool IsIntegerLiteral(double value) => false;

        /// <summary>Whether a symbol prints as a whole-number literal of an integer type (a named constant with no access of its own).</summary>
        protected virtual bool IsIntegerLiteral(Symbol symbol) => false;

        /// <summary>A call of a method with a known derivative, for its value.</summary>
        protected abstract string InvocationText(Invocation call);

        /// <summary>∂f/∂p of a call; generated code reads it from a local, so only formulas print it.</summary>
        protected abstract string InvocationPartialText(InvocationPartial partial);

        /// <summary>The call's arguments in parameter order: each floating-point argument printed, data as written.</summary>
        protected string ArgumentList(Invocation call) =>
            string.Join(", ", call.Target.Parameters.Select(p => p.Operand >= 0 ? Argument(call.Arguments[p.Operand], p.Type) : p.DataCode));

        /// <summary>A floating-point argument for a parameter of type <paramref name="parameterType"/>.</summary>
        public virtual string Argument(Expr value, NumericType parameterType) => Print(value, ConditionalLevel);

        /// <summary>The local that <paramref name="e"/> prints as, or null.</summary>
        protected string? NameOf(Expr e) => nameOf(e);

        /// <summary>
        /// Where the printer notes every local it writes: a name given by the caller, or a symbol's
        /// <see cref="Symbol.Reads"/>. Null when no one asks; when set, a symbol that does not know its
        /// reads is an error (a statement that reads it could otherwise be dropped as dead).
        /// </summary>
        public ICollection<string>? ReadSink { get; set; }

        /// <summary>
        /// Where the printer notes every function call it prints as a call (not as a local's name) that the printed code
        /// computes whenever it runs, outermost first; null when no one asks. A call in a branch of <c>?:</c> or on the right
        /// of <c>&amp;&amp;</c> or <c>||</c> is not noted: its guard may protect it (<c>i &gt; 0 ? Math.Exp(w[i - 1]) : 0</c>), so it
        /// may not be computed ahead of the statement.
        /// </summary>
        public ICollection<FunctionCall>? CallSink { get; set; }

        /// <summary>How many branches of ?: and right operands of &amp;&amp; and || enclose the node being printed.</summary>
        private int guarded;

        protected abstract string SymbolText(Symbol symbol, bool floating);

        protected abstract (string Text, int Level) Call(FunctionCall call);

        /// <summary>A factor raised to a constant power other than 1 (<c>x * x</c>, <c>√x</c>, <c>x³</c> ...).</summary>
        protected abstract (string Text, int Level) PowerOf(Expr @base, double exponent);

        /// <summary>How an operator of a condition is written: <c>&gt;=</c> or ≥, <c>&amp;&amp;</c> or "and", <c>true</c>.</summary>
        protected abstract string ConditionText(ConditionOp op);

        protected abstract string Conditional(string condition, string whenTrue, string whenFalse);

        private (string Text, int Level) Render(Expr e, bool ignoreOwnName = false, bool floating = false)
        {
            // Deeply nested input: fail with an exception the generator reports, never a stack overflow.
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            string? name = ignoreOwnName || !MayName(e) ? null : nameOf(e);
            if (name != null)
            {
                ReadSink?.Add(name);
                return (name, PrimaryLevel);
            }

            if (RenderWritten(e) is (string, int) written)
            {
                return written;
            }

            switch (e)
            {
                case Constant constant:
                    return (Literal(constant.Value, floating), constant.Value < 0 ? UnaryLevel : PrimaryLevel);
                case Symbol symbol:
                    string text = SymbolText(symbol, floating);
                    // A named constant reads nothing, except a const local the member declares itself (it says so).
                    if (ReadSink != null && symbol.Code.Length > 0 && (symbol.ConstantValue == null || symbol.Reads != null))
                    {
                        foreach (string read in symbol.Reads ?? throw new InvalidOperationException("The symbol '" + symbol.Code + "' does not say which locals it reads"))
                        {
                            ReadSink.Add(read);
                        }
                    }

                    // A converted integer reads "(double)n": a cast binds like a unary operator.
                    return (text, text.StartsWith("(", StringComparison.Ordinal) ? UnaryLevel : PrimaryLevel);
                case Sum sum:
                    return (RenderSum(sum), AdditiveLevel);
                case Product product:
                    return RenderProduct(product.Coefficient, product.Factors);
                case FunctionCall call:
                    if (guarded == 0)
                    {
                        CallSink?.Add(call);
                    }

                    return Call(call);
                case Select select:
                    bool wholeChoice = IsIntegerChoice(select);
                    string test = PrintCondition(select.Test);
                    guarded++;
                    string whenTrue = Print(select.WhenTrue, AdditiveLevel, wholeChoice);
                    string whenFalse = Print(select.WhenFalse, ConditionalLevel, wholeChoice);
                    guarded--;
                    return (Conditional(test, whenTrue, whenFalse), ConditionalLevel);
                case Named named:
                    return Render(named.Value, ignoreOwnName, floating);
                case Invocation call:
                    return (InvocationText(call), PrimaryLevel);
                case InvocationPartial partial:
                    return (InvocationPartialText(partial), PrimaryLevel);
                default:
                    throw new InvalidOperationException("Cannot print " + e.Kind);
            }
        }

        private (string Text, int Level) RenderCondition(Condition c)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            string Operand(int index, int level)
            {
                (string text, int own) = RenderCondition((Condition)c.Children[index]);
                return own < level ? "(" + text + ")" : text;
            }

            string Right(int level)
            {
                // Evaluated only when the left operand does not decide.
                guarded++;
                string text = Operand(1, level);
                guarded--;
                return text;
            }

            switch (c.Op)
            {
                case ConditionOp.Or:
                    return (Operand(0, 0) + " " + ConditionText(c.Op) + " " + Right(0), 0);
                case ConditionOp.And:
                    return (Operand(0, 1) + " " + ConditionText(c.Op) + " " + Right(1), 1);
                case ConditionOp.Not:
                    return (ConditionText(c.Op) + Operand(0, 3), 3);
                case ConditionOp.True:
                case ConditionOp.False:
                    return (ConditionText(c.Op), 3);
                default:
                    return (Print(c.Children[0], AdditiveLevel) + " " + ConditionText(c.Op) + " " + Print(c.Children[1], AdditiveLevel), 2);
            }
        }

        /// <summary>Positive terms first where possible (<c>y − x</c>, not <c>−x + y</c>), the constant last unless the source writes it first (<c>1 + epsilon</c>).</summary>
        private string RenderSum(Sum sum)
        {
            ReadOnlyArray<SumTerm> terms = sum.Terms;
            int firstPositive = -1;
            for (int i = 0; i < terms.Count && firstPositive < 0; i++)
            {
                if (terms[i].Coefficient > 0)
                {
                    firstPositive = i;
                }
            }

            // The term printed first: the first positive one, moved to the front (the others keep their order).
            int lead = firstPositive > 0 && !sum.IsOffsetFirst ? firstPositive : 0;

            // Operands that would all be integer literals are added as floating-point ones.
            bool floating = (sum.Offset == 0 || IsIntegerLiteral(sum.Offset)) && AllIntegerTerms(terms);
            var text = new StringBuilder();
            bool offsetFirst = sum.Offset != 0 && (sum.IsOffsetFirst || (firstPositive < 0 && sum.Offset > 0));
            if (offsetFirst)
            {
                text.Append(Literal(sum.Offset, floating));
            }

            void AppendTerm(SumTerm term)
            {
                bool negative = term.Coefficient < 0;
                string body = Scaled(Math.Abs(term.Coefficient), term.Term, floating);
                if (text.Length == 0)
                {
                    text.Append(negative ? Negated(body) : body);
                }
                else
                {
                    text.Append(negative ? " " + Minus + " " : " + ").Append(body);
                }
            }

            if (terms.Count > 0)
            {
                AppendTerm(terms[lead]);
            }

            for (int i = 0; i < terms.Count; i++)
            {
                if (i != lead)
                {
                    AppendTerm(terms[i]);
                }
            }

            if (!offsetFirst && sum.Offset != 0)
            {
                text.Append(sum.Offset < 0 ? " " + Minus + " " : " + ").Append(Literal(Math.Abs(sum.Offset), floating));
            }

            return text.ToString();
        }

        private bool AllIntegerTerms(ReadOnlyArray<SumTerm> terms)
        {
            for (int i = 0; i < terms.Count; i++)
            {
                if (Math.Abs(terms[i].Coefficient) != 1 || !IsIntegerLiteral(terms[i].Term))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A sum term <c>|c|·t</c> printed at additive level; <paramref name="floating"/> as for <see cref="Print(Expr, int, bool)"/>, for a term with coefficient 1.</summary>
        private string Scaled(double coefficient, Expr term, bool floating)
        {
            if (coefficient == 1)
            {
                return Print(term, MultiplicativeLevel, floating);
            }

            // A quotient kept whole is formed before it is scaled: 2 * (e / s), whose 2·e could overflow.
            ReadOnlyArray<Factor> factors = term is Product p && p.Coefficient == 1 && nameOf(term) == null && !(p.IsKeptWhole && coefficient > 1)
                ? p.Factors
                : new[] { new Factor(term, 1) };
            (string text, int level) = RenderProduct(coefficient, factors);
            return level < MultiplicativeLevel ? "(" + text + ")" : text;
        }
    }
}
