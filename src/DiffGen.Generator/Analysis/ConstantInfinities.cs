using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// The variables and arrays that may hold an infinity the method writes as a constant, and of which sign: a
    /// dynamic-programming table bordered with <c>double.PositiveInfinity</c> (soft-DTW, edit distances), a log-space start or
    /// a running maximum at <c>double.NegativeInfinity</c>, and what is computed from them (a fixpoint over the statements;
    /// tests and indices pass nothing on). Signs are followed so that what cannot be infinite is not (<see cref="InfinityRules"/>):
    /// the running maximum max(m, s) of an online softmax is finite where s is, exp(m − max(m, s)) is at most 1. Where such a
    /// value is infinite it is a constant (−∞ / γ is −∞ whatever γ is), so nothing flows through it, and the generated members
    /// must not multiply its zero derivative by an infinite partial (0·∞ is NaN). Infinities that arise at run time from
    /// finite constants (<c>Math.Log(p)</c> at p = 0, an overflow) or from fields are not followed.
    /// </summary>
    internal static class ConstantInfinities
    {
        public static Dictionary<string, InfinitySigns> Of(IEnumerable<Statement> body)
        {
            var definitions = ProgramFacts.All(body).Select(ProgramFacts.Definition).Where(d => d.Target != null).ToList();
            var signs = new Dictionary<string, InfinitySigns>(System.StringComparer.Ordinal);
            bool grew = true;
            while (grew)
            {
                grew = false;
                foreach ((string? target, IEnumerable<Value> values) in definitions)
                {
                    InfinitySigns before = signs.TryGetValue(target!, out InfinitySigns known) ? known : InfinitySigns.None;
                    InfinitySigns after = values.Aggregate(before, (all, value) => all | SignsOf(value, signs));
                    if (after != before)
                    {
                        signs[target!] = after;
                        grew = true;
                    }
                }
            }

            return signs;
        }

        /// <summary>Which infinities a value may be, given what the variables may hold.</summary>
        public static InfinitySigns SignsOf(Value value, IReadOnlyDictionary<string, InfinitySigns> variables)
        {
            InfinitySigns Held(string name) => variables.TryGetValue(name, out InfinitySigns held) ? held : InfinitySigns.None;
            switch (value)
            {
                case Number n:
                    return InfinityRules.Of(n.Constant);
                case NamedNumber n:
                    return InfinityRules.Of(n.Constant);
                case Read r:
                    return Held(r.Variable);
                case ElementRead e:
                    return Held(e.Array);
                case Negation n:
                    return InfinityRules.Negated(SignsOf(n.Operand, variables));
                case Arithmetic { Op: IrOp.Add } a:
                    return SignsOf(a.Left, variables) | SignsOf(a.Right, variables);
                case Arithmetic { Op: IrOp.Subtract } a:
                    return SignsOf(a.Left, variables) | InfinityRules.Negated(SignsOf(a.Right, variables));
                case Arithmetic { Op: IrOp.Multiply, Left: Number c } a:
                    return InfinityRules.Scaled(c.Constant, SignsOf(a.Right, variables));
                case Arithmetic { Op: IrOp.Multiply, Right: Number c } a:
                    return InfinityRules.Scaled(c.Constant, SignsOf(a.Left, variables));
                case Arithmetic { Op: IrOp.Multiply } a:
                    return InfinityRules.Product(SignsOf(a.Left, variables) | SignsOf(a.Right, variables));
                case Arithmetic { Op: IrOp.Divide, Right: Number c } a when c.Constant != 0:
                    return InfinityRules.Scaled(1 / c.Constant, SignsOf(a.Left, variables));
                case Arithmetic { Op: IrOp.Divide } a:
                    return InfinityRules.Product(SignsOf(a.Left, variables)); // x / ∞ is 0
                case MathCall c:
                    return InfinityRules.Call(c.Function, c.Arguments.Select(x => SignsOf(x, variables)).ToArray(), c.Arguments.Any(x => ReadsInfinity(x, variables)));
                case Choice c:
                    return SignsOf(c.WhenTrue, variables) | SignsOf(c.WhenFalse, variables);
                case CallValue c:
                    return ReadsInfinity(c, variables) ? InfinitySigns.Either : InfinitySigns.None;
                default:
                    return InfinitySigns.None;
            }
        }

        /// <summary>Whether a value reads, in its arithmetic (not in tests or indices), an infinite constant or a variable or array that may hold one.</summary>
        private static bool ReadsInfinity(Value value, IReadOnlyDictionary<string, InfinitySigns> variables) => ProgramFacts.Within(value).Any(node => node switch
        {
            Number n => double.IsInfinity(n.Constant),
            NamedNumber n => double.IsInfinity(n.Constant),
            Read r => variables.ContainsKey(r.Variable),
            ElementRead e => variables.ContainsKey(e.Array),
            CallValue c => c.Arguments.Any(a => a.Array != null && variables.ContainsKey(a.Array)),
            _ => false,
        });
    }
}
