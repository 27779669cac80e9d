using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>A diagnostic a test source expects: its id and the exact span it must cover.</summary>
    public sealed record ExpectedDiagnostic(string Id, TextSpan Span, string Text);

    /// <summary>
    /// A test source with its expected diagnostics written inline: <c>{|DIFF010:x % 2.0|}</c> marks
    /// the span <c>x % 2.0</c> as where DIFF010 must be reported. Markers may nest. The clean
    /// source (markers removed) is what gets compiled.
    /// </summary>
    public sealed class MarkupSource
    {
        private const string Open = "{|";
        private const string Close = "|}";

        private MarkupSource(string source, IReadOnlyList<ExpectedDiagnostic> expected)
        {
            Source = source;
            Expected = expected;
        }

        /// <summary>The source with every marker removed.</summary>
        public string Source { get; }

        /// <summary>The marked diagnostics, in order of their start.</summary>
        public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

        public static MarkupSource Parse(string markup)
        {
            var text = new StringBuilder(markup.Length);
            var open = new Stack<(string Id, int Start)>();
            var expected = new List<ExpectedDiagnostic>();
            int i = 0;
            while (i < markup.Length)
            {
                if (string.CompareOrdinal(markup, i, Open, 0, Open.Length) == 0)
                {
                    int colon = markup.IndexOf(':', i + Open.Length);
                    if (colon < 0)
                    {
                        throw new FormatException("marker at " + i + " has no ':' after its id");
                    }

                    string id = markup.Substring(i + Open.Length, colon - i - Open.Length);
                    if (id.Length == 0 || !IsId(id))
                    {
                        throw new FormatException("marker at " + i + " has a bad id '" + id + "'");
                    }

                    open.Push((id, text.Length));
                    i = colon + 1;
                }
                else if (string.CompareOrdinal(markup, i, Close, 0, Close.Length) == 0 && open.Count > 0)
                {
                    (string id, int start) = open.Pop();
                    var span = TextSpan.FromBounds(start, text.Length);
                    expected.Add(new ExpectedDiagnostic(id, span, text.ToString(start, span.Length)));
                    i += Close.Length;
                }
                else
                {
                    text.Append(markup[i]);
                    i++;
                }
            }

            if (open.Count > 0)
            {
                throw new FormatException("marker '" + open.Peek().Id + "' is never closed");
            }

            expected.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
            return new MarkupSource(text.ToString(), expected);
        }

        private static bool IsId(string id)
        {
            foreach (char c in id)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
