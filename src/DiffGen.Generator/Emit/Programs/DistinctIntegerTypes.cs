using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The program with one integer type per name: where sibling scopes declare the same name with two types
    /// (<c>for (long i ...)</c>, then <c>for (int i ...)</c>), the later declaration's scope calls it by a fresh name
    /// (<c>i2</c>). The writers know a variable's type by its name, and would otherwise give both the last one's,
    /// keeping a <c>long</c> counter on an <c>int</c> tape.
    /// </summary>
    internal sealed class DistinctIntegerTypes
    {
        private readonly Dictionary<string, ProgramVariable> variables;
        private readonly Dictionary<string, string> typeOf = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly List<ProgramVariable> renamed = new List<ProgramVariable>();

        private DistinctIntegerTypes(LoopProgram program)
        {
            variables = program.Variables.ToDictionary(v => v.Name, System.StringComparer.Ordinal);
        }

        public static LoopProgram Apply(LoopProgram program)
        {
            var pass = new DistinctIntegerTypes(program);
            List<Statement> body = pass.Block(program.Body);
            return pass.renamed.Count == 0 ? program : program with { Variables = program.Variables.Concat(pass.renamed).ToEquatableArray(), Body = body.ToEquatableArray() };
        }

        private List<Statement> Block(IReadOnlyList<Statement> statements)
        {
            var result = new List<Statement>();
            for (int i = 0; i < statements.Count; i++)
            {
                Statement statement = statements[i];
                if (statement is DeclareInteger declared && Clashes(declared))
                {
                    // The declaration's scope is the rest of its block.
                    string fresh = Rename(declared.Name);
                    result.AddRange(Block(ProgramRenaming.Rename(statements.Skip(i), declared.Name, fresh)));
                    return result;
                }

                if (statement is Loop loop && loop.Initializers.OfType<DeclareInteger>().FirstOrDefault(Clashes) is DeclareInteger counter)
                {
                    // A counter the header declares lives in the loop alone.
                    string fresh = Rename(counter.Name);
                    result.AddRange(Block(ProgramRenaming.Rename(new[] { statement }, counter.Name, fresh)));
                    continue;
                }

                result.Add(statement switch
                {
                    IfStatement b => new IfStatement(b.Test, Block(b.Then).ToEquatableArray(), Block(b.Else).ToEquatableArray()),
                    Loop l => l with { Initializers = Note(l.Initializers), Body = Block(l.Body).ToEquatableArray() },
                    DeclareInteger d => Noted(d),
                    _ => statement,
                });
            }

            return result;
        }

        /// <summary>True when the name was declared before with another integer type.</summary>
        private bool Clashes(DeclareInteger declared) => typeOf.TryGetValue(declared.Name, out string? type) && type != declared.Type;

        private EquatableArray<Statement> Note(EquatableArray<Statement> initializers)
        {
            foreach (DeclareInteger declared in initializers.OfType<DeclareInteger>())
            {
                Noted(declared);
            }

            return initializers;
        }

        private DeclareInteger Noted(DeclareInteger declared)
        {
            typeOf[declared.Name] = declared.Type;
            return declared;
        }

        private string Rename(string name)
        {
            string bare = name.TrimStart('@');
            string fresh = bare + 2;
            for (int suffix = 3; variables.ContainsKey(fresh); suffix++)
            {
                fresh = bare + suffix;
            }

            variables[fresh] = variables[name] with { Name = fresh };
            renamed.Add(variables[fresh]);
            return fresh;
        }
    }
}
