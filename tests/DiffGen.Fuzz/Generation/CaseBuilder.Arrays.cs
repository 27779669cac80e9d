using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        private static IntExpr Len(string array) => new Length(array);

        /// <summary>
        /// Array and span parameters: reductions, foreach, recurrences, running maxima, neighbours, flat 2-D indexing, calls
        /// taking arrays, a row's element read by every column (w[i], w[i + 1] past the end, w[i - 1] behind a test); now and then an int[] idx of indices into w (w[idx[i]]), or labels kept in a double[] lab read as (int)lab[i] (w[(int)lab[i]]); and now and then a multi-dimensional data parameter X (double[,] or double[][], rows × w.Length),
        /// read as X[k, i] beside w[i], by a design-matrix loop, and by a callee it is passed to. By default and with
        /// [Differentiable("w", "b")] alike, X is data.
        /// </summary>
        public FuzzCase Arrays()
        {
            int length = g.Random.Next(2, 6);
            ParameterKind Kind(double spans) => g.Chance(spans) ? g.Pick(ParameterKind.ReadOnlySpan, ParameterKind.Span) : ParameterKind.Array;
            var parameters = new List<Parameter>
            {
                new Parameter("w", Kind(0.3), length),
                Real("b"),
                new Parameter("x", Kind(0.4), length),
            };
            Parameter? data = null;
            if (g.Chance(0.4))
            {
                data = new Parameter("X", g.Pick(ParameterKind.Matrix, ParameterKind.Jagged), g.Random.Next(1, 4), length);
                parameters.Insert(g.Random.Next(parameters.Count + 1), data);
            }

            if (g.Chance(0.25))
            {
                // An int[] of indices into w, as class labels and token ids are passed: data, read as idx[i] in w[idx[i]].
                // Now and then a ReadOnlySpan<int> instead (docs/supported.md: integer arrays and spans).
                var indices = new Parameter("idx", g.Chance(0.3) ? ParameterKind.IndexSpan : ParameterKind.Indices, length);
                if (parameters.All(p => p.Kind != ParameterKind.ReadOnlySpan && p.Kind != ParameterKind.Span) && g.Chance(0.25))
                {
                    // Integers of another type (docs/supported.md: long[] counts, and of short, byte, uint, ...): indices into arrays
                    // (a span's indexer takes an int only, so w and x are arrays here).
                    indices = indices with { IntType = g.Pick("long", "short", "byte", "uint") };
                }

                parameters.Insert(g.Random.Next(parameters.Count + 1), indices);
                indexType = indices.IntType;
            }

            Parameter? single = null;
            if (!isFloat && g.Chance(0.08))
            {
                // A float[] of data in a double method (docs/supported.md, "float and double"), never differentiated: read beside a double.
                single = new Parameter("d", ParameterKind.Array, length, Single: true);
                parameters.Insert(g.Random.Next(parameters.Count + 1), single);
            }

            bool labels = g.Chance(0.2);
            if (labels)
            {
                // Class labels kept in a double[] (float[]), as notebooks pass them: data, read as (int)lab[i] in w[(int)lab[i]].
                parameters.Insert(g.Random.Next(parameters.Count + 1), new Parameter("lab", ParameterKind.Labels, length));
            }

            // [Differentiable] alone would differentiate lab, a double[], and its conversion would cut a derivative (DIFF013).
            ImmutableArray<string>? withRespectTo = labels || single != null ? (g.Chance(0.5) ? ImmutableArray.Create("w", "b") : ImmutableArray.Create("w", "b", "x"))
                : g.Chance(0.5) ? ImmutableArray.Create("w", "b") : null;
            Scope scope = ScopeOf(parameters);
            if (data != null)
            {
                // Constant indices anywhere: X[k, c] with k a row and c a column.
                for (int k = 0; k < 2; k++)
                {
                    scope.Data.Add(DataAt(data, N(g.Random.Next(data.IntValue)), N(g.Random.Next(length))));
                }
            }

            scope.AllowConditionals = g.Chance(0.3);
            scope.IntegerArithmetic = true;
            var body = new List<Stmt>();
            var results = new List<string>();
            var methods = CalleesFor(scope, 0.25);
            if (g.Chance(0.1))
            {
                // An integer local function of one expression, used as an index (docs/supported.md: int Prev(int k) => k - 1;).
                body.Add(new IntLocalFunction("Prev", "k", new IntConditional(new IntCompare(">", I("k"), N(0)), ISub(I("k"), N(1)), N(0)), Static: g.Chance(0.5)));
                scope.Elements.Add(("w", new IntLocalCall("Prev", N(length - 1))));
                prevFunction = true;
            }

            if (g.Chance(0.08))
            {
                // A guard that throws before the work (docs/supported.md): every member makes the check first; it never holds here.
                body.Add(new VerbatimStatement("if (w.Length > 1000 || b > 1e30f) throw new global::System.ArgumentException($\"w has {w.Length} values\", nameof(w));"));
            }

            if (g.Chance(0.1))
            {
                body.Add(EarlyReturn(scope, g.Chance(0.5)
                    ? new Compare(g.Pick(">", "<"), R("b"), Lit(g.Pick("0.375", "-0.25")))
                    : new Logic("&&", new IntCompare(">", Len("x"), N(2)), new Compare(">", R("b"), Lit("0")))));
            }

            int blocks = g.Random.Next(1, 3);

            // Now and then one sum over the elements alone: each weight read by its own iteration only, so the gradient
            // writes each entry once instead of zeroing and adding (least squares with one weight per element).
            bool ownTerms = blocks == 1 && g.Chance(0.35);
            for (int k = 0; k < blocks; k++)
            {
                body.AddRange(ArrayBlock(scope, results, parameters, methods, data, ownTerms ? 0 : null));
            }

            if (single != null)
            {
                // d[i] times a double: widened exactly, so the method computes in double what the oracle does.
                string r = Fresh("s");
                string i = Fresh("i");
                Scope each = scope.Clone();
                each.Ints.Add(i);
                each.Elements.Add(("w", I(i)));
                each.Elements.Add(("x", I(i)));
                Expr term = Term(each, 1);
                term = each.IsInteger(term) ? Add(term, Lit("0.5")) : term;
                results.Add(r);
                body.Add(new Declare(r, Lit("0")));
                body.Add(new For(i, N(0), "<", Len(g.Pick("d", "w")), "++", S(new Assign(r, "+=", Mul(new Element("d", I(i)), term)))));
            }

            prevFunction = false;
            indexType = "int";
            body.Add(new Return(WithSingle(parameters, Final(scope, results), ResultExpression(scope, results))));
            methods.Insert(0, Entry(parameters, S(body), withRespectTo));
            return new FuzzCase("arrays", isFloat, methods.ToImmutableArray());
        }

        /// <summary>The element type of the arrays family's idx (int, or long, short, ...).</summary>
        private string indexType = "int";

        /// <summary>Set while the arrays family's body declares the local function Prev (an index one behind, never below 0).</summary>
        private bool prevFunction;

        /// <summary>
        /// The int[] (or ReadOnlySpan&lt;int&gt;) idx read as docs/supported.md lists it besides indices: in a test
        /// (<c>idx[i] == 1</c>), as an inner loop's bound (<c>k &lt; idx[i]</c>, below w.Length by construction), and by
        /// <c>foreach (int k in idx)</c>.
        /// </summary>
        private IEnumerable<Stmt> IndexDataBlock(Scope outer, Scope each, string i, string r)
        {
            yield return new Declare(r, Lit("0"));
            switch (g.Random.Next(3))
            {
                case 0:
                    yield return new For(i, N(0), "<", Len("w"), "++", S(
                        new If(new IntCompare(g.Pick("==", "!=", ">"), new IntElement("idx", I(i)), N(g.Random.Next(0, 3))),
                            S(new Assign(r, "+=", Term(each, 1))),
                            S(new Assign(r, "-=", Term(each, 1))),
                            Braceless: g.Chance(0.5))));
                    break;
                case 1:
                    {
                        string k = Fresh("k");
                        Scope inner = outer.Clone();
                        inner.Ints.Add(i);
                        inner.Ints.Add(k);
                        inner.Elements.Add(("w", I(k)));
                        inner.Elements.Add(("x", I(i)));
                        yield return new For(i, N(0), "<", Len("w"), "++", S(
                            new For(k, N(0), "<", new IntElement("idx", I(i)), "++", S(new Assign(r, "+=", Mul(new Element("w", I(k)), Term(inner, 1)))))));
                        break;
                    }

                default:
                    {
                        string k = Fresh("k");
                        Scope inner = outer.Clone();
                        inner.Ints.Add(k);
                        inner.Elements.Add(("x", I(k)));
                        yield return new Foreach(k, "idx", S(new Assign(r, "+=", Mul(new Element("w", I(k)), Term(inner, 1)))), Integer: true, IntType: indexType);
                        break;
                    }
            }
        }

        /// <summary>An element of the data matrix: X[row, column] or X[row][column].</summary>
        private static Expr DataAt(Parameter data, IntExpr row, IntExpr column) => new MatrixElement(data.Name, row, column, data.Kind == ParameterKind.Jagged);

        private IEnumerable<Stmt> ArrayBlock(Scope outer, List<string> results, List<Parameter> parameters, List<Method> methods, Parameter? data, int? only = null)
        {
            // Sibling loops often count with one name, as people write them.
            string i = g.Chance(0.4) ? "i" : Fresh("i");
            Scope each = outer.Clone();
            each.Ints.Add(i);
            each.Elements.Add(("w", I(i)));
            each.Elements.Add(("x", I(i)));
            if (g.Chance(0.2))
            {
                // Indices from the end, as people write the last elements: x[^(i + 1)] walks x backwards, w[^(w.Length - i)] is w[i].
                each.Elements.Add(("x", new FromEnd(new IntBinary("+", I(i), N(1)))));
                each.Elements.Add(("w", new FromEnd(ISub(Len("w"), I(i)))));
            }

            bool indices = parameters.Any(p => p.IsIndices);
            if (indices)
            {
                each.Elements.Add(("w", new IntElement("idx", I(i))));
                each.Elements.Add(("x", new IntElement("idx", I(i))));
                if (g.Chance(0.3))
                {
                    // idx as counts (docs/supported.md: a factor, counts[i] * logRate), and its last entry from the end.
                    each.Data.Add(new IntValue(new IntElement("idx", I(i))));
                    each.Elements.Add(("w", new IntElement("idx", new FromEnd(N(1)))));
                }
            }

            if (g.Chance(0.15))
            {
                // A rounding of a differentiated value converted to an integer, as a factor (docs/supported.md: (int)Math.Floor(q)
                // cuts nothing; a lookup table's cell).
                each.Data.Add(new IntValue(new IntOfRounding(g.Pick("Floor", "Ceiling", "Round", "Truncate"), Mul(R("b"), Lit(g.Pick("3", "0.5"))))));
            }

            if (g.Chance(0.12))
            {
                // Indices chosen by integer expressions: Math.Min or Math.Clamp of integers (a filter's edge), ?: on integers.
                each.Elements.Add(("w", g.Chance(0.5)
                    ? new IntMath("Min", ImmutableArray.Create(IAdd(I(i), N(1)), ISub(Len("w"), N(1))))
                    : new IntMath("Clamp", ImmutableArray.Create(IAdd(I(i), N(1)), N(0), ISub(Len("w"), N(1))))));
                each.Elements.Add(("x", new IntConditional(new IntCompare(">", I(i), N(0)), ISub(I(i), N(1)), N(0))));
            }

            if (prevFunction)
            {
                each.Elements.Add(("x", new IntLocalCall("Prev", I(i))));
            }

            if (indices && only == null && g.Chance(0.15))
            {
                string ri = Fresh("s");
                results.Add(ri);
                foreach (Stmt statement in IndexDataBlock(outer, each, i, ri))
                {
                    yield return statement;
                }

                yield break;
            }

            if (parameters.Any(p => p.Kind == ParameterKind.Labels))
            {
                each.Elements.Add(("w", new IntOfData("lab", I(i))));
                each.Elements.Add(("x", new IntOfData("lab", I(i))));
            }

            if (data != null)
            {
                each.Data.Add(DataAt(data, N(g.Random.Next(data.IntValue)), I(i)));
            }

            int shape = only ?? g.Random.Next(data == null ? 9 : 11);
            if (data == null && shape == 8)
            {
                shape = 10; // the shapes that read the data matrix need one
            }

            string r = Fresh(shape switch { 2 => "acc", 3 => "m", _ => "s" });
            results.Add(r);
            switch (shape)
            {
                case 0:
                    {
                        string e = Fresh("e");
                        yield return new Declare(r, Lit("0"));
                        if (g.Chance(0.25))
                        {
                            // A running index stepped where it is read (docs/supported.md: targets[k++]), one element of x per
                            // iteration, counting up from 0 or down from the end.
                            string k = Fresh("k");
                            bool down = g.Chance(0.4);
                            yield return new DeclareInt(k, down ? Len("x") : N(0));
                            IntExpr at = down ? new IntStep(k, "--", Prefix: true) : new IntStep(k, "++");
                            yield return new For(i, N(0), "<", Len("w"), "++", S(
                                new Declare(e, Mul(new Element("x", at), new Element("w", I(i)))),
                                new Assign(r, "+=", g.Chance(0.5) ? Mul(R(e), R(e)) : Term(each.WithReal(e)))));
                            break;
                        }

                        yield return new For(i, N(0), "<", Len("w"), "++", S(
                            new Declare(e, Term(each)),
                            new Assign(r, "+=", g.Chance(0.5) ? Mul(R(e), R(e)) : Term(each.WithReal(e)))));
                        if (g.Chance(0.5))
                        {
                            string count = Fresh("count");
                            yield return new DeclareInt(count, Len("w"));
                            yield return new Assign(r, "/=", R(count));
                        }

                        break;
                    }

                case 1:
                    {
                        string v = Fresh("v");
                        Scope withV = outer.WithReal(v);
                        yield return new Declare(r, Lit("0"));
                        yield return new Foreach(v, g.Pick("w", "x"), S(new Assign(r, "+=", Term(withV))));
                        break;
                    }

                case 2:
                    yield return new Declare(r, Lit("0"));
                    yield return new For(i, ISub(Len("w"), N(1)), ">=", N(0), "--", S(
                        new Assign(r, "=", Add(Mul(R(r), Mul(Lit("0.5"), Call("Tanh", R("b")))), Term(each, 1)))));
                    break;
                case 3:
                    yield return new Declare(r, new Element("w", N(0)));
                    yield return new For(i, N(1), "<", Len("w"), "++", S(new Assign(r, "=", Call(g.Pick("Max", "Min"), R(r), Term(each, 1)))));
                    break;
                case 4:
                    {
                        string d = Fresh("d");
                        Scope neighbours = outer.WithReal(d);
                        neighbours.Ints.Add(i);
                        neighbours.Elements.Add(("w", I(i)));
                        yield return new Declare(r, Lit("0"));
                        yield return new For(i, N(1), "<", Len("w"), "++", S(
                            new Declare(d, new Binary("-", new Element("w", I(i)), new Element("w", ISub(I(i), N(1))))),
                            new Assign(r, "+=", Mul(R(d), Term(neighbours, 1)))));
                        break;
                    }

                case 5:
                    {
                        // Flat 2-D indexing, row * columns + column, over the first rows·columns elements.
                        string row = Fresh("row");
                        string col = Fresh("col");
                        string t = Fresh("t");
                        int columns = g.Random.Next(1, 3);
                        IntExpr rows = new IntBinary("/", Len("w"), N(columns));
                        Scope cell = outer.Clone();
                        cell.Ints.Add(row);
                        cell.Ints.Add(col);
                        cell.Elements.Add(("w", IAdd(new IntBinary("*", I(row), N(columns)), I(col))));
                        cell.Elements.Add(("x", I(col)));
                        if (data != null)
                        {
                            cell.Data.Add(DataAt(data, N(g.Random.Next(data.IntValue)), I(col)));
                        }

                        yield return new Declare(r, Lit("0"));
                        yield return new For(row, N(0), "<", rows, "++", S(
                            new Declare(t, Lit("0")),
                            new For(col, N(0), "<", N(columns), "++", S(new Assign(t, "+=", Term(cell, 1)))),
                            new Assign(r, "+=", Call(g.Pick("Tanh", "Sin", "Atan"), Add(R(t), R("b"))))));
                        break;
                    }

                case 6:
                    {
                        // A [Differentiable] callee that takes spans (arrays and spans convert to them).
                        string name = "Dot" + methods.Count;
                        var calleeParameters = ImmutableArray.Create(new Parameter("a", ParameterKind.ReadOnlySpan), new Parameter("c", ParameterKind.ReadOnlySpan));
                        string k = "k";
                        Scope callee = ScopeOf(calleeParameters);
                        callee.Ints.Add(k);
                        callee.Elements.Add(("a", I(k)));
                        callee.Elements.Add(("c", I(k)));
                        methods.Add(new Method(name, calleeParameters, S(
                            new Declare("sum", Lit("0")),
                            new For(k, N(0), "<", Len("a"), "++", S(new Assign("sum", "+=", Mul(new Element("a", I(k)), Term(callee, 1))))),
                            new Return(R("sum")))));
                        Expr call = new Call(name, ImmutableArray.Create<Expr>(new ArrayArgument("w"), new ArrayArgument("x")));
                        switch (g.Random.Next(5))
                        {
                            case 0:
                                {
                                    // Inside an if, now and then with an else calling it again (docs/supported.md: run by a loop of one iteration).
                                    Cond test = new Compare(g.Pick(">", "<"), R("b"), Lit(g.Pick("0.375", "-0.25")));
                                    Expr other = Mul(Lit("0.5"), new Call(name, ImmutableArray.Create<Expr>(new ArrayArgument("x"), new ArrayArgument("w"))));
                                    yield return new Declare(r, Lit("0"));
                                    yield return new If(test, S(new Assign(r, "=", Mul(call, R("b")))), g.Chance(0.5) ? S(new Assign(r, "=", other)) : null);
                                    break;
                                }

                            case 1:
                                {
                                    // In a loop, inside an if, or after if (...) continue; in its body.
                                    string t = Fresh("t");
                                    yield return new Declare(r, Lit("0"));
                                    Stmt add = new Assign(r, "+=", Mul(call, Lit(g.Pick("0.5", "1.5"))));
                                    yield return new For(t, N(0), "<", N(3), "++", g.Chance(0.5)
                                        ? S(new If(new IntCompare("!=", I(t), N(1)), S(add), null))
                                        : S(new If(new IntCompare("==", I(t), N(1)), S(new Continue()), null), add));
                                    break;
                                }

                            default:
                                yield return new Declare(r, call);
                                break;
                        }

                        break;
                    }

                case 7:
                    yield return new Declare(r, Lit("0"));
                    yield return new For(i, N(0), "<", Len("w"), "++", S(
                        new Assign(r, "+=", Mul(Lit("0.5"), Add(Lit("1.5"), Call("Cos", Term(each, 1))))),
                        new If(new Compare(">", R(r), Lit(g.Pick("1", "2.5"))), S(new Break()), null)));
                    break;

                case 8:
                    {
                        // A design matrix: z = b + Σ w[col]·X[row, col] for each row, then a loss term per row.
                        string row = Fresh("row");
                        string col = Fresh("col");
                        string z = Fresh("z");
                        bool jagged = data!.Kind == ParameterKind.Jagged;
                        IntExpr rows = jagged && g.Chance(0.5) ? Len(data.Name) : new MatrixLength(data.Name, 0);
                        IntExpr columns = g.Chance(0.3) ? Len("w") : jagged ? new RowLength(data.Name, I(row)) : new MatrixLength(data.Name, 1);
                        Scope cell = outer.Clone();
                        cell.Ints.Add(row);
                        cell.Ints.Add(col);
                        cell.Elements.Add(("w", I(col)));
                        cell.Elements.Add(("x", I(col)));
                        cell.Data.Add(DataAt(data, I(row), I(col)));
                        Expr term = g.Chance(0.6) ? Mul(new Element("w", I(col)), DataAt(data, I(row), I(col))) : Mul(DataAt(data, I(row), I(col)), Term(cell, 1));
                        yield return new Declare(r, Lit("0"));
                        yield return new For(row, N(0), "<", rows, "++", S(
                            new Declare(z, g.Chance(0.5) ? R("b") : Lit("0")),
                            new For(col, N(0), "<", columns, "++", S(new Assign(z, "+=", term))),
                            new Assign(r, "+=", g.Chance(0.5) ? Mul(R(z), R(z)) : Call(g.Pick("Tanh", "Sin", "Atan"), Add(R(z), R("b"))))));
                        break;
                    }

                case 9:
                    {
                        // A [Differentiable] callee given the data matrix and a row: Σ a[k]·M[row, k].
                        string name = "Row" + methods.Count;
                        var calleeParameters = ImmutableArray.Create(new Parameter("a", ParameterKind.ReadOnlySpan), new Parameter("M", data!.Kind), new Parameter("k", ParameterKind.Int));
                        string c = "c";
                        Scope callee = ScopeOf(calleeParameters);
                        callee.Ints.Add(c);
                        callee.Elements.Add(("a", I(c)));
                        callee.Data.Add(new MatrixElement("M", I("k"), I(c), data.Kind == ParameterKind.Jagged));
                        methods.Add(new Method(name, calleeParameters, S(
                            new Declare("sum", Lit("0")),
                            new For(c, N(0), "<", Len("a"), "++", S(new Assign("sum", "+=", Mul(new MatrixElement("M", I("k"), I(c), data.Kind == ParameterKind.Jagged), Term(callee, 1))))),
                            new Return(R("sum")))));
                        string rowArgument = g.Random.Next(data.IntValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        yield return new Declare(r, new Call(name, ImmutableArray.Create<Expr>(new ArrayArgument(g.Pick("w", "x")), new ArrayArgument(data.Name), new Literal(rowArgument))));
                        break;
                    }

                case 10:
                    {
                        // A row's element read by every column (the reverse loop sums its adjoint in a local): w[i], or
                        // w[i + 1] over the triangle j > i (past the end in the last row, whose columns never run), or
                        // w[i - 1] where a test lets it be read, or w[i + 1] under a second, nested test (each test on the way
                        // guards its adjoint: the last row's w[i + 1] does not exist).
                        string j = Fresh("j");
                        string t = Fresh("t");
                        Scope cell = outer.Clone();
                        cell.Ints.Add(i);
                        cell.Ints.Add(j);
                        cell.Elements.Add(("x", I(j)));
                        int variant = g.Random.Next(4);
                        Expr rowElement = variant switch
                        {
                            0 => new Element("w", I(i)),
                            1 => new Element("w", IAdd(I(i), N(1))),
                            2 => new Conditional(new IntCompare(">", I(i), N(0)), new Element("w", ISub(I(i), N(1))), Lit("1.5")),
                            _ => new Conditional(
                                new IntCompare(">", I(i), N(0)),
                                new Conditional(new IntCompare("<", I(i), ISub(Len("w"), N(1))), Mul(new Element("w", IAdd(I(i), N(1))), new Element("w", ISub(I(i), N(1)))), new Element("w", ISub(I(i), N(1)))),
                                Lit("1.5")),
                        };
                        yield return new Declare(r, Lit("0"));
                        yield return new For(i, N(0), "<", Len("w"), "++", S(
                            new Declare(t, Lit("0")),
                            new For(j, variant == 1 || g.Chance(0.3) ? IAdd(I(i), N(1)) : N(0), "<", Len("w"), "++", S(new Assign(t, "+=", Mul(rowElement, Term(cell, 1))))),
                            new Assign(r, "+=", g.Chance(0.5) ? Mul(R(t), R(t)) : Call(g.Pick("Tanh", "Sin", "Atan"), Add(R(t), R("b"))))));
                        break;
                    }

                default:
                    throw new System.InvalidOperationException("shape " + shape);
            }
        }

        /// <summary>Local arrays: new and stackalloc arrays written then read, arrays of constants (data), and in-place updates.</summary>
        public FuzzCase LocalArrays()
        {
            int roll = g.Random.Next(10);
            if (roll < 2)
            {
                return ConstantsWithoutLoops();
            }

            int length = g.Random.Next(2, 6);
            var parameters = new List<Parameter> { new Parameter("w", ParameterKind.Array, length), Real("b"), new Parameter("x", ParameterKind.Array, length) };
            Scope scope = ScopeOf(parameters);
            scope.IntegerArithmetic = true;
            var body = new List<Stmt>();
            string i = Fresh("i");
            string j = Fresh("j");
            Scope each = scope.Clone();
            each.Ints.Add(i);
            each.Elements.Add(("w", I(i)));
            each.Elements.Add(("x", I(i)));
            if (roll < 6)
            {
                // Written by one loop, read by the next.
                bool stack = g.Chance(0.3);
                // Now and then made as a copy of w, or filled with b (docs/supported.md: Clone, [.. w], Array.Copy, Array.Fill),
                // and then added to, so its first values count.
                bool copied = !stack && g.Chance(0.3);
                yield_(copied ? new CopyOfArray("h", "w", g.Pick("clone", "spread", "copy", "copyto", "fill"), "b") : new NewArray("h", Len("w"), stack));
                // Written at i, or in reverse order at w.Length - 1 - i: every element once.
                // (or, now and then, from the end: h[^(i + 1)], docs/supported.md: an element written from the end).
                IntExpr at = g.Chance(0.3) ? (g.Chance(0.4) ? new FromEnd(IAdd(I(i), N(1))) : ISub(ISub(Len("w"), N(1)), I(i))) : I(i);
                yield_(new For(i, N(0), "<", Len("w"), "++", S(new AssignElement("h", at, copied ? "+=" : "=", Term(each)))));
                yield_(new Declare("s", Lit("0")));
                if (g.Chance(0.3))
                {
                    // Read back by a foreach over the local array.
                    string v = Fresh("v");
                    yield_(new Foreach(v, "h", S(new Assign("s", "+=", Term(scope.WithReal(v))))));
                }
                else
                {
                    Scope read = scope.Clone();
                    read.Ints.Add(j);
                    read.Elements.Add(("h", I(j)));
                    read.Elements.Add(("x", I(j)));
                    yield_(new For(j, N(0), "<", stack ? Len("w") : Len("h"), "++", S(new Assign("s", "+=", Term(read)))));
                }
            }
            else if (roll < 8)
            {
                // Constants kept in a local array: data; now and then elements computed from the parameters instead
                // (differentiated like element writes), or a collection expression [..] or stackalloc double[] { .. }.
                int count = g.Random.Next(2, 5);
                var literals = Enumerable.Range(0, count).Select(_ => g.Pick("0.5", "-1.0", "2.0", "1e-3", "3.5", "0.25")).ToImmutableArray();
                var style = g.Chance(0.25) ? g.Pick(ArrayInitializerStyle.Collection, ArrayInitializerStyle.Stackalloc) : (ArrayInitializerStyle)g.Random.Next(3);
                if (g.Chance(0.3))
                {
                    Scope reads = scope.Clone();
                    reads.Elements.Add(("w", N(0)));
                    reads.Elements.Add(("x", new FromEnd(N(1))));
                    yield_(ComputedArray("c", count, reads, style));
                }
                else
                {
                    yield_(new ArrayOfConstants("c", literals, style));
                }

                Scope read = scope.Clone();
                read.Ints.Add(j);
                read.Elements.Add(("c", I(j)));
                read.Elements.Add(("w", new IntBinary("%", I(j), Len("w"))));
                yield_(new Declare("s", Lit("0")));
                yield_(new For(j, N(0), "<", Len("c"), "++", S(new Assign("s", "+=", Mul(new Element("c", I(j)), Term(read, 1))))));
                if (g.Chance(0.3))
                {
                    // An int[] of indices given its elements: data, read as w[order[k]] and by foreach (int k in order).
                    var order = Enumerable.Range(0, length).Select(_ => g.Random.Next(length)).ToImmutableArray();
                    yield_(new IntArrayOfConstants("order", order));
                    string k = Fresh("k");
                    Scope byOrder = scope.Clone();
                    byOrder.Ints.Add(k);
                    byOrder.Elements.Add(("x", I(k)));
                    yield_(g.Chance(0.5)
                        ? new Foreach(k, "order", S(new Assign("s", "+=", Mul(new Element("w", I(k)), Term(byOrder, 1)))), Integer: true)
                        : new For(k, N(0), "<", Len("order"), "++", S(new Assign("s", "+=", Mul(new Element("w", new IntElement("order", I(k))), Term(byOrder, 1))))));
                }
            }
            else
            {
                // Updated in place: an element changed after it was written (a triangular update, or t[i] = f(t[i])); now and
                // then filled anew by each pass of an outer loop, its triangle's entries walked by a stepped index (GMM's Qtimesx).
                bool passes = g.Chance(0.5);
                string pass = Fresh("r");
                var inPlace = new List<Stmt>();
                // Now and then a second buffer each pass fills first (GMM's centred point), which the first one reads.
                bool centred = passes && g.Chance(0.5);
                if (centred)
                {
                    inPlace.Add(new For(i, N(0), "<", Len("w"), "++", S(new AssignElement("v", I(i), "=", Add(new Element("w", I(i)), Mul(Lit("-0.25"), new Read(pass)))))));
                }

                Expr fill = Call("Exp", Mul(Lit("0.5"), new Element(centred ? "v" : "w", I(i))));
                inPlace.Add(new For(i, N(0), "<", Len("w"), "++", S(new AssignElement("q", I(i), "=", passes ? Mul(fill, Add(Lit("1"), new Read(pass))) : fill))));
                // A triangle filling the buffer of each pass is what the reverse sweep copies back from a kept copy.
                if (g.Chance(passes ? 0.8 : 0.5))
                {
                    Scope tri = scope.Clone();
                    tri.Ints.Add(i);
                    tri.Ints.Add(j);
                    tri.Elements.Add(("w", I(i)));
                    tri.Elements.Add(("x", I(j)));
                    var entry = new List<Stmt>();
                    if (passes && g.Chance(0.7))
                    {
                        string li = Fresh("li");
                        inPlace.Add(new DeclareInt(li, N(g.Random.Next(0, 3))));
                        entry.Add(new AssignElement("q", I(j), g.Pick("+=", "-="), Mul(new Element("w", new IntBinary("%", I(li), Len("w"))), Term(tri, 1))));
                        entry.Add(new Increment(li, "++"));
                    }
                    else
                    {
                        entry.Add(new AssignElement("q", I(j), g.Pick("+=", "-="), Term(tri, 1)));
                    }

                    inPlace.Add(new For(i, N(0), "<", Len("w"), "++", S(new For(j, IAdd(I(i), N(1)), "<", Len("w"), "++", S(entry.ToArray())))));
                }
                else
                {
                    inPlace.Add(new For(i, N(0), "<", Len("w"), "++", S(
                        new AssignElement("q", I(i), g.Pick("=", "*="), g.Chance(0.5) ? Call("Sin", new Element("q", I(i))) : Add(new Element("q", I(i)), R("b"))))));
                }

                Scope read = scope.Clone();
                read.Ints.Add(j);
                read.Elements.Add(("q", I(j)));
                inPlace.Add(new For(j, N(0), "<", Len("q"), "++", S(new Assign("s", "+=", Term(read, 1)))));
                yield_(new NewArray("q", Len("w"), false));
                if (centred)
                {
                    yield_(new NewArray("v", Len("w"), false));
                }

                yield_(new Declare("s", Lit("0")));
                if (passes)
                {
                    // Now and then inside another loop, whose iterations the reverse sweep computes again without the buffer.
                    Stmt passLoop = new For(pass, N(0), "<", N(2), "++", S(inPlace.ToArray()));
                    yield_(g.Chance(0.5) ? new For(Fresh("o"), N(0), "<", N(2), "++", S(passLoop)) : passLoop);
                    if (g.Chance(0.3))
                    {
                        // The buffer read after its loop too: no longer the loop's alone, it is kept by copies, not in place.
                        yield_(new Assign("s", "+=", Mul(new Element("q", N(0)), R("b"))));
                    }
                }
                else
                {
                    body.AddRange(inPlace);
                }
            }

            body.Add(new Return(Add(R("s"), Mul(Lit("0.5"), R("b")))));
            // In-place updates are supported (issue 10): none of these may be declined.
            return new FuzzCase("local arrays", isFloat, ImmutableArray.Create(WithIterativeUpdate(WithSeasonalUpdate(Entry(parameters, S(body)), scope))));

            void yield_(Stmt statement) => body.Add(statement);
        }

        /// <summary>A method without loops whose constants sit in a local array: notebook code.</summary>
        private FuzzCase ConstantsWithoutLoops()
        {
            List<Parameter> parameters = ScalarParameters(allowInt: false);
            int count = g.Random.Next(2, 4);
            var literals = Enumerable.Range(0, count).Select(_ => g.Pick("0.5", "-1.0", "2.0", "1e-3", "3.5")).ToImmutableArray();
            Scope scope = ScopeOf(parameters);
            for (int k = 0; k < count; k++)
            {
                scope.Elements.Add(("c", N(k)));
            }

            var style = g.Chance(0.2) ? g.Pick(ArrayInitializerStyle.Collection, ArrayInitializerStyle.Stackalloc) : (ArrayInitializerStyle)g.Random.Next(3);
            Stmt array = g.Chance(0.4) ? ComputedArray("c", count, ScopeOf(parameters), style) : new ArrayOfConstants("c", literals, style);
            var body = S(array, new Return(g.Real(scope, 3)));
            return new FuzzCase("local arrays", isFloat, ImmutableArray.Create(Entry(parameters, body)));
        }

        /// <summary>
        /// A local array given elements computed from what the scope reads (<c>{ x, x * y, Math.Sin(y) }</c>); the implicitly
        /// typed new[] { .. } is written new double[] { .. }, since its elements may all be integers.
        /// </summary>
        private Stmt ComputedArray(string name, int count, Scope scope, ArrayInitializerStyle style)
        {
            var elements = Enumerable.Range(0, count).Select(_ => g.Chance(0.3) ? g.Variable(scope) : g.Real(scope, g.Random.Next(1, 3))).ToImmutableArray();
            return new ArrayOfValues(name, elements, style == ArrayInitializerStyle.NewImplicit ? ArrayInitializerStyle.NewTyped : style);
        }
    }
}
