namespace TechLead.Rules.Model;

/// <summary>How loudly a violation is reported. <see cref="None"/> means the rule is not evaluated.</summary>
public enum RuleSeverity
{
    None,
    Hidden,
    Info,
    Warning,
    Error,
}
