namespace TechLead.Rules.Model;

/// <summary>
/// How loudly a TL9xxx problem in an ADR file counts in a build (rules/0015). A problem with a rule (TL9002 invalid
/// rule, TL9003 duplicate id) inside an ADR that is not accepted counts at info: a proposed ADR never fails a build,
/// and the rules of a deprecated, rejected or superseded one are not evaluated. Unreadable files (TL9001), ADRs whose
/// status is not known, accepted ADRs and other IDs keep the problem's own severity.
/// </summary>
public static class AdrProblemSeverity
{
    /// <param name="problem">The problem as the parser or validator reported it.</param>
    /// <param name="status">The status of the ADR the problem is in; null when the file has none that could be read.</param>
    public static RuleSeverity Effective(AdrDiagnostic problem, AdrStatus? status) =>
        IsLoweredByStatus(problem, status) ? RuleSeverity.Info : problem.Severity;

    /// <summary>True when the ADR's status, not the problem, sets the severity: engines keep it at info whatever bulk options say.</summary>
    public static bool IsLoweredByStatus(AdrDiagnostic problem, AdrStatus? status) =>
        status is { } known
        && known != AdrStatus.Accepted
        && problem.Id is DiagnosticIds.InvalidRule or DiagnosticIds.DuplicateId
        && problem.Severity > RuleSeverity.Info;
}
