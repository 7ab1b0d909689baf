using System.IO;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;

namespace TechLead.Cli.Output;

/// <summary>A PR comment or job summary: a heading with the counts, then one table per ADR.</summary>
internal sealed class MarkdownFormatter : IResultFormatter
{
    public bool IsMachineReadable => false;

    public void Write(CheckResult result, TextWriter output)
    {
        var summary = ResultSummary.Of(result);
        var root = result.Adrs.RepositoryRoot;
        output.WriteLine(summary.Errors + summary.Warnings + summary.Infos == 0
            ? "## TechLead: no architecture violations"
            : $"## TechLead: {summary.Errors} error(s), {summary.Warnings} warning(s), {summary.Infos} info(s)");
        output.WriteLine();
        if (summary.Baselined > 0)
        {
            output.WriteLine($"{summary.Baselined} known violation(s) are frozen in the baseline and not listed.");
            output.WriteLine();
        }

        if (UnenforcedDecisions.Notice(result.Adrs.Set) is { } unenforced)
        {
            // Not in a table, and its `enforcement: "manual: <...>"` is a code span: written as is.
            output.WriteLine(unenforced);
            output.WriteLine();
        }

        if (summary.ChangedSince is { } scope)
        {
            output.WriteLine($"Only lines changed since `{scope.Reference}` are checked: {scope.OutsideChangedLines} violation(s) elsewhere are not listed.");
            output.WriteLine();
        }

        foreach (var group in ResultSummary.ByAdr(result.Findings.Where(f => !f.Baselined)))
        {
            var document = result.Adrs.Set.FindById(group.Key);
            var link = group.Select(f => f.HelpUri).FirstOrDefault(h => h is not null)?.Split('#')[0];
            var title = document is null ? group.Key : $"{document.Id}: {document.Title}";
            output.WriteLine(link is null ? $"### {Escape(title)}" : $"### [{Escape(title)}]({link})");
            output.WriteLine();
            WriteTable(output, group, root);
        }

        var problems = result.Findings.Where(f => f.IsFileProblem).ToList();
        if (problems.Count > 0)
        {
            output.WriteLine("### ADR and baseline files");
            output.WriteLine();
            WriteTable(output, problems, root);
        }
    }

    private static void WriteTable(TextWriter output, System.Collections.Generic.IEnumerable<Finding> findings, string root)
    {
        output.WriteLine("| Severity | Diagnostic | Rule | Location | Message |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var finding in findings)
        {
            var rule = finding.Rule is null ? string.Empty : finding.HelpUri is { } help ? $"[`{finding.Rule}`]({help})" : $"`{finding.Rule}`";
            var location = $"`{PathDisplay.ForwardSlashRelative(finding.Path, root)}:{finding.Line}:{finding.Column}`";
            output.WriteLine($"| {AdrNames.Of(finding.Severity)} | {finding.Id} | {rule} | {location} | {Escape(finding.Message)} |");
        }

        output.WriteLine();
    }

    /// <summary>Keeps table cells intact: pipes and newlines would break the row.</summary>
    public static string Escape(string text) =>
        text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\r", string.Empty, System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal).Replace("<", "&lt;", System.StringComparison.Ordinal);
}
