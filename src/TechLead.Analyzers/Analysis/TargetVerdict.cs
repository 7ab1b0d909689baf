using System.Collections.Generic;
using TechLead.Rules.Evaluation;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// What a reference from one source type to one target type means, whatever the location: the dependency constraints
/// it breaks (with their messages) and the acyclic rules for which it is a slice-to-slice edge.
/// </summary>
internal sealed class TargetVerdict(bool sameUnit, IReadOnlyList<(DependencyConstraint Constraint, string Message)> violations, IReadOnlyList<CycleCollector> edges)
{
    private static readonly (DependencyConstraint, string)[] NoViolations = [];
    private static readonly CycleCollector[] NoEdges = [];

    /// <summary>Source and target are one type family (nested types, the type itself): not a reference at all.</summary>
    public static TargetVerdict SameUnit { get; } = new(true, NoViolations, NoEdges);

    /// <summary>A reference that breaks nothing and is no edge (bans are looked up separately).</summary>
    public static TargetVerdict Clean { get; } = new(false, NoViolations, NoEdges);

    public bool IsSameUnit { get; } = sameUnit;

    public IReadOnlyList<(DependencyConstraint Constraint, string Message)> Violations { get; } = violations;

    public IReadOnlyList<CycleCollector> Edges { get; } = edges;
}
