using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace DiffGen.Fuzz.Programs
{
    // The fuzzer's own syntax tree of the programs it writes: small, printable in three flavours
    // (double, float, Dual), and easy to shrink. Only what docs/supported.md calls supported.

    /// <summary>A floating-point expression.</summary>
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(Literal), "literal")]
    [JsonDerivedType(typeof(Read), "read")]
    [JsonDerivedType(typeof(Element), "element")]
    [JsonDerivedType(typeof(Negate), "negate")]
    [JsonDerivedType(typeof(UnaryPlus), "unaryPlus")]
    [JsonDerivedType(typeof(Binary), "binary")]
    [JsonDerivedType(typeof(MathCall), "mathCall")]
    [JsonDerivedType(typeof(MathConstant), "mathConstant")]
    [JsonDerivedType(typeof(Stop), "stop")]
    [JsonDerivedType(typeof(Call), "call")]
    [JsonDerivedType(typeof(ArrayArgument), "arrayArgument")]
    [JsonDerivedType(typeof(Conditional), "conditional")]
    [JsonDerivedType(typeof(SwitchOn), "switchOn")]
    [JsonDerivedType(typeof(MemberRead), "memberRead")]
    [JsonDerivedType(typeof(Verbatim), "verbatim")]
    [JsonDerivedType(typeof(MatrixElement), "matrixElement")]
    [JsonDerivedType(typeof(IntValue), "intValue")]
    [JsonDerivedType(typeof(Narrow), "narrow")]
    public abstract record Expr;

    /// <summary><c>(float)Operand</c> in a float method's source (a double parameter read there); the operand itself in the oracle.</summary>
    public sealed record Narrow(Expr Operand) : Expr;

    /// <summary>An integer expression read as a number (<c>counts[i] * x</c>): a constant to DiffGen, an integer in C#.</summary>
    public sealed record IntValue(IntExpr Value) : Expr;

    /// <summary>A literal as the source writes it: "2", "0.01", "1e-3", "100".</summary>
    public sealed record Literal(string Text) : Expr;

    /// <summary>A read of a floating-point parameter or local, or of an integer one used as a number.</summary>
    public sealed record Read(string Name) : Expr;

    public sealed record Element(string Array, IntExpr Index) : Expr;

    /// <summary>An element of a multi-dimensional data parameter: <c>X[row, column]</c>, or <c>X[row][column]</c> when <see cref="Jagged"/>.</summary>
    public sealed record MatrixElement(string Matrix, IntExpr Row, IntExpr Column, bool Jagged) : Expr;

    public sealed record Negate(Expr Operand) : Expr;

    /// <summary><c>+Operand</c>: the unary plus docs/supported.md lists beside the minus.</summary>
    public sealed record UnaryPlus(Expr Operand) : Expr;

    /// <summary>+ - * / %.</summary>
    public sealed record Binary(string Op, Expr Left, Expr Right) : Expr;

    /// <summary>
    /// Math.Sin(u), Math.Pow(a, b), ... by the System.Math name; <see cref="TypeSpelling"/> writes double.Sin(u) (float.Sin(u)) instead;
    /// <see cref="OnIntegers"/> calls an integer overload (Math.Abs(n)), in the oracle too.
    /// </summary>
    public sealed record MathCall(string Function, ImmutableArray<Expr> Args, bool TypeSpelling = false, bool OnIntegers = false) : Expr;

    /// <summary>Math.PI, Math.E, Math.Tau.</summary>
    public sealed record MathConstant(string Name) : Expr;

    /// <summary>Gradient.Stop(u).</summary>
    public sealed record Stop(Expr Operand) : Expr;

    /// <summary>A call of another method of the case: a [Differentiable] one, or a helper with a [DerivativeOf].</summary>
    public sealed record Call(string Method, ImmutableArray<Expr> Args) : Expr;

    /// <summary>An array passed whole to a callee.</summary>
    public sealed record ArrayArgument(string Name) : Expr;

    public sealed record Conditional(Cond Test, Expr Then, Expr Else) : Expr;

    /// <summary>
    /// A switch expression on a floating-point value (<see cref="Real"/>) or an integer one (<see cref="Integer"/>), its
    /// arms in order, then <c>_ =&gt; Otherwise</c>. The method's source writes it as a switch; the oracle writes a
    /// floating-point one as the chain of ?: it means (Dual has no patterns) and an integer one as a switch.
    /// </summary>
    /// <remarks>
    /// <see cref="Exhaustive"/> (a switch on an integer only) writes the last arm not as <c>_</c> but as the pattern no unguarded arm
    /// before it matches, <c>not (P1 or P2)</c>: the same values reach it, and the compiler proves the switch exhaustive without <c>_</c>.
    /// </remarks>
    public sealed record SwitchOn(Expr? Real, IntExpr? Integer, ImmutableArray<SwitchArm> Arms, Expr Otherwise, bool Exhaustive = false) : Expr;

    /// <summary>An arm: <c>Pattern when Guard =&gt; Value</c>.</summary>
    public sealed record SwitchArm(Pattern Pattern, Cond? Guard, Expr Value);

    /// <summary>A pattern of a switch arm: relational or constant, combined with and, or, not.</summary>
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(RelationalPattern), "relational")]
    [JsonDerivedType(typeof(PatternLogic), "logic")]
    [JsonDerivedType(typeof(PatternNot), "not")]
    public abstract record Pattern;

    /// <summary>&lt; &lt;= &gt; &gt;= a literal, or "==" for a constant pattern (integers only: Dual has no ==).</summary>
    public sealed record RelationalPattern(string Op, string Literal) : Pattern;

    /// <summary>"and" or "or".</summary>
    public sealed record PatternLogic(string Op, Pattern Left, Pattern Right) : Pattern;

    public sealed record PatternNot(Pattern Operand) : Pattern;

    /// <summary>
    /// A read of a field or auto-property of the case's type (a constant to DiffGen): <c>k</c>, or
    /// qualified, <c>this.k</c> (instance) or <c>Case3.k</c> (static). <see cref="IsInt"/>: an integer member.
    /// </summary>
    public sealed record MemberRead(string Name, bool Qualified, bool IsStatic, bool IsInt = false) : Expr;

    /// <summary>A condition: never differentiated.</summary>
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(Compare), "compare")]
    [JsonDerivedType(typeof(IntCompare), "intCompare")]
    [JsonDerivedType(typeof(Logic), "logic")]
    [JsonDerivedType(typeof(Not), "not")]
    [JsonDerivedType(typeof(BoolRead), "boolRead")]
    [JsonDerivedType(typeof(IsPattern), "isPattern")]
    [JsonDerivedType(typeof(PredicateCall), "predicateCall")]
    [JsonDerivedType(typeof(Always), "always")]
    public abstract record Cond;

    /// <summary><c>true</c>: the condition of a loop that ends only by returning (<c>while (true)</c>).</summary>
    public sealed record Always : Cond;

    /// <summary>A call of a local function returning bool (<see cref="LocalPredicate"/>): <c>Big(x * y)</c>.</summary>
    public sealed record PredicateCall(string Name, Expr Argument) : Cond;

    /// <summary>&lt; &lt;= &gt; &gt;= == != on floating-point values.</summary>
    public sealed record Compare(string Op, Expr Left, Expr Right) : Cond;

    public sealed record IntCompare(string Op, IntExpr Left, IntExpr Right) : Cond;

    /// <summary>&amp;&amp; or ||, or the non-short-circuiting &amp; and | on bools.</summary>
    public sealed record Logic(string Op, Cond Left, Cond Right) : Cond;

    public sealed record Not(Cond Operand) : Cond;

    public sealed record BoolRead(string Name) : Cond;

    /// <summary><c>(value) is &gt; 0.5 and &lt; 1.5</c>: a floating-point value tested against a switch arm's patterns; the oracle reads it as the comparisons it means.</summary>
    public sealed record IsPattern(Expr Value, Pattern Pattern) : Cond;

    /// <summary>An integer expression: sizes, indices, counters.</summary>
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(IntLiteral), "intLiteral")]
    [JsonDerivedType(typeof(IntRead), "intRead")]
    [JsonDerivedType(typeof(Length), "length")]
    [JsonDerivedType(typeof(IntBinary), "intBinary")]
    [JsonDerivedType(typeof(MatrixLength), "matrixLength")]
    [JsonDerivedType(typeof(RowLength), "rowLength")]
    [JsonDerivedType(typeof(IntElement), "intElement")]
    [JsonDerivedType(typeof(FromEnd), "fromEnd")]
    [JsonDerivedType(typeof(IntConditional), "intConditional")]
    [JsonDerivedType(typeof(IntMath), "intMath")]
    [JsonDerivedType(typeof(IntSwitch), "intSwitch")]
    [JsonDerivedType(typeof(IntLocalCall), "intLocalCall")]
    [JsonDerivedType(typeof(IntOfData), "intOfData")]
    [JsonDerivedType(typeof(IntOfRounding), "intOfRounding")]
    [JsonDerivedType(typeof(IntStep), "intStep")]
    public abstract record IntExpr;

    /// <summary><c>(test ? a : b)</c> on integers: an index, a bound or a factor.</summary>
    public sealed record IntConditional(Cond Test, IntExpr Then, IntExpr Else) : IntExpr;

    /// <summary><c>Math.Min(a, b)</c>, <c>Math.Max(a, b)</c>, <c>Math.Abs(a)</c> of integers.</summary>
    public sealed record IntMath(string Function, ImmutableArray<IntExpr> Args) : IntExpr;

    /// <summary>A switch expression of integer value on an integer (<c>(i % 3) switch { 0 =&gt; 1, 1 or 2 =&gt; 2, _ =&gt; 3 }</c>): constant patterns, then _.</summary>
    /// <remarks><see cref="Exhaustive"/>: the last arm is written as the complement of the arms before it, as <see cref="SwitchOn.Exhaustive"/>.</remarks>
    public sealed record IntSwitch(IntExpr On, ImmutableArray<IntSwitchArm> Arms, IntExpr Otherwise, bool Exhaustive = false) : IntExpr;

    /// <summary>An arm of an <see cref="IntSwitch"/>: <c>Pattern =&gt; Value</c>.</summary>
    public sealed record IntSwitchArm(Pattern Pattern, IntExpr Value);

    /// <summary>A call of an integer local function (<see cref="IntLocalFunction"/>): <c>Prev(i)</c>.</summary>
    public sealed record IntLocalCall(string Name, IntExpr Argument) : IntExpr;

    public sealed record IntLiteral(int Value) : IntExpr;

    public sealed record IntRead(string Name) : IntExpr;

    /// <summary>An integer local stepped where it is read, a running index: <c>k++</c>, or <c>++k</c> when <see cref="Prefix"/>; Op is "++" or "--".</summary>
    public sealed record IntStep(string Name, string Op, bool Prefix = false) : IntExpr;

    public sealed record Length(string Array) : IntExpr;

    /// <summary><c>X.GetLength(Dimension)</c> of a two-dimensional data parameter.</summary>
    public sealed record MatrixLength(string Matrix, int Dimension) : IntExpr;

    /// <summary><c>X[Row].Length</c> of a jagged data parameter.</summary>
    public sealed record RowLength(string Matrix, IntExpr Row) : IntExpr;

    public sealed record IntBinary(string Op, IntExpr Left, IntExpr Right) : IntExpr;

    /// <summary><c>^Offset</c>: an index from the end, written only as an element's index (<c>w[^(i + 1)]</c>).</summary>
    public sealed record FromEnd(IntExpr Offset) : IntExpr;

    /// <summary><c>idx[Index]</c>: an element of an integer array parameter (<see cref="ParameterKind.Indices"/>).</summary>
    public sealed record IntElement(string Array, IntExpr Index) : IntExpr;

    /// <summary><c>(int)lab[Index]</c>: an element of a floating-point data array of labels (<see cref="ParameterKind.Labels"/>) converted to an integer.</summary>
    public sealed record IntOfData(string Array, IntExpr Index) : IntExpr;

    /// <summary>
    /// <c>(int)Math.Floor(Operand)</c> (Ceiling, Round, Truncate): a rounding of a value that may be differentiated, converted
    /// to an integer (docs/supported.md: it cuts nothing, the rounding's derivative being 0 already); the oracle rounds the
    /// dual number's value, its margin keeping points away from the jumps.
    /// </summary>
    public sealed record IntOfRounding(string Function, Expr Operand) : IntExpr;

    /// <summary>A statement.</summary>
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(Declare), "declare")]
    [JsonDerivedType(typeof(DeclareConst), "declareConst")]
    [JsonDerivedType(typeof(DeclareInt), "declareInt")]
    [JsonDerivedType(typeof(DeclareBool), "declareBool")]
    [JsonDerivedType(typeof(Assign), "assign")]
    [JsonDerivedType(typeof(TupleAssign), "tupleAssign")]
    [JsonDerivedType(typeof(SwitchStatement), "switchStatement")]
    [JsonDerivedType(typeof(Increment), "increment")]
    [JsonDerivedType(typeof(IntAssign), "intAssign")]
    [JsonDerivedType(typeof(AssignElement), "assignElement")]
    [JsonDerivedType(typeof(NewArray), "newArray")]
    [JsonDerivedType(typeof(CopyOfArray), "copyOfArray")]
    [JsonDerivedType(typeof(ArrayOfConstants), "arrayOfConstants")]
    [JsonDerivedType(typeof(If), "if")]
    [JsonDerivedType(typeof(SwitchSections), "switchSections")]
    [JsonDerivedType(typeof(Return), "return")]
    [JsonDerivedType(typeof(For), "for")]
    [JsonDerivedType(typeof(Foreach), "foreach")]
    [JsonDerivedType(typeof(While), "while")]
    [JsonDerivedType(typeof(DoWhile), "doWhile")]
    [JsonDerivedType(typeof(Break), "break")]
    [JsonDerivedType(typeof(Continue), "continue")]
    [JsonDerivedType(typeof(VerbatimStatement), "verbatimStatement")]
    [JsonDerivedType(typeof(SwapArrays), "swapArrays")]
    [JsonDerivedType(typeof(LocalFunction), "localFunction")]
    [JsonDerivedType(typeof(LocalPredicate), "localPredicate")]
    [JsonDerivedType(typeof(IntLocalFunction), "intLocalFunction")]
    [JsonDerivedType(typeof(DeclareConstInt), "declareConstInt")]
    [JsonDerivedType(typeof(ArrayOfValues), "arrayOfValues")]
    [JsonDerivedType(typeof(IntArrayOfConstants), "intArrayOfConstants")]
    [JsonDerivedType(typeof(Empty), "empty")]
    public abstract record Stmt;

    /// <summary>
    /// A local function of one expression, <c>double Name(double Parameter) =&gt; Body;</c> (float or Dual by flavour);
    /// <see cref="Static"/> writes <c>static</c> (its body reads nothing of the method's).
    /// </summary>
    public sealed record LocalFunction(string Name, string Parameter, Expr Body, bool Static = false) : Stmt;

    /// <summary>A local function of one condition, <c>bool Name(double Parameter) =&gt; Body;</c>.</summary>
    public sealed record LocalPredicate(string Name, string Parameter, Cond Body) : Stmt;

    /// <summary>A local function of one integer expression, <c>int Name(int Parameter) =&gt; Body;</c>.</summary>
    public sealed record IntLocalFunction(string Name, string Parameter, IntExpr Body, bool Static = false) : Stmt;

    /// <summary><c>const int Name = Value;</c>.</summary>
    public sealed record DeclareConstInt(string Name, int Value) : Stmt;

    /// <summary>A local array given computed elements (<c>{ x, x * y, Math.Sin(y) }</c>), in an initializer of <see cref="Style"/>.</summary>
    public sealed record ArrayOfValues(string Name, ImmutableArray<Expr> Elements, ArrayInitializerStyle Style) : Stmt;

    /// <summary><c>int[] order = { 2, 0, 1 };</c>: integer data for indices, counts and foreach.</summary>
    public sealed record IntArrayOfConstants(string Name, ImmutableArray<int> Values) : Stmt;

    /// <summary>The empty statement <c>;</c>.</summary>
    public sealed record Empty : Stmt;

    /// <summary>double t = e; (or float/Dual by flavour); <see cref="Init"/> null declares only.</summary>
    public sealed record Declare(string Name, Expr? Init) : Stmt;

    public sealed record DeclareConst(string Name, string Literal) : Stmt;

    public sealed record DeclareInt(string Name, IntExpr Init) : Stmt;

    public sealed record DeclareBool(string Name, Cond Init) : Stmt;

    /// <summary>t = e; t += e; ... (Op is "=", "+=", "-=", "*=", "/=").</summary>
    public sealed record Assign(string Name, string Op, Expr Value) : Stmt;

    /// <summary>t++; t--; on a floating-point or integer local; ++t; --t; when <see cref="Prefix"/>.</summary>
    public sealed record Increment(string Name, string Op, bool Prefix = false) : Stmt;

    /// <summary>
    /// <c>switch (v) { case P when G: Target Op value; break; ... default: Target Op otherwise; break; }</c>: the switch statement
    /// of <see cref="Choice"/>'s arms, each section assigning its arm's value (the oracle assigns the switch expression itself).
    /// </summary>
    public sealed record SwitchStatement(SwitchOn Choice, string Target, string Op) : Stmt;

    /// <summary>
    /// <c>switch (Value) { case 0: case 1: { ... } break; default: { ... } break; }</c>: a switch statement on an integer whose
    /// sections hold any statements (loops too), each section's labels given.
    /// </summary>
    public sealed record SwitchSections(IntExpr Value, ImmutableArray<SwitchSection> Sections, ImmutableArray<Stmt>? Default) : Stmt;

    public sealed record SwitchSection(ImmutableArray<int> Labels, ImmutableArray<Stmt> Body);

    /// <summary>
    /// <c>(a, b) = (e1, e2);</c>, or with <see cref="Declares"/> <c>(double a, double b) = (e1, e2);</c>: a tuple taken apart, every value
    /// computed before any name is assigned (so <c>(x, v) = (x + v, v - x)</c> reads the old x on the right).
    /// </summary>
    public sealed record TupleAssign(ImmutableArray<string> Names, bool Declares, ImmutableArray<Expr> Values) : Stmt;

    public sealed record IntAssign(string Name, string Op, IntExpr Value) : Stmt;

    public sealed record AssignElement(string Array, IntExpr Index, string Op, Expr Value) : Stmt;

    /// <summary>double[] a = new double[n]; or Span&lt;double&gt; a = stackalloc double[n];</summary>
    public sealed record NewArray(string Name, IntExpr Size, bool Stackalloc) : Stmt;

    /// <summary>
    /// A local array made as a copy of the array <see cref="Source"/> (docs/supported.md): <see cref="Style"/> "clone"
    /// (<c>(double[])w.Clone()</c>), "spread" (<c>[.. w]</c>), "copy" (<c>new double[w.Length]</c> then <c>Array.Copy</c>), "copyto"
    /// (then <c>w.CopyTo(h, 0)</c>), or
    /// "fill" (<c>new double[w.Length]</c> then <c>Array.Fill(h, Fill)</c>, the scalar <see cref="Fill"/>).
    /// </summary>
    public sealed record CopyOfArray(string Name, string Source, string Style, string Fill) : Stmt;

    /// <summary>A local array of constants: { ... }, new double[] { ... } or new[] { ... } by <see cref="Style"/>.</summary>
    public sealed record ArrayOfConstants(string Name, ImmutableArray<string> Literals, ArrayInitializerStyle Style) : Stmt;

    /// <summary>if / else; <see cref="Braceless"/> writes a side of one simple statement without braces (<c>if (c) t += 1; else t -= 1;</c>).</summary>
    public sealed record If(Cond Test, ImmutableArray<Stmt> Then, ImmutableArray<Stmt>? Else, bool Braceless = false) : Stmt;

    public sealed record Return(Expr Value) : Stmt;

    /// <summary>
    /// for (int v = from; v cmp bound; step) { body }; Step is "++", "--", "+= 2", "= i * 2", ...;
    /// <see cref="CounterType"/> int or long; <see cref="Second"/>, when set, a second counter declared
    /// and stepped in the same header (for (int i = 0, j = n; ...; i++, j--)).
    /// </summary>
    public sealed record For(string Counter, IntExpr From, string Cmp, IntExpr Bound, string Step, ImmutableArray<Stmt> Body, string CounterType = "int", SecondCounter? Second = null) : Stmt;

    /// <summary>
    /// for (double v = from; v cmp bound; v op= step) { body }: a floating-point counter in the header (time stepping), which
    /// DiffGen runs as the declaration and a while loop whose body ends with the step (docs/supported.md, "Loops").
    /// </summary>
    public sealed record RealFor(string Counter, Expr From, string Cmp, Expr Bound, string StepOp, Expr Step, ImmutableArray<Stmt> Body) : Stmt;

    /// <summary>A second counter of a for header: its name, start and step.</summary>
    public sealed record SecondCounter(string Name, IntExpr From, string Step);

    /// <summary>foreach over a floating-point array or span, or, when <see cref="Integer"/>, over an integer array (<c>foreach (int k in idx)</c>).</summary>
    /// <remarks><see cref="IntType"/>: the integer variable's type, the array's element type (<c>foreach (long k in idx)</c> over a <c>long[]</c>).</remarks>
    public sealed record Foreach(string Variable, string Array, ImmutableArray<Stmt> Body, bool Integer = false, string IntType = "int") : Stmt;

    public sealed record While(Cond Test, ImmutableArray<Stmt> Body) : Stmt;

    public sealed record DoWhile(ImmutableArray<Stmt> Body, Cond Test) : Stmt;

    public sealed record Break : Stmt;

    public sealed record Continue : Stmt;

    /// <summary>C# written as is: a construct docs/supported.md lists as unsupported (the analyzer family).</summary>
    public sealed record Verbatim(string Text) : Expr;

    /// <summary>A statement written as is (the analyzer family).</summary>
    public sealed record VerbatimStatement(string Text) : Stmt;

    /// <summary>Two local arrays swapped: <c>(a, b) = (b, a);</c>, or through a temporary (<c>T[] tmp = a; a = b; b = tmp;</c>) when it is named.</summary>
    public sealed record SwapArrays(string A, string B, string? Temporary) : Stmt;

    /// <summary>An unsupported construct a case holds, and the diagnostic the docs give it.</summary>
    public sealed record UnsupportedConstruct(string Text, string DiagnosticId);

    public enum ArrayInitializerStyle
    {
        Braces,
        NewTyped,
        NewImplicit,

        /// <summary>A collection expression, <c>[1, 2, 3]</c>.</summary>
        Collection,

        /// <summary><c>Span&lt;double&gt; c = stackalloc double[] { ... };</c> (the oracle, whose Dual is a managed type here, makes an array).</summary>
        Stackalloc,
    }

    public enum ParameterKind
    {
        Real,
        Int,
        Array,
        ReadOnlySpan,
        Span,

        /// <summary>double[,] (float[,]): data, never differentiated; its values are fixed by its shape (<see cref="Parameter.DataValue"/>).</summary>
        Matrix,

        /// <summary>double[][] (float[][]): data, as <see cref="Matrix"/>, every row <see cref="Parameter.Columns"/> long.</summary>
        Jagged,

        /// <summary>int[]: data, indices into w (class labels, token ids), <see cref="Parameter.IntValue"/> long, its values fixed (<see cref="Parameter.IndexValue"/>).</summary>
        Indices,

        /// <summary>ReadOnlySpan&lt;int&gt;: the same data as <see cref="Indices"/>, passed as a span.</summary>
        IndexSpan,

        /// <summary>
        /// double[] (float[]): data, class labels kept as whole numbers (<see cref="Parameter.IndexValue"/> of each position, as a
        /// real), <see cref="Parameter.IntValue"/> long, read as <c>(int)lab[i]</c>; never differentiated (the attribute names the others).
        /// </summary>
        Labels,
    }

    /// <summary>
    /// How a method is declared: whole, or as a <c>partial</c> method in two parts, a declaration and an implementation (docs/supported.md:
    /// the attribute may be on either part; the part with the body is read).
    /// </summary>
    public enum PartialStyle
    {
        None,

        /// <summary><c>[Differentiable] public static partial double F(...);</c>, then the body in a part of its own without the attribute.</summary>
        AttributeOnDeclaration,

        /// <summary>The declaration without the attribute, then <c>[Differentiable]</c> on the part with the body.</summary>
        AttributeOnImplementation,
    }

    /// <summary>How [Differentiable(...)] names its parameters: "x", nameof(x), or new[] { "x" }.</summary>
    public enum AttributeStyle
    {
        Strings,
        NameOf,
        ArrayOfStrings,
    }

    /// <summary>The type a case's methods are declared in (every kind docs/supported.md lists).</summary>
    public enum Container
    {
        StaticClass,
        Class,
        Struct,
        Record,
        RecordStruct,
        NestedClass,

        /// <summary>A <c>ref partial struct</c>.</summary>
        RefStruct,
    }

    /// <summary>How a member of the case's type is declared: all are read as constants.</summary>
    public enum MemberKind
    {
        Const,
        StaticReadonly,
        StaticProperty,
        InstanceField,
        InstanceProperty,
        Positional,

        /// <summary><c>static readonly double[] Table = { ... };</c>: data, read as <c>Table[i]</c> and by foreach (<see cref="Member.Value"/> lists its elements).</summary>
        StaticArray,

        /// <summary>
        /// <c>static readonly double[,] Grid = { { ... }, { ... } };</c>: data, read as <c>Grid[i, j]</c> and bounded by <c>Grid.GetLength(1)</c>
        /// (<see cref="Member.Value"/> lists its rows, separated by <c>|</c>, each its elements).
        /// </summary>
        StaticMatrix,

        /// <summary><c>static double[][] Grid { get; } = { new double[] { ... }, ... };</c>: data, as <see cref="StaticMatrix"/>, read as <c>Grid[i][j]</c>.</summary>
        StaticJagged,
    }

    /// <summary>A numeric field or auto-property of the case's type with its value (<see cref="IsInt"/>: of type int, else the real type).</summary>
    public sealed record Member(string Name, MemberKind Kind, string Value, bool IsInt = false)
    {
        public bool IsStatic => Kind is MemberKind.Const or MemberKind.StaticReadonly or MemberKind.StaticProperty or MemberKind.StaticArray or MemberKind.StaticMatrix or MemberKind.StaticJagged;

        /// <summary>A two-dimensional or jagged array of data.</summary>
        public bool IsMatrix => Kind is MemberKind.StaticMatrix or MemberKind.StaticJagged;
    }

    /// <summary>
    /// A parameter; <see cref="IntValue"/> is the value an integer parameter is given when the case runs, the length of an
    /// array, or the rows of a matrix (<see cref="Columns"/> its columns).
    /// </summary>
    /// <remarks>
    /// <see cref="IntType"/>: the type of an integer parameter, or the element type of an integer array (<c>long[] idx</c>).
    /// <see cref="Single"/>: a <c>float</c> scalar, or a <c>float[]</c> of data, in a <c>double</c> method (docs/supported.md, "float and double");
    /// <see cref="Wide"/>: a <c>double</c> scalar in a <c>float</c> method, read as <c>(float)q</c>.
    /// </remarks>
    public sealed record Parameter(string Name, ParameterKind Kind, int IntValue = 0, int Columns = 0, string IntType = "int", bool Single = false, bool Wide = false)
    {
        /// <summary>An integer array or span of indices: data.</summary>
        public bool IsIndices => Kind is ParameterKind.Indices or ParameterKind.IndexSpan;

        /// <summary>A floating-point value, array or span: differentiated unless the attribute leaves it out (matrices are data).</summary>
        public bool IsFloatingPoint => Kind is not (ParameterKind.Int or ParameterKind.Matrix or ParameterKind.Jagged or ParameterKind.Indices or ParameterKind.IndexSpan or ParameterKind.Labels);

        public bool IsMatrix => Kind is ParameterKind.Matrix or ParameterKind.Jagged;

        /// <summary>Element [i, j] of every matrix the fuzzer passes: fixed data in [−1.5, 1.5], the same for the method and its oracle.</summary>
        /// <summary>Element k of every int[] the fuzzer passes, n long: an index in [0, n), the same for the method and its oracle.</summary>
        public static int IndexValue(int k, int n) => ((3 * k) + 1) % n;

        public static double DataValue(int i, int j) => System.Math.Round(1.5 * System.Math.Sin((1.3 * i) + (0.7 * j) + 0.4), 3);
    }

    /// <summary>
    /// A method of a case. <see cref="WithRespectTo"/> null differentiates every floating-point
    /// parameter; <see cref="Differentiable"/> false makes it a plain helper (the target of a
    /// custom derivative), and <see cref="Derivative"/>, when set, its hand-written derivative.
    /// <see cref="IntegrateOver"/>, when set, makes it an [Integrable] method (the integrals family).
    /// <see cref="Recursive"/> marks a method that calls itself under a guard; the shrinker leaves
    /// its body whole, since a smaller guard or argument can recurse without end, and a stack
    /// overflow ends the whole process rather than one case.
    /// </summary>
    public sealed record Method(
        string Name,
        ImmutableArray<Parameter> Parameters,
        ImmutableArray<Stmt> Body,
        ImmutableArray<string>? WithRespectTo = null,
        bool Differentiable = true,
        Expr? ExpressionBody = null,
        Expr? Derivative = null,
        AttributeStyle Style = AttributeStyle.Strings,
        bool Instance = false,
        bool Recursive = false,
        ImmutableArray<string>? IntegrateOver = null,
        bool Internal = false,
        string? Access = null,
        PartialStyle Partial = PartialStyle.None)
    {
        /// <summary>
        /// Declared <c>internal</c> rather than <c>public</c> in the source (its generated members follow; the probe, in the same assembly, reaches both),
        /// or as <see cref="Access"/> says (<c>private</c>, <c>protected</c>: the probe reaches them through public forwarders in a part of the type of its own).
        /// </summary>
        public string Accessibility => Access ?? (Internal ? "internal" : "public");

        /// <summary>Whether the probe can call the method and its generated members directly.</summary>
        public bool Reachable => Accessibility is "public" or "internal";

        /// <summary>
        /// Written with [Integrable] instead of [Differentiable]: <see cref="IntegrateOver"/> holds the names the
        /// attribute lists (empty for a bare [Integrable], whose one floating-point parameter is the variable).
        /// </summary>
        public bool IsIntegrable => IntegrateOver is not null;
    }

    /// <summary>
    /// One fuzzed program: the method under test first, then what it calls. <see cref="Extreme"/>
    /// puts its inputs near ±400 (±90 for float) instead of in [−2, 2]; <see cref="MayDecline"/> marks
    /// a program with a construct docs/supported.md lists as not supported yet, whose DIFF015 is expected.
    /// </summary>
    /// <remarks>
    /// <see cref="Integral"/>, when set, makes it a case of the integrals family: the entry is [Integrable], and
    /// its closed form and definite integrals are checked over the regions the setup names.
    /// <see cref="Unsupported"/>, when set, makes it a case for the analyzer: the method holds that
    /// construct, documented as unsupported, and must get its diagnostic there and no output.
    /// </remarks>
    public sealed record FuzzCase(
        string Family,
        bool Float,
        ImmutableArray<Method> Methods,
        bool Extreme = false,
        bool MayDecline = false,
        UnsupportedConstruct? Unsupported = null,
        Container Container = Container.StaticClass,
        ImmutableArray<Member>? Members = null,
        IntegralSetup? Integral = null,
        bool Generic = false)
    {
        /// <summary>The type's type parameters as the source declares them (<c>&lt;T&gt;</c> for a <see cref="Generic"/> case), and as the probe closes them.</summary>
        public string TypeParameters => Generic ? "<T>" : "";

        public string TypeArguments => Generic ? "<int>" : "";

        /// <summary>The report's row: the family, "(rectangle)" for an integral over two variables, "(float)" for a float twin.</summary>
        public string Label => Family + (Integral is { Variables.Length: 2 } ? " (rectangle)" : "") + (Float ? " (float)" : "");

        public Method Entry => Methods[0];
    }

    /// <summary>A closed interval of one variable.</summary>
    public sealed record Interval(double From, double To);

    /// <summary>A value the checker passes for a parameter the integral holds constant.</summary>
    public sealed record ConstantArgument(string Name, double Value);

    /// <summary>
    /// What an [Integrable] case integrates: <see cref="Variables"/> in the attribute's order (x inner, y outer),
    /// candidate <see cref="Regions"/> (one interval per variable) where the generator expects the integrand to be
    /// finite and smooth, the first the checker confirms being used, and the <see cref="Constants"/> the other
    /// parameters take. <see cref="Shape"/> names the grammar's production the integrand came from, for the report.
    /// </summary>
    public sealed record IntegralSetup(string Shape, ImmutableArray<string> Variables, ImmutableArray<ImmutableArray<Interval>> Regions, ImmutableArray<ConstantArgument> Constants);
}
