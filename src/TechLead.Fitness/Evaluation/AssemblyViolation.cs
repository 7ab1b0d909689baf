using TechLead.Rules.Evaluation;

namespace TechLead.Fitness.Evaluation;

/// <summary>
/// A violation a fitness engine found in compiled assemblies: the <see cref="RuleViolation"/> plus, for kinds whose
/// message does not name the type, where it is.
/// </summary>
internal sealed record AssemblyViolation(string Message, string BaselineFrom, string BaselineTo, string? UsedIn = null)
    : RuleViolation(Message, BaselineFrom, BaselineTo)
{
    /// <summary>
    /// True when the engine reports the violating type without the type it depends on (NetArchTest):
    /// the baseline then matches it by (adr, rule, from) alone.
    /// </summary>
    public bool TargetUnknown { get; init; }

    /// <summary>The line a failure report prints: the message, then where when the message alone does not say.</summary>
    public string ReportLine => UsedIn is null ? Message : $"{Message} (in '{UsedIn}')";
}
