using System.Collections.Generic;
using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>The kinds of node in the expression DAG.</summary>
    internal enum ExprKind
    {
        Constant,
        Symbol,
        Sum,
        Product,
        Function,
        Condition,
        Select,
        Named,
        Invocation,
        InvocationPartial,
    }

    /// <summary>
    /// A node of the hash-consed expression DAG. Nodes are created only through an
    /// <see cref="ExprBuilder"/>, which returns the existing node for a structurally equal
    /// expression, so reference equality is structural equality and shared subexpressions are
    /// shared by construction.
    /// </summary>
    internal abstract class Expr
    {
        protected Expr(int id)
        {
            Id = id;
        }

        /// <summary>Creation order inside one builder; stable for the same input, so output is deterministic.</summary>
        public int Id { get; }

        public abstract ExprKind Kind { get; }

        /// <summary>The operands, in display order.</summary>
        public abstract ReadOnlyArray<Expr> Children { get; }

        public bool IsLeaf => Kind == ExprKind.Constant || Kind == ExprKind.Symbol;

        public override int GetHashCode() => Id;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);
    }

    /// <summary>A numeric constant.</summary>
    internal sealed class Constant : Expr
    {
        internal Constant(int id, double value)
            : base(id)
        {
            Value = value;
        }

        public double Value { get; }

        public override ExprKind Kind => ExprKind.Constant;

        public override ReadOnlyArray<Expr> Children => System.Array.Empty<Expr>();
    }

    /// <summary>
    /// A value the expression reads but does not compute: a parameter (differentiated or not),
    /// a field, or a named constant such as ln 10. <see cref="Key"/> identifies it;
    /// <see cref="Code"/> is its C# text and <see cref="MathText"/> how a formula shows it.
    /// </summary>
    internal sealed class Symbol : Expr
    {
        internal Symbol(int id, string key, string code, double? constantValue, string mathText, IReadOnlyList<string>? reads, string? written, bool isNamedConstant = false)
            : base(id)
        {
            IsNamedConstant = isNamedConstant;
            Key = key;
            Code = code;
            Written = written;
            ConstantValue = constantValue;
            MathText = mathText;
            Reads = reads;
        }

        /// <summary>
        /// The locals <see cref="Code"/> reads (<c>w</c> and <c>i</c> for <c>w[i + 1]</c>), as the code that made the
        /// symbol knows them; null where no one asks (the loop-free route's parameters and fields).
        /// </summary>
        public IReadOnlyList<string>? Reads { get; }

        public string Key { get; }

        public string Code { get; }

        /// <summary>The value as the source writes it (<c>Constants.Scale</c> for <c>global::N.Constants.Scale</c>), for comments; null when that is <see cref="Code"/>.</summary>
        public string? Written { get; }

        /// <summary>The value of a named constant (printed through <see cref="Code"/>, or as a literal when that is empty); null for variables.</summary>
        public double? ConstantValue { get; }

        public string MathText { get; }

        /// <summary>A named constant of the source (<c>const double g = 9.81</c>, a <c>const</c> field), made by <see cref="ExprBuilder.NamedConstant"/>.</summary>
        public bool IsNamedConstant { get; }

        /// <summary>A const local of the source, printed as its literal (its <see cref="Code"/> is empty): the generated code declares it again so it reads <c>g</c>, not 9.81.</summary>
        public bool IsConstLocal => IsNamedConstant && Code.Length == 0;

        public override ExprKind Kind => ExprKind.Symbol;

        public override ReadOnlyArray<Expr> Children => System.Array.Empty<Expr>();
    }

    /// <summary>An operand of a sum or a product with its weight (a coefficient or an exponent), as its node's key holds it (<see cref="NodeKey.OfOperands"/>).</summary>
    internal interface IWeightedOperand
    {
        Expr Operand { get; }

        double Weight { get; }
    }

    /// <summary>One term of a <see cref="Sum"/>: <c>Coefficient · Term</c>.</summary>
    internal readonly struct SumTerm : IWeightedOperand
    {
        public SumTerm(double coefficient, Expr term)
        {
            Coefficient = coefficient;
            Term = term;
        }

        public double Coefficient { get; }

        public Expr Term { get; }

        Expr IWeightedOperand.Operand => Term;

        double IWeightedOperand.Weight => Coefficient;
    }

    /// <summary>
    /// <c>Offset + Σ cᵢ·tᵢ</c>. Terms are never constants (small sums are merged into their parent) and appear once each (like
    /// terms are combined); a sum always has at least two parts.
    /// </summary>
    internal sealed class Sum : Expr
    {
        private readonly Expr[] children;

        internal Sum(int id, double offset, SumTerm[] terms)
            : base(id)
        {
            Offset = offset;
            Terms = terms;
            children = new Expr[terms.Length];
            for (int i = 0; i < terms.Length; i++)
            {
                children[i] = terms[i].Term;
            }
        }

        public double Offset { get; }

        /// <summary>
        /// The source writes the constant first (<c>1 + epsilon</c>), so it is printed first; adding
        /// in another order gives the same number. Set by its builder only.
        /// </summary>
        public bool IsOffsetFirst { get; internal set; }

        public ReadOnlyArray<SumTerm> Terms { get; }

        public override ExprKind Kind => ExprKind.Sum;

        public override ReadOnlyArray<Expr> Children => children;
    }

    /// <summary>One factor of a <see cref="Product"/>: <c>Base ^ Exponent</c>.</summary>
    internal readonly struct Factor : IWeightedOperand
    {
        public Factor(Expr @base, double exponent)
        {
            Base = @base;
            Exponent = exponent;
        }

        public Expr Base { get; }

        public double Exponent { get; }

        Expr IWeightedOperand.Operand => Base;

        double IWeightedOperand.Weight => Exponent;
    }

    /// <summary>
    /// <c>Coefficient · Π bᵢ^pᵢ</c> with constant exponents; division is a negative exponent and
    /// a square root the exponent ½. Bases are never constants and appear once each.
    /// </summary>
    internal sealed class Product : Expr
    {
        private readonly Expr[] children;

        internal Product(int id, double coefficient, Factor[] factors)
            : base(id)
        {
            Coefficient = coefficient;
            Factors = factors;
            children = new Expr[factors.Length];
            for (int i = 0; i < factors.Length; i++)
            {
                children[i] = factors[i].Base;
            }
        }

        public double Coefficient { get; }

        public ReadOnlyArray<Factor> Factors { get; }

        /// <summary>
        /// A quotient other products keep whole (one the source forms, or exp(u) over a sum holding it):
        /// a constant times it is printed <c>c * (a / b)</c>, never <c>c * a / b</c>. Set by its builder only.
        /// </summary>
        public bool IsKeptWhole { get; internal set; }

        public override ExprKind Kind => ExprKind.Product;

        public override ReadOnlyArray<Expr> Children => children;
    }

    /// <summary>An elementary function applied to its arguments, e.g. <c>sin(u)</c> or <c>atan2(y, x)</c>.</summary>
    internal sealed class FunctionCall : Expr
    {
        private readonly Expr[] arguments;

        internal FunctionCall(int id, ElementaryFunction function, Expr[] arguments)
            : base(id)
        {
            Function = function;
            this.arguments = arguments;
        }

        public ElementaryFunction Function { get; }

        public IReadOnlyList<Expr> Arguments => arguments;

        public override ExprKind Kind => ExprKind.Function;

        public override ReadOnlyArray<Expr> Children => arguments;
    }
}
