using System.Collections.Generic;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <content>
    /// Branches: <c>if</c>/<c>else</c>, <c>?:</c>, early returns and conditions. Each branch is
    /// lowered from a copy of the values before it; where the two copies disagree afterwards, the
    /// local's value becomes a choice (<c>c ? then : else</c>). A return taken on one path is kept
    /// as a pending choice that wraps whatever the method goes on to return, so the result is one
    /// value: <c>if (c) return a; ...; return b;</c> is <c>c ? a : b</c>.
    /// </content>
    internal sealed partial class BodyLowering
    {
        /// <summary>Returns taken on some paths so far, in order: the first whose test holds gives the result.</summary>
        private List<(int Test, int Value)> pendingReturns = new List<(int Test, int Value)>();

        private void LowerIf(IConditionalOperation branch)
        {
            int test = LowerCondition(branch.Condition);
            Dictionary<ISymbol, int> before = values;
            List<(int Test, int Value)> pendingBefore = pendingReturns;

            (Dictionary<ISymbol, int> Values, List<(int Test, int Value)> Pending, int? Result) LowerPath(IOperation? statement)
            {
                values = new Dictionary<ISymbol, int>(before, SymbolEqualityComparer.Default);
                pendingReturns = new List<(int Test, int Value)>();
                result = null;
                if (statement != null)
                {
                    LowerStatement(statement);
                }

                return (values, pendingReturns, result);
            }

            var whenTrue = LowerPath(branch.WhenTrue);
            var whenFalse = LowerPath(branch.WhenFalse);
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
        private Dictionary<ISymbol, int> Join(int test, Dictionary<ISymbol, int> whenTrue, Dictionary<ISymbol, int> whenFalse)
        {
            var joined = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
            foreach (KeyValuePair<ISymbol, int> entry in whenTrue)
            {
                // A local declared inside one branch goes out of scope with it.
                if (!whenFalse.TryGetValue(entry.Key, out int other))
                {
                    continue;
                }

                bool isCondition = entry.Key is ILocalSymbol { Type.SpecialType: SpecialType.System_Boolean };
                joined[entry.Key] = entry.Value == other ? entry.Value
                    : isCondition ? ir.Binary(IrOp.Or, ir.Binary(IrOp.And, test, entry.Value), ir.Binary(IrOp.And, ir.Unary(IrOp.Not, test), other))
                    : ir.Bind(RoslynNames.Identifier(entry.Key.Name), ir.Select(test, entry.Value, other));
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

        private int LowerConditionalExpression(IConditionalOperation conditional) =>
            ir.Select(LowerCondition(conditional.Condition), LowerExpression(conditional.WhenTrue), LowerExpression(conditional.WhenFalse!));

        /// <summary>
        /// A condition: comparisons of numbers, joined by <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, and bool
        /// locals holding such conditions. It is evaluated, never differentiated, so piecewise
        /// functions inside it raise no warning.
        /// </summary>
        private int LowerCondition(IOperation condition)
        {
            cancellationToken.ThrowIfCancellationRequested();
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (condition.ConstantValue.HasValue && condition.ConstantValue.Value is bool constant)
            {
                return ir.Truth(constant);
            }

            switch (condition)
            {
                case IBinaryOperation { OperatorMethod: null } comparison when ComparisonOp(comparison.OperatorKind) is IrOp op && IsNumber(comparison.LeftOperand) && IsNumber(comparison.RightOperand):
                    stopDepth++;
                    int left = LowerNumberInCondition(comparison.LeftOperand);
                    int right = LowerNumberInCondition(comparison.RightOperand);
                    stopDepth--;
                    return ir.Binary(op, left, right);
                case IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And, Type.SpecialType: SpecialType.System_Boolean } both:
                    return ir.Binary(IrOp.And, LowerCondition(both.LeftOperand), LowerCondition(both.RightOperand));
                case IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or, Type.SpecialType: SpecialType.System_Boolean } either:
                    return ir.Binary(IrOp.Or, LowerCondition(either.LeftOperand), LowerCondition(either.RightOperand));
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Not } not:
                    return ir.Unary(IrOp.Not, LowerCondition(not.Operand));
                case ILocalReferenceOperation { Local.Type.SpecialType: SpecialType.System_Boolean } local when values.TryGetValue(local.Local, out int value):
                    return value;
                default:
                    Report(condition.Syntax, DiagnosticDescriptors.UnsupportedConstruct, "The condition '" + UnsupportedConstructs.Shorten(condition.Syntax) + "'", LoweringAdvice.Conditions);
                    return ir.Truth(true);
            }
        }

        /// <summary>A bool local: its condition is remembered and used where the local is read.</summary>
        private void LowerConditionLocal(ILocalSymbol local, IOperation? value)
        {
            if (value != null)
            {
                values[local] = LowerCondition(value);
            }
        }

        private static bool IsNumber(IOperation operand) =>
            operand.Type != null && (RoslynNames.IsFloatingPoint(operand.Type) || RoslynNames.IsInteger(operand.Type));

        private int LowerNumberInCondition(IOperation operand) =>
            RoslynNames.IsFloatingPoint(operand.Type!) ? LowerExpression(operand) : LowerIntegerOperand(operand);

        private static IrOp? ComparisonOp(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.LessThan => IrOp.Less,
            BinaryOperatorKind.LessThanOrEqual => IrOp.LessOrEqual,
            BinaryOperatorKind.GreaterThan => IrOp.Greater,
            BinaryOperatorKind.GreaterThanOrEqual => IrOp.GreaterOrEqual,
            BinaryOperatorKind.Equals => IrOp.Equal,
            BinaryOperatorKind.NotEquals => IrOp.NotEqual,
            _ => null,
        };
    }
}
