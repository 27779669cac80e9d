using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Ir
{
    // A method with arrays or loops, lowered to structured statements that keep the source's
    // shape (its loops, its variables, its order), so the generated code can mirror it. Plain
    // equatable records: the model of an incremental pipeline step.

    /// <summary>What a variable of the program holds.</summary>
    internal enum VariableKind
    {
        /// <summary>A floating-point scalar (double or float).</summary>
        Scalar,

        /// <summary>An integer: a size, an index or a counter; never differentiated.</summary>
        Integer,

        /// <summary>An array or span of floating-point values.</summary>
        Array,

        /// <summary>A local array of integers with its elements given (<c>int[] order = { 2, 0, 1 };</c>): data, read only.</summary>
        IntegerArray,

        /// <summary>
        /// A two-dimensional (<c>double[,]</c>) or jagged (<c>double[][]</c>) array of floating-point values, float twins
        /// included: data, read element by element, never differentiated or written.
        /// </summary>
        Matrix,

        /// <summary>A bool local of a loop-free method: it holds a test, read where the method branches on it.</summary>
        Condition,
    }

    /// <summary>A variable: a parameter or a local of the method body, by its C# name.</summary>
    /// <param name="IntegerType">For an integer parameter, the keyword of its type, and for an integer array or span parameter, of its elements (<c>long</c> for <c>long[] idx</c>); null for the rest, whose declarations say it.</param>
    internal sealed record ProgramVariable(string Name, VariableKind Kind, bool IsParameter, bool IsDifferentiated, string? IntegerType = null);

    /// <summary>A floating-point expression.</summary>
    internal abstract record Value;

    /// <summary>A number; <see cref="Written"/> is the literal as the source writes it (<c>1e-8</c>, no type suffix), where it writes one.</summary>
    internal sealed record Number(double Constant, string? Written = null) : Value;

    /// <summary>
    /// A named constant such as <c>Math.PI</c>: <see cref="Name"/> in formulas (π), <see cref="Code"/> in generated code
    /// (empty: print the literal), <see cref="Written"/> as the source writes it, for comments. <see cref="IsLocal"/>
    /// for a const local of the method (<c>const double eps = 1e-8;</c>), which generated code may declare again.
    /// <see cref="IsInteger"/>: the constant is of an integer type (<c>const int n = 3</c>), so C# divides it as an integer
    /// where both operands are.
    /// </summary>
    internal sealed record NamedNumber(string Name, double Constant, string Code, string Written, bool IsLocal = false, bool IsInteger = false) : Value;

    /// <summary>
    /// The current value of a floating-point local or parameter. <see cref="Cast"/> is <c>float</c> where a <c>double</c>
    /// parameter of a <c>float</c> method is read into its copy (printed <c>(float)q</c>, as the source converts it), else empty.
    /// </summary>
    internal sealed record Read(string Variable, string Cast = "") : Value;

    /// <summary>
    /// An element of an array or span: <c>x[i]</c>. <see cref="Cast"/> is the method's type keyword for an element of a data
    /// array of the other floating-point type (printed <c>(float)x[i]</c> in a <c>float</c> method, as the source converts it;
    /// <c>(double)d[i]</c> in a <c>double</c> method, so it never meets an integer in float arithmetic), else empty.
    /// </summary>
    internal sealed record ElementRead(string Array, Integer Index, string Cast = "") : Value;

    /// <summary>
    /// An element of a multi-dimensional data array: <c>X[Row, Column]</c>, or <c>X[Row][Column]</c> when
    /// <see cref="Jagged"/>; a constant of the method (never differentiated). <see cref="Cast"/> is the method's
    /// type keyword when the elements are of the other floating-point type (printed <c>(float)X[i, j]</c>), else empty.
    /// </summary>
    internal sealed record MatrixElement(string Array, Integer Row, Integer Column, bool Jagged, string Cast = "") : Value;

    /// <summary>
    /// A field or property read, a constant of the method: <see cref="Code"/> is how generated code reads it
    /// (<c>global::N.Constants.Scale</c>, <c>this.scale</c>), <see cref="Name"/> the member's name (for formulas) and
    /// <see cref="Written"/> the read as the source writes it (<c>Constants.Scale</c>, for comments).
    /// </summary>
    internal sealed record FieldRead(string Code, string Name, string Written) : Value;

    /// <summary>An integer used as a floating-point value (data: its derivative is zero).</summary>
    /// <summary>An integer read as a floating-point value; <see cref="Written"/> when the source writes the cast (<c>(double)n</c>).</summary>
    internal sealed record FromInteger(Integer Operand, bool Written = false) : Value;

    internal sealed record Negation(Value Operand) : Value;

    /// <summary><c>Left op Right</c> for <see cref="IrOp.Add"/> ... <see cref="IrOp.Remainder"/>.</summary>
    internal sealed record Arithmetic(IrOp Op, Value Left, Value Right) : Value;

    internal sealed record MathCall(ElementaryFunction Function, EquatableArray<Value> Arguments) : Value;

    /// <summary><c>Test ? WhenTrue : WhenFalse</c>.</summary>
    internal sealed record Choice(Test Test, Value WhenTrue, Value WhenFalse) : Value;

    /// <summary>
    /// A call of a method whose derivative is known (a [Differentiable] method's generated gradient or a
    /// [DerivativeOf] method); in a method with loops or arrays lowering gives each call its own local, so it is
    /// a whole right-hand side there. <see cref="RequiresGenerated"/> names the [Differentiable] method whose
    /// generated members the call uses. <see cref="GradientName"/> is the derivative's member name (<c>SqGradient</c>),
    /// <see cref="Written"/> the called method as the source writes it (<c>Helpers.Sq</c>, for comments).
    /// </summary>
    internal sealed record CallValue(string Callee, string ValueAccess, string GradientAccess, string GradientName, string Written, EquatableArray<CallArgument> Arguments, string? RequiresGenerated = null) : Value;

    /// <summary>
    /// An argument of a call: a floating-point value (<see cref="Scalar"/>, passed as a <see cref="Type"/>, the
    /// parameter's type), an array or span by name (<see cref="Array"/>), an integer (<see cref="Data"/>), or other
    /// data passed on as written (<see cref="Code"/>: a bool constant, a parameter or a field of this object).
    /// <see cref="HasDerivative"/> when the callee's gradient has an output for it. <see cref="Written"/> is data passed
    /// on as written the way the source writes it (for comments).
    /// </summary>
    internal sealed record CallArgument(string Parameter, Value? Scalar, string? Array, Integer? Data, bool HasDerivative, NumericType Type = NumericType.Double, string? Code = null, string? Written = null);

    /// <summary>An integer expression: sizes and indices.</summary>
    internal abstract record Integer;

    internal sealed record IntegerNumber(long Constant) : Integer;

    internal sealed record IntegerRead(string Variable) : Integer;

    /// <summary>An element of an integer array: <c>order[i]</c>.</summary>
    internal sealed record IntegerElement(string Array, Integer Index) : Integer;

    /// <summary><c>Array.Length</c>.</summary>
    internal sealed record LengthOf(string Array) : Integer;

    /// <summary><c>Array.GetLength(Dimension)</c> of a multi-dimensional data array.</summary>
    internal sealed record MatrixLength(string Array, Integer Dimension) : Integer;

    /// <summary><c>Array[Row].Length</c>: the length of a row of a jagged data array.</summary>
    internal sealed record RowLength(string Array, Integer Row) : Integer;

    /// <summary>
    /// An integer field, property or constant: <see cref="Code"/> is how generated code reads it, <see cref="Name"/> its
    /// name in formulas and <see cref="Written"/> the read as the source writes it (for comments).
    /// </summary>
    internal sealed record IntegerField(string Code, string Name, string Written) : Integer;

    internal sealed record IntegerNegation(Integer Operand) : Integer;

    /// <summary>An explicit conversion between integer types: <c>(int)k</c>.</summary>
    internal sealed record IntegerCast(string Type, Integer Operand) : Integer;

    internal sealed record IntegerArithmetic(IrOp Op, Integer Left, Integer Right) : Integer;

    /// <summary><c>Math.Min</c>, <c>Math.Max</c> or <c>Math.Abs</c> of integers.</summary>
    internal sealed record IntegerMath(string Function, EquatableArray<Integer> Arguments) : Integer;

    internal sealed record IntegerChoice(Test Test, Integer WhenTrue, Integer WhenFalse) : Integer;

    /// <summary>
    /// A conversion of data to an integer type, <c>(Type)Operand</c>: <see cref="Operand"/> is a floating-point value no
    /// differentiated input reaches (an element of a data <c>double[]</c>, a data parameter, a field: <c>(int)labels[i]</c>),
    /// so the integer is data too, truncated toward zero as C# converts.
    /// </summary>
    internal sealed record IntegerOfData(string Type, Value Operand) : Integer;

    /// <summary>A true/false test; evaluated, never differentiated.</summary>
    internal abstract record Test;

    internal sealed record Comparison(ConditionOp Op, Value Left, Value Right) : Test;

    internal sealed record IntegerComparison(ConditionOp Op, Integer Left, Integer Right) : Test;

    /// <summary><c>Left &amp;&amp; Right</c> or <c>Left || Right</c>.</summary>
    internal sealed record Logic(ConditionOp Op, Test Left, Test Right) : Test;

    internal sealed record Negated(Test Operand) : Test;

    internal sealed record Truth(bool Holds) : Test;

    /// <summary>The test a bool local holds (<see cref="VariableKind.Condition"/>), read by name.</summary>
    internal sealed record ConditionRead(string Name) : Test;

    /// <summary>A statement of the body.</summary>
    internal abstract record Statement;

    /// <summary><c>double name = Value;</c> (or float).</summary>
    internal sealed record DeclareScalar(string Name, Value Value) : Statement;

    /// <summary>
    /// <c>name = Value;</c>, compound assignments included (<c>s += e</c> is <c>s = s + e</c>); <see cref="Compound"/> says
    /// the source wrote it so (<c>v += e</c>, <c>v *= e</c>, <c>v++</c>), for printing it as written.
    /// </summary>
    internal sealed record AssignScalar(string Name, Value Value, bool Compound = false) : Statement;

    /// <summary><c>int name = Value;</c>; <see cref="Type"/> is the integer type's keyword (<c>int</c>, <c>long</c>, ...).</summary>
    internal sealed record DeclareInteger(string Name, Integer Value, string Type = "int") : Statement;

    internal sealed record AssignInteger(string Name, Integer Value) : Statement;

    /// <summary><c>bool Name = Test;</c> or <c>Name = Test;</c> in a loop-free method: the local holds the test.</summary>
    internal sealed record AssignCondition(string Name, Test Test) : Statement;

    /// <summary>
    /// <c>new double[Length]</c> or <c>stackalloc double[Length]</c>; with <see cref="Elements"/>, an array given its
    /// elements (<c>double[] xs = { 0, 1, 2 };</c>, <c>new[] { a, b }</c>, <c>stackalloc double[] { ... }</c>), which
    /// writes every element as the array is made.
    /// </summary>
    internal sealed record DeclareArray(string Name, Integer Length, bool OnStack, EquatableArray<Value> Elements = default) : Statement;

    /// <summary><c>int[] Name = { ... };</c>: an integer array given its elements, never written afterwards.</summary>
    internal sealed record DeclareIntegerArray(string Name, EquatableArray<Integer> Elements, string Type, bool OnStack) : Statement;

    /// <summary><c>Array[Index] = Value;</c> on a local array.</summary>
    internal sealed record AssignElement(string Array, Integer Index, Value Value) : Statement;

    internal sealed record IfStatement(Test Test, EquatableArray<Statement> Then, EquatableArray<Statement> Else) : Statement;

    /// <summary>
    /// A loop: <c>for</c>, <c>while</c>, <c>do</c> (<see cref="TestFirst"/> false) or <c>foreach</c> (as a counting
    /// loop over the indices). <see cref="Counting"/> is set when it counts an index from a start to a bound by
    /// one, never changing the index or leaving early in the body: such a loop runs backwards by its own header.
    /// </summary>
    internal sealed record Loop(
        EquatableArray<Statement> Initializers,
        Test Condition,
        EquatableArray<Statement> Steps,
        EquatableArray<Statement> Body,
        bool TestFirst,
        CountingLoop? Counting) : Statement;

    /// <summary>
    /// <c>for (int Index = From; Index &lt; Bound; Index++)</c>: <see cref="Comparison"/> is how the index
    /// compares with the bound (<c>&lt;</c> or <c>&lt;=</c> counting up, <c>&gt;</c> or <c>&gt;=</c> counting down).
    /// </summary>
    internal sealed record CountingLoop(string Index, Integer From, ConditionOp Comparison, Integer Bound)
    {
        public bool Up => Comparison == ConditionOp.Less || Comparison == ConditionOp.LessOrEqual;
    }

    internal sealed record Break : Statement;

    internal sealed record Continue : Statement;

    internal sealed record Return(Value Value) : Statement;

    /// <summary>
    /// A guard clause, <c>if (Test) return Result;</c> before a method's work (<c>if (n == 0) return 0;</c>): the method
    /// returns <see cref="Result"/> at once where <see cref="Test"/> holds, and runs its body otherwise. Both read only
    /// the parameters (lowering writes a local declared before the guard as the value it was declared with), so the
    /// generated members test the early returns first, in the source's order, before any statement of the body.
    /// <see cref="WrittenTest"/> and <see cref="WrittenResult"/> are the two as the source writes them, reading those
    /// locals by name, for the comment beside the code.
    /// </summary>
    /// <see cref="Throws"/>, for a guard that throws instead (<c>if (x.Length != y.Length) throw new ArgumentException(...);</c>):
    /// the exception as the generated code creates it (its type fully qualified, its arguments as the source writes them,
    /// reading only parameters); the result is then 0 and unused.
    internal sealed record EarlyReturn(Test Test, Value Result, Test WrittenTest, Value WrittenResult, string? Throws = null);

    /// <summary>
    /// A method body: its variables and statements (<see cref="Return"/> only last unless the body is loop-free), and the
    /// guard clauses that may return before the statements run.
    /// </summary>
    internal sealed record LoopProgram(EquatableArray<ProgramVariable> Variables, EquatableArray<Statement> Body, EquatableArray<EarlyReturn> EarlyReturns = default);
}
