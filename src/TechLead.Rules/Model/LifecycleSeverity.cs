namespace TechLead.Rules.Model;

/// <summary>The lifecycle → severity mapping of docs/adr-format.md.</summary>
public static class LifecycleSeverity
{
    /// <summary>
    /// accepted → the rule's severity (default error); proposed → info whatever the rule says
    /// (an RFC never fails a build); deprecated, rejected, superseded → not evaluated.
    /// </summary>
    public static RuleSeverity Effective(AdrStatus status, RuleSeverity? declared) => status switch
    {
        AdrStatus.Accepted => declared ?? RuleSeverity.Error,
        AdrStatus.Proposed => declared == RuleSeverity.Hidden ? RuleSeverity.Hidden : RuleSeverity.Info,
        _ => RuleSeverity.None,
    };

    /// <summary>
    /// The severity after a per-rule setting (<c>techlead.&lt;adr&gt;.&lt;rule&gt;.severity</c>): it replaces the
    /// effective one, except that nothing raises a proposed rule above info (a proposed ADR never fails a build);
    /// it can still be lowered or silenced.
    /// </summary>
    public static RuleSeverity WithOverride(AdrStatus status, RuleSeverity effective, RuleSeverity? configured)
    {
        var severity = configured ?? effective;
        return status == AdrStatus.Proposed && severity > RuleSeverity.Info ? RuleSeverity.Info : severity;
    }
}
