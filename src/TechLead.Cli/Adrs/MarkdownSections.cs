using System;
using System.Linq;

namespace TechLead.Cli.Adrs;

/// <summary>Reads a section of an ADR's Markdown body by its heading (MADR's "Decision Outcome").</summary>
internal static class MarkdownSections
{
    /// <summary>The text under the first heading named <paramref name="heading"/>, up to the next heading; null when absent.</summary>
    public static string? Find(string markdown, string heading)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith('#') && l.TrimStart('#').Trim().Equals(heading, StringComparison.OrdinalIgnoreCase));
        if (start < 0)
        {
            return null;
        }

        var end = lines.FindIndex(start + 1, l => l.StartsWith('#'));
        var body = lines.Skip(start + 1).Take((end < 0 ? lines.Count : end) - start - 1);
        var text = string.Join("\n", body).Trim();
        return text.Length == 0 ? null : text;
    }
}
