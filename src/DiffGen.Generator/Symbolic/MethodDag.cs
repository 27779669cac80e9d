using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// A lowered method as an expression DAG: its value, the variables it is differentiated
    /// with respect to, and the builder that owns every node.
    /// </summary>
    internal sealed class MethodDag
    {
        private MethodDag(ExprBuilder builder, Expr value, IReadOnlyList<Symbol> variables, IReadOnlyList<Expr> instructionValues)
        {
            Builder = builder;
            Value = value;
            Variables = variables;
            InstructionValues = instructionValues;
            Dependencies = new DependencyAnalysis(variables);
        }

        /// <summary>The node each instruction of the lowered body computes, by the instruction's index.</summary>
        public IReadOnlyList<Expr> InstructionValues { get; }

        public ExprBuilder Builder { get; }

        public Expr Value { get; }

        /// <summary>The differentiated parameters, in parameter order.</summary>
        public IReadOnlyList<Symbol> Variables { get; }

        public DependencyAnalysis Dependencies { get; }

        /// <summary>∂value/∂variable, simplified.</summary>
        public Expr Partial(Symbol variable) => new ForwardDerivative(Builder, variable, Dependencies).Of(Value);

        /// <summary>Every partial at once, by reverse accumulation (one sweep over the DAG).</summary>
        public GradientResult Gradient() => ReverseAccumulation.Gradient(Builder, Value, Variables, Dependencies);

        public static MethodDag Build(LoweredMethod method)
        {
            var b = new ExprBuilder();
            string typeName = method.Type == NumericType.Float ? "float" : "double";

            // Parameters first, in order, so their ids (and hence the display order of sums
            // and products) follow the signature.
            var parameters = new Dictionary<string, Expr>(StringComparer.Ordinal);
            var variables = new List<Symbol>();
            foreach (ParameterModel parameter in method.Parameters)
            {
                string code = parameter.TypeName == typeName ? parameter.Name : "(" + typeName + ")" + parameter.Name;
                var symbol = (Symbol)b.Symbol(parameter.Name, code, mathText: parameter.Name);
                parameters.Add(parameter.Name, symbol);
                if (parameter.IsDifferentiated)
                {
                    variables.Add(symbol);
                }
            }

            var values = new Expr[method.Body.Count];
            for (int i = 0; i < values.Length; i++)
            {
                IrInstruction instruction = method.Body[i];
                Expr Operand(int k) => values[instruction.Operands[k]];
                values[i] = instruction.Op switch
                {
                    IrOp.Constant => b.Literal(instruction.Value, instruction.Text.Length == 0 ? null : instruction.Text),
                    IrOp.Parameter => parameters[instruction.Text],
                    IrOp.Field => b.Symbol(instruction.Code, instruction.Code, mathText: instruction.Text),
                    IrOp.NamedConstant => b.NamedConstant(instruction.Text, instruction.Value, instruction.Code),
                    IrOp.Negate => b.Negate(Operand(0)),
                    IrOp.Add => b.SourceSum(Operand(0), Operand(1), subtract: false),
                    IrOp.Subtract => b.SourceSum(Operand(0), Operand(1), subtract: true),
                    IrOp.Multiply => b.SourceProduct(Operand(0), Operand(1)),
                    IrOp.Divide => b.SourceQuotient(Operand(0), Operand(1)),
                    IrOp.Remainder => b.Call(ElementaryFunction.Remainder, Operand(0), Operand(1)),
                    IrOp.Call => Call(b, instruction.Function, instruction.Operands.Select(k => values[k]).ToArray()),
                    IrOp.Bind => b.Named(instruction.Text, Operand(0)),
                    IrOp.Less => b.Compare(ConditionOp.Less, Operand(0), Operand(1)),
                    IrOp.LessOrEqual => b.Compare(ConditionOp.LessOrEqual, Operand(0), Operand(1)),
                    IrOp.Greater => b.Compare(ConditionOp.Greater, Operand(0), Operand(1)),
                    IrOp.GreaterOrEqual => b.Compare(ConditionOp.GreaterOrEqual, Operand(0), Operand(1)),
                    IrOp.Equal => b.Compare(ConditionOp.Equal, Operand(0), Operand(1)),
                    IrOp.NotEqual => b.Compare(ConditionOp.NotEqual, Operand(0), Operand(1)),
                    IrOp.And => b.And((Condition)Operand(0), (Condition)Operand(1)),
                    IrOp.Or => b.Or((Condition)Operand(0), (Condition)Operand(1)),
                    IrOp.Not => b.Not((Condition)Operand(0)),
                    IrOp.True => b.Truth(true),
                    IrOp.False => b.Truth(false),
                    IrOp.Select => b.Select((Condition)Operand(0), Operand(1), Operand(2)),
                    IrOp.Invoke => b.Invoke(method.Calls[(int)instruction.Value], instruction.Operands.Select(k => values[k]).ToArray()),
                    _ => throw new InvalidOperationException("Unknown instruction " + instruction.Op),
                };
            }

            return new MethodDag(b, CallGuards.Apply(b, values[method.Result]), variables, values);
        }

        /// <summary>
        /// Whether a source call of the function on constant arguments stays a call as written (<c>Math.Log(2)</c>) rather
        /// than a folded number: a smooth function with a value of its own, not two-argument log (a quotient of logs).
        /// </summary>
        internal static bool KeepsAsWritten(ElementaryFunction function, int arguments)
        {
            FunctionRow row = ElementaryFunctions.Row(function);
            return row.Evaluate != null && !row.ReturnsInteger && !row.IsPiecewiseConstant && !(function == ElementaryFunction.Log && arguments == 2);
        }

        /// <summary>Maps a source call onto the DAG: √ becomes a power, log with a base a quotient of logs, a fused multiply-add a·b + c.</summary>
        internal static Expr Call(ExprBuilder b, ElementaryFunction function, Expr[] arguments)
        {
            if (arguments.All(a => a is Constant) && KeepsAsWritten(function, arguments.Length))
            {
                // Math.Log(2) stays Math.Log(2), not 0.6931471805599453.
                return b.WrittenCall(function, arguments);
            }

            switch (function)
            {
                case ElementaryFunction.Sqrt:
                    return b.Power(arguments[0], 0.5);
                case ElementaryFunction.Pow:
                    // An exponent built from named constants is still constant: x^k takes the power rule.
                    Expr exponent = b.ClosedValue(arguments[1]) is double k ? b.Constant(k) : arguments[1];
                    return b.Pow(arguments[0], exponent);
                case ElementaryFunction.FusedMultiplyAdd:
                    // Math.FusedMultiplyAdd(a, b, c) is a·b + c, rounded once by the method (and by the printers that print it as written).
                    return b.SourceFusedMultiplyAdd(arguments[0], arguments[1], arguments[2]);
                case ElementaryFunction.Log when arguments.Length == 2:
                    return b.Divide(b.Call(ElementaryFunction.Log, arguments[0]), b.Call(ElementaryFunction.Log, arguments[1]));
                default:
                    return b.Call(function, arguments);
            }
        }
    }
}
