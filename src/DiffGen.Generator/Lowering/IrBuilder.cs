using System.Collections.Generic;
using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Appends instructions to a lowered body; each method returns the index of the value it produced.</summary>
    internal sealed class IrBuilder
    {
        private static readonly EquatableArray<int> NoOperands = EquatableArray<int>.Empty;
        private readonly List<IrInstruction> instructions = new List<IrInstruction>();
        private readonly List<bool> dependent = new List<bool>();
        private readonly HashSet<string> differentiated;

        /// <param name="differentiated">The names of the differentiated parameters, to tell which values depend on them.</param>
        public IrBuilder(IEnumerable<string> differentiated)
        {
            this.differentiated = new HashSet<string>(differentiated);
        }

        /// <summary>True when the value can change with a differentiated parameter (a Gradient.Stop or a condition cuts that).</summary>
        public bool DependsOnDifferentiated(int index) => dependent[index];

        public EquatableArray<IrInstruction> ToArray() => instructions.ToEquatableArray();

        /// <summary>The instruction that computes the value <paramref name="index"/> holds, past the bindings that name it (<c>double z = y;</c>).</summary>
        public int Unbound(int index)
        {
            while (instructions[index].Op == IrOp.Bind)
            {
                index = instructions[index].Operands[0];
            }

            return index;
        }

        /// <summary>A number, with the literal the source writes for it (its text, kept for the printers), if any.</summary>
        public int Constant(double value, string? written = null) => Add(new IrInstruction(IrOp.Constant, value, written ?? string.Empty, NoOperands));

        /// <summary>A named constant (<c>Math.PI</c>, a const field or local); <paramref name="isInteger"/> when it is of an integer type.</summary>
        public int NamedConstant(string name, double value, string code, bool isInteger) => Add(new IrInstruction(IrOp.NamedConstant, value, name, NoOperands, code, IsInteger: isInteger));

        public int Parameter(string name) => Add(new IrInstruction(IrOp.Parameter, 0, name, NoOperands));

        /// <summary>A field read: <paramref name="code"/> is how generated code reads it, <paramref name="name"/> its name in formulas.</summary>
        public int Field(string code, string name) => Add(new IrInstruction(IrOp.Field, 0, name, NoOperands, code));

        public int Unary(IrOp op, int operand) => Add(new IrInstruction(op, 0, string.Empty, EquatableArray.Of(operand)));

        public int Binary(IrOp op, int left, int right) => Add(new IrInstruction(op, 0, string.Empty, EquatableArray.Of(left, right)));

        public int Call(ElementaryFunction function, IReadOnlyList<int> arguments) => Add(new IrInstruction(IrOp.Call, 0, string.Empty, arguments.ToEquatableArray(), Function: function));

        public int Bind(string localName, int value) => Add(new IrInstruction(IrOp.Bind, 0, localName, EquatableArray.Of(value)));

        public int Truth(bool value) => Add(new IrInstruction(value ? IrOp.True : IrOp.False, 0, string.Empty, NoOperands));

        public int Invoke(int call, IReadOnlyList<int> arguments) => Add(new IrInstruction(IrOp.Invoke, call, string.Empty, arguments.ToEquatableArray()));

        public int Select(int test, int whenTrue, int whenFalse) => Add(new IrInstruction(IrOp.Select, 0, string.Empty, EquatableArray.Of(test, whenTrue, whenFalse)));

        private int Add(IrInstruction instruction)
        {
            bool depends = instruction.Op switch
            {
                IrOp.Parameter => differentiated.Contains(instruction.Text),
                IrOp.Call when instruction.Function == ElementaryFunction.Stop => false,
                IrOp.Select => dependent[instruction.Operands[1]] || dependent[instruction.Operands[2]],
                _ => AnyDependent(instruction.Operands),
            };
            dependent.Add(depends);
            instructions.Add(instruction);
            return instructions.Count - 1;
        }

        private bool AnyDependent(EquatableArray<int> operands)
        {
            for (int i = 0; i < operands.Count; i++)
            {
                if (dependent[operands[i]])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
