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
    /// (C# allows both); the others stay captured. The oracle gets the same local function over dual numbers.
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
            for (int i = 0; i < entry.Body.Length; i++)
            {
                if (ValueOf(entry.Body[i]) is Expr value)
                {
                    candidates.AddRange(Subexpressions(value).Where(e => e is Binary or MathCall && ReadsOnly(e, parameters) && Reads(e).Any()).Select(e => (i, e)));
                }
            }

            if (candidates.Count == 0)
            {
                return fuzzCase;
            }

            (int statement, Expr extracted) = candidates[random.Next(candidates.Count)];
            string[] read = Reads(extracted).Distinct().ToArray();
            string parameter = read[random.Next(read.Length)];
            var function = new LocalFunction(Name, "v", Replace(extracted, new Read(parameter), new Read("v")));
            Stmt rewritten = WithValue(entry.Body[statement], Replace(ValueOf(entry.Body[statement])!, extracted, new Call(Name, ImmutableArray.Create<Expr>(new Read(parameter)))));
            ImmutableArray<Stmt> body = entry.Body.SetItem(statement, rewritten);
            body = random.NextDouble() < 0.5 ? body.Insert(0, function) : body.Add(function);
            return fuzzCase with { Methods = fuzzCase.Methods.SetItem(at, entry with { Body = body }) };
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
