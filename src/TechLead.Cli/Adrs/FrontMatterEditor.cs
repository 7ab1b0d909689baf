using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Adrs;

/// <summary>
/// Edits top-level fields of an ADR's YAML front matter as text, line by line, so everything else
/// in the file (comments, order, the Markdown body) stays byte for byte as the author wrote it.
/// </summary>
internal sealed class FrontMatterEditor
{
    private readonly List<string> lines;
    private readonly string newline;

    private FrontMatterEditor(List<string> lines, string newline)
    {
        this.lines = lines;
        this.newline = newline;
    }

    /// <summary>Opens a file's text; a file without front matter cannot be edited (bad input).</summary>
    public static FrontMatterEditor Open(string text, string pathForErrors)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            throw new BadInputException($"{PathDisplay.Relative(pathForErrors)} has no YAML front matter ('---' on the first line); add one before editing it with techlead");
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return new FrontMatterEditor(lines, newline);
            }
        }

        throw new BadInputException($"{PathDisplay.Relative(pathForErrors)}: the front matter is not closed by a '---' line");
    }

    public override string ToString() => string.Join(newline, lines);

    /// <summary>Sets <c>key: value</c>, replacing the existing line (and a block value under it) or adding it before the closing <c>---</c>.</summary>
    public FrontMatterEditor SetScalar(string key, string value)
    {
        var index = FindKey(key);
        var line = key + ": " + value;
        if (index < 0)
        {
            lines.Insert(ClosingLine, line);
            return this;
        }

        var end = BlockEnd(index);
        lines.RemoveRange(index + 1, end - index - 1);
        lines[index] = line;
        return this;
    }

    /// <summary>Adds <paramref name="item"/> to the list field <paramref name="key"/> (flow or block style) unless it is already there.</summary>
    public FrontMatterEditor AddToList(string key, string item)
    {
        var index = FindKey(key);
        if (index < 0)
        {
            lines.Insert(ClosingLine, key + ": [" + item + "]");
            return this;
        }

        var value = StripComment(lines[index].Substring(lines[index].IndexOf(':', StringComparison.Ordinal) + 1)).Trim();
        var end = BlockEnd(index);
        if (value.Length == 0)
        {
            // Block list: '- item' lines follow; copy the first item's indentation.
            var items = lines.Skip(index + 1).Take(end - index - 1).ToList();
            if (items.Any(l => Unquote(l.Trim().TrimStart('-').Trim()) == item))
            {
                return this;
            }

            var indent = items.FirstOrDefault(l => l.TrimStart().StartsWith('-')) is { } first ? first.Substring(0, first.Length - first.TrimStart().Length) : "  ";
            lines.Insert(end, indent + "- " + item);
            return this;
        }

        var existing = value.StartsWith('[') && value.EndsWith(']')
            ? value.Substring(1, value.Length - 2).Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList()
            : [value];
        if (existing.Select(Unquote).Contains(item, StringComparer.Ordinal))
        {
            return this;
        }

        existing.Add(item);
        lines[index] = key + ": [" + string.Join(", ", existing) + "]";
        return this;
    }

    private int ClosingLine => ClosingLineIndex();

    private int FindKey(string key)
    {
        var pattern = new Regex("^" + Regex.Escape(key) + @"\s*:", RegexOptions.None, TimeSpan.FromSeconds(1));
        for (var i = 1; i < ClosingLineIndex(); i++)
        {
            if (pattern.IsMatch(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private int ClosingLineIndex() => lines.FindIndex(1, l => l.TrimEnd() is "---" or "...");

    /// <summary>The first line after <paramref name="keyLine"/> that is not part of its value (indented lines and '- ' items belong to it).</summary>
    private int BlockEnd(int keyLine)
    {
        var closing = ClosingLineIndex();
        var i = keyLine + 1;
        while (i < closing && (lines[i].Length == 0 || char.IsWhiteSpace(lines[i][0]) || lines[i].StartsWith('-')))
        {
            i++;
        }

        // Trailing blank lines separate fields; they are not part of the value.
        while (i - 1 > keyLine && lines[i - 1].Trim().Length == 0)
        {
            i--;
        }

        return i;
    }

    private static string StripComment(string value)
    {
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value.Substring(0, hash) : value;
    }

    private static string Unquote(string value) => value.Trim().Trim('"', '\'');
}
