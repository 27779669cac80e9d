using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>The names of the program's variables: the source's locals, named apart where two share a name, and the variables lowering introduces.</content>
    internal sealed partial class ProgramLowering
    {
        private string Declare(ILocalSymbol local, VariableKind kind)
        {
            if (reservedNames.TryGetValue(local, out string? reserved))
            {
                names[local] = reserved;
                variables[reserved] = new ProgramVariable(reserved, kind, false, false);
                return reserved;
            }

            string name = RoslynNames.Identifier(local.Name);
            if ((variables.TryGetValue(name, out ProgramVariable? existing) && (existing.Kind != kind || fresh.Contains(name))) || IsGradientOutput(name))
            {
                // Sibling scopes may reuse a name for another kind of value, a local named like a variable the lowering
                // made (a parameter's copy x2, a call's result) is another variable, and a local named like a gradient
                // output (dA for a) would meet the generated out parameter: keep them apart, and off the name of another
                // local of the source (t2 beside t and a later t2 would be one variable).
                int suffix = 2;
                while (Taken(name + suffix, suffixed: true))
                {
                    suffix++;
                }

                name += suffix;
            }

            names[local] = name;
            variables[name] = new ProgramVariable(name, kind, false, false);
            return name;
        }

        /// <summary>
        /// Names of their own for locals whose scope the lowering joins to the enclosing one: a name no variable has yet,
        /// and one no later declaration takes again (it is fresh), used when each is declared.
        /// </summary>
        private void ReserveNames(IEnumerable<ILocalSymbol> locals)
        {
            foreach (ILocalSymbol local in locals)
            {
                if (reservedNames.ContainsKey(local))
                {
                    continue;
                }

                // Not a name another local of the source has (t2 beside the second block's t), so that one keeps its own.
                string name = RoslynNames.Identifier(local.Name);
                for (int suffix = 2; Taken(name, suffixed: suffix > 2); suffix++)
                {
                    name = local.Name + suffix;
                }

                variables[name] = new ProgramVariable(name, VariableKind.Scalar, false, false);
                fresh.Add(name);
                reservedNames[local] = name;
            }
        }

        /// <summary>
        /// Whether a name is given: to a variable, or to a differentiated parameter's gradient output (dA for a, an out
        /// parameter of the generated gradient); and for a name made with a suffix, to another local of the source.
        /// </summary>
        private bool Taken(string name, bool suffixed) =>
            variables.ContainsKey(name) || IsGradientOutput(name) || (suffixed && sourceLocalNames.Contains(name));

        private bool IsGradientOutput(string name) => variables.Values.Any(v => v.IsDifferentiated && GeneratedNames.GradientOutput(v.Name) == name);

        /// <summary>A variable the lowering introduces (a foreach's index, a call's local), named apart from every other.</summary>
        private string Fresh(VariableKind kind, string preferred)
        {
            string name = RoslynNames.Identifier(preferred);
            for (int suffix = 2; Taken(name, suffixed: false); suffix++)
            {
                name = preferred.TrimStart('@') + suffix;
            }

            variables[name] = new ProgramVariable(name, kind, false, false);
            fresh.Add(name);
            return name;
        }
    }
}
