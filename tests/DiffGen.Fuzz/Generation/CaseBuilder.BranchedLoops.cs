using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>
        /// A loop block inside an if (docs/supported.md, "Loops inside an if"): its declarations before the if, its loops in
        /// it, now and then a local the if declares and reads after its loop, and an else that assigns the result or runs a
        /// loop of its own. The test may read the result the loop changes (C# tests it once, before the loop). Now and then
        /// a switch statement on n instead, its sections holding the loops.
        /// </summary>
        private List<Stmt> InsideIf(List<Stmt> block, Scope scope, IReadOnlyList<string> earlier, IReadOnlyList<string> own)
        {
            int lead = block.TakeWhile(s => s is Declare or DeclareInt).Count();
            List<Stmt> rest = block.Skip(lead).ToList();
            if (own.Count == 0 || rest.Count == 0 || rest.Any(s => s is DoWhile or Declare or DeclareInt))
            {
                return block;
            }

            string result = own[0];
            var inside = new List<Stmt>();
            string? local = g.Chance(0.4) ? Fresh("c") : null;
            if (local != null)
            {
                inside.Add(new Declare(local, Term(scope, 1)));
            }

            inside.AddRange(rest);
            if (local != null)
            {
                inside.Add(new Assign(result, "+=", Mul(R(local), Lit("0.5"))));
            }

            Cond test = g.Random.Next(4) switch
            {
                0 => new Compare(">", R("x"), Lit(g.Pick("-0.625", "0.375"))),
                1 => new IntCompare(">", I("n"), N(g.Random.Next(2, 5))),
                2 when earlier.Count > 0 => new Compare("<", R(earlier[g.Random.Next(earlier.Count)]), Lit(g.Pick("0.75", "1.25"))),
                _ => new Compare("<", R(result), Lit(g.Pick("0.75", "1.25"))),
            };
            string j = Fresh("j");
            Stmt[]? otherwise = g.Random.Next(3) switch
            {
                0 => null,
                1 => new Stmt[] { new Assign(result, "=", Term(scope, 1)) },
                _ => new Stmt[] { new For(j, N(0), "<", I("n"), "++", S(new Assign(result, "+=", Term(scope.WithInt(j), 1)))) },
            };
            if (g.Chance(0.3))
            {
                // The same as a switch statement on n: the loops in one section, the other side in another or in default.
                var sections = ImmutableArray.Create(new SwitchSection(ImmutableArray.Create(2, 4), S(inside)));
                ImmutableArray<Stmt>? fallback = otherwise == null ? null : S(otherwise);
                if (fallback != null && g.Chance(0.5))
                {
                    sections = sections.Add(new SwitchSection(ImmutableArray.Create(3), fallback.Value));
                    fallback = null;
                }

                return block.Take(lead).Append(new SwitchSections(I("n"), sections, fallback)).ToList();
            }

            return block.Take(lead).Append(new If(test, S(inside), otherwise == null ? null : S(otherwise))).ToList();
        }

        /// <summary>
        /// <c>if (test) continue;</c> or <c>if (test) break;</c> before an inner loop (docs/supported.md, "Loops inside an if"):
        /// the rest of the iteration, its inner loop included, runs only where the test fails.
        /// </summary>
        private IEnumerable<Stmt> ContinueBeforeInnerLoop(Scope inner, string i, string r, IntExpr count)
        {
            string j = Fresh("j");
            string t = Fresh("t");
            var body = new List<Stmt>();
            Cond skip;
            Scope nested = inner.Clone();
            nested.Ints.Add(j);
            if (g.Chance(0.5))
            {
                skip = new IntCompare("==", new IntBinary("%", I(i), N(2)), N(g.Random.Next(2)));
            }
            else
            {
                string c = Fresh("c");
                body.Add(new Declare(c, Term(inner, 1)));
                skip = new Compare(">", R(c), Lit(g.Pick("0.5", "1.5")));
                nested = nested.WithReal(c);
            }

            Stmt leave = g.Chance(0.3) ? new Break() : new Continue();
            body.Add(new If(skip, g.Chance(0.3) ? S(new Assign(r, "-=", Lit("0.25")), leave) : S(leave), null));
            body.Add(new Declare(t, Lit("0")));
            body.Add(new For(j, N(0), "<", count, "++", S(new Assign(t, "+=", Term(nested)))));
            body.Add(new Assign(r, "+=", g.Chance(0.5) ? Call("Tanh", R(t)) : Mul(R(t), Lit("0.5"))));
            yield return new Declare(r, Lit("0"));
            yield return new For(i, N(0), "<", count, "++", S(body));
        }
    }
}
