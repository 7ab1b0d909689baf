using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>placement</c>: selected types must reside in a namespace matching <see cref="Namespace"/>.</summary>
public sealed class PlacementRule(RuleHeader header, TypeSelector types, GlobPattern @namespace) : TypeRule(header, types)
{
    public GlobPattern Namespace { get; } = @namespace;
}
