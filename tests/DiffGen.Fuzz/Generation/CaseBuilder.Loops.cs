using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        private static IntExpr I(string name) => new IntRead(name);

        private static IntExpr N(int value) => new IntLiteral(value);

        private static IntExpr IAdd(IntExpr a, IntExpr b) => new IntBinary("+", a, b);

        private static IntExpr ISub(IntExpr a, IntExpr b) => new IntBinary("-", a, b);

        /// <summary>Loops over a count n: sums, products, recurrences, running maxima, log-sum-exps, while/do, break/continue, nesting, triangular bounds.</summary>
        public FuzzCase Loops()
        {
            var parameters = new List<Parameter> { Real("x") };
            if (g.Chance(0.7))
            {
                parameters.Add(Real("y"));
            }

            parameters.Add(Int("n", g.Random.Next(2, 6)));
            Scope scope = ScopeOf(parameters);
            scope.AllowConditionals = g.Chance(0.4);
            scope.IntegerArithmetic = true;
            List<Method> callees = CalleesFor(scope, 0.3);
            var body = new List<Stmt>();
            if (g.Chance(0.3))
            {
                // A const local the loops read: each generated member declares it again and reads it by name.
                string constant = Fresh("k");
                body.Add(new DeclareConst(constant, g.Pick("0.5", "2", "1e-3", "3.25")));
                scope.Reals.Add(constant);
            }

            IntExpr count = I("n");
            if (g.Chance(0.12))
            {
                // A const int the loops count to (docs/supported.md: a named constant of any numeric type).
                string m = Fresh("m");
                body.Add(new DeclareConstInt(m, g.Random.Next(2, 5)));
                scope.Ints.Add(m);
                count = I(m);
            }

            if (g.Chance(0.08))
            {
                // An int local function of one expression as the first loop's bound (docs/supported.md, "Statements"): for (...; i < Upto(n); ...).
                IntExpr upto = g.Random.Next(3) switch
                {
                    0 => IAdd(I("k"), N(1)),
                    1 => new IntMath("Min", ImmutableArray.Create(I("k"), N(3))),
                    _ => new IntConditional(new IntCompare(">", I("k"), N(2)), ISub(I("k"), N(1)), I("k")),
                };
                body.Add(new IntLocalFunction("Upto", "k", upto, Static: g.Chance(0.5)));
                count = new IntLocalCall("Upto", count);
            }

            if (g.Chance(0.12))
            {
                body.Add(EarlyReturn(scope, g.Random.Next(3) switch
                {
                    0 => new Compare(">", R("x"), Lit(g.Pick("0.625", "-0.375"))),
                    1 => new IntCompare("==", I("n"), N(g.Random.Next(2, 6))),
                    _ => new Logic("||", new Compare("<", R("x"), Lit("-0.5")), new IntCompare("<", I("n"), N(3))),
                }));
            }

            List<Member> members = g.Chance(0.15) ? StaticMembers(scope) : new List<Member>();
            var results = new List<string>();
            int blocks = g.Random.Next(1, 4);
            for (int b = 0; b < blocks; b++)
            {
                int known = results.Count;
                List<Stmt> block = LoopBlock(scope, results, b == 0 ? count : I("n")).ToList();
                // Not a for whose header calls or reads elements: it runs whether or not the guard holds (DIFF015 then).
                if (g.Chance(0.1) && block[^1] is (For { From: IntLiteral or IntRead, Second: null or { From: IntLiteral or IntRead } }) or Foreach or While && !MayAssign(block[^1], "x"))
                {
                    // A loop that only an if guards, on a value the loop leaves alone (docs/supported.md): it runs as the
                    // loop with the guard joined to its condition.
                    block[^1] = new If(new Compare(">", R("x"), Lit(g.Pick("-0.625", "0.375"))), S(block[^1]), null);
                }
                else if (g.Chance(0.1))
                {
                    block = InsideIf(block, scope, results.Take(known).ToList(), results.Skip(known).ToList());
                }

                body.AddRange(block);
            }

            if (members.FirstOrDefault(m => m.IsMatrix) is { } grid)
            {
                // A loop over a row of a two-dimensional or jagged array field, bounded by GetLength(1) or the row's Length.
                string r = Fresh("s");
                string j = Fresh("j");
                string[][] rows = ProgramWriter.MatrixRows(grid);
                IntExpr row = N(g.Random.Next(rows.Length));
                bool jagged = grid.Kind == MemberKind.StaticJagged;
                Scope each = scope.Clone();
                each.Ints.Add(j);
                Expr element = new MatrixElement(grid.Name, row, I(j), jagged);
                Expr term = Term(each, 1);
                term = each.IsInteger(term) ? Add(term, Lit("0.5")) : term;
                results.Add(r);
                body.Add(new Declare(r, Lit("0")));
                body.Add(new For(j, N(0), "<", jagged ? new RowLength(grid.Name, row) : new MatrixLength(grid.Name, 1), "++", S(new Assign(r, "+=", Mul(element, term)))));
            }

            if (members.FirstOrDefault(m => m.Kind == MemberKind.StaticArray) is { } table && g.Chance(0.6))
            {
                // foreach over an array field: data.
                string r = Fresh("s");
                string v = Fresh("v");
                results.Add(r);
                body.Add(new Declare(r, Lit("0")));
                body.Add(new Foreach(v, table.Name, S(new Assign(r, "+=", Mul(R(v), Term(scope.WithReal(v), 1))))));
            }

            if (g.Chance(0.12))
            {
                ReturnFromLastLoop(body, scope, results);
            }
            else if (g.Chance(0.1))
            {
                ReturnAfterTheLoops(body, scope, results);
            }
            else if (g.Chance(0.06))
            {
                EndlessLastLoop(body, Final(scope, results), results, I("n"));
                return new FuzzCase("loops", isFloat, new[] { Entry(parameters, S(body)) }.Concat(callees).ToImmutableArray(), Members: members.ToImmutableArray());
            }

            body.Add(new Return(WithSingle(parameters, Final(scope, results), ResultExpression(scope, results))));
            return new FuzzCase("loops", isFloat, new[] { Entry(parameters, S(body)) }.Concat(callees).ToImmutableArray(), Members: members.ToImmutableArray());
        }

        /// <summary>Whether the statement may assign the variable (any statement not known to leave it alone may).</summary>
        private static bool MayAssign(Stmt statement, string name) => statement switch
        {
            Assign a => a.Name == name,
            Increment i => i.Name == name,
            TupleAssign t => t.Names.Contains(name),
            SwitchStatement w => w.Target == name,
            Declare or DeclareInt or IntAssign or AssignElement or NewArray or ArrayOfValues or ArrayOfConstants or Break or Continue or Empty => false,
            If i => i.Then.Any(b => MayAssign(b, name)) || (i.Else ?? ImmutableArray<Stmt>.Empty).Any(b => MayAssign(b, name)),
            For f => f.Body.Any(b => MayAssign(b, name)),
            RealFor f => f.Counter == name || f.Body.Any(b => MayAssign(b, name)),
            Foreach f => f.Body.Any(b => MayAssign(b, name)),
            While w => w.Body.Any(b => MayAssign(b, name)),
            DoWhile d => d.Body.Any(b => MayAssign(b, name)),
            _ => true,
        };

        /// <summary>
        /// Static fields, properties and an array field of the case's type, read by a method with loops as constants
        /// (docs/supported.md: "Arrays in fields ... data, read as constants"): the members go in the scope, the array's
        /// elements at constant indices (and from the end, Table[^1]).
        /// </summary>
        private List<Member> StaticMembers(Scope scope)
        {
            var members = new List<Member>();
            for (int k = g.Random.Next(1, 3); k > 0; k--)
            {
                var kind = (MemberKind)g.Random.Next(3); // const, static readonly, static property
                bool isInt = g.Chance(0.25);
                var member = new Member(Fresh("Coef"), kind, isInt ? g.Pick("2", "3", "-1") : g.Pick("0.5", "2", "1e-3", "-1.5", "0.75"), isInt);
                members.Add(member);
                scope.Members.Add(member);
            }

            if (g.Chance(0.6))
            {
                int length = g.Random.Next(2, 5);
                string table = Fresh("Table");
                members.Add(new Member(table, MemberKind.StaticArray, string.Join(" ", Enumerable.Range(0, length).Select(_ => g.Pick("0.5", "-1.0", "2.0", "1e-3", "0.25")))));
                scope.Elements.Add((table, N(g.Random.Next(length))));
                scope.Elements.Add((table, new FromEnd(N(1))));
            }

            if (g.Chance(0.35))
            {
                // Multi-dimensional data in a field (double[,]) or an auto-property (double[][]): read at constant indices and by a loop over a row.
                int rows = g.Random.Next(1, 4);
                int columns = g.Random.Next(2, 4);
                string grid = Fresh("Grid");
                var kind = g.Chance(0.5) ? MemberKind.StaticMatrix : MemberKind.StaticJagged;
                string value = string.Join("|", Enumerable.Range(0, rows).Select(_ => string.Join(" ", Enumerable.Range(0, columns).Select(_ => g.Pick("0.5", "-1.0", "2.0", "1e-3", "0.25", "-0.75")))));
                members.Add(new Member(grid, kind, value));
                scope.Data.Add(new MatrixElement(grid, N(g.Random.Next(rows)), N(g.Random.Next(columns)), kind == MemberKind.StaticJagged));
            }

            return members;
        }

        /// <summary>What the return may read: the results, and no element a loop's counter indexes.</summary>
        private static Scope Final(Scope scope, List<string> results)
        {
            Scope final = scope.WithReal(results.ToArray());
            final.Elements.Clear();
            return final;
        }

        /// <summary>What the method returns: its results combined, through a function now and then.</summary>
        private Expr ResultExpression(Scope scope, List<string> results)
        {
            Scope final = scope.WithReal(results.ToArray());
            final.Elements.Clear();
            Expr value = R(results[0]);
            foreach (string r in results.Skip(1))
            {
                value = new Binary(g.Pick("+", "*", "-"), value, R(r));
            }

            return g.Chance(0.5) ? value : new Binary(g.Pick("+", "*"), value, g.Real(final, 2));
        }

        private Expr Term(Scope scope, int depth = 2) => g.Real(scope, depth);

        /// <summary>An integer switch expression of integer value: one or two constant arms (one may be "a or b"), then _.</summary>
        private IntExpr IntegerSwitch(IntExpr on)
        {
            var arms = ImmutableArray.CreateBuilder<IntSwitchArm>();
            arms.Add(new IntSwitchArm(new RelationalPattern("==", "0"), N(g.Random.Next(0, 3))));
            if (g.Chance(0.6))
            {
                Pattern second = g.Chance(0.5) ? new PatternLogic("or", new RelationalPattern("==", "1"), new RelationalPattern("==", "5")) : new RelationalPattern("==", "1");
                arms.Add(new IntSwitchArm(second, N(g.Random.Next(1, 4))));
            }

            // Now and then the last arm is the rest of the integers (not (0 or 1)) instead of _: a switch the compiler proves exhaustive.
            return new IntSwitch(on, arms.ToImmutable(), N(g.Random.Next(1, 4)), Exhaustive: g.Chance(0.25));
        }

        private IEnumerable<Stmt> LoopBlock(Scope outer, List<string> results, IntExpr count)
        {
            // Sibling loops often count with one name, as people write them (now and then one of them a long).
            string i = g.Chance(0.4) ? "i" : Fresh("i");
            Scope inner = outer.Clone();
            inner.Ints.Add(i);
            int shape = g.Chance(0.06) ? 19 : g.Chance(0.04) ? 20 : g.Chance(0.04) ? 21 : g.Chance(0.04) ? 22 : g.Chance(0.05) ? 23 : g.Chance(0.05) ? 24 : g.Random.Next(19);
            string r = Fresh(shape switch { 1 => "p", 2 => "acc", 6 => "m", _ => "s" });
            results.Add(r);
            switch (shape)
            {
                case 0:
                    yield return new Declare(r, Lit("0"));
                    yield return new For(i, N(0), "<", count, "++", g.Chance(0.3)
                        ? S(new Assign(r, g.Pick("+=", "-="), Term(inner)), new Increment(r, g.Pick("++", "--"), Prefix: g.Chance(0.3)))
                        : S(new Assign(r, g.Pick("+=", "-="), Term(inner))));
                    break;
                case 1:
                    yield return new Declare(r, Lit("1"));
                    yield return new For(i, N(1), "<=", count, "++",
                        S(new Assign(r, "*=", Add(Lit("1"), Mul(Lit("0.25"), Call("Sin", Term(inner)))))));
                    break;
                case 2 when g.Chance(0.3):
                    {
                        // Two coupled recurrences updated by one tuple, as a symplectic step is written: (r, q) = (f(q), g(r)).
                        string q = Fresh("q");
                        results.Add(q);
                        yield return new Declare(r, Term(outer, 1));
                        yield return new Declare(q, Term(outer, 1));
                        yield return new For(i, N(0), "<", count, "++", S(new TupleAssign(
                            ImmutableArray.Create(r, q),
                            false,
                            ImmutableArray.Create(Add(Mul(Call(g.Pick("Sin", "Tanh", "Atan"), R(q)), Lit("0.5")), Term(inner)), Add(Mul(R(r), Lit("0.5")), Term(inner, 1))))));
                        break;
                    }

                case 2:
                    yield return new Declare(r, Term(outer, 1));
                    yield return new For(i, ISub(count, N(1)), ">=", N(0), "--",
                        S(new Assign(r, "=", Add(Mul(Call(g.Pick("Sin", "Tanh", "Atan"), R(r)), Lit("0.5")), Term(inner)))));
                    break;
                case 3:
                    {
                        string k = Fresh("k");
                        inner.Ints.Remove(i); // no for counter here: the loop counts with k
                        inner.Ints.Add(k);
                        yield return new Declare(r, Term(outer, 1));
                        yield return new DeclareInt(k, N(0));
                        yield return new While(new IntCompare("<", I(k), count),
                            S(new Assign(r, "=", Add(Mul(Lit("0.5"), R(r)), Term(inner))), new Increment(k, "++")));
                        break;
                    }

                case 4:
                    {
                        string k = Fresh("k");
                        inner.Ints.Remove(i); // no for counter here: the loop counts with k
                        inner.Ints.Add(k);
                        yield return new Declare(r, Lit("0"));
                        yield return new DeclareInt(k, N(0));
                        yield return new DoWhile(S(new Assign(r, "+=", Term(inner)), new IntAssign(k, "+=", N(g.Random.Next(1, 3)))), new IntCompare("<", I(k), count));
                        break;
                    }

                case 5:
                    yield return new Declare(r, Lit("0"));
                    yield return new For(i, N(0), "<", count, "++", S(
                        new Assign(r, "+=", Mul(Lit("0.5"), Add(Lit("1.5"), Call("Sin", Term(inner))))),
                        new If(new Compare(">", R(r), Lit(g.Pick("1", "2.5", "0.75"))), S(new Break()), null)));
                    break;
                case 6:
                    {
                        // A running maximum or minimum (the gradient keeps the index it last came from), either side of the
                        // call, counting up or down; or a running value clamped each iteration.
                        yield return new Declare(r, Term(outer, 1));
                        string extreme = g.Pick("Max", "Min");
                        Stmt step = new Assign(r, "=", g.Chance(0.25)
                            ? Call("Clamp", Add(Mul(Lit("0.5"), R(r)), Term(inner)), new Negate(Lit("1.5")), Lit("1.5"))
                            : g.Chance(0.5) ? Call(extreme, R(r), Term(inner)) : Call(extreme, Term(inner), R(r)));
                        yield return g.Chance(0.7)
                            ? new For(i, N(0), "<", count, "++", S(step))
                            : new For(i, ISub(count, N(1)), ">=", N(0), "--", S(step));
                        break;
                    }
                case 7:
                    yield return new Declare(r, Lit("0"));
                    Cond parity = new IntCompare("==", new IntBinary("%", I(i), N(2)), N(g.Random.Next(2)));
                    if (g.Chance(0.5))
                    {
                        yield return new For(i, N(0), "<", count, "++", S(
                            new If(parity, S(new Continue()), null),
                            new Assign(r, "+=", Term(inner))));
                    }
                    else if (g.Chance(0.4))
                    {
                        // Two ifs in a row, each declaring a local of the same name: the gradient's one adjoint of the name is
                        // set back to 0 as each declaration is taken back.
                        string t = Fresh("t");
                        if (g.Chance(0.5))
                        {
                            // And one in an if before the loop: the loop's reverse body sets that adjoint, not a second one (CS0136).
                            yield return new If(new Compare(">", Term(outer, 1), Lit("-0.5")), S(new Declare(t, Term(outer)), new Assign(r, "+=", Mul(Lit("0.25"), R(t)))), null);
                        }

                        yield return new For(i, N(0), "<", count, "++", S(
                            new If(new Compare(">", Term(inner, 1), Lit("0.25")), S(new Declare(t, Term(inner)), new Assign(r, "+=", Mul(R(t), R(t)))), null),
                            new If(new Compare("<", Term(inner, 1), Lit("1.5")), S(new Declare(t, Term(inner)), new Assign(r, "-=", Mul(Lit("0.5"), R(t)))), null)));
                    }
                    else
                    {
                        // The test held in a bool local, read as that test (it reads only the counter of the loop around it).
                        string flag = Fresh("keep");
                        yield return new For(i, N(0), "<", count, "++", S(
                            new DeclareBool(flag, parity),
                            new If(g.Chance(0.5) ? new BoolRead(flag) : new Not(new BoolRead(flag)), S(new Assign(r, "+=", Term(inner))), null)));
                    }

                    break;
                case 8:
                    {
                        string j = Fresh("j");
                        Scope nested = inner.Clone();
                        nested.Ints.Add(j);
                        bool triangular = g.Chance(0.6);
                        yield return new Declare(r, Lit("0"));
                        yield return new For(i, N(0), "<", count, "++", S(
                            new For(j, triangular ? IAdd(I(i), N(1)) : N(0), "<", count, "++", S(new Assign(r, "+=", Term(nested))))));
                        break;
                    }

                case 9:
                    yield return new Declare(r, Lit("0"));
                    yield return new For(i, N(0), "<", IAdd(count, N(2)), "+= 2", S(new Assign(r, "+=", Term(inner))));
                    break;
                case 19:
                    {
                        // An integer local chosen each iteration by a switch expression, ?: or Math.Min/Max/Abs of integers
                        // (docs/supported.md: integer expressions), a factor of the term.
                        string weight = Fresh("wt");
                        IntExpr choice = g.Random.Next(4) switch
                        {
                            0 when g.Chance(0.2) => new IntSwitch(ISub(I(i), N(1)), ImmutableArray.Create(new IntSwitchArm(new RelationalPattern("<", "0"), N(1)), new IntSwitchArm(new RelationalPattern("==", "0"), N(2))), N(3), Exhaustive: true),
                            0 => IntegerSwitch(new IntBinary("%", I(i), N(3))),
                            1 => new IntConditional(new IntCompare(g.Pick(">", "!=", "=="), I(i), N(1)), ISub(I(i), N(1)), N(2)),
                            2 => new IntMath(g.Pick("Max", "Min"), ImmutableArray.Create(ISub(count, I(i)), N(2))),
                            _ => new IntMath("Abs", ImmutableArray.Create(ISub(I(i), N(2)))),
                        };
                        Expr term = Term(inner);
                        term = inner.IsInteger(term) ? Mul(term, Lit("1.5")) : term;
                        yield return new Declare(r, Lit("0"));
                        yield return new For(i, N(0), "<", count, "++", S(
                            new DeclareInt(weight, choice),
                            new Assign(r, "+=", Mul(R(weight), term))));
                        break;
                    }

                case 20:
                    {
                        // A parameter the loop assigns (lr *= 0.9): read and written through a local copy, its derivative
                        // flowing back through it (docs/supported.md, "Statements").
                        string p = outer.Reals.Contains("y") ? "y" : "x";
                        yield return new Declare(r, Lit("0"));
                        yield return new For(i, N(0), "<", count, "++", S(
                            new Assign(r, "+=", Mul(R(p), Term(inner, 1))),
                            new Assign(p, g.Pick("*=", "+="), g.Pick<Expr>(Lit("0.9"), Mul(Lit("0.25"), Call("Sin", R("x")))))));
                        break;
                    }

                case 21:
                    {
                        // An inner loop left by a test on a running sum the loops add up (a budget), inside a while the
                        // reverse sweep takes back on its own: it replays the test, so it needs the sum as it was then, not
                        // its final value (the ML layer sweep's MlBudgetBreakMinimal, wrong before 2ec5139).
                        string spent = Fresh("spent");
                        string k = Fresh("k");
                        string j = Fresh("j");
                        inner.Ints.Remove(i);
                        inner.Ints.Add(k);
                        Scope nested = inner.Clone();
                        nested.Ints.Add(j);
                        yield return new Declare(r, Lit("0"));
                        yield return new Declare(spent, Lit("0"));
                        yield return new DeclareInt(k, N(0));
                        yield return new While(new IntCompare("<", I(k), N(2)), S(
                            new For(j, N(0), "<", count, "++", S(
                                new Assign(spent, "+=", Mul(Lit("0.25"), Add(Lit("1.5"), Call("Sin", Term(nested))))),
                                new Assign(r, "+=", Term(nested)),
                                new If(new Compare(">", R(spent), Lit(g.Pick("0.5", "1", "2"))), S(g.Chance(0.7) ? new Break() : new Continue()), null))),
                            new Increment(k, "++")));
                        break;
                    }

                case 22:
                    {
                        // Features of a state a while changes (a trajectory) in a local array given its elements each
                        // iteration: the reverse sweep rebuilds the array from the state as it was then, not its final value
                        // (the ML layer sweep's MlValueFeatures, wrong before 115cb90).
                        string state = Fresh("state");
                        string phi = Fresh("phi");
                        string k = Fresh("k");
                        inner.Ints.Remove(i);
                        inner.Ints.Add(k);
                        yield return new Declare(r, Lit("0"));
                        yield return new Declare(state, Lit(g.Pick("0.5", "1")));
                        yield return new DeclareInt(k, N(0));
                        yield return new While(new IntCompare("<", I(k), count), S(
                            new ArrayOfValues(phi, ImmutableArray.Create<Expr>(Lit("1"), R(state), Mul(R(state), R(state))), ArrayInitializerStyle.Braces),
                            new Assign(r, "+=", Add(Mul(new Element(phi, N(1)), Term(inner)), Mul(Lit("0.5"), Mul(new Element(phi, N(2)), Term(inner))))),
                            new Assign(state, "+=", Lit(g.Pick("0.25", "-0.125"))),
                            new Increment(k, "++")));
                        break;
                    }

                case 23:
                    {
                        // Time stepping with a floating-point counter in the header (docs/supported.md, "Loops"): from a
                        // number or from x (how many steps run then depends on x, a piecewise-constant count), up by a
                        // step or down by halving; the body reads the counter.
                        string t = Fresh("t");
                        Scope timed = outer.WithReal(t);
                        bool halving = g.Chance(0.3);
                        Expr from = halving ? Lit(g.Pick("1", "2")) : g.Chance(0.3) ? R("x") : Lit(g.Pick("0", "0.5"));
                        yield return new Declare(r, Term(outer, 1));
                        yield return new RealFor(
                            t,
                            from,
                            halving ? ">" : "<",
                            halving ? Lit(g.Pick("0.1", "0.3")) : Lit(g.Pick("1.8", "2.3", "2.9")),
                            halving ? "*=" : "+=",
                            halving ? Lit("0.5") : Lit(g.Pick("0.25", "0.5")),
                            S(new Assign(r, "=", Add(Mul(Lit("0.5"), R(r)), Mul(Term(timed), R(t))))));
                        break;
                    }

                case 24:
                    foreach (Stmt statement in ContinueBeforeInnerLoop(inner, i, r, count))
                    {
                        yield return statement;
                    }

                    break;
                case 11:
                    // A long counter.
                    yield return new Declare(r, Lit("0"));
                    yield return new For(i, N(0), "<", count, "++", S(new Assign(r, "+=", Term(inner))), CounterType: "long");
                    break;
                case 12:
                    // A counter that doubles: 1, 2, 4, ... up to n.
                    yield return new Declare(r, Term(outer, 1));
                    yield return new For(i, N(1), "<=", count, "= " + i + " * 2", S(new Assign(r, "=", Add(Mul(Lit("0.5"), R(r)), Term(inner)))));
                    break;
                case 13:
                    // Down by two.
                    yield return new Declare(r, Lit("0"));
                    yield return new For(i, count, ">", N(0), "-= 2", S(new Assign(r, "+=", Term(inner))));
                    break;
                case 14:
                    {
                        // Two counters in one header, one up, one down.
                        string j = Fresh("j");
                        Scope both = inner.Clone();
                        both.Ints.Add(j);
                        yield return new Declare(r, Lit("0"));
                        yield return new For(i, N(0), "<", count, "++", S(new Assign(r, "+=", Term(both))), Second: new SecondCounter(j, ISub(count, N(1)), "--"));
                        break;
                    }

                case 15:
                    {
                        // Nested loops, the inner one left by a break.
                        string j = Fresh("j");
                        Scope nested = inner.Clone();
                        nested.Ints.Add(j);
                        yield return new Declare(r, Lit("0"));
                        yield return new For(i, N(0), "<", count, "++", S(
                            new For(j, N(0), "<", count, "++", S(
                                new Assign(r, "+=", Mul(Lit("0.25"), Add(Lit("1.5"), Call("Sin", Term(nested))))),
                                new If(new Compare(">", R(r), Add(Lit(g.Pick("0.5", "1")), new Read(i))), S(new Break()), null)))));
                        break;
                    }

                case 16:
                    {
                        // A while loop on a real-valued condition, bounded by a counter.
                        string k = Fresh("k");
                        inner.Ints.Remove(i);
                        inner.Ints.Add(k);
                        yield return new Declare(r, Lit("0"));
                        yield return new DeclareInt(k, N(0));
                        yield return new While(
                            new Logic("&&", new Compare("<", R(r), Lit(g.Pick("1", "2.5"))), new IntCompare("<", I(k), count)),
                            S(new Assign(r, "+=", Mul(Lit("0.5"), Add(Lit("1.25"), Call("Sin", Term(inner))))), new Increment(k, "++")));
                        break;
                    }

                case 17:
                    {
                        // An integer index moved by one step per iteration (p++, p += 2, p -= 1), read by a recurrence; now and
                        // then in nested loops (a square or a triangle), stepped in the inner loop as ADBench's GMM walks its
                        // entries (li++); the inner loop's tape has the same length in every row of a square.
                        string p = Fresh("p");
                        Scope stepped = inner.Clone();
                        stepped.Ints.Add(p);
                        Stmt step = g.Pick<Stmt>(new Increment(p, g.Pick("++", "--")), new IntAssign(p, g.Pick("+=", "-="), N(g.Random.Next(1, 4))));
                        // (x + p)·term: the reverse sweep needs p's value in every iteration.
                        Expr Moved() => Add(Mul(Lit("0.5"), Call(g.Pick("Sin", "Tanh"), R(r))), Mul(Add(R("x"), new Read(p)), Term(stepped, 1)));
                        Stmt update = new Assign(r, "=", Moved());
                        bool stepFirst = g.Chance(0.5);
                        yield return new Declare(r, Term(outer, 1));
                        yield return new DeclareInt(p, N(g.Random.Next(0, 3)));
                        if (g.Chance(0.5))
                        {
                            yield return new For(i, N(0), "<", count, "++", stepFirst ? S(step, update) : S(update, step));
                        }
                        else
                        {
                            string j = Fresh("j");
                            stepped.Ints.Add(j);
                            update = new Assign(r, "=", Moved());
                            yield return new For(i, N(0), "<", count, "++", S(
                                new For(j, g.Chance(0.5) ? IAdd(I(i), N(1)) : N(0), "<", count, "++", stepFirst ? S(step, update) : S(update, step))));
                        }

                        break;
                    }

                case 18:
                    {
                        // A log-sum-exp: a sum from zero of exponentials shifted by a value the loop leaves alone, whose share
                        // of the shift the gradient adds once as a multiple of the sum; added or subtracted, scaled or not.
                        string shift = Fresh("m");
                        yield return new Declare(shift, Term(outer, 1));
                        yield return new Declare(r, Lit("0"));
                        Expr exponential = Call("Exp", new Binary("-", Term(inner, 1), g.Chance(0.3) ? Mul(Lit("2"), R(shift)) : R(shift)));
                        yield return new For(i, N(0), "<", count, "++", S(new Assign(r, g.Pick("+=", "-="), g.Chance(0.3) ? Mul(Lit("0.5"), exponential) : exponential)));
                        break;
                    }

                default:
                    {
                        string t = Fresh("t");
                        Scope withT = inner.WithReal(t);
                        yield return new Declare(r, Lit("0"));
                        yield return new For(i, N(0), "<", count, "++", S(
                            new Declare(t, Term(inner)),
                            new If(new Compare(g.Pick("<", ">"), R(t), Lit(g.Pick("0", "0.5"))),
                                S(new Assign(r, "+=", Term(withT))),
                                S(new Assign(r, "-=", Term(withT, 1))))));
                        break;
                    }
            }
        }
    }
}
