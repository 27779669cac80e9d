using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Names in the generated body: each adjoint after its variable (<c>s</c> → <c>dS</c>, a differentiated
    /// parameter's adjoint is its gradient output), fresh names that never meet a source name.
    /// </summary>
    internal sealed class ProgramNames
    {
        private readonly HashSet<string> taken = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> adjoints = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly HashSet<string> scalarOutputs = new HashSet<string>(System.StringComparer.Ordinal);

        public ProgramNames(LoweredMethod method)
        {
            foreach (ParameterModel parameter in method.Parameters)
            {
                taken.Add(parameter.Name);
                if (parameter.IsDifferentiated)
                {
                    taken.Add(GeneratedNames.GradientOutput(parameter.Name));
                }
            }

            foreach (var variable in method.Program!.Variables)
            {
                taken.Add(variable.Name);
            }

            foreach (ParameterModel parameter in method.Parameters.Where(p => p.IsDifferentiated))
            {
                // An array's adjoint is its output span; a scalar's adds up in a local (a register), copied to
                // its out parameter once at the end: an out parameter is written through memory at every +=.
                adjoints[parameter.Name] = parameter.IsArray
                    ? GeneratedNames.GradientOutput(parameter.Name)
                    : Fresh(GeneratedNames.GradientOutput(parameter.Name).TrimStart('@') + "Sum");
                if (!parameter.IsArray)
                {
                    scalarOutputs.Add(parameter.Name);
                }
            }
        }

        /// <summary>Keeps a name the member declares itself (a const local of the source) from being given to anything else.</summary>
        public void Reserve(string name) => taken.Add(name);

        /// <summary>The adjoint (in a gradient) or tangent (in a partial) of a variable: <c>dS</c> for <c>s</c>.</summary>
        public string Derivative(string variable)
        {
            if (!adjoints.TryGetValue(variable, out string? name))
            {
                name = Fresh(GeneratedNames.GradientOutput(variable));
                adjoints[variable] = name;
            }

            return name;
        }

        /// <summary>
        /// The derivative of a variable as the doc comment's rules show it: the name the code gives it (<c>dH2</c> for a local
        /// <c>H</c> beside <c>h</c>, whose derivative is <c>dH</c>), so a rule never names two values alike or otherwise than
        /// the code beside it; a differentiated scalar parameter's is its output (<c>dX</c>, which the code adds up in
        /// <c>dXSum</c>). A variable the code has not named yet shows as <c>dS</c> for <c>s</c>: asking never names it.
        /// </summary>
        public string Shown(string variable) =>
            !scalarOutputs.Contains(variable) && adjoints.TryGetValue(variable, out string? name)
                ? name
                : GeneratedNames.GradientOutput(variable.TrimStart('@'));

        /// <summary>Every adjoint (or tangent) named so far.</summary>
        public IEnumerable<string> Derivatives => adjoints.Values;

        /// <summary>Whether the name is the method's or already given out.</summary>
        public bool IsTaken(string name) => taken.Contains(name);

        /// <summary>A new name starting with <paramref name="preferred"/>: itself if free, else with a number (<c>acc2</c>).</summary>
        public string Fresh(string preferred)
        {
            string bare = preferred.TrimStart('@');
            string name = preferred;
            for (int suffix = 2; taken.Contains(name); suffix++)
            {
                name = bare + suffix;
            }

            taken.Add(name);
            return name;
        }
    }
}
