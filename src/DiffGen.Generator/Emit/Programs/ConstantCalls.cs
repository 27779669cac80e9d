using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The source's <c>Math</c> calls of constants (<c>Math.Log(2)</c>, <c>Math.Exp(-1)</c>), which a member declares once
    /// at its start (<c>double log2 = Math.Log(2);</c>) and reads by name: kept as written, and computed once per call of
    /// the member instead of in every iteration of a loop and again in the reverse sweep (a call of a constant is not
    /// necessarily folded by the JIT).
    /// </summary>
    internal static class ConstantCalls
    {
        /// <summary>The distinct calls of constants in the method's values, in the order the source first makes them.</summary>
        public static IReadOnlyList<MathCall> Of(LoopProgram program)
        {
            var calls = new List<MathCall>();
            foreach (Value value in ProgramFacts.All(program.Body).SelectMany(ProgramFacts.OwnValues))
            {
                Collect(value, calls);
            }

            return calls;
        }

        /// <summary>A name that says which constant it is: <c>log2</c>, <c>expMinus1</c>, <c>log10Of3</c>, else the function's (<c>log</c>).</summary>
        public static string NameOf(MathCall call) =>
            (call.Arguments.Count == 1 && call.Arguments[0] is Number { Constant: var constant } ? ValueNames.ConstantCallName(call.Function, constant) : null)
            ?? ElementaryFunctions.Row(call.Function).Name.ToLowerInvariant();

        /// <summary>Whether the call is one of the source's calls of constants that stay as written (<see cref="MethodDag.KeepsAsWritten"/>).</summary>
        public static bool IsConstantCall(MathCall call) =>
            call.Arguments.Count > 0 && call.Arguments.All(a => a is Number) && MethodDag.KeepsAsWritten(call.Function, call.Arguments.Count);

        private static void Collect(Value value, List<MathCall> calls)
        {
            switch (value)
            {
                case MathCall call when IsConstantCall(call):
                    if (!calls.Contains(call))
                    {
                        calls.Add(call);
                    }

                    break;
                case MathCall call:
                    foreach (Value argument in call.Arguments)
                    {
                        Collect(argument, calls);
                    }

                    break;
                case Negation n:
                    Collect(n.Operand, calls);
                    break;
                case Arithmetic a:
                    Collect(a.Left, calls);
                    Collect(a.Right, calls);
                    break;
                case Choice c:
                    Collect(c.WhenTrue, calls);
                    Collect(c.WhenFalse, calls);
                    break;
            }
        }
    }
}
