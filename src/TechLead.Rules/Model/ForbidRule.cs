using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>forbid</c>: <see cref="From"/> must not depend on <see cref="To"/>.</summary>
public sealed class ForbidRule(RuleHeader header, TypeSelector from, TypeSelector to) : Rule(header)
{
    public TypeSelector From { get; } = from;

    public TypeSelector To { get; } = to;
}
