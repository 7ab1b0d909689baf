using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TechLead.Conformance.Differential;

/// <summary>
/// The difference between the diagnostics with the name filter and with every name bound, as a readable report:
/// which lines only one side has (a line reported twice on one side and once on the other counts once extra).
/// </summary>
internal static class FilterDiff
{
    /// <summary>Null when both runs reported the same lines and threw nothing; else what differs.</summary>
    public static string? Explain(string subject, FilterRunResult filtered, FilterRunResult everyNameBound)
    {
        var missing = Subtract(everyNameBound.Lines, filtered.Lines);
        var extra = Subtract(filtered.Lines, everyNameBound.Lines);
        if (missing.Count == 0 && extra.Count == 0 && filtered.Exceptions.Count == 0 && everyNameBound.Exceptions.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder()
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{subject}: the analyzer with its name filter ({filtered.Lines.Count} diagnostics) does not agree with it binding every name ({everyNameBound.Lines.Count}).")
            .AppendLine("A paired check of the fast path (WrittenTypeNames/MayMatter against CheckType, HasTypeBan against ReportTypeBans, HasTypeReferenceRules, Ignores) disagrees:");
        foreach (var line in missing)
        {
            report.AppendLine("- only with every name bound (the filter lost it): " + line);
        }

        foreach (var line in extra)
        {
            report.AppendLine("+ only with the filter: " + line);
        }

        foreach (var exception in filtered.Exceptions)
        {
            report.AppendLine("! with the filter, the analyzer threw: " + exception);
        }

        foreach (var exception in everyNameBound.Exceptions)
        {
            report.AppendLine("! binding every name, the analyzer threw: " + exception);
        }

        return report.ToString();
    }

    /// <summary>The lines of <paramref name="from"/> that <paramref name="other"/> does not have, counted as a multiset.</summary>
    private static List<string> Subtract(IReadOnlyList<string> from, IReadOnlyList<string> other)
    {
        var counts = other.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var left = new List<string>();
        foreach (var line in from)
        {
            if (counts.TryGetValue(line, out var count) && count > 0)
            {
                counts[line] = count - 1;
            }
            else
            {
                left.Add(line);
            }
        }

        return left;
    }
}
