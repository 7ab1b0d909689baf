using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.History;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Ownership;
using TechLead.Rules.Ownership;

namespace TechLead.Cli.Report;

/// <summary>
/// The report's organization map (rules/0024): who decided, was consulted, is informed and owns each ADR; then,
/// from CODEOWNERS, whose code breaks whose decisions as a table and a diagram, with the recorded trend per pair.
/// </summary>
internal static class OrganizationSection
{
    /// <summary>How many recorded checks the table's trend column shows, newest last.</summary>
    private const int TrendColumnPoints = 5;

    public static IEnumerable<ReportBlock> Blocks(AdrRepository adrs, CheckResult? result, ReportHistory? history, string outputDirectory)
    {
        yield return new HeadingBlock(2, "Organization");
        yield return new HeadingBlock(3, "Who decides");
        yield return new TableBlock(
            ["ADR", "Status", "Owners", "Decision-makers", "Consulted", "Informed"],
            adrs.Set.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => (IReadOnlyList<ReportCell>)
            [
                new ReportCell(d.Id, Path.GetRelativePath(outputDirectory, d.Path).Replace('\\', '/')),
                AdrNames.Of(d.Status),
                Names(d.FrontMatter.Owners),
                Names(d.FrontMatter.DecisionMakers),
                Names(d.FrontMatter.Consulted),
                Names(d.FrontMatter.Informed),
            ]).ToList());

        yield return new HeadingBlock(3, "Whose code breaks whose decisions");
        if (result is null)
        {
            yield return new ParagraphBlock("Code not checked.");
            yield break;
        }

        yield return new ParagraphBlock(result.Ownership?.Path is { } file
            ? $"Code owners from {PathDisplay.ForwardSlashRelative(file, result.Adrs.RepositoryRoot)} (the last matching line wins), ADR owners from each ADR's owners. A violation in a file with two owners, or of an ADR with two owners, counts for each pair; {CodeOwnership.Unowned} stands for nobody."
            : $"No CODEOWNERS file ({string.Join(", ", CodeOwners.Locations)}): every violating file counts as {CodeOwnership.Unowned}. ADR owners from each ADR's owners.");
        var pairs = OrganizationMap.Count(result.Violations);
        if (pairs.Count == 0)
        {
            yield return new ParagraphBlock("No violations.");
            yield break;
        }

        var recorded = Recorded(history);
        yield return new TableBlock(
            ["Code owner", "ADR owner", "Reported", "Baselined", "ADRs", "Reported in recorded checks"],
            pairs.Select(p => (IReadOnlyList<ReportCell>)
            [
                p.CodeOwner,
                p.AdrOwner,
                Number(p.Reported),
                Number(p.Baselined),
                string.Join(", ", p.Adrs),
                TrendColumn(recorded, p.CodeOwner, p.AdrOwner),
            ]).ToList());
        yield return new DiagramBlock(OrganizationMap.Mermaid(pairs));

        if (history is null)
        {
            yield break;
        }

        yield return new HeadingBlock(3, "Trends by owner");
        if (recorded.Count == 0)
        {
            yield return new ParagraphBlock($"No check in {history.Display} recorded owner counts: 'techlead check --record {history.Display}' records them when the repository has a CODEOWNERS file.");
            yield break;
        }

        if (recorded.Count < TrendSection.MinimumPoints)
        {
            yield return new ParagraphBlock($"1 of {history.Entries.Count} recorded check(s) has owner counts: trends are drawn from {TrendSection.MinimumPoints} checks on.");
            yield break;
        }

        yield return new ParagraphBlock($"{recorded.Count} of {history.Entries.Count} recorded check(s) have owner counts. Red: reported violations; grey: baselined debt.");
        var recordedPairs = recorded.SelectMany(e => e.Owners!.SelectMany(o => o.AdrOwners.Select(a => (o.Owner, a.AdrOwner))));
        foreach (var (codeOwner, adrOwner) in pairs.Select(p => (p.CodeOwner, p.AdrOwner)).Union(recordedPairs).Distinct())
        {
            yield return new TrendBlock(
                $"{codeOwner} → {adrOwner}",
                recorded.Select(e => CountsOf(e, codeOwner, adrOwner) is { } c ? new TrendPoint(e.Date, e.Commit, c.New, c.Baselined) : new TrendPoint(e.Date, e.Commit, 0, 0)).ToList());
        }
    }

    /// <summary>The recorded checks that carry owner counts, oldest first (older lines have none and are left out, not counted as 0).</summary>
    private static List<HistoryEntry> Recorded(ReportHistory? history) =>
        (history?.Entries ?? []).Where(e => e.Owners is not null).OrderBy(e => e.Date, StringComparer.Ordinal).ToList();

    private static HistoryCounts? CountsOf(HistoryEntry entry, string codeOwner, string adrOwner) =>
        entry.Owners!.FirstOrDefault(o => o.Owner == codeOwner)?.AdrOwners.FirstOrDefault(a => a.AdrOwner == adrOwner)?.Counts;

    /// <summary>Reported counts of the last recorded checks, oldest first: <c>4 → 3 → 3</c>; <c>-</c> without recorded owner counts.</summary>
    private static string TrendColumn(List<HistoryEntry> recorded, string codeOwner, string adrOwner) =>
        recorded.Count == 0
            ? "-"
            : string.Join(" → ", recorded.Skip(Math.Max(0, recorded.Count - TrendColumnPoints)).Select(e => Number(CountsOf(e, codeOwner, adrOwner)?.New ?? 0)));

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "-" : string.Join(", ", names);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
