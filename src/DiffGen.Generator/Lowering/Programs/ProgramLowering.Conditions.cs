using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>Tests: comparisons, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>is</c> patterns and <c>bool</c> locals, evaluated and never differentiated.</content>
    internal sealed partial class ProgramLowering
    {
        private readonly List<(Comparison Test, Location Location, string Written)> comparisons = new List<(Comparison, Location, string)>();

        /// <summary>
        /// Every comparison of floating-point values the body tests (in an if, a loop, a <c>?:</c>, a guard), with where it stands and how
        /// the source writes it; one a local function holds once per call.
        /// </summary>
        public IReadOnlyList<(Comparison Test, Location Location, string Written)> Comparisons => comparisons;

        /// <summary>A condition as a <see cref="Test"/>; one that cannot be lowered is reported and read as false.</summary>
        private Test LowerTest(IOperation e)
        {
            if (e.ConstantValue.HasValue && e.ConstantValue.Value is bool holds)
            {
                return new Truth(holds);
            }

            switch (e)
            {
                case IBinaryOperation { OperatorMethod: null } binary when Comparison(binary.OperatorKind) is ConditionOp op && IsNumber(binary.LeftOperand) && IsNumber(binary.RightOperand):
                    bool integers = binary.LeftOperand.Type != null && RoslynNames.IsInteger(binary.LeftOperand.Type)
                        && binary.RightOperand.Type != null && RoslynNames.IsInteger(binary.RightOperand.Type);
                    bool signs = HasSignOfFloatingPoint(binary.LeftOperand) || HasSignOfFloatingPoint(binary.RightOperand);
                    if (!integers && op is ConditionOp.Equal or ConditionOp.NotEqual or ConditionOp.LessOrEqual or ConditionOp.GreaterOrEqual
                        && binary.LeftOperand.Syntax.IsEquivalentTo(binary.RightOperand.Syntax, topLevel: false))
                    {
                        // y[t] != y[t], !(x >= x): the NaN test, which the simplifier would decide as algebra (a value equals itself).
                        // (x < x and x > x are false for a NaN too, as the algebra says: nothing to report.)
                        Report(e, "The condition '" + UnsupportedConstructs.Shorten(e.Syntax) + "'", LoweringAdvice.SelfComparison);
                        return new Truth(false);
                    }

                    ReportOtherPrecision(binary);

                    // A condition is evaluated, never differentiated: piecewise functions in it raise no DIFF012.
                    stopDepth++;
                    Test comparison = integers && !signs
                        ? new IntegerComparison(op, LowerInteger(binary.LeftOperand), LowerInteger(binary.RightOperand))
                        : integers
                            ? new Comparison(op, IntegerAsValue(binary.LeftOperand), IntegerAsValue(binary.RightOperand))
                            : new Comparison(op, LowerValue(binary.LeftOperand), LowerValue(binary.RightOperand));
                    stopDepth--;
                    if (comparison is Comparison floating)
                    {
                        comparisons.Add((floating, e.Syntax.GetLocation(), UnsupportedConstructs.Shorten(e.Syntax)));
                    }

                    return comparison;
                case IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And or BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } logic:
                    Test left = LowerTest(logic.LeftOperand);
                    conditionalDepth++;
                    Test right = LowerTest(logic.RightOperand);
                    conditionalDepth--;
                    bool and = logic.OperatorKind == BinaryOperatorKind.ConditionalAnd || logic.OperatorKind == BinaryOperatorKind.And;
                    return new Logic(and ? ConditionOp.And : ConditionOp.Or, left, right);
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Not } not:
                    return new Negated(LowerTest(not.Operand));
                case IIsPatternOperation { Value: var tested } isPattern when IsNumber(tested) && UnreadPattern(isPattern.Pattern) is (IPatternOperation unread, string advice):
                    // What the pattern declares (x is var v) is reported with it: its reads raise nothing more.
                    foreach (IDeclarationPatternOperation declared in isPattern.Pattern.DescendantsAndSelf().OfType<IDeclarationPatternOperation>())
                    {
                        if (declared.DeclaredSymbol is ILocalSymbol local)
                        {
                            rejected.Add(local);
                        }
                    }

                    Report(unread, "The pattern '" + UnsupportedConstructs.Shorten(unread.Syntax) + "' in '" + UnsupportedConstructs.Shorten(e.Syntax) + "'",
                        unread is IConstantPatternOperation { Value: var nan } && IsNaN(nan) ? advice : LoweringAdvice.IsPatterns,
                        DiagnosticDescriptors.NotSupportedYet);
                    return new Truth(false);
                case IIsPatternOperation { Value: var tested } isPattern when IsNumber(tested):
                    // x is > 0 and < 1: read as a switch arm's pattern is (x > 0 && x < 1), x evaluated once.
                    return PatternTest(isPattern.Pattern, SwitchedValueComparer(tested));
                case IInvocationOperation call when CallsLocalFunction(call, out ILocalFunctionOperation? function):
                    return Inline(call, function!, LowerTest, new Truth(false));
                case ILocalReferenceOperation flag when heldTests.TryGetValue(flag.Local, out Test? held):
                    return held;
                case ILocalReferenceOperation flag when ConditionLocal(flag.Local) is string condition:
                    return new ConditionRead(condition);
                case IInvocationOperation { TargetMethod: { Name: "IsNaN" or "IsInfinity" or "IsPositiveInfinity" or "IsNegativeInfinity" or "IsFinite", ContainingType.SpecialType: SpecialType.System_Double or SpecialType.System_Single } }:
                    Report(e, "The condition '" + UnsupportedConstructs.Shorten(e.Syntax) + "'", LoweringAdvice.NotANumberTests);
                    return new Truth(false);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } nullTest when IsNull(nullTest.LeftOperand) || IsNull(nullTest.RightOperand):
                case IIsPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } when IsNull(constant):
                case IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation { Value: var negated } } } when IsNull(negated):
                    Report(e, "The condition '" + UnsupportedConstructs.Shorten(e.Syntax) + "'", LoweringAdvice.NullTests);
                    return new Truth(false);
                default:
                    Report(e, "The condition '" + UnsupportedConstructs.Shorten(e.Syntax) + "'", LoweringAdvice.Conditions);
                    return new Truth(false);
            }
        }

        /// <summary>The name of a bool local that holds a test (a loop-free body), or null.</summary>
        private string? ConditionLocal(ILocalSymbol local) =>
            names.TryGetValue(local, out string? name) && variables[name].Kind == VariableKind.Condition ? name : null;

        private static ConditionOp? Comparison(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.LessThan => ConditionOp.Less,
            BinaryOperatorKind.LessThanOrEqual => ConditionOp.LessOrEqual,
            BinaryOperatorKind.GreaterThan => ConditionOp.Greater,
            BinaryOperatorKind.GreaterThanOrEqual => ConditionOp.GreaterOrEqual,
            BinaryOperatorKind.Equals => ConditionOp.Equal,
            BinaryOperatorKind.NotEquals => ConditionOp.NotEqual,
            _ => null,
        };

        /// <summary>The literal <c>null</c> (seen through the conversion C# puts on it).</summary>
        private static bool IsNull(IOperation operand) => CallLowering.PassedValue(operand) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } };
    }
}
