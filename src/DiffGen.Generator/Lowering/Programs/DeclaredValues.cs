using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <summary>
    /// The locals a method declares before a guard clause (<c>int n = x.Length; if (n == 0) return 0;</c>), as the values
    /// they were declared with, so that the guard's test and result can be written over the parameters alone and tested
    /// before the body runs. Only declarations that cannot fail or have effects qualify: they read no element (an index out
    /// of range throws), call no method and divide no integer, so testing the guard before them changes nothing the
    /// method does.
    /// </summary>
    internal sealed class DeclaredValues
    {
        private readonly Dictionary<string, Value> scalars = new Dictionary<string, Value>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, Integer> integers = new Dictionary<string, Integer>(System.StringComparer.Ordinal);

        /// <summary>The declared values of <paramref name="statements"/>, or null when one of them is not a quiet declaration.</summary>
        public static DeclaredValues? Of(IEnumerable<Statement> statements)
        {
            var values = new DeclaredValues();
            foreach (Statement statement in statements)
            {
                switch (statement)
                {
                    case DeclareScalar s when IsQuiet(s.Value):
                        values.scalars[s.Name] = values.Of(s.Value);
                        break;
                    case DeclareInteger i when IsQuiet(i.Value):
                        values.integers[i.Name] = values.Of(i.Value);
                        break;
                    default:
                        return null;
                }
            }

            return values;
        }

        /// <summary>Whether evaluating <paramref name="value"/> can neither throw nor call anything.</summary>
        public static bool IsQuiet(Value value) => value switch
        {
            Number or NamedNumber or Read or FieldRead => true,
            FromInteger i => IsQuiet(i.Operand),
            Negation n => IsQuiet(n.Operand),
            Arithmetic a => IsQuiet(a.Left) && IsQuiet(a.Right),
            // Math.Sign throws for NaN (ArithmeticException), Math.Clamp where min > max (ArgumentException).
            MathCall { Function: ElementaryFunction.Sign } => false,
            MathCall { Function: ElementaryFunction.Clamp } c => c.Arguments.All(IsQuiet) && c.Arguments[1] is Number { Constant: var min } && c.Arguments[2] is Number { Constant: var max } && !(min > max),
            MathCall c => c.Arguments.All(IsQuiet),
            Choice c => IsQuiet(c.Test) && IsQuiet(c.WhenTrue) && IsQuiet(c.WhenFalse),
            _ => false,
        };

        public static bool IsQuiet(Integer value) => value switch
        {
            IntegerNumber or IntegerRead or LengthOf or IntegerField => true,
            MatrixLength m => m.Dimension is IntegerNumber { Constant: 0 or 1 },
            IntegerNegation n => IsQuiet(n.Operand),
            IntegerCast c => IsQuiet(c.Operand),
            // A division by a variable may divide by zero (DivideByZeroException); by a constant other than 0 it cannot,
            // nor by -1 but for the smallest value (OverflowException).
            IntegerArithmetic { Op: IrOp.Divide or IrOp.Remainder, Right: not IntegerNumber { Constant: not 0 and not -1 } } => false,
            IntegerArithmetic a => IsQuiet(a.Left) && IsQuiet(a.Right),
            // Math.Abs of the smallest value throws (OverflowException), Math.Clamp where min > max (ArgumentException).
            IntegerMath { Function: "Abs" } => false,
            IntegerMath { Function: "Clamp" } m => m.Arguments.All(IsQuiet) && m.Arguments[1] is IntegerNumber { Constant: var min } && m.Arguments[2] is IntegerNumber { Constant: var max } && min <= max,
            IntegerMath m => m.Arguments.All(IsQuiet),
            IntegerChoice c => IsQuiet(c.Test) && IsQuiet(c.WhenTrue) && IsQuiet(c.WhenFalse),
            IntegerOfData d => IsQuiet(d.Operand),
            _ => false,
        };

        public static bool IsQuiet(Test test) => test switch
        {
            Comparison c => IsQuiet(c.Left) && IsQuiet(c.Right),
            IntegerComparison c => IsQuiet(c.Left) && IsQuiet(c.Right),
            Logic l => IsQuiet(l.Left) && IsQuiet(l.Right),
            Negated n => IsQuiet(n.Operand),
            Truth => true,
            _ => false,
        };

        /// <summary>
        /// The first comparison in <paramref name="test"/> of constants alone (<c>2 &gt; 1</c>, from <c>double lim = 2; if (lim &gt; 1)</c>
        /// with lim written as its value), which C# folds: the code after the guard, or inside it, would be unreachable (CS0162).
        /// </summary>
        public static Test? ConstantComparison(Test test) => test switch
        {
            Comparison c when IsConstant(c.Left) && IsConstant(c.Right) => c,
            IntegerComparison c when IsConstant(c.Left) && IsConstant(c.Right) => c,
            Logic l => ConstantComparison(l.Left) ?? ConstantComparison(l.Right),
            Negated n => ConstantComparison(n.Operand),
            _ => null,
        };

        /// <summary>Whether C# reads <paramref name="value"/> as printed as a constant expression (literals, consts, and operators on them: no call).</summary>
        public static bool IsConstant(Value value) => value switch
        {
            Number or NamedNumber => true,
            FromInteger i => IsConstant(i.Operand),
            Negation n => IsConstant(n.Operand),
            Arithmetic a => IsConstant(a.Left) && IsConstant(a.Right),
            _ => false,
        };

        private static bool IsConstant(Integer value) => value switch
        {
            IntegerNumber => true,
            IntegerNegation n => IsConstant(n.Operand),
            IntegerCast c => IsConstant(c.Operand),
            IntegerArithmetic a => IsConstant(a.Left) && IsConstant(a.Right),
            _ => false,
        };

        /// <summary>The names a value reads that are locals this object knows.</summary>
        public bool Knows(string name) => scalars.ContainsKey(name) || integers.ContainsKey(name);

        /// <summary><paramref name="value"/> with each declared local it reads replaced by the value it was declared with.</summary>
        public Value Of(Value value) => value switch
        {
            Read { Cast.Length: 0 } r when scalars.TryGetValue(r.Variable, out Value? declared) => declared,
            ElementRead e => e with { Index = Of(e.Index) },
            MatrixElement m => m with { Row = Of(m.Row), Column = Of(m.Column) },
            FromInteger i => i with { Operand = Of(i.Operand) },
            Negation n => new Negation(Of(n.Operand)),
            Arithmetic a => a with { Left = Of(a.Left), Right = Of(a.Right) },
            MathCall c => c with { Arguments = c.Arguments.Select(Of).ToEquatableArray() },
            Choice c => new Choice(Of(c.Test), Of(c.WhenTrue), Of(c.WhenFalse)),
            _ => value,
        };

        public Integer Of(Integer value) => value switch
        {
            IntegerRead r when integers.TryGetValue(r.Variable, out Integer? declared) => declared,
            IntegerElement e => e with { Index = Of(e.Index) },
            MatrixLength m => m with { Dimension = Of(m.Dimension) },
            RowLength r => r with { Row = Of(r.Row) },
            IntegerNegation n => new IntegerNegation(Of(n.Operand)),
            IntegerCast c => c with { Operand = Of(c.Operand) },
            IntegerArithmetic a => a with { Left = Of(a.Left), Right = Of(a.Right) },
            IntegerMath m => m with { Arguments = m.Arguments.Select(Of).ToEquatableArray() },
            IntegerChoice c => new IntegerChoice(Of(c.Test), Of(c.WhenTrue), Of(c.WhenFalse)),
            IntegerOfData d => d with { Operand = Of(d.Operand) },
            _ => value,
        };

        public Test Of(Test test) => test switch
        {
            Comparison c => c with { Left = Of(c.Left), Right = Of(c.Right) },
            IntegerComparison c => c with { Left = Of(c.Left), Right = Of(c.Right) },
            Logic l => l with { Left = Of(l.Left), Right = Of(l.Right) },
            Negated n => new Negated(Of(n.Operand)),
            _ => test,
        };
    }
}
