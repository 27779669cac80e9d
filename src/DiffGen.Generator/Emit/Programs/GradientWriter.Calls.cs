using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>Calls of differentiable methods: the callee's gradient called forward, its partials used backwards.</content>
    internal sealed partial class GradientWriter
    {
        /// <summary>
        /// <c>double v = FGradient(a, w, out double dFDA, new Span(dFDW, ...))</c>: the value and, for the reverse
        /// sweep, ∂f/∂a and ∂f/∂w[k] (in an array rented here and returned there).
        /// </summary>
        private Dictionary<string, string> ForwardCall(string version, CallValue call, Versions versions, List<CodeNode> code)
        {
            var outputs = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var passed = new List<string>();
            foreach (CallArgument argument in call.Arguments.Where(a => a.HasDerivative))
            {
                string output = names.Fresh(GeneratedNames.CalleePartial(call.Callee, argument.Parameter));
                outputs[argument.Parameter] = output;
                if (argument.Scalar != null)
                {
                    passed.Add("out " + p.Keyword + " " + output);
                    continue;
                }

                (string rent, string span) = p.PartialsBuffer(output, versions.Of(argument.Array!));
                code.Add(new CodeLine(rent, output, declaredType: p.Keyword + "[]", uses: p.TakeReads(versions.Of(argument.Array!))));
                passed.Add(span);
            }

            bool writesBuffers = call.Arguments.Any(a => a.HasDerivative && a.Array != null);
            // Kept when the value or a partial is read.
            code.Add(new CodeLine(p.Keyword + " " + version + " = " + call.GradientAccess + "(" + string.Join(", ", p.Arguments(call, versions.Of).Concat(passed)) + ");", version, call.Callee + " and its partials in one call of " + call.GradientName, call.Arguments.Where(a => a.HasDerivative && a.Scalar != null).Select(a => outputs[a.Parameter]).ToList(), mutation: writesBuffers, effects: writesBuffers, declaredType: p.Keyword, uses: p.TakeReads(outputs.Values)));
            return outputs;
        }

        /// <summary>
        /// <c>v = f(a, w)</c> backwards: f's gradient gives ∂f/∂a and ∂f/∂w[k]; dV times each goes on to what the
        /// argument read (an array's adjoint, element by element).
        /// </summary>
        private void ReverseCall(string name, CallValue call, AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            string adjoint = names.Derivative(name);
            IReadOnlyDictionary<string, string> outputs = step.CallOutputs ?? new Dictionary<string, string>();
            var contributions = new List<Share>();
            var eachElement = new List<RuleShare>();
            var after = new List<CodeNode>();
            foreach (CallArgument argument in call.Arguments.Where(a => a.HasDerivative && outputs.ContainsKey(a.Parameter)))
            {
                string output = outputs[argument.Parameter];
                if (argument.Scalar != null)
                {
                    Expr calleePartial = p.Variable(output, GeneratedNames.CalleePartial(call.Callee, argument.Parameter));
                    Expr passed = p.Builder.Multiply(Adjoint(name), calleePartial);
                    if (InfiniteAdjointSet.Contains(name))
                    {
                        // The callee's partial is exactly 0 where it clamps, where this adjoint may be infinite (√ of its value).
                        passed = p.Builder.UnlessZero(calleePartial, passed);
                    }

                    contributions.AddRange(Contributions(argument.Scalar, passed, at, null));
                    continue;
                }

                string array = at.Of(argument.Array!);
                if (analysis.IsActive(argument.Array!))
                {
                    string k = names.Fresh("k");
                    var addAll = new CodeLine(names.Derivative(argument.Array!) + "[" + k + "] += " + adjoint + " * " + output + "[" + k + "];", uses: new[] { names.Derivative(argument.Array!), k, adjoint, output });
                    after.Add(CodeBlock.Loop("for (int " + k + " = 0; " + k + " < " + array + ".Length; " + k + "++)", new List<CodeNode> { addAll }, new[] { k, array }));
                    string partial = GeneratedNames.CalleePartial(call.Callee, argument.Parameter) + "[k]";
                    eachElement.Add(new RuleShare(Shown(argument.Array!) + "[k]", p.Builder.Multiply(Adjoint(name), p.Variable(output + "[" + k + "]", new[] { output, k }, partial)), RuleShareKind.EachElement));
                }

                after.Add(new CodeLine("global::DiffGen.Tape.Return(" + output + ");", uses: new[] { output }));
            }

            // The legend names the partials the rule reads: a scalar argument's share may be zero (Gradient.Stop(x)).
            var read = new HashSet<string>(Symbolic.TopologicalOrder.OperandsFirst(contributions.Select(c => c.Amount)).OfType<Symbolic.Symbol>().Select(s => s.Code), System.StringComparer.Ordinal);
            System.Func<CallArgument, bool> used = a => outputs.TryGetValue(a.Parameter, out string? o) && (a.Scalar != null ? read.Contains(o) : a.Array != null && analysis.IsActive(a.Array));
            Rules.Record(new AdjointRule(step.Statement, -1, RuleShares(contributions).Concat(eachElement).ToList(), Unchanged: false, Extreme: false, CallLegend.Of(call, used)));
            Emit(code, name + " = " + Written(call), contributions, null);
            code.AddRange(after);
        }
    }
}
