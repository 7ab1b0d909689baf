using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>A named group of types: a layer of a <c>layers</c> rule or a module of an <c>independent</c> rule.</summary>
public sealed record NamedTypeGroup(string Name, TypeSelector Types);

/// <summary><c>layers</c>: each layer may use layers below it (relaxed) or only the next one (strict).</summary>
public sealed class LayersRule(RuleHeader header, IReadOnlyList<NamedTypeGroup> layers, bool strict) : Rule(header)
{
    /// <summary>Top to bottom.</summary>
    public IReadOnlyList<NamedTypeGroup> Layers { get; } = layers;

    public bool Strict { get; } = strict;
}

/// <summary><c>forbid</c>: <see cref="From"/> must not depend on <see cref="To"/>.</summary>
public sealed class ForbidRule(RuleHeader header, TypeSelector from, TypeSelector to) : Rule(header)
{
    public TypeSelector From { get; } = from;

    public TypeSelector To { get; } = to;
}

/// <summary><c>allow-only</c>: <see cref="From"/> may depend only on <see cref="To"/>, itself and <see cref="AlsoAllow"/>.</summary>
public sealed class AllowOnlyRule(RuleHeader header, TypeSelector from, TypeSelector to, TypeSelector alsoAllow) : Rule(header)
{
    public TypeSelector From { get; } = from;

    public TypeSelector To { get; } = to;

    /// <summary>Defaults to <c>[System.**]</c>.</summary>
    public TypeSelector AlsoAllow { get; } = alsoAllow;
}

/// <summary><c>independent</c>: no module depends on another.</summary>
public sealed class IndependentRule(RuleHeader header, IReadOnlyList<NamedTypeGroup> modules) : Rule(header)
{
    public IReadOnlyList<NamedTypeGroup> Modules { get; } = modules;
}

/// <summary><c>acyclic</c>: no dependency cycles between the slices a <c>{slice}</c> glob captures.</summary>
public sealed class AcyclicRule(RuleHeader header, GlobPattern slices) : Rule(header)
{
    public GlobPattern Slices { get; } = slices;
}
