using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The program without the statements the simplifier settles before any code is written: an <c>if</c> whose
    /// test it decides (<c>y − (π + y) ≥ 0.25</c> is <c>−π ≥ 0.25</c>, false) becomes the side taken, a loop whose
    /// test is false from the start goes, statements after a <c>break</c> or <c>continue</c> that now always runs
    /// go, and so does an assignment of a variable to itself (<c>s = s * 1</c>). Generated code then never tests
    /// a constant, never holds unreachable code and never assigns a variable to itself, which C# would warn about.
    /// </summary>
    internal sealed class SettledStatements
    {
        private readonly ProgramPrinter printer;
        private readonly Dictionary<string, ProgramVariable> variables;
        private readonly List<ProgramVariable> renamed = new List<ProgramVariable>();

        private SettledStatements(LoopProgram program, NumericType type, bool hasMathF)
        {
            // A printer of its own: deciding a test must not touch the names the writers' printers track.
            printer = new ProgramPrinter(type, hasMathF);
            variables = program.Variables.ToDictionary(v => v.Name, System.StringComparer.Ordinal);
        }

        public static LoopProgram Apply(LoopProgram program, NumericType type, bool hasMathF)
        {
            var pass = new SettledStatements(program, type, hasMathF);
            List<Statement> body = pass.Block(program.Body);
            return program with { Variables = program.Variables.Concat(pass.renamed).ToEquatableArray(), Body = body.ToEquatableArray() };
        }

        private static string Same(string variable) => variable;

        private List<Statement> Block(IReadOnlyList<Statement> statements)
        {
            var result = new List<Statement>();
            for (int i = 0; i < statements.Count && !(result.Count > 0 && result[result.Count - 1] is Break or Continue); i++)
            {
                IEnumerable<Statement> rest = statements.Skip(i + 1);
                switch (statements[i])
                {
                    case IfStatement branch when Decided(branch.Test) is bool holds:
                        Splice(Block(holds ? branch.Then : branch.Else), result, rest);
                        break;
                    case IfStatement branch:
                        result.Add(new IfStatement(branch.Test, Block(branch.Then).ToEquatableArray(), Block(branch.Else).ToEquatableArray()));
                        break;
                    case Loop { TestFirst: true } loop when Decided(loop.Condition) == false:
                        // The body never runs; the header's assignments of outer counters still do.
                        if (loop.Initializers.Any(s => !(s is DeclareInteger)))
                        {
                            Splice(loop.Initializers, result, rest);
                        }

                        break;
                    case Loop loop:
                        result.Add(Settled(loop));
                        break;
                    case AssignScalar assign when ReferenceEquals(printer.ToExpr(assign.Value, Same), printer.ToExpr(new Read(assign.Name), Same)):
                        break;
                    default:
                        result.Add(statements[i]);
                        break;
                }
            }

            return result;
        }

        /// <summary>A loop with its body settled; a body that now always ends in <c>break</c> never reaches the steps.</summary>
        private Loop Settled(Loop loop)
        {
            List<Statement> body = Block(loop.Body);
            bool stepsUnreachable = body.Count > 0 && body[body.Count - 1] is Break && !Continues(body);
            return new Loop(loop.Initializers, loop.Condition, stepsUnreachable ? EquatableArray<Statement>.Empty : loop.Steps, body.ToEquatableArray(), loop.TestFirst, loop.Counting);
        }

        /// <summary>True when a <c>continue</c> of this loop (not of a nested one) may run.</summary>
        private static bool Continues(IEnumerable<Statement> block) =>
            block.Any(s => s is Continue || (s is IfStatement b && (Continues(b.Then) || Continues(b.Else))));

        /// <summary>true or false when the simplifier decides the test (it reads no variable, or compares a value with itself); null otherwise.</summary>
        private bool? Decided(Test test)
        {
            Condition condition = printer.ToCondition(test, Same);
            return condition.Op == ConditionOp.True ? true : condition.Op == ConditionOp.False ? false : null;
        }

        /// <summary>
        /// Adds a block's statements to the enclosing one. A local the block declares under a name the enclosing
        /// block uses elsewhere (sibling blocks may reuse a name) is renamed, so the two never meet in one scope.
        /// </summary>
        private void Splice(IEnumerable<Statement> block, List<Statement> into, IEnumerable<Statement> rest)
        {
            List<Statement> statements = block.ToList();
            ISet<string> elsewhere = ProgramFacts.Declared(into.Concat(rest));
            foreach (string name in ProgramFacts.Declared(statements).Where(elsewhere.Contains).OrderBy(n => n, System.StringComparer.Ordinal).ToList())
            {
                string fresh = Fresh(name);
                variables[fresh] = variables[name] with { Name = fresh };
                renamed.Add(variables[fresh]);
                statements = ProgramRenaming.Rename(statements, name, fresh);
            }

            into.AddRange(statements);
        }

        private string Fresh(string name)
        {
            string bare = name.TrimStart('@');
            string fresh = bare + 2;
            for (int suffix = 3; variables.ContainsKey(fresh); suffix++)
            {
                fresh = bare + suffix;
            }

            return fresh;
        }
    }
}
