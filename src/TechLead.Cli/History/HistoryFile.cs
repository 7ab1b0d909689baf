using System;
using System.Collections.Generic;
using System.IO;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.History;

/// <summary>
/// The history file: JSON Lines, only ever appended to (one whole line per write). Reading skips a line that
/// is not a history line with a warning naming it, so a hand edit or a foreign line never loses the rest.
/// </summary>
internal static class HistoryFile
{
    /// <summary>The default, beside the baseline in the folder that holds docs/.</summary>
    public const string DefaultFileName = "techlead.history.jsonl";

    public static void Append(string path, HistoryEntry entry) => AtomicFile.AppendLine(path, HistoryLine.Write(entry));

    public static IReadOnlyList<HistoryEntry> Read(string path, Action<string> warn)
    {
        var entries = new List<HistoryEntry>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (HistoryLine.Read(line, out var reason) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                warn($"{PathDisplay.Relative(path)}:{number}: skipped, {reason}");
            }
        }

        return entries;
    }
}
