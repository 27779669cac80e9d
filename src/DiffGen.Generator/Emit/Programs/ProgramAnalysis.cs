using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>How the reverse sweep treats a variable a loop carries from one iteration to the next.</summary>
    internal enum Carried
    {
        /// <summary>
        /// Nothing stored: a sum <c>s += e</c> that nothing else in the loop reads (its adjoint passes through
        /// unchanged), or a value without derivative the reverse sweep never reads (a counter only the loop's test reads).
        /// The reverse sweep leaves its assignments out (policy Skip).
        /// </summary>
        Accumulator,

        /// <summary>The loop reads the value it had at the start of the iteration: stored on a tape, one value per iteration.</summary>
        Taped,

        /// <summary>A local array the loop fills: recomputed with the iteration, never stored.</summary>
        Array,

        /// <summary>
        /// An integer the loop moves by the same step each iteration (<c>li++</c>): the reverse sweep computes the value
        /// an iteration began with from the counter (<see cref="InductionVariables"/>), with no tape.
        /// </summary>
        Stepped,
    }

    /// <summary>What the generated code needs to know about a program: which variables carry derivatives, and what each loop carries.</summary>
    internal sealed class ProgramAnalysis
    {
        private readonly Dictionary<string, ProgramVariable> variables;
        private readonly HashSet<string> active;

        private readonly IReadOnlyList<Statement> body;
        private readonly Dictionary<string, string> integerTypes = new Dictionary<string, string>(System.StringComparer.Ordinal);

        public ProgramAnalysis(LoopProgram program, IEnumerable<string> differentiated)
        {
            variables = program.Variables.ToDictionary(v => v.Name, System.StringComparer.Ordinal);
            body = program.Body;
            foreach (ProgramVariable parameter in program.Variables.Where(v => v.IntegerType != null))
            {
                integerTypes[parameter.Name] = parameter.IntegerType!;
            }

            foreach (Statement declaration in ProgramFacts.All(program.Body))
            {
                if (declaration is DeclareInteger integer)
                {
                    integerTypes[integer.Name] = integer.Type;
                }
                else if (declaration is DeclareIntegerArray integers)
                {
                    integerTypes[integers.Name] = integers.Type;
                }
            }

            active = ProgramFacts.Active(program.Body, differentiated);
            var localArrays = program.Variables.Where(v => v.Kind == VariableKind.Array && !v.IsParameter).Select(v => v.Name).ToList();

            // A local nothing reads carries no derivative: its adjoint would be zero, and zero times the derivative of a
            // value outside its function's domain (acosh′ below 1) is NaN, not zero. Nor does a local whose value reaches
            // the result only through tests (double dx = x[i] - x[j]; if (dx > c) ...): activity is what varies with an input
            // and is useful to the result, which a local nothing reads is not either.
            var statements = ProgramFacts.All(program.Body).ToList();
            active.ExceptWith(localArrays.Where(a => statements.All(s => ElementReads.Of(s, a).Count == 0)));
            HashSet<string> useful = ProgramFacts.Useful(program.Body);
            active.ExceptWith(program.Variables.Where(v => !v.IsParameter && (v.Kind == VariableKind.Scalar || v.Kind == VariableKind.Array) && !useful.Contains(v.Name)).Select(v => v.Name));
            Overwrites = new ArrayOverwrites(program.Body, localArrays);
        }

        /// <summary>Which element writes keep the value they overwrite for the reverse sweep, and which leave their value in place until it comes back.</summary>
        public ArrayOverwrites Overwrites { get; }

        public bool IsActive(string variable) => active.Contains(variable);

        /// <summary>The method's local floating-point arrays.</summary>
        public IEnumerable<string> LocalArrays => variables.Values.Where(v => v.Kind == VariableKind.Array && !v.IsParameter).Select(v => v.Name);

        public VariableKind KindOf(string variable) => variables[variable].Kind;

        public bool IsParameter(string variable) => variables[variable].IsParameter;

        /// <summary>True for an integer variable wider than int (long, ulong, uint), or an integer array of such elements (long[] idx): sizes and spans take int.</summary>
        public bool IsLongInteger(string variable) =>
            variables.TryGetValue(variable, out ProgramVariable? v) && v.Kind is VariableKind.Integer or VariableKind.IntegerArray && IntegerTypeOf(variable) is "long" or "ulong" or "uint";

        /// <summary>The keyword of an integer variable's type, or of an integer array's elements: <c>int</c>, <c>long</c>, ...</summary>
        public string IntegerTypeOf(string variable) => integerTypes.TryGetValue(variable, out string? type) ? type : "int";

        /// <summary>The variables a loop carries between iterations, and how.</summary>
        public IReadOnlyList<(string Name, Carried How)> CarriedBy(Loop loop)
        {
            IEnumerable<Statement> inside = loop.Body.Concat(loop.Steps);
            ISet<string> local = ProgramFacts.Declared(loop.Body);
            HashSet<string> needed = NeededInReverse(IterationShape.Normalize(loop.Body));
            var result = new List<(string, Carried)>();
            foreach (string name in ProgramFacts.Assigned(inside).Where(n => !local.Contains(n) && n != loop.Counting?.Index).OrderBy(n => n, System.StringComparer.Ordinal))
            {
                Carried how = KindOf(name) == VariableKind.Array ? Carried.Array
                    : IsAccumulator(name, loop) || (!needed.Contains(name) && !IsActive(name)) ? Carried.Accumulator
                    : KindOf(name) == VariableKind.Integer && InductionVariables.StepOf(loop, name) != null ? Carried.Stepped
                    : Carried.Taped;
                result.Add((name, how));
            }

            if (loop.Counting == null)
            {
                // Loop variables declared by the header (for (int i = 0; ...; i += 2)) live across iterations too.
                foreach (string name in ProgramFacts.Declared(loop.Initializers).Where(n => KindOf(n) != VariableKind.Array && needed.Contains(n) && !result.Any(r => r.Item1 == n)))
                {
                    result.Add((name, Carried.Taped));
                }
            }

            return result;
        }

        /// <summary>
        /// The variables a reverse iteration reads: what the derivative statements read, the tests and bounds
        /// around them, and what those values are computed from. A counter only the loop's own test reads
        /// (the reverse sweep counts iterations instead) is not among them, so it needs no tape.
        /// </summary>
        private HashSet<string> NeededInReverse(IEnumerable<Statement> body)
        {
            var needed = new HashSet<string>(System.StringComparer.Ordinal);
            var statements = body.ToList();
            Visit(statements);
            var all = ProgramFacts.All(statements).ToList();
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (Statement statement in all)
                {
                    string? target = Target(statement);
                    if (target != null && needed.Contains(target))
                    {
                        foreach (string read in ProgramFacts.OwnReads(statement))
                        {
                            changed |= needed.Add(read);
                        }
                    }

                    // The reverse sweep computes a needed value again under the tests that chose it (k = 1 under
                    // if (spent > budget)), and as often as the loop around it ran: what they read is needed too.
                    IEnumerable<Statement>? controlled = statement switch
                    {
                        IfStatement b => b.Then.Concat(b.Else),
                        Loop l => l.Body.Concat(l.Steps),
                        _ => null,
                    };
                    // So is a test that leaves a loop (if (1 > i) break;): the reverse sweep runs it again with the loop.
                    if (controlled != null && ProgramFacts.All(controlled).Any(s => (Target(s) is string t && needed.Contains(t)) || s is Break or Continue))
                    {
                        foreach (string read in ProgramFacts.OwnReads(statement))
                        {
                            changed |= needed.Add(read);
                        }
                    }
                }
            }

            return needed;

            void Visit(IEnumerable<Statement> block)
            {
                foreach (Statement statement in block)
                {
                    switch (statement)
                    {
                        case DeclareScalar s when IsActive(s.Name):
                            needed.UnionWith(ProgramFacts.Reads(s.Value));
                            break;
                        case AssignScalar s when IsActive(s.Name):
                            needed.UnionWith(ProgramFacts.Reads(s.Value));
                            break;
                        case AssignElement s when IsActive(s.Array):
                            needed.UnionWith(ProgramFacts.OwnReads(s));
                            break;
                        case AssignElement s when Overwrites.IsTaped(s):
                            // The reverse sweep puts back the element it overwrote.
                            needed.UnionWith(ProgramFacts.Reads(s.Index));
                            break;
                        case IfStatement b when HasActive(b.Then.Concat(b.Else)) || Overwrites.WritesTaped(b.Then.Concat(b.Else)) || ProgramFacts.MayLeave(b.Then.Concat(b.Else)):
                            // An if that may leave the iteration decides how many iterations the reverse sweep takes back:
                            // its test is evaluated again there (a break on a budget the loop adds up), so what it reads is needed.
                            needed.UnionWith(ProgramFacts.Reads(b.Test));
                            Visit(b.Then);
                            Visit(b.Else);
                            break;
                        case Loop l when HasActive(l.Body) || Overwrites.WritesTaped(l.Body):
                            needed.UnionWith(ProgramFacts.Reads(l.Condition));
                            needed.UnionWith(l.Initializers.Concat(l.Steps).SelectMany(ProgramFacts.OwnReads));
                            Visit(l.Body);
                            break;
                    }
                }
            }

        }

        /// <summary>The variable a statement writes (an element write or an array's declaration: the array); null for any other statement.</summary>
        private static string? Target(Statement statement) => statement switch
        {
            DeclareScalar s => s.Name,
            AssignScalar s => s.Name,
            DeclareInteger s => s.Name,
            AssignInteger s => s.Name,
            AssignElement s => s.Array,
            DeclareArray s => s.Name,
            DeclareIntegerArray s => s.Name,
            _ => null,
        };

        /// <summary>True when a statement of the block (nested ones included) assigns a variable that carries a derivative.</summary>
        public bool HasActive(IEnumerable<Statement> block) => ProgramFacts.All(block).Any(s => s switch
        {
            DeclareScalar d => IsActive(d.Name),
            AssignScalar a => IsActive(a.Name),
            AssignElement e => IsActive(e.Array),
            _ => false,
        });

        /// <summary>True when the loop needs no tape: it carries only accumulators and arrays, and counts with its header.</summary>
        public bool IsReduction(Loop loop) => IterationsIndependent(loop, steppedToo: false);

        /// <summary>
        /// Whether the reverse sweep may take the loop's iterations in any order: a reduction, or one whose other carried
        /// values are integers stepped by invariant amounts, which each reverse iteration computes from its index
        /// (<c>li = li0 + (j - i - 1)</c>) rather than from the iteration before.
        /// </summary>
        public bool IterationsIndependent(Loop loop) => IterationsIndependent(loop, steppedToo: true);

        private bool IterationsIndependent(Loop loop, bool steppedToo) =>
            loop.Counting != null
            && !Overwrites.WritesTaped(loop.Body)
            && CarriedBy(loop).All(c => c.How != Carried.Taped && (steppedToo || c.How != Carried.Stepped) && (c.How != Carried.Array
                || (ReadsOnlyWhatItWrites(loop, c.Name) && (WritesOwnElements(loop, c.Name) || !ReadOutside(loop, c.Name)))
                || (RenewedEachIteration(loop, c.Name) && !ReadOutside(loop, c.Name))));

        /// <summary>
        /// A buffer every iteration fills anew before it reads it: filled by the loop itself, or by an inner loop that
        /// holds every read of it (<c>xc</c>, filled and read per component inside each point). No iteration reads what
        /// another wrote, so the iterations are independent.
        /// </summary>
        private bool RenewedEachIteration(Loop loop, string array)
        {
            if (!Overwrites.RenewedBy.TryGetValue(array, out Loop? renewer))
            {
                return false;
            }

            if (ReferenceEquals(renewer, loop))
            {
                return true;
            }

            var insideRenewer = new HashSet<Statement>(ProgramFacts.All(renewer.Body), ReferenceComparer.Instance);
            var inside = ProgramFacts.All(loop.Body).ToList();
            return inside.Contains(renewer, ReferenceComparer.Instance)
                && inside.Where(s => ElementReads.Of(s, array).Any()).All(insideRenewer.Contains);
        }

        /// <summary>
        /// Each iteration writes its own element (one write, at the counter plus terms the loop leaves alone): no
        /// iteration overwrites another's, so the adjoint of an element, from reads after the loop, reaches its one writer.
        /// </summary>
        private static bool WritesOwnElements(Loop loop, string array)
        {
            var writes = ProgramFacts.All(loop.Body).OfType<AssignElement>().Where(e => e.Array == array).ToList();
            ISet<string> changed = ProgramFacts.Assigned(loop.Body);
            return writes.Count == 1 && loop.Body.Contains(writes[0]) && ProgramFacts.IsCounterPlusInvariant(writes[0].Index, loop.Counting!.Index, changed);
        }

        /// <summary>True when a statement outside the loop reads the array (its adjoint then comes from outside, to the last writer).</summary>
        private bool ReadOutside(Loop loop, string array)
        {
            var inside = new HashSet<Statement>(ProgramFacts.All(new Statement[] { loop }), ReferenceComparer.Instance);
            return ProgramFacts.All(body).Where(s => !inside.Contains(s)).Any(s => ProgramFacts.OwnReads(s).Contains(array));
        }

        /// <summary>
        /// Each element of the array the loop reads is one the same iteration writes (read and write at the same
        /// index): otherwise an iteration reads what an earlier one wrote, and the iterations are not independent.
        /// </summary>
        private static bool ReadsOnlyWhatItWrites(Loop loop, string array)
        {
            var all = ProgramFacts.All(loop.Body).ToList();
            var written = new HashSet<Integer>(all.OfType<AssignElement>().Where(e => e.Array == array).Select(e => e.Index));

            // A read of the whole array (an argument of a call) has no index: never one the iteration wrote.
            return all.SelectMany(s => ElementReads.Of(s, array)).All(index => index != null && written.Contains(index));
        }

        private static bool IsAccumulator(string name, Loop loop) => ProgramFacts.IsAccumulator(name, loop);

        /// <summary>For <c>v = v + e</c> or <c>v = v - e</c> (e not reading v): e and its sign; null otherwise.</summary>
        public static (Value Term, bool Negative)? AccumulatedTerm(AssignScalar assign) => ProgramFacts.AccumulatedTerm(assign);

        /// <summary>For <c>a[k] = a[k] + e</c> or <c>a[k] = a[k] - e</c> (e not reading a): e and its sign; null otherwise.</summary>
        public static (Value Term, bool Negative)? AccumulatedTerm(AssignElement assign) => ProgramFacts.AccumulatedTerm(assign);
    }
}
