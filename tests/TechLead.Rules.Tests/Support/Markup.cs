using System.Collections.Generic;
using System.Text;

namespace TechLead.Rules.Tests.Support;

/// <summary>
/// Test ADR text with expected spans marked as <c>{|text|}</c>: tests state positions by pointing
/// at the text, not by counting lines and columns by hand.
/// </summary>
internal static class Markup
{
    public static (string Text, IReadOnlyList<(int Start, int Length)> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<(int, int)>();
        var open = new Stack<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                open.Push(text.Length);
                i++;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}')
            {
                var start = open.Pop();
                spans.Add((start, text.Length - start));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        spans.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return (text.ToString(), spans);
    }
}
