using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Where a statement reads elements of a floating-point array: the index of each element read, or null
    /// where it reads the array as a whole (an array argument of a call). The old value an accumulation
    /// <c>a[k] += e</c> adds to is not among them: the reverse sweep never needs it.
    /// </summary>
    internal static class ElementReads
    {
        public static List<Integer?> Of(Statement statement, string array)
        {
            var found = new List<Integer?>();
            switch (statement)
            {
                case AssignElement write when write.Array == array && ProgramFacts.AccumulatedTerm(write) is (Value term, bool _):
                    In(term, array, found);
                    In(write.Index, array, found);
                    break;
                case AssignElement write:
                    In(write.Value, array, found);
                    In(write.Index, array, found);
                    break;
                case DeclareScalar s:
                    In(s.Value, array, found);
                    break;
                case AssignScalar s:
                    In(s.Value, array, found);
                    break;
                case Return r:
                    In(r.Value, array, found);
                    break;
                case DeclareArray d:
                    foreach (Value element in d.Elements)
                    {
                        In(element, array, found);
                    }

                    In(d.Length, array, found);
                    break;
                case DeclareInteger d:
                    In(d.Value, array, found);
                    break;
                case AssignInteger a:
                    In(a.Value, array, found);
                    break;
                case DeclareIntegerArray d:
                    foreach (Integer element in d.Elements)
                    {
                        In(element, array, found);
                    }

                    break;
                case IfStatement b:
                    In(b.Test, array, found);
                    break;
                case Loop l:
                    In(l.Condition, array, found);
                    break;
            }

            return found;
        }

        private static void In(Value value, string array, List<Integer?> found)
        {
            switch (value)
            {
                case ElementRead e:
                    if (e.Array == array)
                    {
                        found.Add(e.Index);
                    }

                    In(e.Index, array, found);
                    break;
                case FromInteger i:
                    In(i.Operand, array, found);
                    break;
                case MatrixElement m:
                    In(m.Row, array, found);
                    In(m.Column, array, found);
                    break;
                case Negation n:
                    In(n.Operand, array, found);
                    break;
                case Arithmetic a:
                    In(a.Left, array, found);
                    In(a.Right, array, found);
                    break;
                case MathCall c:
                    foreach (Value argument in c.Arguments)
                    {
                        In(argument, array, found);
                    }

                    break;
                case Choice c:
                    In(c.Test, array, found);
                    In(c.WhenTrue, array, found);
                    In(c.WhenFalse, array, found);
                    break;
                case CallValue c:
                    foreach (CallArgument argument in c.Arguments)
                    {
                        if (argument.Scalar != null)
                        {
                            In(argument.Scalar, array, found);
                        }
                        else if (argument.Array == array)
                        {
                            found.Add(null);
                        }
                        else if (argument.Data != null)
                        {
                            In(argument.Data, array, found);
                        }
                    }

                    break;
            }
        }

        private static void In(Integer value, string array, List<Integer?> found)
        {
            switch (value)
            {
                case IntegerElement e:
                    In(e.Index, array, found);
                    break;
                case MatrixLength l:
                    In(l.Dimension, array, found);
                    break;
                case RowLength l:
                    In(l.Row, array, found);
                    break;
                case IntegerNegation n:
                    In(n.Operand, array, found);
                    break;
                case IntegerCast c:
                    In(c.Operand, array, found);
                    break;
                case IntegerArithmetic a:
                    In(a.Left, array, found);
                    In(a.Right, array, found);
                    break;
                case IntegerMath m:
                    foreach (Integer argument in m.Arguments)
                    {
                        In(argument, array, found);
                    }

                    break;
                case IntegerChoice c:
                    In(c.Test, array, found);
                    In(c.WhenTrue, array, found);
                    In(c.WhenFalse, array, found);
                    break;
                case IntegerOfData d:
                    In(d.Operand, array, found);
                    break;
            }
        }

        private static void In(Test test, string array, List<Integer?> found)
        {
            switch (test)
            {
                case Comparison c:
                    In(c.Left, array, found);
                    In(c.Right, array, found);
                    break;
                case IntegerComparison c:
                    In(c.Left, array, found);
                    In(c.Right, array, found);
                    break;
                case Logic l:
                    In(l.Left, array, found);
                    In(l.Right, array, found);
                    break;
                case Negated n:
                    In(n.Operand, array, found);
                    break;
            }
        }
    }
}
