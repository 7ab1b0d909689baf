namespace TechLead.Rules.Model;

/// <summary>The rule kinds of docs/adr-format.md (v1).</summary>
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
