using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// What can fire for references made by one source type; computed once per type. The verdict for each referenced
/// type is remembered too: a type refers to the same types many times, and selectors need not match them again.
/// </summary>
internal sealed class SourcePlan(IReadOnlyList<DependencyConstraint> constraints, IReadOnlyList<BannedApiRule> bans, IReadOnlyList<CycleCollector> cycles, TargetNames? targetNames)
{
    // Members of one type are analyzed on several threads at once: a lock around every lookup was contended (30 % of
    // the analyzer's samples in a build), and so was a copy-on-write dictionary for types that refer to hundreds of
    // others. A ConcurrentDictionary reads without locking; one write lock is enough, as each verdict is added once.
    private readonly ConcurrentDictionary<INamedTypeSymbol, TargetVerdict> verdicts = new(concurrencyLevel: 1, capacity: 8, SymbolEqualityComparer.Default);

    public IReadOnlyList<DependencyConstraint> Constraints { get; } = constraints;

    public IReadOnlyList<BannedApiRule> Bans { get; } = bans;

    public IReadOnlyList<CycleCollector> Cycles { get; } = cycles;

    /// <summary>The names a written type reference needs to reach a type these rules may flag; null = any name may.</summary>
    public TargetNames? TargetNames { get; } = targetNames;

    public bool IsEmpty => Constraints.Count == 0 && Bans.Count == 0 && Cycles.Count == 0;

    public bool TryGetVerdict(INamedTypeSymbol target, out TargetVerdict verdict) => verdicts.TryGetValue(target, out verdict!);

    /// <summary>Remembers a verdict; when another thread computed one first, that one is kept and returned.</summary>
    public TargetVerdict AddVerdict(INamedTypeSymbol target, TargetVerdict verdict) => verdicts.GetOrAdd(target, verdict);
}
