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
        };

        /// <summary>Statements documented as unsupported, with their diagnostic.</summary>
        private static readonly (string Text, string Id)[] UnsupportedStatements =
        {
            ("switch (x) { case > 0: x = x * 2.0; goto default; default: break; }", "DIFF015"),
            ("global::System.Console.WriteLine(x);", "DIFF014"),
            ("try { x = x * 2.0; } finally { }", "DIFF010"),
            ("global::System.Math.Sin(x);", "DIFF010"),
        };

        /// <summary>A method of the block family with one unsupported construct: the analyzer must report it there, and nothing be generated.</summary>
        public FuzzCase Unsupported()
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
    }
}
