using System.Collections.Generic;

namespace TechLead.Cli.History;

/// <summary>
/// One line of the history file: the counts of one check of one commit. <c>New</c> counts violations
/// that are reported (not covered by the baseline), <c>Baselined</c> the ones the baseline hides.
/// </summary>
/// <param name="Commit">The checked commit (full id), or null when the folder is not in a git repository.</param>
/// <param name="Date">When: UTC, ISO 8601 with seconds (<c>2026-12-01T05:40:12Z</c>); for backfill, the commit's date.</param>
/// <param name="Target">The solution or project, relative to the repository root, '/'-separated.</param>
/// <param name="Total">All violations of the check.</param>
/// <param name="Adrs">Per ADR (in id order), with its rules (in id order); only ADRs with violations.</param>
internal sealed record HistoryEntry(string? Commit, string Date, string Target, HistoryCounts Total, IReadOnlyList<AdrHistory> Adrs)
{
    /// <summary>Per code owner of the violating files (in ordinal order), with the owners of the ADRs their code breaks; null when the check read no CODEOWNERS file, and in lines written before owners were recorded.</summary>
    public IReadOnlyList<OwnerHistory>? Owners { get; init; }
}

internal sealed record HistoryCounts(int New, int Baselined)
{
    public int Violations => New + Baselined;
}

internal sealed record AdrHistory(string Adr, HistoryCounts Counts, IReadOnlyList<RuleHistory> Rules);

internal sealed record RuleHistory(string Rule, HistoryCounts Counts);

/// <summary>The violations in one code owner's files, and per owner of the broken ADRs (rules/0024).</summary>
internal sealed record OwnerHistory(string Owner, HistoryCounts Counts, IReadOnlyList<AdrOwnerHistory> AdrOwners);

internal sealed record AdrOwnerHistory(string AdrOwner, HistoryCounts Counts);
