using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>
        /// Now and then (in the block and branches families, double and float) a function of a sum of two or three kinked parts
        /// before the method's last return, which then adds, subtracts or multiplies it: the length of the clamped parts of a
        /// rounded box's signed distance,
        /// <code>
        /// double q1 = Math.Abs(x) - 1.0;  double o1 = Math.Max(q1, 0.0);
        /// double q2 = y - 0.5;            double o2 = q2 > 0.0 ? q2 : 0.0;
        /// double len3 = Math.Sqrt(o1 * o1 + o2 * o2);
        /// </code>
        /// (each part <c>Math.Max(q, 0.0)</c>, <c>Math.Max(0.0, q)</c>, <c>q &gt; 0 ? q : 0</c> or <c>Math.Clamp(q, 0.0, 8.0)</c>, written in a
        /// local or in place; squared, or not; under <c>Math.Sqrt</c> or <c>Math.Pow(u, 0.5)</c>; now and then plus the box's inside
        /// term <c>Math.Min(Math.Max(q1, q2), 0.0)</c>). The offsets q are |v| − c, v − c or c − v of a parameter, or a random
        /// expression less c, so a good share of the points clamp every part, where the function of the sum is constant and its
        /// partials 0, and others clamp some (MPartialP was 0 / 0 = NaN where all were clamped before 0728a56; the oracle's
        /// dual numbers give 0 there, <see cref="Oracle.Dual.Moves"/>).
        /// </summary>
        /// <remarks>
        /// Drawn after everything else of the case, so a case without it is the case the family wrote before it existed.
        /// A third of the time the first part is clamped by a <c>[Differentiable]</c> method of the case instead
        /// (<c>Clamp0(q1)</c>, <c>Clamp0(u) =&gt; Math.Max(u, 0.0)</c> or <c>u &gt; 0.0 ? u : 0.0</c>): its partial is 0 where it
        /// clamps, and the generated code must not multiply that 0 by the infinite rule of √ (a NaN before the seventeenth
        /// session, in both routes).
        /// </remarks>
        private Method[] WithClampedParts(Method entry, Scope scope)
        {
            if (!g.Chance(0.12) || entry.Body.Length == 0 || entry.Body[^1] is not Return last)
            {
                return new[] { entry };
            }

            Method? clamp = null;
            if (g.Chance(0.33))
            {
                Expr u = R("u"), zero = Lit("0.0");
                Expr clamped = g.Chance(0.5) ? Call("Max", u, zero) : new Conditional(new Compare(">", u, zero), u, zero);
                clamp = new Method("Clamp0", ImmutableArray.Create(Real("u")), ImmutableArray<Stmt>.Empty, ExpressionBody: clamped);
            }

            var parameters = scope.Reals.Where(r => r is "x" or "y" or "z").ToList();
            var statements = new List<Stmt>();
            var offsets = new List<string>();
            var parts = new List<Expr>();
            int count = g.Chance(0.7) ? 2 : 3;
            for (int k = 0; k < count; k++)
            {
                string q = Fresh("q");
                string v = parameters[g.Random.Next(parameters.Count)];
                Expr c = Lit(g.Pick("0.5", "1.0", "0.75", "1.25"));
                Expr offset = g.Random.Next(5) switch
                {
                    0 or 1 => new Binary("-", Call("Abs", R(v)), c),
                    2 => new Binary("-", R(v), c),
                    3 => new Binary("-", c, R(v)),
                    _ => new Binary("-", g.Real(scope, 1) is var e && scope.IsInteger(e) ? Mul(e, Lit("0.5")) : e, c),
                };
                statements.Add(new Declare(q, offset));
                offsets.Add(q);
                Expr zero = Lit("0.0");
                Expr part = clamp != null && k == 0 ? new Programs.Call(clamp.Name, ImmutableArray.Create(R(q))) : g.Random.Next(6) switch
                {
                    0 or 1 => Call("Max", R(q), zero),
                    2 => Call("Max", zero, R(q)),
                    3 or 4 => new Conditional(new Compare(">", R(q), zero), R(q), zero),
                    _ => Call("Clamp", R(q), zero, Lit("8.0")),
                };
                if (g.Chance(0.75))
                {
                    string o = Fresh("o");
                    statements.Add(new Declare(o, part));
                    part = R(o);
                }

                parts.Add(part);
            }

            bool squared = g.Chance(0.8);
            var terms = parts.Select(p => squared ? Mul(p, p) : p).ToList();
            if (g.Chance(0.15))
            {
                terms[0] = Mul(Lit("2.0"), terms[0]); // a coefficient on a part: 2·o1² + o2²
            }

            Expr sum = terms.Aggregate(Add);
            Expr length = g.Chance(0.8) ? Call("Sqrt", sum) : Call("Pow", sum, Lit("0.5"));
            if (g.Chance(0.3))
            {
                // The rounded box's inside term: min(max(q1, q2), 0), the distance inside the box, 0 outside.
                length = Add(length, Call("Min", Call("Max", R(offsets[0]), R(offsets[1])), Lit("0.0")));
            }

            string name = Fresh("len");
            statements.Add(new Declare(name, length));
            Expr combined = g.Random.Next(4) switch
            {
                0 or 1 => Add(last.Value, R(name)),
                2 => new Binary("-", last.Value, R(name)),
                _ => Mul(last.Value, Add(Lit("0.5"), R(name))),
            };
            statements.Add(new Return(combined));
            Method withParts = entry with { Body = entry.Body.RemoveAt(entry.Body.Length - 1).AddRange(statements) };
            return clamp == null ? new[] { withParts } : new[] { withParts, clamp };
        }
    }
}
