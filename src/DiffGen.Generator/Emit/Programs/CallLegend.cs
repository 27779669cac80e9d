using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// What a call's rule names hold: <c>dHelperDA = ∂Helper/∂a, dHelperDW[k] = ∂Helper/∂w[k], from HelperGradient</c>, the
    /// partials the callee's gradient returns, one per argument the rule uses.
    /// </summary>
    internal static class CallLegend
    {
        /// <param name="used">The arguments whose partials the rule reads.</param>
        public static string Of(CallValue call, System.Func<CallArgument, bool> used)
        {
            IEnumerable<string> names = call.Arguments.Where(a => a.HasDerivative && used(a)).Select(a => a.Array == null
                ? GeneratedNames.CalleePartial(call.Callee, a.Parameter) + " = ∂" + call.Callee + "/∂" + a.Parameter.TrimStart('@')
                : GeneratedNames.CalleePartial(call.Callee, a.Parameter) + "[k] = ∂" + call.Callee + "/∂" + a.Parameter.TrimStart('@') + "[k]");
            return string.Join(", ", names) + ", from " + call.GradientName;
        }
    }
}
