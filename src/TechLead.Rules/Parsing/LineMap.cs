using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing;

/// <summary>Turns character offsets of a file into line/column spans.</summary>
internal sealed class LineMap
{
    private readonly List<int> lineStarts = [0];

    public LineMap(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public int LineCount => lineStarts.Count;

    public int LineStart(int line) => lineStarts[line];

    /// <summary>The line's text without its line break.</summary>
    public string LineText(int line)
    {
        var start = lineStarts[line];
        var end = line + 1 < lineStarts.Count ? lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text.Substring(start, end - start);
    }

    public SourceSpan Span(int start, int end)
    {
        start = Clamp(start);
        end = Clamp(end < start ? start : end);
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(start, end - start, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The span of a whole line's text (for problems that belong to a line, not a node).</summary>
    public SourceSpan LineSpan(int line)
    {
        var start = lineStarts[line];
        return Span(start, start + LineText(line).Length);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > Text.Length ? Text.Length : offset;

    private (int Line, int Column) Position(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - lineStarts[line]);
    }
}
