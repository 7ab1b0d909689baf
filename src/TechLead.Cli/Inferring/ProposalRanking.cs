using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Orders proposals by what they protect (rules/0041, rules/0056): the dependency structure first (layers; then forbidden
/// dependencies, module independence and self-contained namespaces; then acyclic slices and diagrams; within a tier, the
/// rule that covers more types first), then every other rule by how many types it covers, the kind (placement, names,
/// the shape of types, of members) deciding only between rules that cover as many: "endpoints are static" over twelve
/// endpoints protects more than a naming rule over three types. A near-rule ranks as module independence also when it
/// is written as a diagram (rules/0051).
/// </summary>
internal static class ProposalRanking
{
    /// <summary>Kinds by what they protect; kinds in one tier are ranked by how many types they cover.</summary>
    /// <remarks>The first <see cref="StructureTiers"/> tiers are the dependency structure; the others only break ties.</remarks>
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

    private const int StructureTiers = 3;

    public static ProposalTheme ThemeOf(string kind) => kind switch
    {
        "layers" or "forbid" or "independent" or "acyclic" or "diagram" or "allow-only" => ProposalTheme.Structure,
        "placement" or "naming" => ProposalTheme.Naming,
        _ => ProposalTheme.Shape,
    };

    public static List<Proposal> Ranked(IEnumerable<Proposal> proposals) =>
        proposals
            .Select((proposal, index) => (proposal, index))
            .OrderBy(p => Math.Min(Rank(KindOf(p.proposal)), StructureTiers))
            .ThenByDescending(p => p.proposal.Holding)
            .ThenBy(p => Rank(KindOf(p.proposal)))
            .ThenBy(p => p.index)
            .Select(p => p.proposal)
            .ToList();

    private static string KindOf(Proposal proposal) => proposal.Learner is ModuleIndependence ? "independent" : proposal.Kind;

    private static int Rank(string kind)
    {
        var index = Array.FindIndex(Tiers, tier => tier.Contains(kind, StringComparer.Ordinal));
        return index < 0 ? Tiers.Length : index;
    }
}
