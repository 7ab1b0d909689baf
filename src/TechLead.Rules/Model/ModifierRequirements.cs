using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>What a <c>modifiers</c> rule asks for.</summary>
public sealed record ModifierRequirements(bool? Sealed, bool? Static, bool? Abstract, TypeVisibility? Visibility, bool Immutable);
