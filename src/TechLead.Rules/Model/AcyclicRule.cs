using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>acyclic</c>: no dependency cycles between the slices a <c>{slice}</c> glob captures.</summary>
public sealed class AcyclicRule(RuleHeader header, GlobPattern slices) : Rule(header)
{
    public GlobPattern Slices { get; } = slices;
}
