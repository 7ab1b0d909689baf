using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>What can fire for references made by one source type; computed once per type.</summary>
internal sealed class SourcePlan(IReadOnlyList<DependencyConstraint> constraints, IReadOnlyList<BannedApiRule> bans, IReadOnlyList<CycleCollector> cycles)
{
    public IReadOnlyList<DependencyConstraint> Constraints { get; } = constraints;

    public IReadOnlyList<BannedApiRule> Bans { get; } = bans;

    public IReadOnlyList<CycleCollector> Cycles { get; } = cycles;

    public bool IsEmpty => Constraints.Count == 0 && Bans.Count == 0 && Cycles.Count == 0;
}
