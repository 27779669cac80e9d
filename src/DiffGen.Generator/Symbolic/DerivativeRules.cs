using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>Builds the terms of a row's derivative rule as DAG nodes, operand by operand in the order the rule writes them.</summary>
    internal static class DerivativeRules
    {
        /// <summary>∂f/∂(argument <paramref name="index"/>) at <paramref name="arguments"/>, where <paramref name="self"/> is f(arguments) as the forward sweep has it.</summary>
        public static Expr Partial(ExprBuilder b, FunctionRow row, IReadOnlyList<Expr> arguments, Expr self, int index) =>
            Build(b, (row.Partials ?? throw new InvalidOperationException(row.Function + " is rewritten before the DAG holds it"))[index], arguments, self);

        public static Expr Build(ExprBuilder b, RuleTerm term, IReadOnlyList<Expr> arguments, Expr self)
        {
            Expr Operand(int k) => Build(b, term.Operands[k], arguments, self);
            switch (term.Kind)
            {
                case RuleTermKind.Argument:
                    return arguments[term.Index];
                case RuleTermKind.Self:
                    return self;
                case RuleTermKind.Zero:
                    return b.Zero;
                case RuleTermKind.One:
                    return b.One;
                case RuleTermKind.Constant:
                    return b.Constant(term.Number);
                case RuleTermKind.NamedConstant:
                    return b.Symbol(term.Name, string.Empty, term.Number, term.Name);
                case RuleTermKind.Add:
                    return b.Add(Operand(0), Operand(1));
                case RuleTermKind.Subtract:
                    return b.Subtract(Operand(0), Operand(1));
                case RuleTermKind.Multiply:
                    return b.Multiply(Operand(0), Operand(1));
                case RuleTermKind.Divide:
                    return b.Divide(Operand(0), Operand(1));
                case RuleTermKind.Scale:
                    return b.Scale(term.Number, Operand(0));
                case RuleTermKind.Power:
                    return b.Power(Operand(0), term.Number);
                case RuleTermKind.Pow:
                    return b.Pow(Operand(0), Operand(1));
                case RuleTermKind.Call:
                    return b.Call(term.Function, term.Operands.Select(o => Build(b, o, arguments, self)).ToArray());
                case RuleTermKind.Select:
                    return b.Select(Comparison(term.Comparison), Operand(0), Operand(1), Operand(2), Operand(3));
                case RuleTermKind.Kept:
                    return b.Kept(Operand(0));
                default:
                    throw new InvalidOperationException("Unknown rule term " + term.Kind);
            }
        }

        private static ConditionOp Comparison(RuleComparison comparison) => comparison switch
        {
            RuleComparison.Less => ConditionOp.Less,
            RuleComparison.LessOrEqual => ConditionOp.LessOrEqual,
            RuleComparison.Greater => ConditionOp.Greater,
            RuleComparison.Equal => ConditionOp.Equal,
            _ => ConditionOp.GreaterOrEqual,
        };
    }
}
