using System.Linq;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Changes;

/// <summary>
/// Pull-request mode: keeps the violations whose span touches a line changed since the ref (every violation
/// in a new file) and counts the others. Runs after the baseline was applied to the whole solution, so the
/// ratchet and stale entries are judged as in a full check. Problems in ADR and baseline files and baselined
/// violations are always kept (the latter are not "outside the lines changed": they are baselined).
/// </summary>
internal static class ChangedLinesFilter
{
    public static CheckResult Apply(CheckResult result, ChangesSinceRef changes)
    {
        // Baselined violations stay in, wherever they are: the summary counts them as baselined, as a full check does.
        var kept = result.Findings.Where(f => f.IsFileProblem || f.Baselined || changes.Touches(f.Path, f.Line, f.EndLine)).ToList();
        return new CheckResult(result.Target, result.Adrs, kept, result.Projects, result.Baseline, result.Graph)
        {
            AdrBaseUrl = result.AdrBaseUrl,
            Ownership = result.Ownership,
            ChangedSince = new ChangeScope(changes.Reference, result.Findings.Count - kept.Count),
        };
    }
}
