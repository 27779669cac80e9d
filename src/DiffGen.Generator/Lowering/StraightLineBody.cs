using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Lowering
{
    /// <summary>
    /// A loop-free body, as the one lowering gives it (<see cref="LoopProgram"/>), seen as straight-line
    /// instructions: each local's value is followed through the statements (SSA), a local that the paths of
    /// an if leave different holds a choice (<c>c ? then : else</c>), and a return taken on one path wraps
    /// whatever the method goes on to return (<c>if (c) return a; ...; return b;</c> is <c>c ? a : b</c>).
    /// This is the form whose derivatives have closed forms: the partials and the formulas of their docs.
    /// </summary>
    internal sealed class StraightLineBody
    {
        private readonly IrBuilder ir;
        private readonly List<CallTarget> calls = new List<CallTarget>();
        private readonly Dictionary<string, VariableKind> kinds;

        /// <summary>The keyword of the method's type: an integer field is read converted to it.</summary>
        private readonly string keyword;
        private Dictionary<string, int> values = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Returns taken on some paths so far, in order: the first whose test holds gives the result.</summary>
        private List<(int Test, int Value)> pendingReturns = new List<(int Test, int Value)>();
        private int? result;

        private StraightLineBody(LoopProgram program, NumericType type)
        {
            keyword = type == NumericType.Float ? "float" : "double";
            ir = new IrBuilder(program.Variables.Where(v => v.IsDifferentiated).Select(v => v.Name));
            kinds = program.Variables.ToDictionary(v => v.Name, v => v.Kind, StringComparer.Ordinal);
            foreach (ProgramVariable parameter in program.Variables.Where(v => v.IsParameter))
            {
                values[parameter.Name] = ir.Parameter(parameter.Name);
            }
        }

        public EquatableArray<IrInstruction> Instructions => ir.ToArray();

        /// <summary>The index of the returned value.</summary>
        public int Result { get; private set; }

        /// <summary>The methods the body calls, which the Invoke instructions index.</summary>
        public IReadOnlyList<CallTarget> Calls => calls;

        /// <summary>The checks that throw before the body's work (<see cref="LoopProgram.EarlyReturns"/>), their tests as instructions.</summary>
        public EquatableArray<ThrowGuard> Guards { get; private set; } = EquatableArray<ThrowGuard>.Empty;

        /// <summary>
        /// The straight-line view of a loop-free program, or null when it holds something instructions do not
        /// express (an integer computed at run time, passed to a call): such a body keeps its statements.
        /// </summary>
        public static StraightLineBody? Of(LoopProgram program, NumericType type)
        {
            var body = new StraightLineBody(program, type);
            try
            {
                body.Guards = body.GuardsOf(program.EarlyReturns);
                body.Lower(program.Body);
            }
            catch (NotStraightLine)
            {
                return null;
            }

            if (!(body.result is int returned))
            {
                return null;
            }

            body.Result = body.Fold(body.pendingReturns, returned);
            return body;
        }

        /// <summary>
        /// The guards' tests, read before the body (they read only parameters). A loop-free body's only early returns are those
        /// that throw: one that returns a value is a branch of the body, a choice of its result.
        /// </summary>
        private EquatableArray<ThrowGuard> GuardsOf(EquatableArray<EarlyReturn> earlyReturns) =>
            earlyReturns.Select(early => new ThrowGuard(Test(early.Test), early.Throws ?? throw new NotStraightLine())).ToEquatableArray();

        private void Lower(IEnumerable<Statement> statements)
        {
            foreach (Statement statement in statements)
            {
                if (result != null)
                {
                    // Code after the return statement never runs (the compiler warns about it).
                    return;
                }

                switch (statement)
                {
                    case DeclareScalar declared:
                        values[declared.Name] = ir.Bind(declared.Name, Value(declared.Value));
                        break;
                    case AssignScalar assigned:
                        values[assigned.Name] = ir.Bind(assigned.Name, Value(assigned.Value));
                        break;
                    case AssignCondition condition:
                        values[condition.Name] = Test(condition.Test);
                        break;
                    case IfStatement branch:
                        If(branch);
                        break;
                    case Return returned:
                        result = Value(returned.Value);
                        break;
                    default:
                        throw new NotStraightLine();
                }
            }
        }

        private void If(IfStatement branch)
        {
            int test = Test(branch.Test);
            Dictionary<string, int> before = values;
            List<(int Test, int Value)> pendingBefore = pendingReturns;

            (Dictionary<string, int> Values, List<(int Test, int Value)> Pending, int? Result) Path(IEnumerable<Statement> statements)
            {
                values = new Dictionary<string, int>(before, StringComparer.Ordinal);
                pendingReturns = new List<(int Test, int Value)>();
                result = null;
                Lower(statements);
                return (values, pendingReturns, result);
            }

            var whenTrue = Path(branch.Then);
            var whenFalse = Path(branch.Else);
            pendingReturns = pendingBefore;
            result = null;

            if (whenTrue.Result is int returnedTrue && whenFalse.Result is int returnedFalse)
            {
                // Both paths return: so does the if.
                values = before;
                result = ir.Select(test, Fold(whenTrue.Pending, returnedTrue), Fold(whenFalse.Pending, returnedFalse));
            }
            else if (whenTrue.Result is int onlyTrue)
            {
                pendingReturns.Add((test, Fold(whenTrue.Pending, onlyTrue)));
                pendingReturns.AddRange(whenFalse.Pending);
                values = whenFalse.Values;
            }
            else if (whenFalse.Result is int onlyFalse)
            {
                pendingReturns.Add((ir.Unary(IrOp.Not, test), Fold(whenFalse.Pending, onlyFalse)));
                pendingReturns.AddRange(whenTrue.Pending);
                values = whenTrue.Values;
            }
            else
            {
                foreach ((int innerTest, int value) in whenTrue.Pending)
                {
                    pendingReturns.Add((ir.Binary(IrOp.And, test, innerTest), value));
                }

                if (whenFalse.Pending.Count > 0)
                {
                    int otherwise = ir.Unary(IrOp.Not, test);
                    foreach ((int innerTest, int value) in whenFalse.Pending)
                    {
                        pendingReturns.Add((ir.Binary(IrOp.And, otherwise, innerTest), value));
                    }
                }

                values = Join(test, whenTrue.Values, whenFalse.Values);
            }
        }

        /// <summary>The values after both paths: a local the paths left different holds a choice between them.</summary>
        private Dictionary<string, int> Join(int test, Dictionary<string, int> whenTrue, Dictionary<string, int> whenFalse)
        {
            var joined = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> entry in whenTrue)
            {
                // A local declared inside one branch goes out of scope with it.
                if (!whenFalse.TryGetValue(entry.Key, out int other))
                {
                    continue;
                }

                joined[entry.Key] = entry.Value == other ? entry.Value
                    : kinds[entry.Key] == VariableKind.Condition ? ir.Binary(IrOp.Or, ir.Binary(IrOp.And, test, entry.Value), ir.Binary(IrOp.And, ir.Unary(IrOp.Not, test), other))
                    : ir.Bind(entry.Key, ir.Select(test, entry.Value, other));
            }

            return joined;
        }

        /// <summary>The result once the pending returns are taken into account: <c>t₁ ? v₁ : t₂ ? v₂ : ... : final</c>.</summary>
        private int Fold(List<(int Test, int Value)> pending, int final)
        {
            int value = final;
            for (int i = pending.Count - 1; i >= 0; i--)
            {
                value = ir.Select(pending[i].Test, pending[i].Value, value);
            }

            return value;
        }

        private int Value(Value value)
        {
            switch (value)
            {
                case Number n:
                    return ir.Constant(n.Constant, n.Written);
                case NamedNumber n:
                    return ir.NamedConstant(n.Name, n.Constant, n.Code, n.IsInteger);
                case Read r:
                    return values.TryGetValue(r.Variable, out int read) ? read : throw new NotStraightLine();
                case FieldRead f:
                    return ir.Field(f.Code, f.Name);
                case FromInteger i:
                    return Integer(i.Operand);
                case Negation n:
                    return ir.Unary(IrOp.Negate, Value(n.Operand));
                case Arithmetic a:
                    int left = Value(a.Left);
                    return ir.Binary(a.Op, left, Value(a.Right));
                case MathCall c:
                    return ir.Call(c.Function, c.Arguments.Select(Value).ToList());
                case Choice c:
                    int test = Test(c.Test);
                    int whenTrue = Value(c.WhenTrue);
                    return ir.Select(test, whenTrue, Value(c.WhenFalse));
                case CallValue c:
                    return Invoke(c);
                default:
                    throw new NotStraightLine();
            }
        }

        /// <summary>An integer read as a number: a constant, an integer parameter or field (data, never differentiated).</summary>
        private int Integer(Integer value)
        {
            switch (value)
            {
                case IntegerNumber n:
                    return ir.Constant(n.Constant);
                case IntegerRead r when values.TryGetValue(r.Variable, out int parameter):
                    return parameter;
                case IntegerField f:
                    // Converted where it is read, so that no printed order of factors divides two integers.
                    return ir.Field("(" + keyword + ")" + f.Code, f.Name);
                case IntegerNegation n:
                    return ir.Unary(IrOp.Negate, Integer(n.Operand));
                case IntegerChoice c:
                    int test = Test(c.Test);
                    int whenTrue = Integer(c.WhenTrue);
                    return ir.Select(test, whenTrue, Integer(c.WhenFalse));
                case IntegerMath m when Functions.ElementaryFunctions.ForMember(m.Function) is Functions.FunctionRow row:
                    // Math.Abs(n), Math.Min(n, k): the integer overload the source calls, printed as written.
                    return ir.Call(row.Function, m.Arguments.Select(Integer).ToList());
                default:
                    // Integer arithmetic and conversions computed at run time make the body a program (ProgramLowering.Applies).
                    throw new NotStraightLine();
            }
        }

        private int Test(Test test)
        {
            switch (test)
            {
                case Comparison c:
                    int left = Value(c.Left);
                    int right = Value(c.Right);
                    if (ir.Unbound(left) == ir.Unbound(right) && c.Op is ConditionOp.Equal or ConditionOp.NotEqual or ConditionOp.LessOrEqual or ConditionOp.GreaterOrEqual)
                    {
                        // A value compared with itself under another name (double z = y; ... y != z): a test for NaN, which the
                        // DAG, holding one node for both, would decide as algebra. A program keeps the two names apart and
                        // tests as the method does (the same comparison written y != y is DIFF010).
                        throw new NotStraightLine();
                    }

                    return ir.Binary(Comparison(c.Op), left, right);
                case IntegerComparison c:
                    int integerLeft = Integer(c.Left);
                    return ir.Binary(Comparison(c.Op), integerLeft, Integer(c.Right));
                case Logic l:
                    int first = Test(l.Left);
                    return ir.Binary(l.Op == ConditionOp.And ? IrOp.And : IrOp.Or, first, Test(l.Right));
                case Negated n:
                    return ir.Unary(IrOp.Not, Test(n.Operand));
                case Truth t:
                    return ir.Truth(t.Holds);
                case ConditionRead r:
                    return values.TryGetValue(r.Name, out int condition) ? condition : throw new NotStraightLine();
                default:
                    throw new NotStraightLine();
            }
        }

        private static IrOp Comparison(ConditionOp op) => op switch
        {
            ConditionOp.Less => IrOp.Less,
            ConditionOp.LessOrEqual => IrOp.LessOrEqual,
            ConditionOp.Greater => IrOp.Greater,
            ConditionOp.GreaterOrEqual => IrOp.GreaterOrEqual,
            ConditionOp.Equal => IrOp.Equal,
            ConditionOp.NotEqual => IrOp.NotEqual,
            _ => throw new NotStraightLine(),
        };

        /// <summary>A call of a method whose derivative is known: its floating-point arguments are operands, its data is passed on as written.</summary>
        private int Invoke(CallValue call)
        {
            var parameters = new List<CallParameter>();
            var operands = new List<int>();
            foreach (CallArgument argument in call.Arguments)
            {
                if (argument.Scalar != null)
                {
                    parameters.Add(new CallParameter(argument.Parameter, operands.Count, string.Empty, argument.HasDerivative, argument.Type));
                    operands.Add(Value(argument.Scalar));
                }
                else
                {
                    parameters.Add(new CallParameter(argument.Parameter, -1, argument.Code ?? DataCode(argument.Data), false));
                }
            }

            calls.Add(new CallTarget(call.Callee, call.ValueAccess, call.GradientAccess, call.GradientName, parameters.ToEquatableArray(), call.RequiresGenerated));
            return ir.Invoke(calls.Count - 1, operands);
        }

        /// <summary>
        /// An integer argument as generated code writes it: a constant, a parameter or a field, negated or in
        /// Math.Abs/Min/Max as the source wrote it (the program route passes these too; an early return must not
        /// send the body there).
        /// </summary>
        private string DataCode(Integer? data) => data switch
        {
            IntegerNumber n => n.Constant.ToString(System.Globalization.CultureInfo.InvariantCulture),
            IntegerRead r when kinds.TryGetValue(r.Variable, out VariableKind kind) && kind == VariableKind.Integer && values.ContainsKey(r.Variable) => r.Variable,
            IntegerField f => f.Code,
            IntegerNegation n => "(-" + DataCode(n.Operand) + ")",
            IntegerMath m when m.Function is "Abs" or "Min" or "Max" or "Clamp" or "Sign" => "global::System.Math." + m.Function + "(" + string.Join(", ", m.Arguments.Select(DataCode)) + ")",
            _ => throw new NotStraightLine(),
        };

        /// <summary>Something instructions do not express: the body keeps its statements.</summary>
        private sealed class NotStraightLine : Exception
        {
        }
    }
}
