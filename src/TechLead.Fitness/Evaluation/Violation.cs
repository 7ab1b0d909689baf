namespace TechLead.Fitness.Evaluation;

/// <summary>
/// One violation as an engine found it: the exact <c>ViolationMessages</c> text, where it is (for
/// kinds whose message does not name the type) and the doc-comment IDs the baseline keys it by.
/// </summary>
internal sealed record Violation(string Message, string BaselineFrom, string BaselineTo, string? UsedIn = null)
{
    /// <summary>
    /// True when the engine reports the violating type without the type it depends on (NetArchTest):
    /// the baseline then matches it by (adr, rule, from) alone.
    /// </summary>
    public bool TargetUnknown { get; init; }

    /// <summary>The line a failure report prints: the message, then where when the message alone does not say.</summary>
    public string ReportLine => UsedIn is null ? Message : $"{Message} (in '{UsedIn}')";
}
