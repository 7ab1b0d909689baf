using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Rules.Tests.Fuzz;

/// <summary>
/// Every structural typo of a seed, systematically: each bracket, brace and quote removed; an opener
/// inserted at every position; every line dropped or duplicated; every block re-indented. These are the
/// mistakes people make, which random byte flips rarely produce.
/// </summary>
internal static class StructuredMutations
{
    private static readonly char[] Delimiters = ['[', ']', '{', '}', '"', '\''];

    private static readonly string[] Openers = ["[", "{", "\"", "'"];

    public static IEnumerable<(string Name, string Text)> Of(string seed)
    {
        for (var i = 0; i < seed.Length; i++)
        {
            if (Array.IndexOf(Delimiters, seed[i]) >= 0)
            {
                yield return ($"remove '{seed[i]}' at {i}", seed.Remove(i, 1));
            }

            if (seed[i] != '\n')
            {
                foreach (var opener in Openers)
                {
                    yield return ($"insert {opener} at {i}", seed.Insert(i, opener));
                }
            }
        }

        var lines = seed.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            yield return ($"drop line {line + 1}", Join(lines.Take(line).Concat(lines.Skip(line + 1))));
            yield return ($"duplicate line {line + 1}", Join(lines.Take(line + 1).Concat(lines.Skip(line))));
            foreach (var shift in new[] { -2, -1, 1, 2 })
            {
                if (Reindent(lines, line, shift) is { } shifted)
                {
                    yield return ($"re-indent block at line {line + 1} by {shift}", shifted);
                }
            }
        }
    }

    /// <summary>Shifts a line and the more-indented lines under it (its block); null when it cannot move left that far.</summary>
    private static string? Reindent(string[] lines, int first, int shift)
    {
        var indent = Indent(lines[first]);
        if (lines[first].Trim().Length == 0 || indent + shift < 0)
        {
            return null;
        }

        var copy = (string[])lines.Clone();
        for (var line = first; line < copy.Length && (line == first || copy[line].Trim().Length == 0 || Indent(copy[line]) > indent); line++)
        {
            if (copy[line].Trim().Length > 0)
            {
                copy[line] = shift > 0 ? new string(' ', shift) + copy[line] : copy[line].Substring(Math.Min(-shift, Indent(copy[line])));
            }
        }

        return Join(copy);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines);
}
