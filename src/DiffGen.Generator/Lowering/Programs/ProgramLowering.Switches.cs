using System;
using System.Collections.Generic;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Switch expressions, read as the chain of <c>?:</c> they mean: <c>x switch { &lt; 0 =&gt; a, &gt;= 1 and &lt; 2 =&gt; b, _ =&gt; c }</c>
    /// is <c>x &lt; 0 ? a : x &gt;= 1 &amp;&amp; x &lt; 2 ? b : c</c>. The switched value is a test's operand, evaluated and never
    /// differentiated; each arm's value is differentiated where that arm is taken.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        private const string SwitchAdvice = "a switch expression is read when it switches on a double, float or integer value with constant and relational patterns (0, < 0, >= 1 and < 2, not 0, or, when guards) and ends with a _ => arm";

        /// <summary>
        /// What to do about a switch on a bool, an enum, a char or a string: an if / else if chain on it is no way out,
        /// since DiffGen's conditions compare numbers only.
        /// </summary>
        private const string NotNumberAdvice = "for a bool, write ?: or if / else on the condition itself; for an enum, a char or a string, pass the choice into the method as an int parameter and switch on that";

        /// <summary>A switch expression whose value is a double or float.</summary>
        private Value LowerSwitch(ISwitchExpressionOperation choice) =>
            LowerSwitch(choice, LowerValue, (test, whenTrue, whenFalse) => new Choice(test, whenTrue, whenFalse), new Number(0));

        /// <summary>A switch expression whose value is an integer (a size or an index).</summary>
        private Integer LowerIntegerSwitch(ISwitchExpressionOperation choice) =>
            LowerSwitch(choice, LowerInteger, (test, whenTrue, whenFalse) => new IntegerChoice(test, whenTrue, whenFalse), new IntegerNumber(0));

        private T LowerSwitch<T>(ISwitchExpressionOperation choice, Func<IOperation, T> lowerArm, Func<Test, T, T, T> choose, T unread)
        {
            System.Collections.Immutable.ImmutableArray<ISwitchExpressionArmOperation> arms = choice.Arms;
            if (!IsNumber(choice.Value))
            {
                Report(choice.Value, "The switch on '" + UnsupportedConstructs.Shorten(choice.Value.Syntax) + "' of type '" + choice.Value.Type?.ToDisplayString() + "'", SwitchAdvice + "; " + NotNumberAdvice, DiagnosticDescriptors.NotSupportedYet);
                return unread;
            }

            foreach (ISwitchExpressionArmOperation arm in arms)
            {
                if (UnreadPattern(arm.Pattern) is (IPatternOperation pattern, string advice))
                {
                    // Reported once, for the whole switch: its arms' values may read what the pattern declares. Before
                    // the last arm's check, so that x switch { var v => v * v } is reported for var v, which is what to change.
                    Report(pattern, "The pattern '" + UnsupportedConstructs.Shorten(pattern.Syntax) + "'", SwitchAdvice + "; " + advice, DiagnosticDescriptors.NotSupportedYet);
                    return unread;
                }
            }

            // The last arm is the chain's else: it must take every value the arms before it leave, either as _ or because
            // the compiler proves the switch exhaustive (n switch { < 0 => a, >= 0 => b } on an int; on a double, NaN
            // is left to a _ arm). A guard on it would leave values to no arm.
            if (arms.Length == 0 || arms[arms.Length - 1].Guard != null
                || !(arms[arms.Length - 1].Pattern is IDiscardPatternOperation || choice.IsExhaustive))
            {
                // Without a last arm that takes every value, a value no arm matches throws at run time: the derivative
                // must not make one up.
                Report(choice, "The switch expression '" + UnsupportedConstructs.Shorten(choice.Syntax) + "' without a last '_ =>' arm", "a value no arm matches would throw, which has no derivative; end it with _ => and the value for every other input", DiagnosticDescriptors.NotSupportedYet);
                return unread;
            }

            Func<ConditionOp, IOperation, Test> compare = SwitchedValueComparer(choice.Value);
            if (arms.Length == 1)
            {
                return lowerArm(arms[0].Value);
            }

            // Each arm after the first runs only where the ones before it did not match, and each arm's value only
            // where its test holds: as in ?:, a call there cannot be computed ahead of the statement.
            var tests = new List<Test>();
            var values = new List<T>();
            for (int i = 0; i < arms.Length - 1; i++)
            {
                int depth = conditionalDepth;
                conditionalDepth += i > 0 ? 1 : 0;
                tests.Add(ArmTest(arms[i], compare));
                conditionalDepth++;
                values.Add(lowerArm(arms[i].Value));
                conditionalDepth = depth;
            }

            conditionalDepth++;
            T chain = lowerArm(arms[arms.Length - 1].Value);
            conditionalDepth--;
            for (int i = tests.Count - 1; i >= 0; i--)
            {
                chain = choose(tests[i], values[i], chain);
            }

            return chain;
        }

        /// <summary>
        /// How a pattern's constant is compared with the switched value (a number): as integers when both are, else as
        /// numbers. The switched value is lowered once, here, like a comparison's operand.
        /// </summary>
        private Func<ConditionOp, IOperation, Test> SwitchedValueComparer(IOperation switched)
        {
            stopDepth++;
            Func<ConditionOp, IOperation, Test> compare;
            if (RoslynNames.IsInteger(switched.Type!) && !HasSignOfFloatingPoint(switched))
            {
                Integer integer = LowerInteger(switched);
                compare = (op, constant) => new IntegerComparison(op, integer, LowerInteger(constant));
            }
            else
            {
                Value value = RoslynNames.IsInteger(switched.Type!) ? IntegerAsValue(switched) : LowerValue(switched);
                compare = (op, constant) =>
                {
                    var comparison = new Comparison(op, value, LowerValue(constant));
                    comparisons.Add((comparison, switched.Syntax.GetLocation(), UnsupportedConstructs.Shorten(switched.Syntax)));
                    return comparison;
                };
            }

            stopDepth--;
            return compare;
        }

        /// <summary>An arm's pattern, and its <c>when</c> guard if it has one, as a test.</summary>
        private Test ArmTest(ISwitchExpressionArmOperation arm, Func<ConditionOp, IOperation, Test> compare)
        {
            Test matches = PatternTest(arm.Pattern, compare);
            if (arm.Guard == null)
            {
                return matches;
            }

            conditionalDepth++;
            Test guard = LowerTest(arm.Guard);
            conditionalDepth--;
            return new Logic(ConditionOp.And, matches, guard);
        }

        /// <summary>The first part of a pattern this lowering does not read, with what to write instead; null if it reads all of it.</summary>
        private static (IPatternOperation Pattern, string Advice)? UnreadPattern(IPatternOperation pattern) => pattern switch
        {
            IDiscardPatternOperation => null,
            IConstantPatternOperation constant when IsNaN(constant.Value) => (pattern, LoweringAdvice.NotANumberTests),
            IConstantPatternOperation constant when IsNumber(constant.Value) => null,
            IRelationalPatternOperation relational when Comparison(relational.OperatorKind) != null && IsNumber(relational.Value) => null,
            IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } both => UnreadPattern(both.LeftPattern) ?? UnreadPattern(both.RightPattern),
            INegatedPatternOperation negated => UnreadPattern(negated.Pattern),
            _ => (pattern, "use the switched value itself in the arms, with a when guard for other tests"),
        };

        private static bool IsNaN(IOperation constant) =>
            constant.ConstantValue is { HasValue: true, Value: double or float } number
            && double.IsNaN(Convert.ToDouble(number.Value, System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>A pattern <see cref="UnreadPattern"/> accepts, as a test of the switched value.</summary>
        private Test PatternTest(IPatternOperation pattern, Func<ConditionOp, IOperation, Test> compare)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    return Compared(ConditionOp.Equal, constant.Value);
                case IRelationalPatternOperation relational:
                    return Compared(Comparison(relational.OperatorKind)!.Value, relational.Value);
                case IBinaryPatternOperation both:
                    Test left = PatternTest(both.LeftPattern, compare);
                    Test right = PatternTest(both.RightPattern, compare);
                    return new Logic(both.OperatorKind == BinaryOperatorKind.And ? ConditionOp.And : ConditionOp.Or, left, right);
                case INegatedPatternOperation negated:
                    return new Negated(PatternTest(negated.Pattern, compare));
                default:
                    return new Truth(true);
            }

            Test Compared(ConditionOp op, IOperation constant)
            {
                stopDepth++;
                Test test = compare(op, constant);
                stopDepth--;
                return test;
            }
        }
    }
}
