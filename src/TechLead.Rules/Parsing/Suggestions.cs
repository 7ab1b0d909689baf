using System;
using System.Collections.Generic;

namespace TechLead.Rules.Parsing;

/// <summary>"Did you mean ...?" for misspelt kinds, field names and CLI commands (one edit distance for all).</summary>
public static class Suggestions
{
    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates) =>
        Within(word, candidates, Math.Max(1, Math.Min(3, word.Length / 3)));

    /// <summary>
    /// The closest candidate at most <paramref name="maxDistance"/> edits away (a swap of neighbours is one edit), or null.
    /// </summary>
    public static string? Within(string word, IEnumerable<string> candidates, int maxDistance)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= maxDistance ? best : null;
    }

    /// <summary><c>; did you mean 'forbid'?</c> or, with no close candidate, the list of valid values.</summary>
    public static string DidYouMean(string word, IReadOnlyCollection<string> candidates)
    {
        var closest = Closest(word, candidates);
        return closest is not null
            ? $"; did you mean '{closest}'?"
            : "; expected one of: " + string.Join(", ", candidates);
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        var beforePrevious = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    // A swap of two neighbours ('form' for 'from') is one typo, not two.
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
