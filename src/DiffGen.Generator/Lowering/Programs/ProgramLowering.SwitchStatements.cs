using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// The <c>switch</c> statement on a number, read as the <c>if</c> / <c>else if</c> chain it means: each section's labels
    /// (constants, relational patterns, <c>when</c> guards) are tested in the order written, and <c>default</c> is the last
    /// <c>else</c> wherever it stands. Each section ends in <c>break</c> (dropped) or <c>return</c>; the switched value is a
    /// test's operand, evaluated and never differentiated, as in a switch expression.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>Lowers a switch statement of that shape into <paramref name="into"/>; false (nothing lowered, nothing reported) for any other.</summary>
        private bool LowerSwitchStatement(ISwitchOperation statement, List<Statement> into)
        {
            if (!IsNumber(statement.Value) || !statement.Cases.All(c => IsReadableSection(statement, c)))
            {
                return false;
            }

            List<ISwitchCaseOperation> labelled = statement.Cases.Where(c => c.Clauses.Any(k => !(k is IDefaultCaseClauseOperation))).ToList();
            ISwitchCaseOperation? fallback = statement.Cases.FirstOrDefault(c => c.Clauses.Any(k => k is IDefaultCaseClauseOperation));
            if (fallback != null && fallback.Clauses.Length > 1 && !ReferenceEquals(labelled.Last(), fallback))
            {
                // case 1: default: ... before other sections: its body would be both a branch and the last else.
                return false;
            }

            if (fallback != null && fallback.Clauses.Length > 1)
            {
                // The last section, labelled and default alike: its labels are what no section before it matched anyway.
                labelled.Remove(fallback);
            }

            if (!loopFree)
            {
                ReportLocalsSharedBySections(statement);
            }

            System.Func<ConditionOp, IOperation, Test> compare = SwitchedValueComparer(statement.Value);
            if (loopFree || !statement.Cases.Any(c => c.Body.Any(HoldsLoopOrArray)))
            {
                into.AddRange(Chain(labelled, 0, fallback, compare));
                return true;
            }

            // Sections that hold loops or local arrays: the chain of ifs taken apart as an if that holds them is
            // (ProgramLowering.BranchedLoops), its locals declared before it.
            ReserveNames(statement.Locals.Concat(statement.Cases.SelectMany(c => c.Body).SelectMany(DeclaredOutsideLoops)).Distinct<ILocalSymbol>(SymbolEqualityComparer.Default));
            List<Statement> chain = Chain(labelled, 0, fallback, compare, flattened: true).ToList();
            foreach (Statement lowered in chain)
            {
                if (lowered is IfStatement branch && HoldsLoopOrArray(branch))
                {
                    FlattenBranch(branch.Test, branch.Then, branch.Else, "taken", null, into);
                }
                else
                {
                    into.Add(lowered);
                }
            }

            return true;
        }

        /// <summary>
        /// A local declared in one section and used in another (C# scopes it to the whole switch): the if chain gives each
        /// section a scope of its own, where the other section's statements would not find it.
        /// </summary>
        private void ReportLocalsSharedBySections(ISwitchOperation statement)
        {
            foreach (ISwitchCaseOperation section in statement.Cases)
            {
                var declared = new HashSet<ILocalSymbol>(section.Body.SelectMany(o => o.DescendantsAndSelf()).OfType<IVariableDeclaratorOperation>().Select(d => d.Symbol), SymbolEqualityComparer.Default);
                ILocalReferenceOperation? shared = section.Body.SelectMany(o => o.DescendantsAndSelf()).OfType<ILocalReferenceOperation>()
                    .FirstOrDefault(r => statement.Locals.Contains(r.Local, SymbolEqualityComparer.Default) && !declared.Contains(r.Local));
                if (shared != null)
                {
                    Report(shared, "The local '" + shared.Local.Name + "' declared in one switch section and used in another", "declare it before the switch", DiagnosticDescriptors.NotSupportedYet);
                }
            }
        }

        /// <summary>
        /// The sections from <paramref name="k"/> on as <c>if (test) body else ...</c>, ending with the default section's body;
        /// each if <paramref name="flattened"/> when the chain is to be taken apart (its sections hold loops, arrays or calls
        /// passing arrays).
        /// </summary>
        private IEnumerable<Statement> Chain(List<ISwitchCaseOperation> sections, int k, ISwitchCaseOperation? fallback, System.Func<ConditionOp, IOperation, Test> compare, bool flattened = false)
        {
            if (k == sections.Count)
            {
                return fallback == null ? Enumerable.Empty<Statement>() : SectionBody(fallback);
            }

            Test test = SectionTest(sections[k], compare);
            int taken = flattened ? 1 : 0;
            branchDepth++;
            flatteningDepth += taken;
            EquatableArray<Statement> whenTrue = SectionBody(sections[k]).ToEquatableArray();
            bool trueReturned = pathReturned;
            pathReturned = false;
            EquatableArray<Statement> whenFalse = Chain(sections, k + 1, fallback, compare, flattened).ToEquatableArray();
            pathReturned = trueReturned && pathReturned;
            flatteningDepth -= taken;
            branchDepth--;
            return new Statement[] { new IfStatement(test, whenTrue, whenFalse) };
        }

        /// <summary>A section's <c>when</c> guard: evaluated only where its label matches, as the right of <c>&amp;&amp;</c> is.</summary>
        private Test GuardTest(IOperation guard)
        {
            conditionalDepth++;
            Test test = LowerTest(guard);
            conditionalDepth--;
            return test;
        }

        /// <summary>A section's statements but its closing <c>break</c>.</summary>
        private List<Statement> SectionBody(ISwitchCaseOperation section)
        {
            var statements = new List<Statement>();
            IEnumerable<IOperation> body = section.Body.Length > 0 && section.Body.Last() is IBranchOperation { BranchKind: BranchKind.Break }
                ? section.Body.Take(section.Body.Length - 1)
                : section.Body;
            foreach (IOperation inner in body)
            {
                LowerStatement(inner, statements);
            }

            return statements;
        }

        /// <summary>A section's labels as one test: any of them matches (a <c>when</c> guard joins its own label).</summary>
        private Test SectionTest(ISwitchCaseOperation section, System.Func<ConditionOp, IOperation, Test> compare)
        {
            Test? test = null;
            foreach (ICaseClauseOperation clause in section.Clauses)
            {
                Test label = clause switch
                {
                    ISingleValueCaseClauseOperation single => compare(ConditionOp.Equal, single.Value),
                    IPatternCaseClauseOperation pattern when pattern.Guard == null => PatternTest(pattern.Pattern, compare),
                    IPatternCaseClauseOperation { Guard: { } guard } pattern => new Logic(ConditionOp.And, PatternTest(pattern.Pattern, compare), GuardTest(guard)),
                    _ => new Truth(true),
                };
                test = test == null ? label : new Logic(ConditionOp.Or, test, label);
            }

            return test ?? new Truth(true);
        }

        /// <summary>
        /// A section this lowering reads: labels that are numbers or patterns a switch expression reads, a body ending in
        /// <c>break</c> or <c>return</c>, and no other <c>break</c> of the switch inside it (nor <c>goto case</c>).
        /// </summary>
        private static bool IsReadableSection(ISwitchOperation statement, ISwitchCaseOperation section)
        {
            foreach (ICaseClauseOperation clause in section.Clauses)
            {
                bool readable = clause switch
                {
                    IDefaultCaseClauseOperation => true,
                    ISingleValueCaseClauseOperation single => IsNumber(single.Value),
                    IPatternCaseClauseOperation pattern => UnreadPattern(pattern.Pattern) == null,
                    _ => false,
                };
                if (!readable)
                {
                    return false;
                }
            }

            if (section.Body.Length == 0 || !(section.Body.Last() is IBranchOperation { BranchKind: BranchKind.Break } or IReturnOperation))
            {
                return false;
            }

            // Another way out of the section (a break of the switch nested in an if, goto case) is not an if chain.
            return !section.Body.Take(section.Body.Length - 1).SelectMany(o => o.DescendantsAndSelf())
                .Any(o => o is IBranchOperation branch && (branch.BranchKind == BranchKind.GoTo || SymbolEqualityComparer.Default.Equals(branch.Target, statement.ExitLabel)));
        }
    }
}
