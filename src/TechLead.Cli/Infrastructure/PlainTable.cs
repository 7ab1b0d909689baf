using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TechLead.Cli.Infrastructure;

/// <summary>Space-aligned columns: stable in pipes and logs (no terminal-width wrapping), easy to grep.</summary>
internal static class PlainTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, IReadOnlyCollection<int>? rightAligned = null)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        WriteRow(output, headers.ToArray(), widths, rightAligned);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths, rightAligned);
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths, IReadOnlyCollection<int>? rightAligned)
    {
        var parts = cells.Select((cell, i) =>
            i == cells.Length - 1 ? cell
            : rightAligned?.Contains(i) == true ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        output.WriteLine(string.Join("  ", parts).TrimEnd());
    }
}
