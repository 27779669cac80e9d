using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// The formula a doc comment shows: the expression in math notation with the source's named
    /// values kept as names, followed by their definitions (<c>where yHat = m·x + b</c>).
    /// </summary>
    internal static class FormulaText
    {
        private const int MaxNodes = 200;

        /// <summary>The formula, or null when it is too large to be read in a tooltip.</summary>
        /// <param name="numbers">What the source says about its numbers (<see cref="SourceNumbers"/>).</param>
        /// <param name="writtenForms">How the source computes its nodes (<see cref="ExprBuilder.WrittenFormOf"/>), where the code beside the formula prints them so.</param>
        /// <param name="shownWhole">Named values printed in place, as the code beside the formula never names them.</param>
        public static string? Of(Expr e, Func<Expr, string?> localName, SourceNumbers numbers, Func<Expr, WrittenForm?>? writtenForms = null, Func<Expr, bool>? shownWhole = null)
        {
            string? NameOf(Expr n) => NameIn(n, localName, shownWhole);
            if (PrintedSize(e, NameOf, MaxNodes) > MaxNodes)
            {
                return null;
            }

            return new MathPrinter(NameOf, numbers) { WrittenForms = writtenForms }.Print(e);
        }

        /// <summary>A test in math notation (<c>ratio·advantage ≤ clipped·advantage</c>), named values as in <see cref="Of"/>.</summary>
        /// <param name="holds">False for the test's other side: a comparison is turned round (≤ becomes &gt;), anything else is negated.</param>
        public static string Condition(ExprBuilder b, Condition test, bool holds, Func<Expr, string?> localName, SourceNumbers numbers)
        {
            Condition shown = holds ? test
                : test.IsComparison ? b.Compare(Opposite(test.Op), test.Children[0], test.Children[1])
                : b.Not(test);
            return new MathPrinter(n => NameIn(n, localName), numbers).PrintCondition(shown);
        }

        private static ConditionOp Opposite(ConditionOp op) => op switch
        {
            ConditionOp.GreaterOrEqual => ConditionOp.Less,
            ConditionOp.LessOrEqual => ConditionOp.Greater,
            ConditionOp.Greater => ConditionOp.LessOrEqual,
            ConditionOp.Less => ConditionOp.GreaterOrEqual,
            ConditionOp.Equal => ConditionOp.NotEqual,
            _ => ConditionOp.Equal,
        };

        /// <summary>The definitions of the named values <paramref name="roots"/> use, operands first: <c>yHat = m·x + b, error = yHat − y</c>.</summary>
        public static string? Definitions(IEnumerable<Expr> roots, Func<Expr, string?> localName, SourceNumbers numbers, Func<Expr, bool>? shownWhole = null)
        {
            string? NameOf(Expr n) => NameIn(n, localName, shownWhole);
            var printer = new MathPrinter(NameOf, numbers);
            var parts = new List<string>();
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (Named named in TopologicalOrder.OperandsFirst(roots).OfType<Named>())
            {
                // A kept value with no local of its own is printed in place; one value with two names is defined once.
                if (!(NameOf(named) is string name) || !defined.Add(name))
                {
                    continue;
                }

                if (PrintedSize(named.Value, NameOf, MaxNodes) > MaxNodes)
                {
                    return null;
                }

                parts.Add(name + " = " + printer.Print(named.Value));
            }

            return parts.Count == 0 ? null : string.Join(", ", parts);
        }

        /// <summary>
        /// How a formula names a node: a named value by its local (or the source's name); a kept forward
        /// value by the local that holds it, if any (else it is printed in place); one <paramref name="shownWhole"/> says is
        /// printed in place; anything else is not a name.
        /// </summary>
        private static string? NameIn(Expr n, Func<Expr, string?> localName, Func<Expr, bool>? shownWhole = null) =>
            n is Named named && shownWhole?.Invoke(n) != true ? localName(n) ?? (named.IsKept ? null : named.Name.TrimStart('@')) : null;

        /// <summary>Escapes text for an XML doc comment.</summary>
        public static string Xml(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                // Most characters are copied as they are; a string per character was a tenth of emission's garbage.
                switch (c)
                {
                    case '<':
                        escaped.Append("&lt;");
                        break;
                    case '>':
                        escaped.Append("&gt;");
                        break;
                    case '&':
                        escaped.Append("&amp;");
                        break;
                    default:
                        escaped.Append(c);
                        break;
                }
            }

            return escaped.ToString();
        }

        /// <summary>How many nodes the printed tree has (names count once, a shared unnamed value at each use), saturating past <paramref name="limit"/>.</summary>
        public static int PrintedSize(Expr root, Func<Expr, string?> nameOf, int limit)
        {
            var sizes = new Dictionary<Expr, int>();

            // Named values count once and are not entered, so sizing every definition stays linear.
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { root }, n => n != root && nameOf(n) != null))
            {
                int size = 1;
                foreach (Expr child in node.Children)
                {
                    size = Math.Min(limit + 1, size + (nameOf(child) != null ? 1 : sizes[child]));
                }

                sizes[node] = size;
            }

            return sizes[root];
        }
    }
}
