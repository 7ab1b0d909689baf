using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>A rule checked on each selected type on its own (TL0201–TL0205).</summary>
public abstract class TypeRule : Rule
{
    private protected TypeRule(RuleHeader header, TypeSelector types)
        : base(header) => Types = types;

    /// <summary>The types the rule constrains.</summary>
    public TypeSelector Types { get; }
}

/// <summary><c>naming</c>: the simple name (without generic arity) must match <see cref="Pattern"/>.</summary>
public sealed class NamingRule(RuleHeader header, TypeSelector types, Regex pattern) : TypeRule(header, types)
{
    /// <summary>Compiled with a match timeout (spec: ≤ 100 ms).</summary>
    public Regex Pattern { get; } = pattern;
}

/// <summary><c>must-inherit</c> / <c>must-implement</c>: selected types must derive from / implement <see cref="Type"/>.</summary>
public sealed class InheritanceRule(RuleHeader header, TypeSelector types, GlobPattern type) : TypeRule(header, types)
{
    public GlobPattern Type { get; } = type;

    public bool RequiresInterface => Kind == RuleKind.MustImplement;
}

/// <summary><c>attributes</c>: selected types must carry every <see cref="Require"/> and none of <see cref="Forbid"/>.</summary>
public sealed class AttributesRule(RuleHeader header, TypeSelector types, IReadOnlyList<GlobPattern> require, IReadOnlyList<GlobPattern> forbid) : TypeRule(header, types)
{
    public IReadOnlyList<GlobPattern> Require { get; } = require;

    public IReadOnlyList<GlobPattern> Forbid { get; } = forbid;
}

/// <summary><c>modifiers</c>: the required shape of the selected types; null means "not constrained".</summary>
public sealed class ModifiersRule(RuleHeader header, TypeSelector types, ModifierRequirements requirements) : TypeRule(header, types)
{
    public ModifierRequirements Requirements { get; } = requirements;
}

/// <summary>What a <c>modifiers</c> rule asks for.</summary>
public sealed record ModifierRequirements(bool? Sealed, bool? Static, bool? Abstract, TypeVisibility? Visibility, bool Immutable);

/// <summary><c>placement</c>: selected types must reside in a namespace matching <see cref="Namespace"/>.</summary>
public sealed class PlacementRule(RuleHeader header, TypeSelector types, GlobPattern @namespace) : TypeRule(header, types)
{
    public GlobPattern Namespace { get; } = @namespace;
}
