using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Cli.History;
using TechLead.Rules.Model;

namespace TechLead.Cli.Report;

/// <summary>
/// The report's trends from the history file: all violations, then per ADR and per rule, reported and
/// baselined over the recorded checks. A check that recorded nothing for an ADR or rule counts 0 for it
/// (history lines list only what had violations).
/// </summary>
internal static class TrendSection
{
    /// <summary>A chart of one recorded check is a dot, not a trend: charts are drawn from two checks on.</summary>
    public const int MinimumPoints = 2;

    public static IEnumerable<ReportBlock> Blocks(AdrRepository adrs, IReadOnlyList<HistoryEntry> history, string historyDisplay)
    {
        yield return new HeadingBlock(2, "Trends");
        if (history.Count == 0)
        {
            yield return new ParagraphBlock($"No history in {historyDisplay}: 'techlead check --record {historyDisplay}' appends a line per run, 'techlead history backfill --last 20 --record {historyDisplay}' fills in past commits.");
            yield break;
        }

        var entries = history.OrderBy(e => e.Date, StringComparer.Ordinal).ToList();
        if (entries.Count < MinimumPoints)
        {
            yield return new ParagraphBlock(OneCheck(entries[0].Date, historyDisplay));
            yield break;
        }

        yield return new ParagraphBlock($"{entries.Count} recorded check(s) from {entries[0].Date} to {entries[^1].Date} in {historyDisplay}. Red: reported violations; grey: baselined debt.");
        yield return Trend("All ADRs", entries, e => e.Total);
        var adrIds = adrs.Set.Documents.Where(d => d.Rules.Count > 0).Select(d => d.Id)
            .Union(entries.SelectMany(e => e.Adrs).Select(a => a.Adr), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var adrId in adrIds)
        {
            var document = adrs.Set.FindById(adrId);
            yield return new HeadingBlock(3, document is null ? adrId : $"{adrId}: {document.Title}");
            foreach (var trend in ForAdr(adrId, document, entries))
            {
                yield return trend;
            }
        }
    }

    /// <summary>What the report says instead of charts when only one check is recorded.</summary>
    public static string OneCheck(string date, string historyDisplay) =>
        $"1 recorded check ({date}) in {historyDisplay}: trends are drawn from {MinimumPoints} checks on; 'techlead check --record {historyDisplay}' appends a line per run.";

    /// <summary>One ADR's charts: the ADR's, then one per rule (its current rules and any the history names); none with fewer than <see cref="MinimumPoints"/> checks.</summary>
    public static IEnumerable<TrendBlock> ForAdr(string adrId, AdrDocument? document, IReadOnlyList<HistoryEntry> history)
    {
        if (history.Count < MinimumPoints)
        {
            yield break;
        }

        var entries = history.OrderBy(e => e.Date, StringComparer.Ordinal).ToList();
        yield return Trend(adrId, entries, e => AdrOf(e, adrId)?.Counts);
        var ruleIds = (document?.Rules.Select(r => r.Id) ?? [])
            .Union(entries.SelectMany(e => AdrOf(e, adrId)?.Rules ?? []).Select(r => r.Rule), StringComparer.Ordinal);
        foreach (var ruleId in ruleIds)
        {
            yield return Trend($"{adrId}/{ruleId}", entries, e => AdrOf(e, adrId)?.Rules.FirstOrDefault(r => r.Rule == ruleId)?.Counts);
        }
    }

    private static AdrHistory? AdrOf(HistoryEntry entry, string adrId) => entry.Adrs.FirstOrDefault(a => a.Adr == adrId);

    private static TrendBlock Trend(string title, List<HistoryEntry> entries, Func<HistoryEntry, HistoryCounts?> counts) =>
        new(title, entries.Select(e => counts(e) is { } c ? new TrendPoint(e.Date, e.Commit, c.New, c.Baselined) : new TrendPoint(e.Date, e.Commit, 0, 0)).ToList());
}
