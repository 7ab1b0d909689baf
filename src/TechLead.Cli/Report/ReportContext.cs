using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Rules.Model;

namespace TechLead.Cli.Report;

/// <summary>What every section of the report is drawn from: the ADRs, the check (null when not run), where the report goes.</summary>
/// <param name="Adrs">The ADR folder.</param>
/// <param name="Result">The check; null when the code was not checked.</param>
/// <param name="OutputDirectory">Where the pages go (links to repository files are relative to it).</param>
/// <param name="NotCheckedReason">Why the code was not checked.</param>
/// <param name="History">The recorded checks trends are drawn from.</param>
/// <param name="Today">The UTC date (<c>yyyy-MM-dd</c>) baseline expiry is judged by.</param>
internal sealed record ReportContext(AdrRepository Adrs, CheckResult? Result, string OutputDirectory, string? NotCheckedReason, ReportHistory? History, string Today)
{
    private Dictionary<string, (int Open, int Baselined)>? counts;

    /// <summary>The ADRs in id order, one per id (a duplicate id is a TL9003 elsewhere).</summary>
    public IReadOnlyList<AdrDocument> Documents { get; } =
        Adrs.Set.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Reported and baselined violations of a rule; zero when the code was not checked.</summary>
    public (int Open, int Baselined) CountsOf(Rule rule) =>
        (counts ??= Count()).TryGetValue(rule.QualifiedId, out var c) ? c : (0, 0);

    /// <summary>The ADR's current violations (baselined ones excluded), in output order.</summary>
    public IReadOnlyList<Finding> ViolationsOf(AdrDocument document) =>
        Result?.Violations.Where(f => f.Adr == document.Id && !f.Baselined).ToList() ?? [];

    /// <summary>A path relative to the report folder, with '/' (links from a report page to a file of the repository).</summary>
    public string LinkTo(string path) => Path.GetRelativePath(OutputDirectory, path).Replace('\\', '/');

    /// <summary>A path relative to the repository root, with '/' (how the report names files).</summary>
    public string Display(string path) => Infrastructure.PathDisplay.ForwardSlashRelative(path, Adrs.RepositoryRoot);

    private Dictionary<string, (int Open, int Baselined)> Count()
    {
        var result = new Dictionary<string, (int Open, int Baselined)>(StringComparer.Ordinal);
        foreach (var finding in Result?.Violations ?? [])
        {
            var key = finding.Adr + "/" + finding.Rule;
            result.TryGetValue(key, out var count);
            result[key] = finding.Baselined ? (count.Open, count.Baselined + 1) : (count.Open + 1, count.Baselined);
        }

        return result;
    }
}
