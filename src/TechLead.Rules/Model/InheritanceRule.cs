using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>must-inherit</c> / <c>must-implement</c>: selected types must derive from / implement <see cref="Type"/>.</summary>
public sealed class InheritanceRule(RuleHeader header, TypeSelector types, GlobPattern type) : TypeRule(header, types)
{
    public GlobPattern Type { get; } = type;

    public bool RequiresInterface => Kind == RuleKind.MustImplement;
}
