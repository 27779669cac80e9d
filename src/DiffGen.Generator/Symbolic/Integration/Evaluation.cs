using System;
using System.Collections.Generic;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>The number an expression gives at given values of its symbols (in double), to compare two expressions at sample points.</summary>
    internal static class Evaluation
    {
        public static double At(Expr root, Func<Symbol, double> valueOf)
        {
            var values = new Dictionary<Expr, double>();
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { root }))
            {
                values[node] = Node(node, values, valueOf);
            }

            return values[root];
        }

        private static double Node(Expr e, Dictionary<Expr, double> values, Func<Symbol, double> valueOf)
        {
            switch (e)
            {
                case Constant c:
                    return c.Value;
                case Symbol s:
                    return s.ConstantValue ?? valueOf(s);
                case Named n:
                    return values[n.Value];
                case Sum sum:
                    double total = sum.Offset;
                    foreach (SumTerm term in sum.Terms)
                    {
                        total += term.Coefficient * values[term.Term];
                    }

                    return total;
                case Product product:
                    double result = product.Coefficient;
                    foreach (Factor factor in product.Factors)
                    {
                        double b = values[factor.Base];
                        result *= factor.Exponent == 1 ? b : factor.Exponent == 0.5 ? Math.Sqrt(b) : factor.Exponent == -1 ? 1 / b : Math.Pow(b, factor.Exponent);
                    }

                    return result;
                case FunctionCall call:
                    var arguments = new double[call.Arguments.Count];
                    for (int i = 0; i < arguments.Length; i++)
                    {
                        arguments[i] = values[call.Arguments[i]];
                    }

                    return Call(call.Function, arguments);
                case Select select:
                    return values[select.Test] != 0 ? values[select.WhenTrue] : values[select.WhenFalse];
                case Condition condition:
                    return Test(condition, values) ? 1 : 0;
                default:
                    throw new InvalidOperationException("Cannot evaluate " + e.Kind);
            }
        }

        private static bool Test(Condition condition, Dictionary<Expr, double> values)
        {
            double Operand(int k) => values[condition.Children[k]];
            return condition.Op switch
            {
                ConditionOp.Less => Operand(0) < Operand(1),
                ConditionOp.LessOrEqual => Operand(0) <= Operand(1),
                ConditionOp.Greater => Operand(0) > Operand(1),
                ConditionOp.GreaterOrEqual => Operand(0) >= Operand(1),
                ConditionOp.Equal => Operand(0) == Operand(1),
                ConditionOp.NotEqual => Operand(0) != Operand(1),
                ConditionOp.And => Operand(0) != 0 && Operand(1) != 0,
                ConditionOp.Or => Operand(0) != 0 || Operand(1) != 0,
                ConditionOp.Not => Operand(0) == 0,
                ConditionOp.True => true,
                _ => false,
            };
        }

        private static double Call(ElementaryFunction function, double[] a)
        {
            switch (function)
            {
                case ElementaryFunction.Asinh:
                    return Math.Sign(a[0]) * Math.Log(Math.Abs(a[0]) + Math.Sqrt(a[0] * a[0] + 1));
                case ElementaryFunction.Acosh:
                    return Math.Log(a[0] + Math.Sqrt(a[0] * a[0] - 1));
                case ElementaryFunction.Atanh:
                    return 0.5 * Math.Log((1 + a[0]) / (1 - a[0]));
                case ElementaryFunction.Log2:
                    return Math.Log(a[0]) / Math.Log(2);
                case ElementaryFunction.Cbrt:
                    return Math.Sign(a[0]) * Math.Pow(Math.Abs(a[0]), 1.0 / 3);
                case ElementaryFunction.Sign:
                    return double.IsNaN(a[0]) ? double.NaN : Math.Sign(a[0]);
                case ElementaryFunction.Clamp:
                    return a[0] < a[1] ? a[1] : a[0] > a[2] ? a[2] : a[0];
                default:
                    Func<double[], double>? evaluate = ElementaryFunctions.Row(function).Evaluate;
                    return evaluate != null ? evaluate(a) : throw new InvalidOperationException("Cannot evaluate " + function);
            }
        }
    }
}
