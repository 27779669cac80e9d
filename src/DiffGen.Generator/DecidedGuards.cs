using System.Collections.Generic;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Emit.Programs;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering;
using DiffGen.Generator.Symbolic;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator
{
    /// <summary>
    /// Throwing guards whose test algebra decides: <c>x - x != 0</c> and <c>x * 0 != 0</c> are tests for infinity and NaN
    /// that the DAG, reading them as algebra on real numbers, simplifies to false. The generated members would drop the
    /// check and return where the method throws, so each such comparison is DIFF010 at the guard's test, on either route.
    /// A comparison is checked on its own, not only the whole test: in <c>x - x != 0 || sigma &lt;= 0</c> the first half
    /// would be dropped although the whole is not decided. (This root file may use Symbolic and Emit, like the pipeline.)
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
                if (Decides(lowered.Body, dag, lowered.Guards[i].Test))
                {
                    problems.Add(Problem(tests[i]));
                    any = true;
                }
            }

            return any;
        }

        /// <summary>
        /// Reports the decided comparisons of a program's throwing guards (<see cref="EarlyReturn.Throws"/>); true when one is.
        /// <paramref name="tests"/> stand in the order of <see cref="LoopProgram.EarlyReturns"/>.
        /// </summary>
        public static bool Report(LoopProgram program, NumericType type, IReadOnlyList<(Location Location, string Written)> tests, List<Problem> problems)
        {
            var printer = new ProgramPrinter(type, hasMathF: true);
            bool any = false;
            for (int i = 0; i < program.EarlyReturns.Count && i < tests.Count; i++)
            {
                if (program.EarlyReturns[i].Throws != null && Decides(printer, program.EarlyReturns[i].Test))
                {
                    problems.Add(Problem(tests[i]));
                    any = true;
                }
            }

            return any;
        }

        /// <summary>Whether the instruction <paramref name="test"/>, or a comparison its and/or/not combine, folds to true or false.</summary>
        private static bool Decides(IReadOnlyList<IrInstruction> body, MethodDag dag, int test)
        {
            if (IsDecided(dag.InstructionValues[test]))
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
            Comparison => IsDecided(printer.ToCondition(test, name => name)),
            Logic l => Decides(printer, l.Left) || Decides(printer, l.Right),
            Negated n => Decides(printer, n.Operand),
            _ => false,
        };

        private static bool IsDecided(Expr value) => value is Condition { Op: ConditionOp.True or ConditionOp.False };

        private static Problem Problem((Location Location, string Written) test) =>
            new Problem(DiagnosticDescriptors.UnsupportedConstruct, test.Location, "The condition '" + test.Written + "'", "DiffGen reads it as algebra on real numbers, where it always has one outcome, so the generated members would not make the check where the method throws (an infinite or NaN input); " + LoweringAdvice.NotANumberTests);
    }
}
