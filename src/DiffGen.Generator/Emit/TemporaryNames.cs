using System;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// Names for shared subexpressions the source did not name: a call of another method after
    /// that method (<c>sigmoid</c>) or its partial (<c>dSigmoidDZ</c>); anything else as
    /// <see cref="ValueNames"/> describes it (<c>expX</c>, <c>oneMinusX</c>), or by its kind
    /// (<c>exp</c>, <c>sum</c>, <c>quotient</c>, <c>choice</c>). The allocator numbers repeats.
    /// </summary>
    internal static class TemporaryNames
    {
        public static string Suggest(Expr e, Func<Expr, string?> nameOf) => e switch
        {
            Invocation call => char.ToLowerInvariant(call.Target.Callee[0]) + call.Target.Callee.Substring(1),
            InvocationPartial partial => GeneratedNames.CalleePartial(partial.Call.Target.Callee, partial.Call.Target.Parameters[partial.Parameter].Name),
            _ => ValueNames.Describe(e, nameOf) ?? ValueNames.Kind(e),
        };
    }
}
