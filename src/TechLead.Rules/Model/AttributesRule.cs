using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>attributes</c>: selected types must carry every <see cref="Require"/> and none of <see cref="Forbid"/>.</summary>
public sealed class AttributesRule(RuleHeader header, TypeSelector types, IReadOnlyList<GlobPattern> require, IReadOnlyList<GlobPattern> forbid) : TypeRule(header, types)
{
    public IReadOnlyList<GlobPattern> Require { get; } = require;

    public IReadOnlyList<GlobPattern> Forbid { get; } = forbid;
}
