using System.Collections.Generic;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>
        /// Infinities the method writes as constants (docs/supported.md: a value that may hold one is a constant where it is
        /// infinite), in three shapes, each with random parts:
        /// <list type="bullet">
        /// <item>loop-free: an infinity scaled by a positive expression of the parameters, <c>double a = -inf / (u * u + 0.5);</c>,
        /// or times a choice with the infinity on one side, or raised to a positive power, then <c>Math.Exp(a)</c> (0, or
        /// exp(−p) where the choice takes −1) times a random expression, added to another;</item>
        /// <item>a one-dimensional soft-min recurrence over w with a +∞ border, <c>r[i] = w[i - 1] * w[i - 1] - t * (mx + Math.Log(...))</c>
        /// from <c>a = -r[i - 1] / t</c> and <c>b = -r[i] / t</c> (b is −∞ on the border), t a positive expression of b;</item>
        /// <item>a masked log-sum-exp: every other score set to −∞, each scaled by a positive expression before <c>Math.Exp</c>
        /// (the choice in a local, or inline as a factor), with a running maximum started at −∞.</item>
        /// </list>
        /// The literals <c>+inf</c> and <c>-inf</c> are written as <c>double.PositiveInfinity</c> (<c>float.</c>) by the writer;
        /// the oracle takes such a value, and an infinite one computed from it, as a constant (<c>Dual.IsInfiniteConstant</c>).
        /// </summary>
        public FuzzCase Infinities()
        {
            switch (g.Random.Next(3))
            {
                case 0:
                {
                    var parameters = new List<Parameter> { Real("x"), Real("y") };
                    Scope scope = ScopeOf(parameters);
                    string inf = Fresh("inf");
                    string a = Fresh("a");
                    Expr scaled = g.Random.Next(4) switch
                    {
                        0 => new Binary("/", new Negate(R(inf)), g.Positive(scope, 2)),
                        1 => Mul(g.Positive(scope, 2), R(inf)),
                        2 => Mul(g.Positive(scope, 1), new Conditional(new Compare(">", R("y"), Lit("0")), R(inf), Lit("-1"))), // a choice with the infinity on one side, as a factor
                        _ => new Negate(Call("Pow", new Binary("+", R(inf), R(inf)), g.Positive(scope, 1))), // an infinite base: −∞^p
                    };
                    var body = new List<Stmt>
                    {
                        new Declare(inf, Lit(g.Pick("+inf", "-inf"))),
                        new Declare(a, scaled),
                        new Return(Add(g.Real(scope, 2), Mul(Call("Exp", g.Chance(0.5) ? R(a) : new Negate(Call("Abs", R(a)))), g.Real(scope, 2)))),
                    };
                    return Case("infinities", Entry(parameters, S(body)));
                }

                case 1:
                {
                    var parameters = new List<Parameter> { new Parameter("w", ParameterKind.Array, g.Random.Next(1, 5)), Real("b") };
                    Scope scope = ScopeOf(parameters);
                    string r = Fresh("r"), k = Fresh("k"), i = Fresh("i"), t = Fresh("t"), a = Fresh("a"), c = Fresh("c"), mx = Fresh("mx");
                    IntExpr previous = new IntBinary("-", I(i), N(1));
                    var step = new List<Stmt>
                    {
                        new Declare(a, new Binary("/", new Negate(new Element(r, previous)), R(t))),
                        new Declare(c, new Binary("/", new Negate(new Element(r, I(i))), R(t))),
                        new Declare(mx, Call("Max", R(a), R(c))),
                        new AssignElement(r, I(i), "=", new Binary("-", Mul(new Element("w", previous), new Element("w", previous)),
                            Mul(R(t), Add(R(mx), Call("Log", Add(Call("Exp", new Binary("-", R(a), R(mx))), Call("Exp", new Binary("-", R(c), R(mx))))))))),
                    };
                    var body = new List<Stmt>
                    {
                        new Declare(t, g.Positive(scope, 1)),
                        new NewArray(r, new IntBinary("+", Len("w"), N(1)), false),
                        new For(k, N(1), "<", Len(r), "++", S(new AssignElement(r, I(k), "=", Lit("+inf")))),
                        new For(i, N(1), "<=", Len("w"), "++", S(step)),
                        new Return(new Element(r, Len("w"))),
                    };
                    return Case("infinities", Entry(parameters, S(body)));
                }

                default:
                {
                    var parameters = new List<Parameter> { new Parameter("w", ParameterKind.Array, g.Random.Next(1, 5)), Real("s") };
                    Scope scope = ScopeOf(parameters);
                    string best = Fresh("best"), total = Fresh("total"), i = Fresh("i"), j = Fresh("j"), z = Fresh("z"), u = Fresh("u"), scale = Fresh("scale");
                    Cond masked = new IntCompare("==", new IntBinary("%", I(i), N(2)), N(1));
                    Cond maskedJ = new IntCompare("==", new IntBinary("%", I(j), N(2)), N(1));
                    Expr MaskedJ() => new Conditional(maskedJ, Lit("-inf"), new Element("w", I(j)));
                    List<Stmt> Terms() => g.Chance(0.5)
                        ? new List<Stmt> { new Declare(u, MaskedJ()), new Assign(total, "+=", Call("Exp", new Binary("-", Mul(R(u), R(scale)), R(best)))) }
                        : new List<Stmt> { new Assign(total, "+=", Call("Exp", new Binary("-", Mul(R(scale), MaskedJ()), R(best)))) };
                    var body = new List<Stmt>
                    {
                        new Declare(scale, g.Positive(scope, 1)),
                        new Declare(best, Lit("-inf")),
                        new For(i, N(0), "<", Len("w"), "++", S(
                            new Declare(z, new Conditional(masked, Lit("-inf"), new Element("w", I(i)))),
                            new Assign(best, "=", Call("Max", R(best), Mul(R(z), R(scale)))))),
                        new Declare(total, Lit("0")),
                        new For(j, N(0), "<", Len("w"), "++", S(Terms())),
                        new Return(Add(R(best), Call("Log", R(total)))),
                    };
                    return Case("infinities", Entry(parameters, S(body)));
                }
            }
        }
    }
}
