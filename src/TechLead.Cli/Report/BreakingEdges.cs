using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Checking;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Report;

/// <summary>How a namespace edge stands with the rules: what the diagram colours it by.</summary>
internal enum EdgeBreak
{
    /// <summary>Only rules of proposed ADRs flag its references: what accepting them would break.</summary>
    WouldBreak,

    /// <summary>A rule in force flags its references (reported or baselined).</summary>
    Breaks,
}

/// <summary>A namespace edge that breaks a rule, and how many of its references do.</summary>
internal sealed record BrokenEdge(string From, string To, Rule Rule, int Violations)
{
    public EdgeBreak Break => Rule.Adr.Status == AdrStatus.Proposed ? EdgeBreak.WouldBreak : EdgeBreak.Breaks;
}

/// <summary>
/// The namespace pairs the dependency violations (TL0001–TL0005) fall on: each violation names its source and target
/// types by doc-comment id, and the graph knows their namespaces because it saw the same references.
/// </summary>
internal static class BreakingEdges
{
    private static readonly HashSet<string> DependencyIds = new(
        RuleKinds.All.Where(kind => kind.Check is RuleCheck.PairwiseDependency or RuleCheck.DependencyCycle).Select(kind => kind.Diagnostic.Id),
        StringComparer.Ordinal);

    /// <summary>Broken edges by source, target and rule; external namespaces they point to are revealed in the graph.</summary>
    public static IReadOnlyList<BrokenEdge> Of(CheckResult result, NamespaceGraph graph)
    {
        var edges = new Dictionary<(string From, string To, Rule Rule), int>();
        foreach (var finding in result.Violations.Where(f => DependencyIds.Contains(f.Id)))
        {
            if (finding.From is not { } fromId || finding.To is not { Length: > 0 } toId
                || graph.NamespaceOf(fromId) is not { } from || graph.NamespaceOf(toId) is not { } to || from == to
                || result.Adrs.Set.FindById(finding.Adr ?? string.Empty) is not { } adr
                || adr.Rules.FirstOrDefault(r => r.Id == finding.Rule) is not { } rule)
            {
                continue;
            }

            graph.Reveal(to);
            edges[(from, to, rule)] = edges.TryGetValue((from, to, rule), out var count) ? count + 1 : 1;
        }

        return edges
            .Select(e => new BrokenEdge(e.Key.From, e.Key.To, e.Key.Rule, e.Value))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Rule.QualifiedId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How each broken edge is drawn: a rule in force outweighs a proposed one.</summary>
    public static IReadOnlyDictionary<(string From, string To), EdgeBreak> ByEdge(IEnumerable<BrokenEdge> edges) =>
        edges.GroupBy(e => (e.From, e.To)).ToDictionary(g => g.Key, g => g.Max(e => e.Break));
}
