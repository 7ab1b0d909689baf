using System.Collections.Generic;

namespace TechLead.Rules.Model;

/// <summary><c>independent</c>: no module depends on another.</summary>
public sealed class IndependentRule(RuleHeader header, IReadOnlyList<NamedTypeGroup> modules) : Rule(header)
{
    public IReadOnlyList<NamedTypeGroup> Modules { get; } = modules;
}
