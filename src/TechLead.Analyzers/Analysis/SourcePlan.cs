using System.Collections.Generic;
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
    // A plain dictionary under a lock: one type's references are seldom analyzed on two threads at once, and a
    // ConcurrentDictionary per source type costs more to create and fill than the lookups it would save.
    private readonly Dictionary<INamedTypeSymbol, TargetVerdict> verdicts = new(SymbolEqualityComparer.Default);

    public IReadOnlyList<DependencyConstraint> Constraints { get; } = constraints;

    public IReadOnlyList<BannedApiRule> Bans { get; } = bans;

    public IReadOnlyList<CycleCollector> Cycles { get; } = cycles;

    public bool IsEmpty => Constraints.Count == 0 && Bans.Count == 0 && Cycles.Count == 0;

    public bool TryGetVerdict(INamedTypeSymbol target, out TargetVerdict verdict)
    {
        lock (verdicts)
        {
            return verdicts.TryGetValue(target, out verdict!);
        }
    }

    /// <summary>Remembers a verdict; when another thread computed one first, that one is kept and returned.</summary>
    public TargetVerdict AddVerdict(INamedTypeSymbol target, TargetVerdict verdict)
    {
        lock (verdicts)
        {
            if (verdicts.TryGetValue(target, out var existing))
            {
                return existing;
            }

            verdicts.Add(target, verdict);
            return verdict;
        }
    }
}
