namespace TechLead.Rules.Model;

/// <summary>The lifecycle of a decision; it decides whether and how loudly its rules are enforced.</summary>
public enum AdrStatus
{
    Proposed,
    Accepted,
    Deprecated,
    Rejected,
    Superseded,
}
