using System.Collections.Generic;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>
        /// Now and then (in the local arrays family) an iterative update of a local array before the method's last return,
        /// which adds or subtracts what it accumulates: each pass first reads the array (a sum over its elements, now and then
        /// one element into a local), then overwrites its elements in loops of its own, as an LMS filter, a thermostat or an
        /// optimizer's inner steps do,
        /// <code>
        /// double[] u4 = new double[w.Length];
        /// for (int k5 = 0; k5 &lt; w.Length; k5++) u4[k5] = w[k5];
        /// double acc6 = 0;
        /// for (int it7 = 0; it7 &lt; 3; it7++)
        /// {
        ///     double e8 = 0;
        ///     for (int k5 = 0; k5 &lt; u4.Length; k5++) e8 += u4[k5] * x[k5];   // the read before the overwrite
        ///     acc6 += e8 * b;
        ///     for (int k5 = 0; k5 &lt; u4.Length; k5++) u4[k5] = 0.5 * u4[k5] + 0.1 * Math.Tanh(e8) * x[k5];
        ///     for (int k5 = u4.Length - 1; k5 &gt;= 0; k5--) u4[k5] -= 0.05 * u4[k5] * u4[k5] * u4[k5];
        /// }
        /// </code>
        /// (declined as DIFF015 before the sixteenth session: the reverse sweep computed the sum again from the new
        /// elements; now it puts back what the pass's loops overwrote first, <c>ArrayOverwrites.UndoneHeader</c>). Variations:
        /// the number of passes; the sum of squares or of products with x; an element read into a local first and used after
        /// the loops; one or two overwriting loops (as written, a scale by a factor the sum gives, a cubic damping, counting
        /// down, or a triangle of two nested loops); a direct write of one element after them; the new elements read again
        /// in the pass or after the passes; a convergence test that breaks after the pass's writes; early stopping before them;
        /// an update of single elements made only where a test holds (a dead-zone filter) in place of the loops, now and then with
        /// a scalar it carries that the test reads (a bias); the passes
        /// inside an outer loop of two epochs, now and then stopped early on the elements' size.
        /// </summary>
        /// <remarks>Drawn after everything else of the case, so a case without it is the case the family wrote before it existed.</remarks>
        private Method WithIterativeUpdate(Method entry)
        {
            if (!g.Chance(0.15) || entry.Body.Length == 0 || entry.Body[^1] is not Return last)
            {
                return entry;
            }

            var statements = new List<Stmt>();
            string u = Fresh("u");
            string k = Fresh("k");
            statements.Add(new NewArray(u, Len("w"), false));
            Expr start = g.Chance(0.6) ? new Element("w", I(k)) : Add(Mul(Lit("0.5"), new Element("w", I(k))), Mul(Lit("0.25"), R("b")));
            statements.Add(new For(k, N(0), "<", Len("w"), "++", S(new AssignElement(u, I(k), "=", start))));
            string acc = Fresh("acc");
            statements.Add(new Declare(acc, Lit("0")));

            var pass = new List<Stmt>();
            Expr Uk() => new Element(u, I(k));
            Expr Xk() => new Element("x", I(k));
            string e = Fresh("e");
            pass.Add(new Declare(e, Lit("0")));
            pass.Add(new For(k, N(0), "<", Len(u), "++", S(new Assign(e, "+=", Mul(Uk(), g.Chance(0.5) ? Uk() : Xk())))));
            string? first = null;
            if (g.Chance(0.3))
            {
                first = Fresh("first");
                pass.Add(new Declare(first, new Element(u, N(0))));
            }

            pass.Add(new Assign(acc, g.Pick("+=", "-="), g.Random.Next(3) switch
            {
                0 => Mul(R(e), R("b")),
                1 => Mul(Call("Sin", R(e)), new Element("x", N(0))),
                _ => Mul(R(e), Lit("0.5")),
            }));

            string it = Fresh("it");
            string? carried = null;
            bool stops = g.Chance(0.2);
            if (stops)
            {
                // Early stopping before the pass's writes (docs/supported.md: the forward sweep keeps whether each pass stopped
                // there): one the second pass takes, or one that depends on the values.
                pass.Add(new If(g.Chance(0.4) ? new IntCompare(">=", I(it), N(1)) : new Compare(g.Pick("<", ">"), R(e), Lit(g.Pick("0.5", "1.5", "3"))), S(new Break()), null));
            }

            if (g.Chance(0.25))
            {
                // A double buffer: the next values written into another array, then the two swapped (by a tuple, or through a
                // temporary), as an explicit scheme steps (docs/supported.md: read as a loop exchanging their elements).
                string next = Fresh("next");
                statements.Insert(statements.Count - 1, new NewArray(next, g.Chance(0.5) ? Len("w") : Len(u), false)); // new double[u.Length] too
                pass.Add(new For(k, N(0), "<", Len(u), "++", S(new AssignElement(next, I(k), "=",
                    Add(Mul(Lit("0.5"), Uk()), Mul(Mul(Lit("0.1"), Call("Tanh", R(e))), Xk()))))));
                pass.Add(new SwapArrays(u, next, g.Chance(0.5) ? null : Fresh("tmp")));
            }
            else if (!stops && g.Chance(0.25))
            {
                // An update made only where a test holds, as a dead-zone LMS filter's (docs/supported.md: the forward sweep
                // keeps the test's outcome per pass): plain writes of single elements inside the if.
                var update = new List<Stmt>
                {
                    new AssignElement(u, N(0), g.Pick("+=", "-="), Mul(Mul(Lit("0.1"), Call("Tanh", R(e))), new Element("x", N(0)))),
                };
                if (g.Chance(0.5))
                {
                    update.Add(new AssignElement(u, ISub(Len(u), N(1)), "=", Add(Mul(Lit("0.5"), new Element(u, ISub(Len(u), N(1)))), Mul(Lit("0.25"), R("b")))));
                }

                Expr tested = R(e);
                if (g.Chance(0.5))
                {
                    // A scalar the update carries, which the test reads (a perceptron's bias): the passes undo it with the writes.
                    carried = Fresh("bias");
                    statements.Add(new Declare(carried, Mul(Lit("0.5"), R("b"))));
                    update.Add(new Assign(carried, "+=", Mul(Lit("0.05"), R(e))));
                    tested = Add(R(e), R(carried));
                }

                pass.Add(new If(new Compare(g.Pick(">", "<"), tested, Lit(g.Pick("0.5", "1.5", "3"))), S(update.ToArray()), null));
            }
            else
            {
                int writes = g.Chance(0.4) ? 2 : 1;
                for (int n = 0; n < writes; n++)
                {
                    pass.Add(OverwritingLoop(u, k, e));
                }
            }

            if (first != null)
            {
                // The element read before the loops, used after them: a direct write (every pass, beside an update a test
                // gates too), or a sum.
                pass.Add(g.Chance(0.5)
                    ? new AssignElement(u, N(0), "=", Add(Mul(Lit("0.5"), new Element(u, N(0))), Mul(Lit("0.25"), R(first))))
                    : new Assign(acc, "+=", Mul(R(first), R("b"))));
            }

            if (g.Chance(0.3))
            {
                // The new elements read again in the same pass.
                pass.Add(new Assign(acc, "+=", Mul(new Element(u, ISub(Len(u), N(1))), Lit("0.5"))));
            }

            bool breaksInEpochs = stops;
            bool passBreaks = false;
            if (g.Chance(0.25))
            {
                // A convergence test after the pass's writes (docs/supported.md: no break before them): one the second pass
                // takes, or one no pass takes.
                bool onCount = g.Chance(0.5);
                breaksInEpochs |= !onCount || carried != null;
                passBreaks = true;
                pass.Add(new If(onCount ? new IntCompare(">=", I(it), N(1)) : new Compare(">", R(e), Lit("1e30")), S(new Break()), null));
            }

            var passes = new For(it, N(0), "<", g.Pick<IntExpr>(N(2), N(3), Len("x")), "++", S(pass));
            statements.Add(passes);
            if (g.Chance(0.5))
            {
                // The elements read after the passes.
                statements.Add(new For(k, N(0), "<", Len(u), "++", S(new Assign(acc, "+=", Mul(Uk(), Xk())))));
            }

            if (carried != null)
            {
                statements.Add(new Assign(acc, "+=", R(carried)));
            }

            statements.Add(new Return(new Binary(g.Pick("+", "-"), last.Value, R(acc))));
            if (!breaksInEpochs && g.Chance(0.3))
            {
                // The passes run again in an outer loop, as epochs over the samples (docs/supported.md: a gate's outcomes are
                // then kept on a stack; early stopping on the values there is DIFF015, and any break beside a scalar the update
                // carries); drawn last, so the rest of the case
                // is what it was without it.
                int at = statements.IndexOf(passes);
                var epoch = new List<Stmt>();
                if (!passBreaks && g.Chance(0.3))
                {
                    // Early stopping of the epochs on the elements' size, before the passes (a gate of the epoch loop's own
                    // around the passes' gated update; not beside a pass that breaks: docs/supported.md, DIFF015).
                    string size = Fresh("size");
                    epoch.Add(new Declare(size, Lit("0")));
                    epoch.Add(new For(k, N(0), "<", Len(u), "++", S(new Assign(size, "+=", Mul(Uk(), Uk())))));
                    epoch.Add(new If(new Compare(">", R(size), Lit(g.Pick("0.5", "4", "1e30"))), S(new Break()), null));
                }

                epoch.Add(passes);
                statements[at] = new For(Fresh("epoch"), N(0), "<", N(2), "++", S(epoch));
            }
            return entry with { Body = entry.Body.RemoveAt(entry.Body.Length - 1).AddRange(statements) };
        }

        /// <summary>A loop (or two nested) overwriting every element of <paramref name="u"/> in place, bounded whatever the values.</summary>
        private Stmt OverwritingLoop(string u, string k, string e)
        {
            Expr Uk() => new Element(u, I(k));
            switch (g.Random.Next(5))
            {
                case 0:
                {
                    // An LMS filter's step: the sum read before, through tanh so the weights stay bounded; now and then only
                    // for the elements whose input is positive (a gate per element: its outcomes go on a stack, and the pass
                    // puts the writes back by them).
                    Stmt step = new AssignElement(u, I(k), "=", Add(Mul(Lit("0.5"), Uk()), Mul(Mul(Lit("0.1"), Call("Tanh", R(e))), new Element("x", I(k)))));
                    return new For(k, N(0), "<", Len(u), "++", S(g.Chance(0.3) ? new If(new Compare(">", new Element("x", I(k)), Lit("0")), S(step), null) : step));
                }

                case 1:
                    // A thermostat's scale by a factor the sum gives.
                    return new For(k, N(0), "<", Len(u), "++", S(new AssignElement(u, I(k), "*=", Add(Lit("1"), Mul(Lit("0.1"), Call("Tanh", R(e)))))));
                case 2:
                    // A cubic damping.
                    return new For(k, N(0), "<", Len(u), "++", S(new AssignElement(u, I(k), "-=", Mul(Mul(Mul(Lit("0.05"), Uk()), Uk()), Uk()))));
                case 3:
                    // Counting down, each element from its old value and b.
                    return new For(k, ISub(Len(u), N(1)), ">=", N(0), "--", S(new AssignElement(u, I(k), "+=", Mul(Lit("0.1"), Call("Sin", Add(Uk(), R("b")))))));
                default:
                    {
                        // A triangle: each element after j moved by the j-th, which the same loop may have moved already.
                        string j = Fresh("j");
                        return new For(j, N(0), "<", Len(u), "++", S(new For(k, IAdd(I(j), N(1)), "<", Len(u), "++", S(
                            new AssignElement(u, I(k), "-=", Mul(Mul(Lit("0.1"), new Element(u, I(j))), new Element("x", I(k))))))));
                    }
            }
        }
    }
}
