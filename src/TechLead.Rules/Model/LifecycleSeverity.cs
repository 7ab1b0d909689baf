namespace TechLead.Rules.Model;

/// <summary>The lifecycle → severity mapping of spec section 2.</summary>
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
}
