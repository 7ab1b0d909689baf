using System.IO;
using System.Linq;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Model;

namespace TechLead.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error file=..,line=..,col=..,title=TL0002::message</c>
/// per finding (warning/notice for lower severities), paths relative to the run's working folder (the workspace in CI).
/// Baselined violations are not annotated.
/// </summary>
internal sealed class GitHubFormatter : IResultFormatter
{
    public bool IsMachineReadable => false;

    public void Write(CheckResult result, TextWriter output)
    {
        foreach (var finding in result.Findings.Where(f => !f.Baselined))
        {
            var command = finding.Severity switch
            {
                RuleSeverity.Error => "error",
                RuleSeverity.Warning => "warning",
                _ => "notice",
            };
            var file = PathDisplay.ForwardSlashRelative(finding.Path, PathDisplay.BaseDirectory ?? result.Adrs.RepositoryRoot);
            var message = finding.HelpUri is { } help ? finding.Message + "\n" + help : finding.Message;
            output.WriteLine($"::{command} file={Property(file)},line={finding.Line},col={finding.Column},endLine={finding.EndLine},endColumn={finding.EndColumn},title={Property(finding.Id)}::{Data(message)}");
        }

        output.WriteLine($"techlead: {ResultSummary.Of(result)}");
    }

    /// <summary>Escaping of the workflow-command message part.</summary>
    public static string Data(string value) =>
        value.Replace("%", "%25", System.StringComparison.Ordinal).Replace("\r", "%0D", System.StringComparison.Ordinal).Replace("\n", "%0A", System.StringComparison.Ordinal);

    /// <summary>Escaping of a workflow-command property value (also ':' and ',').</summary>
    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", System.StringComparison.Ordinal).Replace(",", "%2C", System.StringComparison.Ordinal);
}
