using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Checking;
using TechLead.Rules.Model;

namespace TechLead.Cli.Output;

/// <summary>The counts every format prints; baselined findings are counted apart, never as errors.</summary>
internal sealed record ResultSummary(int Errors, int Warnings, int Infos, int Baselined, int FileProblems)
{
    /// <summary>With <c>--changed-since</c>: the ref and how many violations were outside the changed lines.</summary>
    public ChangeScope? ChangedSince { get; init; }

    public static ResultSummary Of(CheckResult result)
    {
        var shown = result.Findings.Where(f => !f.Baselined).ToList();
        return new ResultSummary(
            shown.Count(f => f.Severity == RuleSeverity.Error),
            shown.Count(f => f.Severity == RuleSeverity.Warning),
            shown.Count(f => f.Severity == RuleSeverity.Info),
            result.Findings.Count(f => f.Baselined),
            result.Findings.Count(f => f.IsFileProblem))
        {
            ChangedSince = result.ChangedSince,
        };
    }

    /// <summary>Violations grouped by ADR, in ADR id order; each group keeps the findings' order.</summary>
    public static IEnumerable<IGrouping<string, Finding>> ByAdr(IEnumerable<Finding> findings) =>
        findings.Where(f => !f.IsFileProblem).GroupBy(f => f.Adr ?? "(unknown ADR)").OrderBy(g => g.Key, StringComparer.Ordinal);

    public override string ToString() =>
        $"{Errors} error(s), {Warnings} warning(s), {Infos} info(s), {Baselined} baselined" +
        (ChangedSince is { } scope ? $", {scope.OutsideChangedLines} outside the lines changed since {scope.Reference}" : string.Empty);
}
