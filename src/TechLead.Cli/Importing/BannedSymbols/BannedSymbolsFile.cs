using System;
using System.Collections.Generic;

namespace TechLead.Cli.Importing.BannedSymbols;

/// <summary>
/// A <c>BannedSymbols.txt</c> read as BannedApiAnalyzers 5.6.0 reads it: per line, everything from <c>//</c> on is a
/// comment; a line blank after that is skipped; the text before the first <c>;</c> (trimmed) is the
/// documentation-comment ID and the rest (trimmed) the message.
/// </summary>
internal static class BannedSymbolsFile
{
    /// <summary>
    /// BannedApiAnalyzers reads <c>AdditionalFiles</c> whose name starts with <c>BannedSymbols.</c> and ends with <c>.txt</c>,
    /// case-sensitively: <c>BannedSymbols.txt</c>, <c>BannedSymbols.Domain.txt</c>; <c>bannedsymbols.txt</c> is ignored.
    /// </summary>
    public static bool IsBannedSymbolsFile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.StartsWith("BannedSymbols.", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal);
    }

    public static IReadOnlyList<BannedSymbolsLine> Read(string text)
    {
        var lines = new List<BannedSymbolsLine>();
        var number = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            number++;
            var comment = raw.IndexOf("//", StringComparison.Ordinal);
            var content = comment < 0 ? raw : raw.Substring(0, comment);
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var separator = content.IndexOf(';', StringComparison.Ordinal);
            var id = (separator < 0 ? content : content.Substring(0, separator)).Trim();
            var message = separator < 0 ? string.Empty : content.Substring(separator + 1).Trim();
            lines.Add(new BannedSymbolsLine(number, raw.Trim(), id, message.Length == 0 ? null : message));
        }

        return lines;
    }
}

/// <summary>One entry: its 1-based line, the line as written, the ID and the message (null when none).</summary>
internal sealed record BannedSymbolsLine(int Line, string Text, string Id, string? Message);
