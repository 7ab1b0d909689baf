using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>modifiers</c>: the required shape of the selected types; null means "not constrained".</summary>
public sealed class ModifiersRule(RuleHeader header, TypeSelector types, ModifierRequirements requirements) : TypeRule(header, types)
{
    public ModifierRequirements Requirements { get; } = requirements;
}
