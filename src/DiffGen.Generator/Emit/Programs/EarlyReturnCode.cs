using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The guard clauses of a method with loops or arrays (<see cref="EarlyReturn"/>), as each generated member tests them
    /// first: where one holds, the method's value is its result, so a partial returns the result's derivative and the
    /// gradient writes the result's derivatives and returns. The code and the doc rule of each print the same nodes.
    /// </summary>
    internal static class EarlyReturnCode
    {
        /// <summary>In <c>MPartialP</c>: <c>if (test) { return ∂result/∂p; }</c> for each early return, and their rules.</summary>
        public static (List<CodeNode> Code, List<string> Rules) Partial(IEnumerable<EarlyReturn> returns, ProgramPrinter p, string method, string parameter)
        {
            var code = new List<CodeNode>();
            var rules = new List<string>();
            foreach (EarlyReturn early in returns)
            {
                (string test, List<string> testReads) = p.Capture(() => p.Print(early.Test, Same));
                if (early.Throws != null)
                {
                    code.AddRange(Throw(early, test, testReads, p));
                    continue;
                }

                Expr derivative = Sum(p, Partials(early, p, variable => variable == parameter).Select(r => r.Partial));
                (string returned, List<string> returnedReads) = p.Capture(() => p.Print(derivative));
                code.Add(new CodeComment(Written(early, p)));
                code.Add(CodeBlock.If(test, testReads, new List<CodeNode> { new CodeLine("return " + returned + ";", uses: returnedReads) }));
                rules.Add(Shown(early, p, method) + "  ⇒  ∂" + method + "/∂" + parameter.TrimStart('@') + " = " + MathOf(derivative, p));
            }

            return (code, rules);
        }

        /// <summary>
        /// In <c>MGradient</c>: for each early return, <c>if (test) { dP = ∂result/∂p; ...; return result; }</c>, an array's
        /// output zeroed and then given the derivative of each element the result reads; and their rules.
        /// <paramref name="isLongInteger"/> says which integer variables are long, ulong or uint: an index that reads one is
        /// converted for the output span's indexer, which takes an int.
        /// </summary>
        public static (List<CodeNode> Code, List<string> Rules) Gradient(IEnumerable<EarlyReturn> returns, ProgramPrinter p, ProgramNames names, string method, IReadOnlyList<ParameterModel> differentiated, System.Func<string, bool> isLongInteger)
        {
            var code = new List<CodeNode>();
            var rules = new List<string>();
            var isDifferentiated = new HashSet<string>(differentiated.Select(q => q.Name), System.StringComparer.Ordinal);
            foreach (EarlyReturn early in returns)
            {
                (string test, List<string> testReads) = p.Capture(() => p.Print(early.Test, Same));
                if (early.Throws != null)
                {
                    code.AddRange(Throw(early, test, testReads, p));
                    continue;
                }

                IReadOnlyList<(ActiveRead Read, Expr Partial)> partials = Partials(early, p, isDifferentiated.Contains);
                var body = new List<CodeNode>();
                var shown = new List<string>();
                foreach (ParameterModel parameter in differentiated)
                {
                    string bare = parameter.Name.TrimStart('@');
                    var reads = partials.Where(r => r.Read.Variable == parameter.Name).ToList();
                    if (!parameter.IsArray)
                    {
                        Expr derivative = Sum(p, reads.Select(r => r.Partial));
                        (string value, List<string> valueReads) = p.Capture(() => p.Print(derivative));
                        body.Add(new CodeLine(GeneratedNames.GradientOutput(parameter.Name) + " = " + value + ";", uses: valueReads));
                        shown.Add("∂" + method + "/∂" + bare + " = " + MathOf(derivative, p));
                        continue;
                    }

                    string output = names.Derivative(parameter.Name);
                    string k = names.Fresh("k");
                    body.Add(new CodeLine(GradientWriter.Zeroing(output, k), uses: new[] { k, output }));
                    foreach ((ActiveRead read, Expr partial) in reads)
                    {
                        (string index, List<string> indexReads) = p.Capture(() => p.Integer(read.Index!, Same));
                        if (ProgramFacts.Reads(read.Index!).Any(isLongInteger))
                        {
                            index = "(int)(" + index + ")";
                        }

                        // An element read only where a test holds (n > 0 ? x[0] : 0) gets its share only there: it may not exist elsewhere.
                        var tests = new List<(string Text, List<string> Reads)>();
                        Expr amountExpr = partial;
                        while (amountExpr is Select guarded && (guarded.WhenTrue is Constant { Value: 0 } || guarded.WhenFalse is Constant { Value: 0 }))
                        {
                            bool whenTrue = !(guarded.WhenTrue is Constant { Value: 0 });
                            Expr holds = whenTrue ? guarded.Test : p.Builder.Not(guarded.Test);
                            tests.Add(p.Capture(() => p.PrintCondition((Condition)holds)));
                            amountExpr = whenTrue ? guarded.WhenTrue : guarded.WhenFalse;
                        }

                        (string amount, List<string> amountReads) = p.Capture(() => p.Print(amountExpr));
                        CodeNode write = new CodeLine(output + "[" + index + "] += " + amount + ";", uses: indexReads.Concat(amountReads).Append(output).ToList());
                        for (int t = tests.Count - 1; t >= 0; t--)
                        {
                            write = CodeBlock.If(tests[t].Text, tests[t].Reads, new List<CodeNode> { write });
                        }

                        body.Add(write);
                        shown.Add("∂" + method + "/∂" + bare + "[" + p.SourceIndex(read.Index!) + "] = " + MathOf(partial, p));
                    }

                    shown.Add(reads.Count == 0 ? "∂" + method + "/∂" + bare + " = 0" : "0 for the other elements of " + bare);
                }

                (string result, List<string> resultReads) = p.Capture(() => p.Print(early.Result, Same));
                body.Add(new CodeLine("return " + result + ";", uses: resultReads));
                code.Add(new CodeComment(Written(early, p)));
                code.Add(CodeBlock.If(test, testReads, body));
                rules.Add(Shown(early, p, method) + "  ⇒  " + string.Join(", ", shown));
            }

            return (code, rules);
        }

        /// <summary>A guard that throws: <c>if (test) throw new T(...);</c> in every member, as the method throws it, before any work.</summary>
        private static IEnumerable<CodeNode> Throw(EarlyReturn early, string test, List<string> testReads, ProgramPrinter p)
        {
            yield return new CodeComment(p.AsWritten(() => "if (" + p.Print(early.WrittenTest, Same) + ") throw ...: the method's own check, made first"));
            yield return CodeBlock.If(test, testReads, new List<CodeNode> { new CodeLine("throw " + early.Throws + ";", effects: true, uses: System.Array.Empty<string>()) });
        }

        /// <summary>The guard clause as the source writes it, for the comment before its code (which writes the locals it reads as their values).</summary>
        private static string Written(EarlyReturn early, ProgramPrinter p) =>
            p.AsWritten(() => "if (" + p.Print(early.WrittenTest, Same) + ") return " + p.Print(early.WrittenResult, Same) + ";");

        /// <summary>Each value the result reads that carries a derivative, with ∂result/∂(that value), reads of one value added up.</summary>
        private static IReadOnlyList<(ActiveRead Read, Expr Partial)> Partials(EarlyReturn early, ProgramPrinter p, System.Func<string, bool> isActive) =>
            p.Partials(early.Result, Same, isActive)
                .GroupBy(r => (r.Read.Variable, r.Read.Index))
                .Select(g => (g.First().Read, Sum(p, g.Select(r => r.Partial))))
                .ToList();

        private static Expr Sum(ProgramPrinter p, IEnumerable<Expr> terms) =>
            terms.Aggregate(p.Builder.Constant(0), (sum, term) => p.Builder.Add(sum, term));

        /// <summary>The rule's first half, as the source writes the clause: <c>if n = 0: Mean = 0, returned at once</c>.</summary>
        private static string Shown(EarlyReturn early, ProgramPrinter p, string method) =>
            "if " + FormulaText.Condition(p.Builder, p.ToCondition(early.WrittenTest, Same), holds: true, _ => null, p.Builder.Numbers)
            + ": " + method + " = " + MathOf(p.ToExpr(early.WrittenResult, Same), p) + ", returned at once";

        private static string MathOf(Expr e, ProgramPrinter p) => FormulaText.Of(e, _ => null, p.Builder.Numbers, p.Builder.WrittenFormOf) ?? "…";

        /// <summary>Early returns read only parameters, whose names every member keeps.</summary>
        private static string Same(string variable) => variable;
    }
}
