using System;
using DiffGen.Generator.Common;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// Names for shared subexpressions the source did not name: a function of a named value is
    /// called after both (<c>cosTheta</c>, <c>expZ</c>), a square root <c>sqrtX</c>, a square
    /// <c>xSquared</c>; any other function call by its function (<c>exp</c>); anything else is <c>t1</c>, <c>t2</c>, ...
    /// </summary>
    internal sealed class TemporaryNames
    {
        private int counter;

        public string Suggest(Expr e, Func<Expr, string?> nameOf)
        {
            switch (e)
            {
                case Invocation call:
                    return char.ToLowerInvariant(call.Target.Callee[0]) + call.Target.Callee.Substring(1);
                case InvocationPartial partial:
                    return Lowering.GeneratedNames.CalleePartial(partial.Call.Target.Callee, partial.Call.Target.Parameters[partial.Parameter].Name);
                case FunctionCall call when call.Arguments.Count == 1 && SimpleName(call.Arguments[0], nameOf) is string argument:
                    return ElementaryFunctions.Rule(call.Function).MathMember.ToLowerInvariant() + Identifiers.Capitalize(argument);
                case FunctionCall call:
                    // exp(−(w·x + b)) is at least an "exp"; the allocator numbers repeats (exp2).
                    return ElementaryFunctions.Rule(call.Function).MathMember.ToLowerInvariant();
                case Product product when product.Coefficient == 1 && product.Factors.Count == 1 && SimpleName(product.Factors[0].Base, nameOf) is string @base:
                    double exponent = product.Factors[0].Exponent;
                    if (exponent == 0.5)
                    {
                        return "sqrt" + Identifiers.Capitalize(@base);
                    }

                    if (exponent == 2)
                    {
                        return @base + "Squared";
                    }

                    break;
            }

            counter++;
            return "t" + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string? SimpleName(Expr e, Func<Expr, string?> nameOf)
        {
            string? name = e is Symbol symbol && symbol.ConstantValue == null && !symbol.Code.Contains(".") && !symbol.Code.Contains("(")
                ? symbol.Code
                : nameOf(e);
            return name != null && name.Length <= 16 ? name.TrimStart('@') : null;
        }
    }
}
