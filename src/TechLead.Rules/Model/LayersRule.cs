using System.Collections.Generic;

namespace TechLead.Rules.Model;

/// <summary><c>layers</c>: each layer may use layers below it (relaxed) or only the next one (strict).</summary>
public sealed class LayersRule(RuleHeader header, IReadOnlyList<NamedTypeGroup> layers, bool strict) : Rule(header)
{
    /// <summary>Top to bottom.</summary>
    public IReadOnlyList<NamedTypeGroup> Layers { get; } = layers;

    public bool Strict { get; } = strict;
}
