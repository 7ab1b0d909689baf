using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Changes;

/// <summary>
/// The lines a change touched, per file (paths relative to the repository's top folder, '/'-separated):
/// added or modified lines of changed files, and whole files that are new.
/// </summary>
internal sealed class ChangedLines
{
    private readonly Dictionary<string, List<(int First, int Last)>> ranges = new(StringComparer.Ordinal);
    private readonly HashSet<string> wholeFiles = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> WholeFiles => wholeFiles;

    public IEnumerable<string> Files => ranges.Keys.Concat(wholeFiles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    public void AddRange(string path, int first, int last)
    {
        if (!ranges.TryGetValue(path, out var list))
        {
            ranges[path] = list = [];
        }

        list.Add((first, last));
    }

    public void AddWholeFile(string path) => wholeFiles.Add(path);

    /// <summary>True when any line from <paramref name="firstLine"/> to <paramref name="lastLine"/> (one-based) changed.</summary>
    public bool Touches(string path, int firstLine, int lastLine) =>
        wholeFiles.Contains(path) || (ranges.TryGetValue(path, out var list) && list.Exists(r => r.First <= Math.Max(firstLine, lastLine) && firstLine <= r.Last));

    /// <summary>The changed line ranges of one file, for messages and tests.</summary>
    public IReadOnlyList<(int First, int Last)> RangesOf(string path) => ranges.TryGetValue(path, out var list) ? list : [];
}
