using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>Statements with one variable called by another name: every read, write and declaration of it.</summary>
    internal sealed class ProgramRenaming
    {
        private readonly string from;
        private readonly string to;

        private ProgramRenaming(string from, string to)
        {
            this.from = from;
            this.to = to;
        }

        public static List<Statement> Rename(IEnumerable<Statement> statements, string from, string to) =>
            new ProgramRenaming(from, to).Block(statements).ToList();

        private string Name(string name) => name == from ? to : name;

        private EquatableArray<Statement> Block(IEnumerable<Statement> statements) => statements.Select(Statement).ToEquatableArray();

        private Statement Statement(Statement statement) => statement switch
        {
            DeclareScalar s => new DeclareScalar(Name(s.Name), Value(s.Value)),
            AssignScalar s => new AssignScalar(Name(s.Name), Value(s.Value), s.Compound),
            DeclareInteger s => new DeclareInteger(Name(s.Name), Integer(s.Value), s.Type),
            AssignInteger s => new AssignInteger(Name(s.Name), Integer(s.Value)),
            DeclareArray s => s with { Name = Name(s.Name), Length = Integer(s.Length), Elements = s.Elements.Count == 0 ? s.Elements : s.Elements.Select(Value).ToEquatableArray() },
            DeclareIntegerArray s => s with { Name = Name(s.Name), Elements = s.Elements.Select(Integer).ToEquatableArray() },
            AssignElement s => new AssignElement(Name(s.Array), Integer(s.Index), Value(s.Value)),
            IfStatement s => new IfStatement(Test(s.Test), Block(s.Then), Block(s.Else)),
            Loop s => new Loop(
                Block(s.Initializers),
                Test(s.Condition),
                Block(s.Steps),
                Block(s.Body),
                s.TestFirst,
                s.Counting == null ? null : new CountingLoop(Name(s.Counting.Index), Integer(s.Counting.From), s.Counting.Comparison, Integer(s.Counting.Bound))),
            Return s => new Return(Value(s.Value)),
            Break or Continue => statement,
            _ => throw Unknown(statement),
        };

        private Value Value(Value value) => value switch
        {
            Read v => v with { Variable = Name(v.Variable) },
            ElementRead v => v with { Array = Name(v.Array), Index = Integer(v.Index) },
            MatrixElement v => v with { Array = Name(v.Array), Row = Integer(v.Row), Column = Integer(v.Column) },
            FromInteger v => v with { Operand = Integer(v.Operand) },
            Negation v => new Negation(Value(v.Operand)),
            Arithmetic v => new Arithmetic(v.Op, Value(v.Left), Value(v.Right)),
            MathCall v => new MathCall(v.Function, v.Arguments.Select(Value).ToEquatableArray()),
            Choice v => new Choice(Test(v.Test), Value(v.WhenTrue), Value(v.WhenFalse)),
            CallValue v => v with
            {
                Arguments = v.Arguments.Select(a => a with
                {
                    Scalar = a.Scalar == null ? null : Value(a.Scalar),
                    Array = a.Array == null ? null : Name(a.Array),
                    Data = a.Data == null ? null : Integer(a.Data),
                }).ToEquatableArray(),
            },
            Number or NamedNumber or FieldRead => value,
            _ => throw Unknown(value),
        };

        private Integer Integer(Integer integer) => integer switch
        {
            IntegerRead i => new IntegerRead(Name(i.Variable)),
            IntegerElement i => new IntegerElement(Name(i.Array), Integer(i.Index)),
            LengthOf i => new LengthOf(Name(i.Array)),
            MatrixLength i => new MatrixLength(Name(i.Array), Integer(i.Dimension)),
            RowLength i => new RowLength(Name(i.Array), Integer(i.Row)),
            IntegerNegation i => new IntegerNegation(Integer(i.Operand)),
            IntegerCast i => new IntegerCast(i.Type, Integer(i.Operand)),
            IntegerArithmetic i => new IntegerArithmetic(i.Op, Integer(i.Left), Integer(i.Right)),
            IntegerMath i => new IntegerMath(i.Function, i.Arguments.Select(Integer).ToEquatableArray()),
            IntegerChoice i => new IntegerChoice(Test(i.Test), Integer(i.WhenTrue), Integer(i.WhenFalse)),
            IntegerOfData i => new IntegerOfData(i.Type, Value(i.Operand)),
            IntegerNumber or IntegerField => integer,
            _ => throw Unknown(integer),
        };

        private Test Test(Test test) => test switch
        {
            Comparison t => new Comparison(t.Op, Value(t.Left), Value(t.Right)),
            IntegerComparison t => new IntegerComparison(t.Op, Integer(t.Left), Integer(t.Right)),
            Logic t => new Logic(t.Op, Test(t.Left), Test(t.Right)),
            Negated t => new Negated(Test(t.Operand)),
            Truth => test,
            _ => throw Unknown(test),
        };

        /// <summary>A kind this class does not know yet: fail (DIFF900 on the method) rather than leave a name unchanged.</summary>
        private static System.InvalidOperationException Unknown(object node) =>
            new System.InvalidOperationException("ProgramRenaming does not know " + node.GetType().Name + "; teach it the new kind.");
    }
}
