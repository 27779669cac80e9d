using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>
    /// Local functions (docs/supported.md, "Statements"), made without changing what a program computes: in a fifth of the
    /// methods with statements, a subexpression of a top-level statement of F that reads F's parameters only becomes a call
    /// of a local function of one of them, <c>double Lf(double v) =&gt; e[p := v];</c>, declared first or after the return
    /// (C# allows both); the others stay captured. The oracle gets the same local function over dual numbers. Now and then
    /// the function is <c>static</c> (its body reads v alone), calls a second one (<c>Lg</c>) that holds part of its body, or,
    /// instead, a test <c>e &lt; c</c> of an if or a bool local becomes a call of <c>bool Lp(double v) =&gt; e[p := v] &lt; c;</c>.
    /// </summary>
    public static class LocalFunctionExtraction
    {
        private const string Name = "Lf";

        public static FuzzCase Apply(FuzzCase fuzzCase, Random random)
        {
            int at = fuzzCase.Methods.IndexOf(fuzzCase.Methods.FirstOrDefault(m => m.Name == "F")!);
            if (at < 0 || fuzzCase.Unsupported != null || fuzzCase.Integral != null || random.NextDouble() >= 0.2)
            {
                return fuzzCase;
            }

            Method entry = fuzzCase.Methods[at];
            var parameters = entry.Parameters.Where(p => p.Kind == ParameterKind.Real).Select(p => p.Name).ToHashSet();
            if (entry.Body.IsEmpty || parameters.Count == 0)
            {
                return fuzzCase;
            }

            var candidates = new List<(int Statement, Expr Expression)>();
            var tests = new List<int>();
            for (int i = 0; i < entry.Body.Length; i++)
            {
                if (ValueOf(entry.Body[i]) is Expr value)
                {
                    candidates.AddRange(Subexpressions(value).Where(e => e is Binary or MathCall && ReadsOnly(e, parameters) && Reads(e).Any()).Select(e => (i, e)));
                }

                if (TestOf(entry.Body[i]) is Compare { Right: Literal or MathConstant } compare && compare.Left is Binary or MathCall or Read && ReadsOnly(compare.Left, parameters) && Reads(compare.Left).Any())
                {
                    tests.Add(i);
                }
            }

            if (tests.Count > 0 && (candidates.Count == 0 || random.NextDouble() < 0.25))
            {
                return fuzzCase with { Methods = fuzzCase.Methods.SetItem(at, entry with { Body = WithPredicate(entry.Body, tests[random.Next(tests.Count)], random) }) };
            }

            if (candidates.Count == 0)
            {
                return fuzzCase;
            }

            (int statement, Expr extracted) = candidates[random.Next(candidates.Count)];
            string[] read = Reads(extracted).Distinct().ToArray();
            string parameter = read[random.Next(read.Length)];
            Expr functionBody = Replace(extracted, new Read(parameter), new Read("v"));
            bool alone = Reads(functionBody).All(r => r == "v");
            bool isStatic = alone && random.NextDouble() < 0.5;
            LocalFunction? inner = null;
            var parts = Subexpressions(functionBody).Skip(1).Where(e => e is Binary or MathCall && Reads(e).Any() && Reads(e).All(r => r == "v")).ToList();
            if (parts.Count > 0 && random.NextDouble() < 0.3)
            {
                // Lf calls Lg, which holds part of Lf's body: a local function calling another.
                Expr part = parts[random.Next(parts.Count)];
                inner = new LocalFunction("Lg", "v", part, Static: isStatic || random.NextDouble() < 0.5);
                functionBody = Replace(functionBody, part, new Call("Lg", ImmutableArray.Create<Expr>(new Read("v"))));
            }

            var function = new LocalFunction(Name, "v", functionBody, Static: isStatic);
            Stmt rewritten = WithValue(entry.Body[statement], Replace(ValueOf(entry.Body[statement])!, extracted, new Call(Name, ImmutableArray.Create<Expr>(new Read(parameter)))));
            ImmutableArray<Stmt> body = entry.Body.SetItem(statement, rewritten);
            body = random.NextDouble() < 0.5 ? body.Insert(0, function) : body.Add(function);
            if (inner != null)
            {
                body = random.NextDouble() < 0.5 ? body.Insert(0, inner) : body.Add(inner);
            }

            return fuzzCase with { Methods = fuzzCase.Methods.SetItem(at, entry with { Body = body }) };
        }

        /// <summary>The test of a top-level if or bool local, which a local function returning bool may hold.</summary>
        private static Cond? TestOf(Stmt statement) => statement switch
        {
            If i => i.Test,
            DeclareBool b => b.Init,
            _ => null,
        };

        /// <summary>The statement's test <c>e op c</c> replaced by <c>Lp(p)</c>, with <c>bool Lp(double v) =&gt; e[p := v] op c;</c> declared first or last.</summary>
        private static ImmutableArray<Stmt> WithPredicate(ImmutableArray<Stmt> body, int statement, Random random)
        {
            var compare = (Compare)TestOf(body[statement])!;
            string[] read = Reads(compare.Left).Distinct().ToArray();
            string parameter = read[random.Next(read.Length)];
            var predicate = new LocalPredicate("Lp", "v", compare with { Left = Replace(compare.Left, new Read(parameter), new Read("v")) });
            Cond call = new PredicateCall("Lp", new Read(parameter));
            Stmt rewritten = body[statement] switch
            {
                If i => i with { Test = call },
                DeclareBool b => b with { Init = call },
                var other => other,
            };
            body = body.SetItem(statement, rewritten);
            return random.NextDouble() < 0.5 ? body.Insert(0, predicate) : body.Add(predicate);
        }

        private static Expr? ValueOf(Stmt statement) => statement switch
        {
            Declare { Init: { } init } => init,
            Assign a => a.Value,
            Return r => r.Value,
            _ => null,
        };

        private static Stmt WithValue(Stmt statement, Expr value) => statement switch
        {
            Declare d => d with { Init = value },
            Assign a => a with { Value = value },
            Return r => r with { Value = value },
            _ => statement,
        };

        /// <summary>Whether the expression reads nothing but the given parameters, literals and Math: no local, element, call or member.</summary>
        private static bool ReadsOnly(Expr e, HashSet<string> parameters) => e switch
        {
            Literal or MathConstant => true,
            Read r => parameters.Contains(r.Name),
            Negate n => ReadsOnly(n.Operand, parameters),
            UnaryPlus p => ReadsOnly(p.Operand, parameters),
            Binary b => ReadsOnly(b.Left, parameters) && ReadsOnly(b.Right, parameters),
            MathCall { OnIntegers: false } c => c.Args.All(a => ReadsOnly(a, parameters)),
            _ => false,
        };

        private static IEnumerable<string> Reads(Expr e) => Subexpressions(e).OfType<Read>().Select(r => r.Name);

        private static IEnumerable<Expr> Subexpressions(Expr e) =>
            new[] { e }.Concat(ExprTree.Children(e).SelectMany(Subexpressions));

        /// <summary>The expression with every occurrence of <paramref name="from"/> (by value) replaced.</summary>
        private static Expr Replace(Expr e, Expr from, Expr to)
        {
            if (e.Equals(from))
            {
                return to;
            }

            ImmutableArray<Expr> children = ExprTree.Children(e);
            for (int i = 0; i < children.Length; i++)
            {
                e = ExprTree.WithChild(e, i, Replace(children[i], from, to));
            }

            return e;
        }
    }
}
