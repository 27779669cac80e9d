using System.Collections.Generic;
using System.Collections.Immutable;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>
        /// Now and then (in the local arrays family) Holt–Winters' seasonal update before the method's last return, which adds or
        /// subtracts its sum: a local array of seasons copied from w or filled before the loop, then in a loop an index local
        /// declared from the counter, the element read into a local, and the element overwritten at that index,
        /// <code>
        /// double[] season4 = new double[w.Length];
        /// for (int k5 = 0; k5 &lt; w.Length; k5++) season4[k5] = w[k5];
        /// int period6 = season4.Length;
        /// double level7 = b;
        /// double hw8 = 0;
        /// for (int t9 = 0; t9 &lt; 2 * x.Length; t9++)
        /// {
        ///     int si10 = t9 % period6;               // or (t9 + 1) % period6, phase % period6, t9 / 2
        ///     double old11 = season4[si10];          // the read before the write
        ///     hw8 += old11 * x[t9 % x.Length];
        ///     level7 = 0.5 * (x[t9 % x.Length] - old11) + 0.5 * level7;
        ///     season4[si10] = 0.3 * (x[t9 % x.Length] - level7) + (1 - 0.3) * old11;
        ///     hw8 += season4[si10] * 0.5;           // the value read again later in the iteration
        /// }
        /// </code>
        /// (declined as DIFF015 before 739ef5f, <c>ArrayOverwrites.UndoneIndex</c>). Variations: the index local <c>t % period</c>,
        /// <c>(t + offset) % period</c>, <c>phase % period</c> of a local <c>phase = t + offset</c>, or <c>t / 2</c> (the loop
        /// then runs to <c>2 * period</c>); the element read into a local or read in place, once or twice; the write as one
        /// assignment or as <c>*=</c> then <c>+=</c>; the new or the old value read again after the write; a level updated between;
        /// the seasons in an array or a <c>stackalloc</c> span, copied from w, filled from w and b, or given their elements.
        /// </summary>
        /// <remarks>Drawn after everything else of the case, so a case without it is the case the family wrote before it existed.</remarks>
        private Method WithSeasonalUpdate(Method entry, Scope scope)
        {
            if (!g.Chance(0.15) || entry.Body.Length == 0 || entry.Body[^1] is not Return last)
            {
                return entry;
            }

            var statements = new List<Stmt>();
            string season = Fresh("season");
            string k = Fresh("k");
            int fill = g.Random.Next(3);
            bool stack = fill != 2 && g.Chance(0.2);
            if (fill == 2)
            {
                // Given its elements from the parameters.
                statements.Add(new ArrayOfValues(season, ImmutableArray.Create<Expr>(new Element("w", N(0)), R("b"), Lit(g.Pick("0.5", "-0.25"))), ArrayInitializerStyle.Braces));
            }
            else
            {
                // Copied from w, or filled from w and b (as long as w, or 2 long: w has at least 2 elements).
                bool copy = fill == 0;
                IntExpr size = copy || g.Chance(0.5) ? Len("w") : N(2);
                statements.Add(new NewArray(season, size, stack));
                Expr element = copy ? new Element("w", I(k)) : Add(Mul(Lit("0.5"), new Element("w", I(k))), Mul(Lit("0.25"), R("b")));
                statements.Add(new For(k, N(0), "<", stack ? size : Len(season), "++", S(new AssignElement(season, I(k), "=", element))));
            }

            string period = Fresh("period");
            IntExpr length = statements[^1] is For fillLoop ? fillLoop.Bound : N(3);
            statements.Add(new DeclareInt(period, g.Chance(0.5) && !stack ? Len(season) : length));
            string level = Fresh("level");
            bool withLevel = g.Chance(0.5);
            if (withLevel)
            {
                statements.Add(new Declare(level, g.Chance(0.5) ? R("b") : new Element("x", N(0))));
            }

            string hw = Fresh("hw");
            statements.Add(new Declare(hw, Lit("0")));

            string t = Fresh("t");
            int variant = g.Random.Next(4);
            IntExpr bound = variant == 3 ? new IntBinary("*", N(2), I(period)) : g.Pick<IntExpr>(Len("x"), new IntBinary("*", N(2), Len("x")), IAdd(Len("x"), N(1)));
            bool wraps = !(bound is Length);
            Expr datum = new Element("x", wraps ? new IntBinary("%", I(t), Len("x")) : I(t));
            var body = new List<Stmt>();
            string si = Fresh("si");
            int offset = g.Random.Next(1, 4);
            switch (variant)
            {
                case 0:
                    body.Add(new DeclareInt(si, new IntBinary("%", I(t), I(period))));
                    break;
                case 1:
                    body.Add(new DeclareInt(si, new IntBinary("%", IAdd(I(t), N(offset)), I(period))));
                    break;
                case 2:
                    {
                        string phase = Fresh("phase");
                        body.Add(new DeclareInt(phase, IAdd(I(t), N(offset))));
                        body.Add(new DeclareInt(si, new IntBinary("%", I(phase), I(period))));
                        break;
                    }

                default:
                    body.Add(new DeclareInt(si, new IntBinary("/", I(t), N(2))));
                    break;
            }

            // The read before the write: into a local (now and then read twice), or in place.
            string old = Fresh("old");
            bool local = g.Chance(0.8);
            Expr oldValue = local ? R(old) : new Element(season, I(si));
            if (local)
            {
                body.Add(new Declare(old, new Element(season, I(si))));
            }

            Scope each = scope.Clone();
            each.Ints.Add(t);
            each.Elements.Add(("x", wraps ? new IntBinary("%", I(t), Len("x")) : I(t)));
            Expr before = g.Random.Next(3) switch
            {
                0 => Mul(Mul(oldValue, oldValue), datum),
                1 => Mul(Call(g.Pick("Sin", "Tanh"), oldValue), datum),
                _ => Mul(oldValue, Term(each, 1)),
            };
            body.Add(new Assign(hw, g.Pick("+=", "-="), before));
            if (withLevel)
            {
                // Holt–Winters' level, from the deseasonalised datum.
                body.Add(new Assign(level, "=", Add(Mul(Lit("0.5"), new Binary("-", datum, oldValue)), Mul(Lit("0.5"), R(level)))));
            }

            Expr gamma = g.Pick<Expr>(Lit("0.3"), Lit("0.25"), R("b"));
            Expr target = withLevel ? new Binary("-", datum, R(level)) : datum;
            if (g.Chance(0.75))
            {
                body.Add(new AssignElement(season, I(si), "=", Add(Mul(gamma, target), Mul(new Binary("-", Lit("1"), gamma), oldValue))));
            }
            else
            {
                body.Add(new AssignElement(season, I(si), "*=", new Binary("-", Lit("1"), gamma)));
                body.Add(new AssignElement(season, I(si), "+=", Mul(gamma, target)));
            }

            // The value read again later in the iteration: the new element, or the old one.
            if (g.Chance(0.6))
            {
                Expr again = local && g.Chance(0.4) ? Mul(R(old), datum) : Mul(new Element(season, I(si)), Lit(g.Pick("0.5", "2")));
                body.Add(new Assign(hw, "+=", again));
            }

            statements.Add(new For(t, N(0), "<", bound, "++", S(body)));
            if (g.Chance(0.3))
            {
                // The seasons read after the loop.
                statements.Add(new Assign(hw, "+=", Mul(Lit("0.5"), new Element(season, N(g.Random.Next(2))))));
            }

            statements.Add(new Return(new Binary(g.Pick("+", "-"), last.Value, R(hw))));
            return entry with { Body = entry.Body.RemoveAt(entry.Body.Length - 1).AddRange(statements) };
        }
    }
}
