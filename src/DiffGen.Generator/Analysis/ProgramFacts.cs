using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>What statements and expressions of a <see cref="LoopProgram"/> read and write, by variable name.</summary>
    internal static class ProgramFacts
    {
        /// <summary>The variables the statements assign (declarations included), local arrays by their name.</summary>
        public static ISet<string> Assigned(IEnumerable<Statement> statements)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (Statement statement in All(statements))
            {
                switch (statement)
                {
                    case DeclareScalar s: names.Add(s.Name); break;
                    case AssignScalar s: names.Add(s.Name); break;
                    case DeclareInteger s: names.Add(s.Name); break;
                    case AssignInteger s: names.Add(s.Name); break;
                    case DeclareArray s: names.Add(s.Name); break;
                    case DeclareIntegerArray s: names.Add(s.Name); break;
                    case AssignElement s: names.Add(s.Array); break;
                }
            }

            return names;
        }

        /// <summary>The variables the statements declare (loop initializers included).</summary>
        public static ISet<string> Declared(IEnumerable<Statement> statements)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (Statement statement in All(statements))
            {
                switch (statement)
                {
                    case DeclareScalar s: names.Add(s.Name); break;
                    case DeclareInteger s: names.Add(s.Name); break;
                    case DeclareArray s: names.Add(s.Name); break;
                    case DeclareIntegerArray s: names.Add(s.Name); break;
                }
            }

            return names;
        }

        /// <summary>Every statement, nested ones included, in source order.</summary>
        public static IEnumerable<Statement> All(IEnumerable<Statement> statements)
        {
            foreach (Statement statement in statements)
            {
                yield return statement;
                IEnumerable<Statement> inner = statement switch
                {
                    IfStatement b => b.Then.Concat(b.Else),
                    Loop l => l.Initializers.Concat(l.Steps).Concat(l.Body),
                    _ => Enumerable.Empty<Statement>(),
                };
                foreach (Statement nested in All(inner))
                {
                    yield return nested;
                }
            }
        }

        /// <summary>True when every path through the statements leaves the iteration (break or continue).</summary>
        public static bool AlwaysLeaves(IEnumerable<Statement> block) => block.Any(s => s is Break or Continue || (s is IfStatement b && AlwaysLeaves(b.Then) && AlwaysLeaves(b.Else)));

        /// <summary>True when some path through the statements leaves the iteration (break or continue, not in a nested loop).</summary>
        public static bool MayLeave(IEnumerable<Statement> block) => block.Any(s => s is Break or Continue || (s is IfStatement b && (MayLeave(b.Then) || MayLeave(b.Else))));

        /// <summary>
        /// True when the index is the loop's counter plus terms that read nothing the loop changes
        /// (<c>i</c>, <c>j * n + i</c>, <c>i - 1</c>): each iteration reaches its own element.
        /// </summary>
        public static bool IsCounterPlusInvariant(Integer index, string counter, ISet<string> changed)
        {
            bool Invariant(Integer e) => Reads(e).All(v => v != counter && !changed.Contains(v));
            return index switch
            {
                IntegerRead r => r.Variable == counter,
                IntegerArithmetic { Op: IrOp.Add } a => (IsCounterPlusInvariant(a.Left, counter, changed) && Invariant(a.Right)) || (IsCounterPlusInvariant(a.Right, counter, changed) && Invariant(a.Left)),
                IntegerArithmetic { Op: IrOp.Subtract } a => IsCounterPlusInvariant(a.Left, counter, changed) && Invariant(a.Right),
                _ => false,
            };
        }

        /// <summary>Every variable an integer expression reads.</summary>
        public static IEnumerable<string> Reads(Integer e) => e switch
        {
            IntegerRead r => new[] { r.Variable },
            IntegerElement element => new[] { element.Array }.Concat(Reads(element.Index)),
            LengthOf l => new[] { l.Array },
            MatrixLength l => new[] { l.Array }.Concat(Reads(l.Dimension)),
            RowLength l => new[] { l.Array }.Concat(Reads(l.Row)),
            IntegerNegation n => Reads(n.Operand),
            IntegerCast c => Reads(c.Operand),
            IntegerArithmetic a => Reads(a.Left).Concat(Reads(a.Right)),
            IntegerMath m => m.Arguments.SelectMany(Reads),
            IntegerChoice c => Reads(c.Test).Concat(Reads(c.WhenTrue)).Concat(Reads(c.WhenFalse)),
            IntegerOfData d => Reads(d.Operand),
            _ => Enumerable.Empty<string>(),
        };

        /// <summary>
        /// The variables an integer expression reads the values of: <see cref="Reads(Integer)"/> but for an array read only for
        /// its length, which writes to its elements leave alone.
        /// </summary>
        public static IEnumerable<string> ValueReads(Integer e) => e switch
        {
            LengthOf => Enumerable.Empty<string>(),
            MatrixLength l => ValueReads(l.Dimension),
            RowLength l => ValueReads(l.Row),
            IntegerElement element => new[] { element.Array }.Concat(ValueReads(element.Index)),
            IntegerNegation n => ValueReads(n.Operand),
            IntegerCast c => ValueReads(c.Operand),
            IntegerArithmetic a => ValueReads(a.Left).Concat(ValueReads(a.Right)),
            IntegerMath m => m.Arguments.SelectMany(ValueReads),
            _ => Reads(e),
        };

        /// <summary>Every variable a floating-point expression reads (arrays by name, with their indices' variables).</summary>
        public static IEnumerable<string> Reads(Value e) => e switch
        {
            Read r => new[] { r.Variable },
            ElementRead el => new[] { el.Array }.Concat(Reads(el.Index)),
            MatrixElement m => new[] { m.Array }.Concat(Reads(m.Row)).Concat(Reads(m.Column)),
            FromInteger i => Reads(i.Operand),
            Negation n => Reads(n.Operand),
            Arithmetic a => Reads(a.Left).Concat(Reads(a.Right)),
            MathCall c => c.Arguments.SelectMany(Reads),
            Choice c => Reads(c.Test).Concat(Reads(c.WhenTrue)).Concat(Reads(c.WhenFalse)),
            CallValue c => c.Arguments.SelectMany(a => a.Scalar != null ? Reads(a.Scalar) : a.Array != null ? new[] { a.Array } : a.Data != null ? Reads(a.Data) : Enumerable.Empty<string>()),
            _ => Enumerable.Empty<string>(),
        };

        /// <summary>The floating-point variable or array a statement writes and the values it writes there; null and none for the others.</summary>
        public static (string? Target, IEnumerable<Value> Values) Definition(Statement statement) => statement switch
        {
            DeclareScalar s => (s.Name, new[] { s.Value }),
            AssignScalar s => (s.Name, new[] { s.Value }),
            AssignElement s => (s.Array, new[] { s.Value }),
            DeclareArray s => (s.Name, s.Elements),
            _ => ((string?)null, Enumerable.Empty<Value>()),
        };

        /// <summary>The variables whose value can change with a differentiated parameter (a fixpoint over loops).</summary>
        public static HashSet<string> Active(IEnumerable<Statement> body, IEnumerable<string> differentiated)
        {
            var result = new HashSet<string>(differentiated, System.StringComparer.Ordinal);
            var statements = All(body).ToList();
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (Statement statement in statements)
                {
                    (string? target, IEnumerable<Value> values) = Definition(statement);
                    if (target != null && !result.Contains(target) && values.SelectMany(FloatReads).Any(result.Contains))
                    {
                        result.Add(target);
                        changed = true;
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// The variables whose value reaches a returned value through arithmetic, a fixpoint backwards from the returns: a value
        /// the method reads only in tests, indices or <c>Gradient.Stop</c> carries no derivative to the result.
        /// </summary>
        public static HashSet<string> Useful(IEnumerable<Statement> body)
        {
            var statements = All(body).ToList();
            var useful = new HashSet<string>(statements.OfType<Return>().SelectMany(r => FloatReads(r.Value)), System.StringComparer.Ordinal);
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (Statement statement in statements)
                {
                    (string? target, IEnumerable<Value> values) = Definition(statement);
                    if (target != null && useful.Contains(target))
                    {
                        foreach (string read in values.SelectMany(FloatReads))
                        {
                            changed |= useful.Add(read);
                        }
                    }
                }
            }

            return useful;
        }

        /// <summary>
        /// The value and every value inside it: operands of its arithmetic, arguments of its calls (scalar arguments of a call of
        /// another method too, unless <paramref name="intoCalls"/> is false: the call is then one value), and both arms of its
        /// choices (not their tests, nor indices: those are tests and integers).
        /// </summary>
        public static IEnumerable<Value> Within(Value v) => Within(v, intoCalls: true);

        /// <inheritdoc cref="Within(Value)"/>
        public static IEnumerable<Value> Within(Value v, bool intoCalls)
        {
            yield return v;
            IEnumerable<Value> inner = v switch
            {
                Negation n => new[] { n.Operand },
                Arithmetic a => new[] { a.Left, a.Right },
                MathCall c => c.Arguments,
                Choice c => new[] { c.WhenTrue, c.WhenFalse },
                CallValue c when intoCalls => c.Arguments.Where(a => a.Scalar != null).Select(a => a.Scalar!),
                _ => Enumerable.Empty<Value>(),
            };
            foreach (Value value in inner.SelectMany(inside => Within(inside, intoCalls)))
            {
                yield return value;
            }
        }

        /// <summary>The floating-point variables and arrays a value reads through its arithmetic (not through conditions, indices or Gradient.Stop).</summary>
        public static IEnumerable<string> FloatReads(Value v) => v switch
        {
            Read r => new[] { r.Variable },
            ElementRead e => new[] { e.Array },
            Negation n => FloatReads(n.Operand),
            Arithmetic a => FloatReads(a.Left).Concat(FloatReads(a.Right)),
            MathCall { Function: ElementaryFunction.Stop } => Enumerable.Empty<string>(),
            MathCall c => c.Arguments.SelectMany(FloatReads),
            Choice c => FloatReads(c.WhenTrue).Concat(FloatReads(c.WhenFalse)),
            CallValue c => c.Arguments.Where(a => a.HasDerivative).SelectMany(a => a.Scalar != null ? FloatReads(a.Scalar) : a.Array != null ? new[] { a.Array } : Enumerable.Empty<string>()),
            _ => Enumerable.Empty<string>(),
        };

        public static IEnumerable<string> Reads(Test t) => t switch
        {
            Comparison c => Reads(c.Left).Concat(Reads(c.Right)),
            IntegerComparison c => Reads(c.Left).Concat(Reads(c.Right)),
            Logic l => Reads(l.Left).Concat(Reads(l.Right)),
            Negated n => Reads(n.Operand),
            _ => Enumerable.Empty<string>(),
        };

        /// <summary>Whether the value calls a method (a [Differentiable] callee or a custom derivative), in a test too.</summary>
        public static bool CallsAMethod(Value value) => value switch
        {
            CallValue => true,
            Negation n => CallsAMethod(n.Operand),
            Arithmetic a => CallsAMethod(a.Left) || CallsAMethod(a.Right),
            MathCall c => c.Arguments.Any(CallsAMethod),
            Choice c => CallsAMethod(c.Test) || CallsAMethod(c.WhenTrue) || CallsAMethod(c.WhenFalse),
            _ => false,
        };

        private static bool CallsAMethod(Test test) => test switch
        {
            Comparison c => CallsAMethod(c.Left) || CallsAMethod(c.Right),
            Logic l => CallsAMethod(l.Left) || CallsAMethod(l.Right),
            Negated n => CallsAMethod(n.Operand),
            _ => false,
        };

        /// <summary>The floating-point values a statement computes itself (not those of nested statements).</summary>
        public static IEnumerable<Value> OwnValues(Statement statement) => statement switch
        {
            DeclareScalar s => new[] { s.Value },
            AssignScalar s => new[] { s.Value },
            AssignElement s => new[] { s.Value },
            DeclareArray s => s.Elements,
            Return r => new[] { r.Value },
            _ => Enumerable.Empty<Value>(),
        };

        /// <summary>The variables a statement reads itself (not in nested statements): its right-hand side, index, test or bound.</summary>
        public static IEnumerable<string> OwnReads(Statement statement) => statement switch
        {
            DeclareScalar s => Reads(s.Value),
            AssignScalar s => Reads(s.Value),
            DeclareInteger s => Reads(s.Value),
            AssignInteger s => Reads(s.Value),
            DeclareArray s => Reads(s.Length).Concat(s.Elements.SelectMany(Reads)),
            DeclareIntegerArray s => s.Elements.SelectMany(Reads),
            AssignElement s => Reads(s.Index).Concat(Reads(s.Value)),
            IfStatement b => Reads(b.Test),
            Loop l => Reads(l.Condition),
            Return r => Reads(r.Value),
            _ => Enumerable.Empty<string>(),
        };

        /// <summary>For <c>v = v + e</c> or <c>v = v - e</c> (e not reading v): e and its sign; null otherwise.</summary>
        public static (Value Term, bool Negative)? AccumulatedTerm(AssignScalar assign) => assign.Value switch
        {
            Arithmetic { Op: IrOp.Add, Left: Read r, Right: var e } when r.Variable == assign.Name && !Reads(e).Contains(assign.Name) => (e, false),
            Arithmetic { Op: IrOp.Add, Left: var e, Right: Read r } when r.Variable == assign.Name && !Reads(e).Contains(assign.Name) => (e, false),
            Arithmetic { Op: IrOp.Subtract, Left: Read r, Right: var e } when r.Variable == assign.Name && !Reads(e).Contains(assign.Name) => (e, true),
            _ => null,
        };

        /// <summary>
        /// For <c>v op= e</c> as the source wrote it (<see cref="AssignScalar.Compound"/>), while the value is still
        /// <c>v op e</c>: the operator and e, for printing it so; null otherwise.
        /// </summary>
        public static (IrOp Op, Value Term)? WrittenCompound(AssignScalar assign) =>
            assign.Compound && assign.Value is Arithmetic { Op: IrOp.Add or IrOp.Subtract or IrOp.Multiply or IrOp.Divide, Left: Read { Cast.Length: 0 } r } a && r.Variable == assign.Name
                ? (a.Op, a.Right)
                : null;

        /// <summary>For <c>a[k] = a[k] + e</c> or <c>a[k] = a[k] - e</c> (e not reading a): e and its sign; null otherwise.</summary>
        public static (Value Term, bool Negative)? AccumulatedTerm(AssignElement assign) => assign.Value switch
        {
            Arithmetic { Op: IrOp.Add, Left: ElementRead r, Right: var e } when r.Array == assign.Array && r.Index.Equals(assign.Index) && !Reads(e).Contains(assign.Array) => (e, false),
            Arithmetic { Op: IrOp.Subtract, Left: ElementRead r, Right: var e } when r.Array == assign.Array && r.Index.Equals(assign.Index) && !Reads(e).Contains(assign.Array) => (e, true),
            _ => null,
        };

        /// <summary>
        /// True when the loop only adds to the variable: every write of it in the loop is <c>v = v ± e</c> with e not
        /// reading v, and nothing else in the loop reads v (its adjoint passes through each iteration unchanged).
        /// </summary>
        public static bool IsAccumulator(string name, Loop loop)
        {
            foreach (Statement statement in All(loop.Body.Concat(loop.Steps)).Concat(new Statement[] { loop }))
            {
                switch (statement)
                {
                    case AssignScalar assign when assign.Name == name:
                        if (AccumulatedTerm(assign) == null)
                        {
                            return false;
                        }

                        break;
                    case AssignScalar assign when Reads(assign.Value).Contains(name):
                        return false;
                    default:
                        if (!(statement is AssignScalar) && OwnReads(statement).Contains(name))
                        {
                            return false;
                        }

                        break;
                }
            }

            return true;
        }
    }
}
