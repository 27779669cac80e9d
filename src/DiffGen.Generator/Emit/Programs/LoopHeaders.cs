using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>Loop statements as the source wrote them: <c>for</c>, <c>while</c> and <c>do</c>.</summary>
    internal static class LoopHeaders
    {
        /// <summary>The loop around <paramref name="body"/>.</summary>
        public static CodeBlock Block(ProgramPrinter p, Loop loop, Versions versions, List<CodeNode> body)
        {
            if (loop.Counting != null)
            {
                (string forward, List<string> reads) = p.Capture(() => Forward(p, loop.Counting, versions));
                return CodeBlock.Loop(forward, body, reads.Append(loop.Counting.Index), comment: RunsOnce(loop.Counting) ? OnceNote : null);
            }

            (string condition, List<string> conditionReads) = p.Capture(() => p.Print(loop.Condition, versions.Of));
            if (!loop.TestFirst)
            {
                return CodeBlock.Loop("do", body, conditionReads, trailer: "while (" + condition + ");");
            }

            if (loop.Initializers.Count == 0 && loop.Steps.Count == 0)
            {
                return CodeBlock.Loop("while (" + condition + ")", body, conditionReads);
            }

            (string header, List<string> headerReads) = p.Capture(() => "for (" + Inline(p, loop.Initializers, versions) + "; " + condition + "; " + Inline(p, loop.Steps, versions) + ")");
            IEnumerable<string> counters = ProgramFacts.Declared(loop.Initializers).Concat(ProgramFacts.Assigned(loop.Steps).Select(versions.Of));
            return CodeBlock.Loop(header, body, headerReads.Concat(conditionReads).Concat(counters));
        }

        /// <summary>What a loop of one iteration is for, said beside it (<see cref="RunsOnce"/>).</summary>
        public const string OnceNote = "Runs once where the if's test holds and never otherwise: the sweeps take a call that passes an array in a loop, not in an if.";

        /// <summary>
        /// Whether the loop counts from 0 to <c>test ? 1 : 0</c>: the loop of one iteration the lowering runs a call that
        /// passes an array in, inside an if it took apart.
        /// </summary>
        public static bool RunsOnce(CountingLoop counting) =>
            counting.Comparison == ConditionOp.Less && counting.From is IntegerNumber { Constant: 0 }
            && counting.Bound is IntegerChoice { WhenTrue: IntegerNumber { Constant: 1 }, WhenFalse: IntegerNumber { Constant: 0 } };

        /// <summary><c>for (int i = from; i &lt; bound; i++)</c>.</summary>
        public static string Forward(ProgramPrinter p, CountingLoop counting, Versions versions)
        {
            string i = counting.Index;
            string op = counting.Comparison switch { ConditionOp.Less => "<", ConditionOp.LessOrEqual => "<=", ConditionOp.Greater => ">", _ => ">=" };
            return "for (int " + i + " = " + p.Integer(counting.From, versions.Of) + "; " + i + " " + op + " " + p.Comparand(counting.Bound, versions.Of) + "; " + i + (counting.Up ? "++" : "--") + ")";
        }

        /// <summary>The integer declarations and steps of a for header, comma-separated.</summary>
        private static string Inline(ProgramPrinter p, IEnumerable<Statement> statements, Versions versions)
        {
            var parts = new List<string>();
            bool declared = false;
            foreach (Statement statement in statements)
            {
                switch (statement)
                {
                    case DeclareInteger d:
                        // for (int i = 0, j = n - 1; ...): one declaration, several declarators.
                        parts.Add((declared ? string.Empty : d.Type + " ") + d.Name + " = " + p.Integer(d.Value, versions.Of));
                        declared = true;
                        break;
                    case AssignInteger a:
                        parts.Add(Step(p, versions.Of(a.Name), a.Value, versions));
                        break;
                    default:
                        throw new System.InvalidOperationException("A for loop's header declares and steps integers only.");
                }
            }

            return string.Join(", ", parts);
        }

        /// <summary><c>i++</c>, <c>i += 2</c> or <c>i = e</c>, as a person writes an integer update.</summary>
        public static string Step(ProgramPrinter p, string name, Integer value, Versions versions) => value switch
        {
            IntegerArithmetic { Op: IrOp.Add, Left: IntegerRead r, Right: IntegerNumber { Constant: 1 } } when versions.Of(r.Variable) == name => name + "++",
            IntegerArithmetic { Op: IrOp.Subtract, Left: IntegerRead r, Right: IntegerNumber { Constant: 1 } } when versions.Of(r.Variable) == name => name + "--",
            IntegerArithmetic { Op: IrOp.Add, Left: IntegerRead r } a when versions.Of(r.Variable) == name => name + " += " + p.Integer(a.Right, versions.Of),
            IntegerArithmetic { Op: IrOp.Subtract, Left: IntegerRead r } a when versions.Of(r.Variable) == name => name + " -= " + p.Integer(a.Right, versions.Of),
            _ => name + " = " + p.Integer(value, versions.Of),
        };
    }
}
