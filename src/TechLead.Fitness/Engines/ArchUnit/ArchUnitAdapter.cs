using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArchUnitNET.Domain;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Engines.ArchUnit;

/// <summary>
/// The primary engine: every rule kind of docs/adr-format.md, on a graph built once per assembly set per
/// test run and shared by every case (and every test class) that checks the same assemblies.
/// </summary>
internal sealed class ArchUnitAdapter : IEngineAdapter
{
    private static readonly ConcurrentDictionary<string, Lazy<TypeGraph<IType>>> Graphs = new(System.StringComparer.Ordinal);

    public static ArchUnitAdapter Instance { get; } = new();

    public FitnessEngine Kind => FitnessEngine.ArchUnitNet;

    public IReadOnlyCollection<RuleKind> SupportedKinds { get; } = RuleKinds.CheckedBy(RuleEngines.ArchUnitNet);

    public string? WhyUnsupported(Rule rule) =>
        SupportedKinds.Contains(rule.Kind) ? null : $"the ArchUnitNET engine cannot check '{RuleKinds.GetName(rule.Kind)}' rules";

    public RuleResult Evaluate(Rule rule, AssemblySet assemblies) => GraphRuleEvaluator.Evaluate(rule, GraphFor(assemblies));

    /// <summary>The cached graph of an assembly set (built on first use, thread-safe).</summary>
    public static TypeGraph<IType> GraphFor(AssemblySet assemblies) =>
        Graphs.GetOrAdd(assemblies.Key, _ => new Lazy<TypeGraph<IType>>(() => ArchUnitGraphBuilder.Build(assemblies), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Drops the cached graph of a set whose files are about to go (infer's temporary assemblies).</summary>
    public static void Forget(AssemblySet assemblies) => Graphs.TryRemove(assemblies.Key, out _);

    /// <summary>Builds a graph without caching it (rule examples compile a fresh assembly per snippet).</summary>
    public static RuleResult EvaluateUncached(Rule rule, AssemblySet assemblies) => GraphRuleEvaluator.Evaluate(rule, ArchUnitGraphBuilder.Build(assemblies));
}
