using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// The source's const locals a program reads, its guard clauses included (<c>const double eps = 1e-8;</c>), in the order first read, which
    /// generated members declare again so that their code reads <c>1 + eps</c> as the source does, not <c>1 + 1E-08</c>.
    /// A name that stands for two values (two scopes, each with its own const) or that a variable or parameter also
    /// uses is left out: its reads stay literals.
    /// </summary>
    internal static class ConstantLocals
    {
        public static IReadOnlyList<NamedNumber> Of(LoopProgram program, IEnumerable<string> parameters)
        {
            var taken = new HashSet<string>(program.Variables.Select(v => v.Name).Concat(parameters), System.StringComparer.Ordinal);
            var found = new List<NamedNumber>();
            var clashing = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (NamedNumber constant in program.EarlyReturns.SelectMany(e => Values(e.Test).Append(e.Result)).Concat(ProgramFacts.All(program.Body).SelectMany(Values)).SelectMany(Named))
            {
                NamedNumber? seen = found.FirstOrDefault(n => n.Name == constant.Name);
                if (seen == null)
                {
                    found.Add(constant);
                }
                else if (!seen.Constant.Equals(constant.Constant))
                {
                    clashing.Add(constant.Name);
                }
            }

            return found.Where(n => !clashing.Contains(n.Name) && !taken.Contains(n.Name)).ToList();
        }

        /// <summary>The floating-point values a statement reads itself: its right-hand sides and the values its tests compare.</summary>
        private static IEnumerable<Value> Values(Statement statement) => statement switch
        {
            IfStatement b => Values(b.Test),
            Loop l => Values(l.Condition),
            _ => ProgramFacts.OwnValues(statement),
        };

        private static IEnumerable<Value> Values(Test test) => test switch
        {
            Comparison c => new[] { c.Left, c.Right },
            Logic l => Values(l.Left).Concat(Values(l.Right)),
            Negated n => Values(n.Operand),
            _ => Enumerable.Empty<Value>(),
        };

        private static IEnumerable<NamedNumber> Named(Value value) => value switch
        {
            NamedNumber { IsLocal: true } n => new[] { n },
            Negation n => Named(n.Operand),
            Arithmetic a => Named(a.Left).Concat(Named(a.Right)),
            MathCall c => c.Arguments.SelectMany(Named),
            Choice c => Values(c.Test).SelectMany(Named).Concat(Named(c.WhenTrue)).Concat(Named(c.WhenFalse)),
            CallValue c => c.Arguments.Where(a => a.Scalar != null).SelectMany(a => Named(a.Scalar!)),
            _ => Enumerable.Empty<NamedNumber>(),
        };
    }
}
