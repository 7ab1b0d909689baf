using System.Collections.Generic;

namespace TechLead.Rules.Parsing.Yaml;

/// <summary>One line of a chunk that holds YAML content (blank and comment-only lines are left out): where it starts, its indentation and where its text ends.</summary>
/// <remarks>A class, not a struct: a list of a struct of ours is runtime generic code no precompiled image holds, JIT-compiled in every compiler process (rules/0054).</remarks>
internal sealed class SubsetLine(int start, int indent, int end)
{
    /// <summary>Offset of the line in the chunk.</summary>
    public int Start { get; } = start;

    /// <summary>Leading spaces.</summary>
    public int Indent { get; } = indent;

    /// <summary>Offset of the first character after the indentation.</summary>
    public int Content => Start + Indent;

    /// <summary>Offset of the line break (a '\r' before it excluded), or the chunk's end.</summary>
    public int End { get; } = end;

    /// <summary>'- ' or a lone '-': a block sequence item.</summary>
    public bool IsDash(string text) => text[Content] == '-' && (Content + 1 == End || text[Content + 1] == ' ');

    /// <summary>
    /// The content lines of <paramref name="chunk"/>; null when a character is there that the subset leaves to
    /// YamlDotNet: tabs, control characters, a lone '\r', the line breaks YAML 1.1 adds (U+0085, U+2028, U+2029),
    /// a byte-order mark, surrogate pairs (YamlDotNet's offsets could count them differently), document markers.
    /// </summary>
    public static List<SubsetLine>? Split(string chunk)
    {
        var lines = new List<SubsetLine>();
        var start = 0;
        while (start < chunk.Length)
        {
            var end = start;
            while (end < chunk.Length && chunk[end] != '\n')
            {
                var c = chunk[end];
                if (c < ' ' ? c != '\r' || end + 1 >= chunk.Length || chunk[end + 1] != '\n' : c >= '\u007F' && IsLeftToYamlDotNet(c))
                {
                    return null;
                }

                end++;
            }

            var next = end + 1;
            if (end > start && chunk[end - 1] == '\r')
            {
                end--;
            }

            var indent = 0;
            while (start + indent < end && chunk[start + indent] == ' ')
            {
                indent++;
            }

            var content = start + indent;
            if (content < end && chunk[content] != '#')
            {
                if (indent == 0 && end - start >= 3 && (string.CompareOrdinal(chunk, start, "---", 0, 3) == 0 || string.CompareOrdinal(chunk, start, "...", 0, 3) == 0))
                {
                    return null;
                }

                lines.Add(new SubsetLine(start, indent, end));
            }

            start = next;
        }

        return lines;
    }

    private static bool IsLeftToYamlDotNet(char c) =>
        c <= '\u009F' || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE' || (c >= '\uD800' && c <= '\uDFFF');
}
