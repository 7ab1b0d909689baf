using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Ownership;

namespace TechLead.Cli.History;

/// <summary>Turns a check into the history line that records it (violations only; problems in ADR files are not counted).</summary>
internal static class HistoryEntries
{
    public static HistoryEntry Of(CheckResult result, string? commit, DateTimeOffset date)
    {
        var violations = result.Violations.ToList();
        var adrs = violations
            .GroupBy(v => v.Adr ?? "(unknown ADR)", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(adr => new AdrHistory(
                adr.Key,
                Count(adr),
                adr.GroupBy(v => v.Rule ?? "(unknown rule)", StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(rule => new RuleHistory(rule.Key, Count(rule)))
                    .ToList()))
            .ToList();
        return new HistoryEntry(commit, Date(date), PathDisplay.ForwardSlashRelative(result.Target, result.Adrs.RepositoryRoot), Count(violations), adrs)
        {
            Owners = result.Ownership?.Path is null ? null : Owners(violations),
        };
    }

    /// <summary>Counts per code owner and, inside, per ADR owner; a violation counts once for each owner on either side (<see cref="OwnerPairs"/>).</summary>
    private static List<OwnerHistory> Owners(List<Finding> violations) =>
        violations
            .SelectMany(v => OwnerPairs.Of(v.CodeOwners, v.Owners).Select(pair => (pair.CodeOwner, pair.AdrOwner, Violation: v)))
            .GroupBy(p => p.CodeOwner, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(code => new OwnerHistory(
                code.Key,
                Count(code.Select(p => p.Violation).Distinct<Finding>(ReferenceEqualityComparer.Instance)),
                code.GroupBy(p => p.AdrOwner, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(adr => new AdrOwnerHistory(adr.Key, Count(adr.Select(p => p.Violation))))
                    .ToList()))
            .ToList();

    /// <summary>The one spelling of a history date: UTC to the second.</summary>
    public static string Date(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static HistoryCounts Count(System.Collections.Generic.IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        var baselined = list.Count(f => f.Baselined);
        return new HistoryCounts(list.Count - baselined, baselined);
    }
}
