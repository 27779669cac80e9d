using System.Collections.Generic;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>Expressions docs/supported.md and docs/diagnostics list as unsupported, with their diagnostic.</summary>
        private static readonly (string Text, string Id)[] UnsupportedExpressions =
        {
            ("global::System.Math.Round(x, 2)", "DIFF011"),
            ("global::System.Math.ScaleB(x, 2)", "DIFF011"),
            ("global::System.Math.IEEERemainder(x, 2.0)", "DIFF011"),
            ("global::System.Math.CopySign(x, -1.0)", "DIFF011"),
            ("(int)x", "DIFF013"),
            ("global::System.Random.Shared.NextDouble()", "DIFF014"),
            ("global::System.Environment.TickCount", "DIFF014"),
            ("double.Parse(\"1.5\")", "DIFF014"),
            ("(double)(decimal)x", "DIFF010"),
            ("new double[] { x, 2.0 }[0]", "DIFF015"),
            ("((double)(float)(x + 1e8) - 1e8)", "DIFF015"),
        };

        /// <summary>Statements documented as unsupported, with their diagnostic.</summary>
        private static readonly (string Text, string Id)[] UnsupportedStatements =
        {
            ("switch (x) { case > 0: x = x * 2.0; goto default; default: break; }", "DIFF015"),
            ("global::System.Console.WriteLine(x);", "DIFF014"),
            ("try { x = x * 2.0; } finally { }", "DIFF010"),
            ("global::System.Math.Sin(x);", "DIFF010"),
        };

        /// <summary>
        /// A method of the block family with one unsupported construct: the analyzer must report it there, and nothing be generated.
        /// Now and then (drawn after the rest, so the other cases are the ones the family wrote before) a floating-point value compared
        /// with itself instead, the NaN test, in a method without loops or with one (<see cref="SelfComparison"/>).
        /// </summary>
        public FuzzCase Unsupported()
        {
            FuzzCase written = UnsupportedConstructCase();
            return g.Chance(0.3) ? SelfComparison() : written;
        }

        private FuzzCase UnsupportedConstructCase()
        {
            List<Parameter> parameters = ScalarParameters(allowInt: false);
            Scope scope = ScopeOf(parameters);
            Expr rest = g.Real(scope, 2);
            if (g.Chance(0.6))
            {
                var (text, id) = UnsupportedExpressions[g.Random.Next(UnsupportedExpressions.Length)];
                var body = S(new Return(Add(Mul(rest, new Verbatim(text)), R("x"))));
                return new FuzzCase("unsupported", false, System.Collections.Immutable.ImmutableArray.Create(Entry(parameters, body)), Unsupported: new UnsupportedConstruct(text, id));
            }

            var (statement, statementId) = UnsupportedStatements[g.Random.Next(UnsupportedStatements.Length)];
            var withStatement = S(new VerbatimStatement(statement), new Return(Add(rest, R("x"))));
            return new FuzzCase("unsupported", false, System.Collections.Immutable.ImmutableArray.Create(Entry(parameters, withStatement)), Unsupported: new UnsupportedConstruct(statement, statementId));
        }

        /// <summary>
        /// A floating-point value compared with itself, the NaN idiom (<c>if (y != y) ...</c>, <c>w[i] != w[i]</c>): DIFF010 at the
        /// comparison (docs/supported.md, "Conditions"; before a94d962 it had no diagnostic, and the simplifier decided it as algebra).
        /// Without loops: in an <c>if</c> that returns or assigns, in a <c>?:</c>, in a <c>bool</c> local, on a parameter, a local or an
        /// expression. With a loop over w or over n: the element or a local of the iteration tested before a <c>continue</c>, a
        /// <c>break</c> or an assignment, or in a <c>?:</c> the sum adds.
        /// </summary>
        private FuzzCase SelfComparison()
        {
            var parameters = new List<Parameter> { Real("x") };
            if (g.Chance(0.6))
            {
                parameters.Add(Real("y"));
            }

            Scope scope = ScopeOf(parameters);
            string v = parameters[g.Random.Next(parameters.Count)].Name;
            string op = g.Pick("!=", "==", "!=", "==", ">=", "<=");
            var body = new List<Stmt>();
            string construct;
            if (g.Chance(0.5))
            {
                // Without loops.
                Expr rest = g.Real(scope, 2);
                switch (g.Random.Next(5))
                {
                    case 0:
                        construct = v + " " + op + " " + v;
                        body.Add(new VerbatimStatement("if (" + (op == "!=" ? construct : "!(" + construct + ")") + ") return 0.0;"));
                        body.Add(new Return(Add(Mul(rest, R(v)), R("x"))));
                        break;
                    case 1:
                        construct = "u " + op + " u";
                        body.Add(new Declare("u", Add(Mul(R(v), Lit("2.0")), rest)));
                        body.Add(new VerbatimStatement("if (" + (op == "!=" ? construct : "!(" + construct + ")") + ") u = 1.0;"));
                        body.Add(new Return(Add(Mul(R("u"), R("u")), R("x"))));
                        break;
                    case 2:
                        construct = v + " * 2.0 " + op + " " + v + " * 2.0";
                        body.Add(new Return(Add(new Verbatim("(" + construct + " ? " + v + " : 0.5)"), rest)));
                        break;
                    case 3:
                        construct = v + " " + op + " " + v;
                        body.Add(new VerbatimStatement("bool missing = " + construct + ";"));
                        body.Add(new VerbatimStatement("if (" + (op == "!=" ? "missing" : "!missing") + ") return 1.0;"));
                        body.Add(new Return(Add(rest, R("x"))));
                        break;
                    default:
                        construct = "x + " + v + " " + op + " x + " + v;
                        body.Add(new Declare("u", rest));
                        body.Add(new VerbatimStatement("if (" + construct + ") u += x;"));
                        body.Add(new Return(R("u")));
                        break;
                }
            }
            else
            {
                // In a loop: over the elements of w, or over n with a local of the iteration.
                bool overArray = g.Chance(0.6);
                parameters.Add(overArray ? new Parameter("w", ParameterKind.Array, g.Random.Next(2, 5)) : Int("n", g.Random.Next(2, 5)));
                string skip = g.Pick("continue;", "break;", "s += 1.0;");
                body.Add(new Declare("s", Lit("0")));
                Scope each = scope.Clone();
                each.Ints.Add("i");
                var loop = new List<Stmt>();
                string item;
                if (overArray)
                {
                    item = "w[i]";
                    each.Elements.Add(("w", I("i")));
                }
                else
                {
                    item = "v";
                    loop.Add(new Declare("v", Add(Mul(R(v), new IntValue(I("i"))), g.Real(scope, 1))));
                }

                construct = item + " " + op + " " + item;
                if (g.Chance(0.7))
                {
                    loop.Add(new VerbatimStatement("if (" + (op == "!=" ? construct : "!(" + construct + ")") + ") " + skip));
                    loop.Add(new Assign("s", "+=", Mul(new Verbatim(item), Term(each, 1))));
                }
                else
                {
                    loop.Add(new Assign("s", "+=", new Verbatim("(" + construct + " ? " + item + " * x : 0.0)")));
                }

                body.Add(new For("i", N(0), "<", overArray ? Len("w") : I("n"), "++", S(loop)));
                body.Add(new Return(Add(R("s"), R("x"))));
            }

            return new FuzzCase("unsupported", false, System.Collections.Immutable.ImmutableArray.Create(Entry(parameters, S(body))), Unsupported: new UnsupportedConstruct(construct, "DIFF010"));
        }
    }
}
