using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Ir
{
    // The output of lowering: plain, equatable data with no Roslyn types, so it can be a pipeline
    // model (cached by value) and the symbolic stage can read it without knowing Roslyn.

    /// <summary>The floating-point type a method computes in.</summary>
    internal enum NumericType
    {
        Double,
        Float,
    }

    /// <summary>An operation of the lowered body; each instruction's result is referred to by its index.</summary>
    internal enum IrOp
    {
        /// <summary>A numeric constant in <see cref="IrInstruction.Value"/>.</summary>
        Constant,

        /// <summary>The parameter named <see cref="IrInstruction.Text"/>.</summary>
        Parameter,

        /// <summary>
        /// A field read, treated as a constant; <see cref="IrInstruction.Code"/> is its C# access, which reads it in the method's
        /// floating-point type (a field of another type converted where it is read: <c>(double)n</c>), <see cref="IrInstruction.Text"/> its name.
        /// </summary>
        Field,

        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,

        /// <summary>The floating-point remainder <c>%</c>.</summary>
        Remainder,

        /// <summary>
        /// A named constant (a <c>const</c> local or field such as <c>Math.PI</c>): <see cref="IrInstruction.Value"/> is its value,
        /// <see cref="IrInstruction.Text"/> its name in formulas, <see cref="IrInstruction.Code"/> its C# access (empty: write the literal).
        /// </summary>
        NamedConstant,

        /// <summary>A call of the <see cref="ElementaryFunction"/> (<see cref="IrInstruction.Function"/>) of a row of <see cref="ElementaryFunctions"/>.</summary>
        Call,

        /// <summary>Binds the operand to the source local named <see cref="IrInstruction.Text"/>.</summary>
        Bind,

        // Conditions: true/false tests that choose a value; evaluated, never differentiated.
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Equal,
        NotEqual,
        And,
        Or,
        Not,
        True,
        False,

        /// <summary>Operand 0 (a condition) ? operand 1 : operand 2 — from ?:, an if/else or an early return.</summary>
        Select,

        /// <summary>A call of the method <see cref="LoweredMethod.Calls"/>[(int)<see cref="IrInstruction.Value"/>]; the operands are its floating-point arguments.</summary>
        Invoke,
    }

    /// <summary>
    /// One instruction; <see cref="Function"/> is read only by <see cref="IrOp.Call"/>, <see cref="IsInteger"/> only by
    /// <see cref="IrOp.NamedConstant"/> (a constant of an integer type, which C# divides as an integer).
    /// </summary>
    internal sealed record IrInstruction(IrOp Op, double Value, string Text, EquatableArray<int> Operands, string Code = "", ElementaryFunction Function = default, bool IsInteger = false);

    /// <summary>
    /// An argument slot of a called method: a floating-point argument (operand <see cref="Operand"/> of the
    /// Invoke instruction, with a derivative output when <see cref="HasDerivative"/>, passed as a <see cref="Type"/>,
    /// the parameter's type) or data written as <see cref="DataCode"/>.
    /// </summary>
    internal sealed record CallParameter(string Name, int Operand, string DataCode, bool HasDerivative, NumericType Type = NumericType.Double);

    /// <summary>
    /// A method a differentiable method calls, with its derivative: a <c>[Differentiable]</c> method's
    /// generated <c>MGradient</c>, or a <c>[DerivativeOf]</c> method of the same shape.
    /// <see cref="RequiresGenerated"/> names the <c>[Differentiable]</c> method whose generated members the call uses;
    /// <see cref="GradientName"/> is the derivative's member name.
    /// </summary>
    internal sealed record CallTarget(
        string Callee,
        string ValueAccess,
        string GradientAccess,
        string GradientName,
        EquatableArray<CallParameter> Parameters,
        string? RequiresGenerated);

    /// <summary>A type that contains the method: <c>Keyword</c> is <c>class</c>, <c>struct</c>, <c>record</c> or <c>record struct</c>.</summary>
    internal sealed record ContainingType(string Keyword, string NameWithTypeParameters);

    /// <summary>
    /// A parameter: its C# name (escaped if a keyword), its type as written in C#, whether it is differentiated,
    /// and whether it is an array or span of floating-point values (its gradient output is a span).
    /// </summary>
    internal sealed record ParameterModel(string Name, string TypeName, bool IsDifferentiated, bool IsArray = false);

    /// <summary>Where the method is declared, as plain values (a Roslyn <c>Location</c> would hold the syntax tree alive).</summary>
    internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter);

    /// <summary>
    /// A <c>[Differentiable]</c> method, lowered: its signature and its body as a list of instructions,
    /// or, for a body with loops or arrays, as structured statements (<see cref="Program"/>, with an empty <see cref="Body"/>).
    /// A loop-free body's checks that throw before its work are <see cref="Guards"/>.
    /// <see cref="HasMathF"/> is false where the target framework has no <c>System.MathF</c> (netstandard2.0).
    /// <see cref="Attributes"/> are the method's <c>[Obsolete]</c> and <c>[Experimental]</c> as C# text, which its generated members carry too;
    /// <see cref="AcceptedDiagnostics"/>, the ids of obsolete and experimental members its body uses, which the generated file accepts too.
    /// <see cref="NullableDirectives"/> is false where the file's language version has no <c>#nullable</c> (C# 7.3, the default
    /// of .NET Framework and netstandard2.0 projects).
    /// </summary>
    internal sealed record LoweredMethod(
        string? Namespace,
        EquatableArray<ContainingType> ContainingTypes,
        string Name,
        string Accessibility,
        bool IsStatic,
        NumericType Type,
        EquatableArray<ParameterModel> Parameters,
        EquatableArray<IrInstruction> Body,
        int Result,
        LocationInfo Location,
        bool HasMathF = true,
        EquatableArray<CallTarget> Calls = default,
        string Key = "",
        LoopProgram? Program = null,
        EquatableArray<string> Hides = default,
        EquatableArray<ThrowGuard> Guards = default,
        EquatableArray<string> Attributes = default,
        EquatableArray<string> AcceptedDiagnostics = default,
        bool NullableDirectives = true);

    /// <summary>
    /// A loop-free method's check before its work, <c>if (sigma &lt;= 0) throw new ArgumentOutOfRangeException(...);</c>: the
    /// instruction of <see cref="LoweredMethod.Body"/> that computes the test (reading only parameters), and the exception as
    /// the generated code creates it (<see cref="EarlyReturn.Throws"/>). Every generated member makes the check first.
    /// </summary>
    internal sealed record ThrowGuard(int Test, string Throws);
}
