namespace TechLead.Rules.Model;

/// <summary>The rule kinds of docs/adr-format.md (v1); each has one row in <see cref="RuleKinds"/>.</summary>
public enum RuleKind
{
    Layers,
    Forbid,
    AllowOnly,
    Independent,
    Acyclic,
    BannedApi,
    Naming,
    MustInherit,
    MustImplement,
    Attributes,
    Modifiers,
    Placement,
    Vocabulary,
}
