using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// The number an expression stands for when it reads no variable: a constant, a named constant (π, a
    /// <c>const</c> field) or what is computed from them. The simplifier keeps named constants by name, so
    /// <c>y − (π + y)</c> is <c>−π</c>, not a number; a comparison of two such values is still decided when the
    /// code is generated (<see cref="ExprBuilder.Compare"/>), so no generated <c>if</c> tests a constant.
    /// </summary>
    internal sealed class ClosedValues
    {
        private readonly Dictionary<Expr, double?> memo = new Dictionary<Expr, double?>();

        /// <summary>The value, or null when the expression reads a variable (or a call that is not folded).</summary>
        public double? ValueOf(Expr e)
        {
            if (memo.TryGetValue(e, out double? known))
            {
                return known;
            }

            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            double? value = Evaluate(e);
            memo[e] = value;
            return value;
        }

        private double? Evaluate(Expr e)
        {
            switch (e)
            {
                case Constant c:
                    return c.Value;
                case Symbol s:
                    return s.ConstantValue;
                case Named n:
                    return ValueOf(n.Value);
                case Sum sum:
                    double total = sum.Offset;
                    foreach (SumTerm term in sum.Terms)
                    {
                        if (!(ValueOf(term.Term) is double t))
                        {
                            return null;
                        }

                        total += term.Coefficient * t;
                    }

                    return total;
                case Product product:
                    double result = product.Coefficient;
                    foreach (Factor factor in product.Factors)
                    {
                        if (!(ValueOf(factor.Base) is double b))
                        {
                            return null;
                        }

                        result *= Power(b, factor.Exponent);
                    }

                    return result;
                case FunctionCall call:
                    return Call(call);
                default:
                    // A choice (its test would have been decided too), a condition, a call of a user's method.
                    return null;
            }
        }

        private double? Call(FunctionCall call)
        {
            FunctionRow rule = ElementaryFunctions.Row(call.Function);
            if (rule.Evaluate == null)
            {
                return null;
            }

            var arguments = new double[call.Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                if (!(ValueOf(call.Arguments[i]) is double a))
                {
                    return null;
                }

                arguments[i] = a;
            }

            // Math.Sign throws on NaN, at run time as in the source: leave that to run time.
            return call.Function == ElementaryFunction.Sign && arguments.Any(double.IsNaN) ? null : rule.Evaluate(arguments);
        }

        /// <summary>As the printer writes a power: squares and cubes as products, ½ as a square root.</summary>
        private static double Power(double b, double exponent) => exponent switch
        {
            1.0 => b,
            -1.0 => 1 / b,
            2.0 => b * b,
            -2.0 => 1 / (b * b),
            3.0 => b * b * b,
            0.5 => Math.Sqrt(b),
            -0.5 => 1 / Math.Sqrt(b),
            _ => Math.Pow(b, exponent),
        };
    }
}
