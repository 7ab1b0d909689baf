using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules;

/// <summary>The TL9xxx diagnostics (problems in ADR files, rules or baselines), each declared once with its title.</summary>
public static class AdrProblemDiagnostics
{
    public static DiagnosticInfo AdrUnreadable { get; } = DiagnosticInfo.AdrProblem(DiagnosticIds.AdrUnreadable, "ADR file cannot be read or parsed", "An ADR (or the baseline) cannot be read or is not valid YAML.", RuleSeverity.Error);

    public static DiagnosticInfo InvalidRule { get; } = DiagnosticInfo.AdrProblem(DiagnosticIds.InvalidRule, "Invalid rule", "A rule of an ADR is invalid; only that rule is disabled.", RuleSeverity.Error);

    public static DiagnosticInfo DuplicateId { get; } = DiagnosticInfo.AdrProblem(DiagnosticIds.DuplicateId, "Duplicate ADR id or rule id", "Two ADRs share an id, or two rules of one ADR share an id.", RuleSeverity.Error);

    public static DiagnosticInfo StaleBaselineEntry { get; } = DiagnosticInfo.AdrProblem(DiagnosticIds.StaleBaselineEntry, "Stale baseline entry", "A baseline entry no longer matches as many violations as its count.", RuleSeverity.Warning);

    public static DiagnosticInfo BrokenSupersession { get; } = DiagnosticInfo.AdrProblem(DiagnosticIds.BrokenSupersession, "Broken supersession", "An ADR's supersession links are missing, dangling or cyclic.", RuleSeverity.Warning);

    public static DiagnosticInfo NoAdrsFound { get; } = DiagnosticInfo.AdrProblem(DiagnosticIds.NoAdrsFound, "No ADRs found", "The project references the TechLead analyzer but its build was given no ADR file, so it enforces nothing.", RuleSeverity.Warning);

    public static DiagnosticInfo UnusedDiagramArrow { get; } = DiagnosticInfo.AdrProblem(DiagnosticIds.UnusedDiagramArrow, "Diagram arrow no dependency follows", "An arrow of an ADR's diagram has no dependency in the code along it: the diagram drifted from the code.", RuleSeverity.Info);

    /// <summary>In ID order.</summary>
    public static IReadOnlyList<DiagnosticInfo> All { get; } = [AdrUnreadable, InvalidRule, DuplicateId, StaleBaselineEntry, BrokenSupersession, NoAdrsFound, UnusedDiagramArrow];
}
