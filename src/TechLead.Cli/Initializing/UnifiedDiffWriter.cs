using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TechLead.Cli.Initializing;

/// <summary>A unified diff (as <c>git diff</c> prints it, three lines of context) of one file's text before and after.</summary>
internal static class UnifiedDiffWriter
{
    private const int Context = 3;

    /// <summary>The diff of <paramref name="before"/> (null: the file is new) to <paramref name="after"/>, paths with '/'.</summary>
    public static string Of(string path, string? before, string after)
    {
        var text = new StringBuilder();
        text.Append("--- ").Append(before is null ? "/dev/null" : "a/" + path).Append('\n');
        text.Append("+++ b/").Append(path).Append('\n');
        var oldLines = Lines(before ?? string.Empty);
        var newLines = Lines(after);
        var edits = Edits(oldLines, newLines);
        foreach (var hunk in Hunks(edits))
        {
            AppendHunk(text, hunk, oldLines, newLines);
        }

        return text.ToString();
    }

    private enum Kind
    {
        Same,
        Removed,
        Added,
    }

    /// <summary>Lines without their ending; the last one is marked when the text does not end with a newline.</summary>
    private static List<string> Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n').ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        else
        {
            lines[^1] += "\n\\ No newline at end of file";
        }

        return lines;
    }

    /// <summary>The shortest edit script by longest common subsequence: files init edits are small.</summary>
    private static List<(Kind Kind, int Old, int New)> Edits(List<string> a, List<string> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<(Kind, int, int)>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                edits.Add((Kind.Same, x++, y++));
            }
            else if (x < a.Count && (y == b.Count || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removed lines before the lines that replace them, as diff and git print them.
                edits.Add((Kind.Removed, x++, y));
            }
            else
            {
                edits.Add((Kind.Added, x, y++));
            }
        }

        return edits;
    }

    /// <summary>Runs of changes with up to three unchanged lines around them; runs closer than that merge.</summary>
    private static IEnumerable<List<(Kind Kind, int Old, int New)>> Hunks(List<(Kind Kind, int Old, int New)> edits)
    {
        var changed = edits.Select((e, i) => (e, i)).Where(p => p.e.Kind != Kind.Same).Select(p => p.i).ToList();
        var index = 0;
        while (index < changed.Count)
        {
            var start = Math.Max(0, changed[index] - Context);
            var end = changed[index];
            while (index + 1 < changed.Count && changed[index + 1] - end <= 2 * Context)
            {
                end = changed[++index];
            }

            index++;
            yield return edits.GetRange(start, Math.Min(edits.Count - 1, end + Context) - start + 1);
        }
    }

    private static void AppendHunk(StringBuilder text, List<(Kind Kind, int Old, int New)> hunk, List<string> oldLines, List<string> newLines)
    {
        var oldCount = hunk.Count(e => e.Kind != Kind.Added);
        var newCount = hunk.Count(e => e.Kind != Kind.Removed);
        var oldStart = oldCount == 0 ? hunk[0].Old : hunk[0].Old + 1;
        var newStart = newCount == 0 ? hunk[0].New : hunk[0].New + 1;
        text.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
        foreach (var edit in hunk)
        {
            var line = edit.Kind switch
            {
                Kind.Same => " " + newLines[edit.New],
                Kind.Removed => "-" + oldLines[edit.Old],
                _ => "+" + newLines[edit.New],
            };
            text.Append(line).Append('\n');
        }
    }

    private static string Range(int start, int count) =>
        count == 1 ? start.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{start},{count}");
}
