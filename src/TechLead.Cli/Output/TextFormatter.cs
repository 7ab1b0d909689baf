using System.IO;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;

namespace TechLead.Cli.Output;

/// <summary>
/// For people: findings grouped by ADR, each line in the compiler shape terminals and IDEs make
/// clickable (<c>path(line,col): error TL0002: message</c>) followed by the ADR link.
/// Baselined violations are only counted; the accepted ADRs that enforce no rule are named before the summary.
/// </summary>
internal sealed class TextFormatter : IResultFormatter
{
    public bool IsMachineReadable => false;

    public void Write(CheckResult result, TextWriter output)
    {
        foreach (var group in ResultSummary.ByAdr(result.Findings.Where(f => !f.Baselined)))
        {
            var document = result.Adrs.Set.FindById(group.Key);
            output.WriteLine(document is null
                ? group.Key
                : $"{document.Id}: {document.Title} ({AdrNames.Of(document.Status)}, {PathDisplay.Relative(document.Path)})");
            foreach (var finding in group)
            {
                WriteWithLink(finding, output);
            }

            output.WriteLine();
        }

        var problems = result.Findings.Where(f => f.IsFileProblem).ToList();
        if (problems.Count > 0)
        {
            output.WriteLine("ADR and baseline files:");
            foreach (var problem in problems)
            {
                output.WriteLine(Line(problem));
            }

            output.WriteLine();
        }

        if (UnenforcedDecisions.Notice(result.Adrs.Set) is { } unenforced)
        {
            output.WriteLine(unenforced);
        }

        var summary = ResultSummary.Of(result);
        output.WriteLine($"{summary} in {result.Projects.Count} project(s) checked against {result.Adrs.Set.ActiveRules.Count()} rule(s) of {result.Adrs.Set.Documents.Count} ADR(s)");
    }

    /// <summary>The finding's line, then the link to its rule (the ADR file + <c>#rule-id</c>, as the analyzer's help link).</summary>
    public static void WriteWithLink(Finding finding, TextWriter output)
    {
        output.WriteLine(Line(finding));
        if (finding.HelpUri is { } help)
        {
            output.WriteLine("    see " + help);
        }
    }

    public static string Line(Finding finding) =>
        $"{PathDisplay.Relative(finding.Path)}({finding.Line},{finding.Column}): {AdrNames.Of(finding.Severity)} {finding.Id}: {finding.Message}";
}
