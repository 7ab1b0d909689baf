using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Orders proposals by what they protect (rules/0041): the dependency structure first (layers, forbid, module
/// independence, acyclic slices, self-contained namespaces), then names and placement, then the shape of types; within a
/// kind, the rule that covers more types first.
/// </summary>
internal static class ProposalRanking
{
    private static readonly string[] KindOrder =
    [
        "layers", "forbid", "independent", "acyclic", "allow-only",
        "placement", "naming",
        "must-inherit", "must-implement", "attributes", "modifiers",
    ];

    public static ProposalTheme ThemeOf(string kind) => kind switch
    {
        "layers" or "forbid" or "independent" or "acyclic" or "allow-only" => ProposalTheme.Structure,
        "placement" or "naming" => ProposalTheme.Naming,
        _ => ProposalTheme.Shape,
    };

    public static List<Proposal> Ranked(IEnumerable<Proposal> proposals) =>
        proposals
            .Select((proposal, index) => (proposal, index))
            .OrderBy(p => Rank(p.proposal.Kind))
            .ThenByDescending(p => p.proposal.Holding)
            .ThenBy(p => p.index)
            .Select(p => p.proposal)
            .ToList();

    private static int Rank(string kind)
    {
        var index = Array.IndexOf(KindOrder, kind);
        return index < 0 ? KindOrder.Length : index;
    }
}
