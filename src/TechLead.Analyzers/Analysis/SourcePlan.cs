using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// What can fire for references made by one source type; computed once per type. The verdict for each referenced
/// type is remembered too: a type refers to the same types many times, and selectors need not match them again.
/// </summary>
internal sealed class SourcePlan(IReadOnlyList<DependencyConstraint> constraints, IReadOnlyList<BannedApiRule> bans, IReadOnlyList<CycleCollector> cycles)
{
    private ConcurrentDictionary<INamedTypeSymbol, TargetVerdict>? verdicts;

    public IReadOnlyList<DependencyConstraint> Constraints { get; } = constraints;

    public IReadOnlyList<BannedApiRule> Bans { get; } = bans;

    public IReadOnlyList<CycleCollector> Cycles { get; } = cycles;

    public bool IsEmpty => Constraints.Count == 0 && Bans.Count == 0 && Cycles.Count == 0;

    /// <summary>Created on first use: most plans are empty and never asked.</summary>
    public ConcurrentDictionary<INamedTypeSymbol, TargetVerdict> Verdicts =>
        verdicts ?? LazyInitializer.EnsureInitialized(ref verdicts, static () => new ConcurrentDictionary<INamedTypeSymbol, TargetVerdict>(SymbolEqualityComparer.Default))!;
}
