using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Emit.Programs;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering;
using DiffGen.Generator.Lowering.Programs;
using DiffGen.Generator.Symbolic;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator
{
    /// <summary>
    /// Throwing guards whose test algebra decides: <c>x - x != 0</c> and <c>x * 0 != 0</c> are tests for infinity and NaN
    /// that the DAG, reading them as algebra on real numbers, simplifies to false. The generated members would drop the
    /// check and return where the method throws, so each such comparison is DIFF010 at the guard's test, on either route.
    /// A comparison is checked on its own, not only the whole test: in <c>x - x != 0 || sigma &lt;= 0</c> the first half
    /// would be dropped although the whole is not decided. A test of constants alone (<c>const double Eps = 1e-3; if (Eps &lt;= 0)</c>)
    /// is decided by IEEE arithmetic as by algebra, since no input reaches it: a guard it decides never throws and is not
    /// written, unless it always does. A comparison that algebra does not decide but folds an input out of
    /// (<c>x * 0 + sigma &gt; 0</c> is <c>sigma &gt; 0</c>; <c>sigma + x - x</c>), or that computes an operation cancelling part
    /// of its operands (<c>2 * x - x &gt; 10</c> is <c>x &gt; 10</c>; <see cref="Cancellation"/>), is DIFF010 too: at an
    /// infinite or NaN x the method's check has the other outcome. The comparisons of every branch, loop, <c>?:</c>, pattern and
    /// switch are checked too (<see cref="ReportBranchTests"/>), but for like terms merged (<c>2 * x - x</c>), which only a guard
    /// reports: the generated members would take another branch than the method where algebra and IEEE arithmetic part.
    /// (This root file may use Symbolic and Emit, like the pipeline.)
    /// </summary>
    internal static class DecidedGuards
    {
        /// <summary>Reports the decided comparisons of a loop-free method's guards (<see cref="LoweredMethod.Guards"/>); true when one is.</summary>
        public static bool Report(LoweredMethod lowered, IReadOnlyList<(Location Location, string Written)> tests, List<Problem> problems)
        {
            if (lowered.Guards.Count == 0)
            {
                return false;
            }

            MethodDag dag = MethodDag.Build(lowered);
            bool any = false;
            for (int i = 0; i < lowered.Guards.Count && i < tests.Count; i++)
            {
                int test = lowered.Guards[i].Test;
                bool alwaysThrows = dag.InstructionValues[test] is Condition { Op: ConditionOp.True };
                if (alwaysThrows || Decides(lowered.Body, dag, test))
                {
                    problems.Add(Problem(tests[i]));
                    any = true;
                }
            }

            return any;
        }

        /// <summary>
        /// Reports the decided comparisons of a program's guard clauses, throwing or returning (<see cref="EarlyReturn"/>: a
        /// returning one would be printed <c>if (false) return ...;</c>, unreachable code); true when one is.
        /// <paramref name="tests"/> stand in the order of <see cref="LoopProgram.EarlyReturns"/>.
        /// </summary>
        public static bool Report(LoopProgram program, NumericType type, IReadOnlyList<(Location Location, string Written)> tests, List<Problem> problems)
        {
            var printer = new ProgramPrinter(type, hasMathF: true);
            bool any = false;
            for (int i = 0; i < program.EarlyReturns.Count && i < tests.Count; i++)
            {
                if (Decides(printer, program.EarlyReturns[i].Test))
                {
                    problems.Add(Problem(tests[i]));
                    any = true;
                }
            }

            return any;
        }

        /// <summary>
        /// Reports each comparison of floating-point values a branch, a loop, a <c>?:</c>, a pattern or a switch tests, on either
        /// route, that <see cref="BranchDecides"/> (<c>if (x * 0 + sigma &lt;= 0)</c> would be printed <c>if (sigma &lt;= 0)</c>). A
        /// comparison of locals is read as written (the locals hold what the source computes), so only what the comparison computes
        /// itself counts. True when one is.
        /// </summary>
        public static bool ReportBranchTests(NumericType type, IReadOnlyList<(Comparison Test, Location Location, string Written)> comparisons, List<Problem> problems)
        {
            var printer = new ProgramPrinter(type, hasMathF: true);
            var reported = new HashSet<Location>();
            foreach ((Comparison test, Location location, string written) in comparisons)
            {
                if (!reported.Contains(location) && BranchDecides(printer, test))
                {
                    reported.Add(location);
                    problems.Add(new Problem(DiagnosticDescriptors.UnsupportedConstruct, location, "The condition '" + written + "'", BranchReason));
                }
            }

            return reported.Count > 0;
        }

        /// <summary>
        /// Whether the instruction <paramref name="test"/>, or a comparison its and/or/not combine, reads an input (a parameter
        /// or a field) and folds to true or false, or folds away a floating-point input it reads.
        /// </summary>
        private static bool Decides(IReadOnlyList<IrInstruction> body, MethodDag dag, int test)
        {
            Expr folded = dag.InstructionValues[test];
            if (IsDecided(folded) && ReadsInput(body, test))
            {
                return true;
            }

            if (IsComparison(body[test].Op) && (DropsInput(body, dag, test, folded) || CancelsIn(body, dag, test) || ChoicesIn(body, test).Any(choice => Decides(body, dag, body[choice].Operands[0]))))
            {
                return true;
            }

            IrInstruction instruction = body[test];
            if (instruction.Op is IrOp.And or IrOp.Or or IrOp.Not)
            {
                foreach (int operand in instruction.Operands)
                {
                    if (Decides(body, dag, operand))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a comparison of floating-point values in <paramref name="test"/> folds to true or false. Integer comparisons
        /// are exact algebra (two constants decide a test of a <c>switch</c> on a constant) and are not reported.
        /// </summary>
        private static bool Decides(ProgramPrinter printer, Test test) => test switch
        {
            Comparison comparison => Decides(printer, comparison, printer.ToCondition(test, name => name)) || TestsOfChoices(comparison.Left).Concat(TestsOfChoices(comparison.Right)).Any(t => Decides(printer, t)),
            Logic l => Decides(printer, l.Left) || Decides(printer, l.Right),
            Negated n => Decides(printer, n.Operand),
            _ => false,
        };

        /// <summary>
        /// Whether a comparison of floating-point values folds to true or false, or folds away a value it reads
        /// (<c>x * 0 + sigma &gt; 0</c> is <c>sigma &gt; 0</c> in algebra, but false for an infinite or NaN x).
        /// </summary>
        private static bool Decides(ProgramPrinter printer, Comparison comparison, Condition folded)
        {
            if (IsDecided(folded))
            {
                return !(DeclaredValues.IsConstant(comparison.Left) && DeclaredValues.IsConstant(comparison.Right));
            }

            var kept = new HashSet<Expr>(TopologicalOrder.OperandsFirst(new Expr[] { folded }));
            return FloatingReads(comparison.Left).Concat(FloatingReads(comparison.Right)).Any(read => !kept.Contains(printer.ToExpr(read, name => name)))
                || ProgramFacts.Within(comparison.Left).Concat(ProgramFacts.Within(comparison.Right)).OfType<Arithmetic>()
                    .Any(a => Cancellation.Cancels(a.Op, printer.ToExpr(a.Left, name => name), printer.ToExpr(a.Right, name => name), printer.ToExpr(a, name => name)));
        }

        /// <summary>
        /// Whether an operation of floating-point values the comparison reads cancels part of its operands (<c>2 * x - x</c>,
        /// <c>x * y / y</c>, <c>x * 0</c>): algebra keeps the input, but not the NaN an infinite one makes there.
        /// </summary>
        private static bool CancelsIn(IReadOnlyList<IrInstruction> body, MethodDag dag, int test) =>
            Reached(body, test).Any(i => body[i].Op is IrOp.Add or IrOp.Subtract or IrOp.Multiply or IrOp.Divide && !body[i].IsInteger
                && Cancellation.Cancels(body[i].Op, dag.InstructionValues[body[i].Operands[0]], dag.InstructionValues[body[i].Operands[1]], dag.InstructionValues[i]));

        /// <summary>
        /// The floating-point variables, elements and fields a value reads, and the integers it converts to floating point
        /// (n / n is NaN at n = 0), in the arms of its <c>?:</c> too (not integers as such: their arithmetic is exact).
        /// </summary>
        private static IEnumerable<Value> FloatingReads(Value value) => ProgramFacts.Within(value).Where(IsFloatingRead);

        private static bool IsFloatingRead(Value v) => v is Read or ElementRead or MatrixElement or FieldRead || (v is FromInteger converted && ProgramFacts.Reads(converted.Operand).Any());

        /// <summary>The tests of the <c>?:</c> a value chooses by, in its operands and arms too (each is a guard's test in part).</summary>
        private static IEnumerable<Test> TestsOfChoices(Value value) => ProgramFacts.Within(value).OfType<Choice>().Select(c => c.Test);

        /// <summary>The choices (<c>?:</c>, <see cref="IrOp.Select"/>) among the instructions a comparison reads.</summary>
        private static IEnumerable<int> ChoicesIn(IReadOnlyList<IrInstruction> body, int at) => Reached(body, at).Where(i => body[i].Op == IrOp.Select);

        /// <summary>
        /// Whether algebra folds away a floating-point input the comparison <paramref name="test"/> reads: its node is not among
        /// the folded comparison's operands, so an infinite or NaN input, which would decide the comparison, is not checked.
        /// </summary>
        private static bool DropsInput(IReadOnlyList<IrInstruction> body, MethodDag dag, int test, Expr folded)
        {
            var kept = new HashSet<Expr>(TopologicalOrder.OperandsFirst(new[] { folded }));
            return Inputs(body, test).Any(input => !body[input].IsInteger && !kept.Contains(dag.InstructionValues[input]));
        }

        private static bool IsComparison(IrOp op) => op is IrOp.Less or IrOp.LessOrEqual or IrOp.Greater or IrOp.GreaterOrEqual or IrOp.Equal or IrOp.NotEqual;

        /// <summary>Whether the instruction reads an input, a parameter or a field, directly or through its operands.</summary>
        private static bool ReadsInput(IReadOnlyList<IrInstruction> body, int at) => Inputs(body, at).Any();

        /// <summary>The inputs, parameters and fields, the instruction reads directly or through its operands.</summary>
        private static IEnumerable<int> Inputs(IReadOnlyList<IrInstruction> body, int at) => Reached(body, at).Where(i => body[i].Op is IrOp.Parameter or IrOp.Field);

        /// <summary>The instruction and every instruction it reads, directly or through its operands, each once.</summary>
        private static IEnumerable<int> Reached(IReadOnlyList<IrInstruction> body, int at)
        {
            var seen = new HashSet<int>();
            var pending = new Stack<int>();
            pending.Push(at);
            while (pending.Count > 0)
            {
                int next = pending.Pop();
                if (!seen.Add(next))
                {
                    continue;
                }

                yield return next;
                foreach (int operand in body[next].Operands)
                {
                    pending.Push(operand);
                }
            }
        }

        private static bool IsDecided(Expr value) => value is Condition { Op: ConditionOp.True or ConditionOp.False };

        /// <summary>
        /// Whether algebra decides a branch's comparison, folds an input out of it (<c>x * w[i] / w[i] &gt; 1</c> drops w[i]), or
        /// folds a part of it that reads inputs to a constant (<c>x + 1 - x</c>, <c>x * 0</c>, <c>G(x) + 1 - G(x)</c>): where IEEE
        /// arithmetic and algebra part there, at finite inputs too, the members would take another branch. A part that only
        /// merges like terms (<c>price - 0.2 * price</c> is <c>0.8 * price</c>, <c>2 * x - x</c> is <c>x</c>) is read as algebra
        /// writes it: the two agree but within a rounding of the threshold or at an infinite input. A call of another method is
        /// one input (its arguments are printed as written); a test of constants alone is decided by IEEE arithmetic as by algebra.
        /// </summary>
        private static bool BranchDecides(ProgramPrinter printer, Comparison comparison)
        {
            var parts = ProgramFacts.Within(comparison.Left, intoCalls: false).Concat(ProgramFacts.Within(comparison.Right, intoCalls: false)).ToList();
            var inputs = parts.Where(IsInput).ToList();
            if (inputs.Count == 0)
            {
                return false;
            }

            Condition folded = printer.ToCondition(comparison, name => name);
            if (IsDecided(folded))
            {
                return true;
            }

            var kept = new HashSet<Expr>(TopologicalOrder.OperandsFirst(new Expr[] { folded }));
            return inputs.Any(input => !kept.Contains(printer.ToExpr(input, name => name)))
                || parts.OfType<Arithmetic>().Any(a => printer.ToExpr(a, name => name) is Constant && ProgramFacts.Within(a, intoCalls: false).Any(IsInput));
        }

        /// <summary>A value that can be infinite or NaN as the method runs: a variable, an element, a field, a converted integer variable, a call's result.</summary>
        private static bool IsInput(Value value) => value is CallValue || IsFloatingRead(value);

        private const string BranchReason = "DiffGen reads it as algebra on real numbers, where it always has one outcome or a value it reads cancels out of it (x * 0 is 0, x - x is 0, x + 1 - x is 1), so where an input is infinite or NaN, or where rounding cancels, the generated members would not take the branch the method takes; write the comparison without the part that cancels, or test the inputs with double.IsFinite before calling the method";

        private static Problem Problem((Location Location, string Written) test) =>
            new Problem(DiagnosticDescriptors.UnsupportedConstruct, test.Location, "The condition '" + test.Written + "'", "DiffGen reads it as algebra on real numbers, where it always has one outcome or a value it reads cancels out of it (x * 0 is 0, x - x is 0), so the generated members would not make the check where the method throws (an infinite or NaN input); " + LoweringAdvice.NotANumberTests);
    }
}
