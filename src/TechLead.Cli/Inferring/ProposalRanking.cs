using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Orders proposals by what they protect (rules/0041): the dependency structure first (layers; then forbidden
/// dependencies, module independence and self-contained namespaces; then acyclic slices and diagrams), then placement and names, then
/// the shape of types and then of members; within a tier, the rule that covers more types first. A near-rule ranks as module
/// independence also when it is written as a diagram (rules/0051).
/// </summary>
internal static class ProposalRanking
{
    /// <summary>Kinds by what they protect; kinds in one tier are ranked by how many types they cover.</summary>
    private static readonly string[][] Tiers =
    [
        ["layers"],
        ["forbid", "independent", "allow-only"],
        ["acyclic", "diagram"],
        ["placement"],
        ["naming"],
        ["must-inherit", "must-implement"],
        ["attributes", "modifiers"],
        ["members"],
    ];

    public static ProposalTheme ThemeOf(string kind) => kind switch
    {
        "layers" or "forbid" or "independent" or "acyclic" or "diagram" or "allow-only" => ProposalTheme.Structure,
        "placement" or "naming" => ProposalTheme.Naming,
        _ => ProposalTheme.Shape,
    };

    public static List<Proposal> Ranked(IEnumerable<Proposal> proposals) =>
        proposals
            .Select((proposal, index) => (proposal, index))
            .OrderBy(p => Rank(p.proposal.Learner is ModuleIndependence ? "independent" : p.proposal.Kind))
            .ThenByDescending(p => p.proposal.Holding)
            .ThenBy(p => p.index)
            .Select(p => p.proposal)
            .ToList();

    private static int Rank(string kind)
    {
        var index = Array.FindIndex(Tiers, tier => tier.Contains(kind, StringComparer.Ordinal));
        return index < 0 ? Tiers.Length : index;
    }
}
