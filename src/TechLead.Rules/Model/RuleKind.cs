namespace TechLead.Rules.Model;

/// <summary>The rule kinds of spec section 3 (v1).</summary>
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
