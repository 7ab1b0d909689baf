using System;
using System.Collections.Generic;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing;

/// <summary>Where the YAML lives in an ADR's Markdown: the front matter, every techlead block, and the title heading.</summary>
internal sealed class MarkdownLayout
{
    public const string FenceInfo = "techlead";

    public YamlChunk? FrontMatter { get; private set; }

    public List<YamlChunk> RuleBlocks { get; } = [];

    /// <summary>The ```mermaid and ```plantuml blocks that name themselves for TechLead (the <c>diagram</c> kind).</summary>
    public List<DiagramBlock> DiagramBlocks { get; } = [];

    /// <summary>The text of the first <c># </c> heading outside front matter and code.</summary>
    public string? Heading { get; private set; }

    public static MarkdownLayout Read(LineMap map, string path, List<AdrDiagnostic> diagnostics)
    {
        var layout = new MarkdownLayout();
        var line = 0;
        if (map.LineCount > 0 && IsFrontMatterDelimiter(StripBom(map.LineText(0))))
        {
            var close = FindFrontMatterEnd(map);
            if (close < 0)
            {
                diagnostics.Add(new AdrDiagnostic(DiagnosticIds.AdrUnreadable, "front matter is never closed; add a line with '---' after the last front matter field", path, map.LineSpan(0), RuleSeverity.Error));
                return layout;
            }

            layout.FrontMatter = Chunk(map, 1, close);
            line = close + 1;
        }

        for (; line < map.LineCount; line++)
        {
            var text = map.LineText(line);
            if (TryOpenFence(text, out var fence, out var info))
            {
                var close = FindFenceEnd(map, line + 1, fence);
                if (IsRuleBlock(info))
                {
                    if (close < 0)
                    {
                        diagnostics.Add(new AdrDiagnostic(DiagnosticIds.AdrUnreadable, $"```{FenceInfo} block is never closed; add a line with {fence} after its rules", path, map.LineSpan(line), RuleSeverity.Error));
                        break;
                    }

                    layout.RuleBlocks.Add(Chunk(map, line + 1, close));
                }
                else if (DiagramBlock.TryCreate(info, map, line + 1, close < 0 ? map.LineCount : close) is { } diagram)
                {
                    layout.DiagramBlocks.Add(diagram);
                }

                line = close < 0 ? map.LineCount : close;
                continue;
            }

            if (layout.Heading is null && text.StartsWith("# ", StringComparison.Ordinal))
            {
                layout.Heading = text.Substring(2).Trim();
            }
        }

        return layout;
    }

    private static string StripBom(string line) => line.Length > 0 && line[0] == '\uFEFF' ? line.Substring(1) : line;

    private static bool IsFrontMatterDelimiter(string line) => line.TrimEnd() == "---";

    private static int FindFrontMatterEnd(LineMap map)
    {
        for (var line = 1; line < map.LineCount; line++)
        {
            var text = map.LineText(line).TrimEnd();
            if (text == "---" || text == "...")
            {
                return line;
            }
        }

        return -1;
    }

    private static bool TryOpenFence(string line, out string fence, out string info)
    {
        fence = info = string.Empty;
        var indent = 0;
        while (indent < line.Length && indent < 4 && line[indent] == ' ')
        {
            indent++;
        }

        if (indent > 3 || indent >= line.Length || (line[indent] != '`' && line[indent] != '~'))
        {
            return false;
        }

        var marker = line[indent];
        var length = 0;
        while (indent + length < line.Length && line[indent + length] == marker)
        {
            length++;
        }

        if (length < 3)
        {
            return false;
        }

        fence = new string(marker, length);
        info = line.Substring(indent + length).Trim();
        return true;
    }

    private static bool IsRuleBlock(string info)
    {
        var space = info.IndexOfAny([' ', '\t', '{']);
        var word = space < 0 ? info : info.Substring(0, space);
        return string.Equals(word, FenceInfo, StringComparison.OrdinalIgnoreCase);
    }

    private static int FindFenceEnd(LineMap map, int from, string fence)
    {
        for (var line = from; line < map.LineCount; line++)
        {
            var text = map.LineText(line).Trim();
            if (text.Length >= fence.Length && text.Trim(fence[0]).Length == 0)
            {
                return line;
            }
        }

        return -1;
    }

    /// <summary>The text of lines [first, end) as one chunk that starts at a line start.</summary>
    private static YamlChunk Chunk(LineMap map, int first, int end)
    {
        var start = first < map.LineCount ? map.LineStart(first) : map.Text.Length;
        var stop = end < map.LineCount ? map.LineStart(end) : map.Text.Length;
        return new YamlChunk(map.Text.Substring(start, Math.Max(0, stop - start)), start, first);
    }
}

/// <summary>A run of YAML lines inside the Markdown file, with where it starts.</summary>
internal sealed record YamlChunk(string Text, int Offset, int FirstLine);
