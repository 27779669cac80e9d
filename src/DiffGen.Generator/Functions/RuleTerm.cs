using System.Collections.Generic;

namespace DiffGen.Generator.Functions
{
    /// <summary>The comparison a rule's choice makes (a kink: which argument max, min or clamp returns).</summary>
    internal enum RuleComparison
    {
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Equal,
    }

    internal enum RuleTermKind
    {
        Argument,
        Self,
        Zero,
        One,
        Constant,
        NamedConstant,
        Add,
        Subtract,
        Multiply,
        Divide,
        Scale,
        Power,
        Pow,
        Call,
        Select,
        Kept,
    }

    /// <summary>
    /// A term of a derivative rule, written over the call's arguments and its own value (<see cref="Self"/>,
    /// the forward value, which rules reuse where that is cheaper and keeps the derivative finite: exp′ = exp).
    /// Plain data, so the table needs no DAG; the symbolic stage builds each term as DAG nodes, operand by
    /// operand in the order written, with the builder operation the term names.
    /// </summary>
    internal sealed class RuleTerm
    {
        private RuleTerm(RuleTermKind kind, params RuleTerm[] operands)
        {
            Kind = kind;
            Operands = operands;
        }

        public RuleTermKind Kind { get; }

        public IReadOnlyList<RuleTerm> Operands { get; }

        /// <summary>An <see cref="RuleTermKind.Argument"/>'s position.</summary>
        public int Index { get; private set; }

        /// <summary>A constant, a named constant's value, a scale's coefficient or a power's exponent.</summary>
        public double Number { get; private set; }

        /// <summary>A named constant's name, in code and in formulas (<c>ln 10</c>).</summary>
        public string Name { get; private set; } = string.Empty;

        public ElementaryFunction Function { get; private set; }

        public RuleComparison Comparison { get; private set; }

        public static RuleTerm Self { get; } = new RuleTerm(RuleTermKind.Self);

        public static RuleTerm Zero { get; } = new RuleTerm(RuleTermKind.Zero);

        public static RuleTerm One { get; } = new RuleTerm(RuleTermKind.One);

        public static RuleTerm Argument(int index) => new RuleTerm(RuleTermKind.Argument) { Index = index };

        public static RuleTerm Constant(double value) => new RuleTerm(RuleTermKind.Constant) { Number = value };

        public static RuleTerm NamedConstant(string name, double value) => new RuleTerm(RuleTermKind.NamedConstant) { Name = name, Number = value };

        public static RuleTerm operator +(RuleTerm a, RuleTerm b) => new RuleTerm(RuleTermKind.Add, a, b);

        public static RuleTerm operator -(RuleTerm a, RuleTerm b) => new RuleTerm(RuleTermKind.Subtract, a, b);

        public static RuleTerm operator *(RuleTerm a, RuleTerm b) => new RuleTerm(RuleTermKind.Multiply, a, b);

        public static RuleTerm operator /(RuleTerm a, RuleTerm b) => new RuleTerm(RuleTermKind.Divide, a, b);

        public static RuleTerm operator -(RuleTerm a) => Scale(-1, a);

        public static RuleTerm Scale(double coefficient, RuleTerm a) => new RuleTerm(RuleTermKind.Scale, a) { Number = coefficient };

        /// <summary><c>a^exponent</c> with a constant exponent (a factor of a product).</summary>
        public static RuleTerm Power(RuleTerm a, double exponent) => new RuleTerm(RuleTermKind.Power, a) { Number = exponent };

        public static RuleTerm Square(RuleTerm a) => Power(a, 2);

        public static RuleTerm Reciprocal(RuleTerm a) => Power(a, -1);

        /// <summary><c>a^b</c> with any exponent.</summary>
        public static RuleTerm Pow(RuleTerm a, RuleTerm b) => new RuleTerm(RuleTermKind.Pow, a, b);

        public static RuleTerm Call(ElementaryFunction function, params RuleTerm[] arguments) => new RuleTerm(RuleTermKind.Call, arguments) { Function = function };

        /// <summary>
        /// <paramref name="a"/> as one value that products hold whole (<c>y·(y/x)</c>, never <c>y²/x</c>, whose y² overflows or
        /// underflows where the ratio does not).
        /// </summary>
        public static RuleTerm Kept(RuleTerm a) => new RuleTerm(RuleTermKind.Kept, a);

        /// <summary><c>left cmp right ? whenTrue : whenFalse</c>.</summary>
        public static RuleTerm Select(RuleComparison comparison, RuleTerm left, RuleTerm right, RuleTerm whenTrue, RuleTerm whenFalse) =>
            new RuleTerm(RuleTermKind.Select, left, right, whenTrue, whenFalse) { Comparison = comparison };
    }
}
