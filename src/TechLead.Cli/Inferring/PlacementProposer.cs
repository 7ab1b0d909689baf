using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Per name ending and kind (<c>*Repository</c> interfaces), the deepest namespace that holds them all but a
/// couple (<c>Shop.Domain.**</c>): a <c>placement</c> rule. Not proposed when that namespace is no narrower
/// than the one every type of the solution lives in.
/// </summary>
internal static class PlacementProposer
{
    /// <summary>The placements, without one whose types a larger group placed in the same namespace already covers.</summary>
    public static IEnumerable<Proposal> Propose(CodeFacts facts)
    {
        var all = Candidates(facts).ToList();
        return all.Where(p => !all.Any(other => other.Proposal != p.Proposal && other.Glob == p.Glob && other.Proposal.Covered.Count > p.Proposal.Covered.Count && p.Proposal.Covered.All(other.Proposal.Covered.Contains)))
            .Select(p => p.Proposal);
    }

    private static IEnumerable<(Proposal Proposal, string Glob)> Candidates(CodeFacts facts)
    {
        var solutionRoot = Namespaces.CommonPrefix(facts.Types.Where(t => t.Namespace.Length > 0).Select(t => t.Namespace).ToList());
        var projectRoots = facts.Projects.Where(p => p.TypeCount > 0 && p.RootNamespace.Length > 0).Select(p => p.RootNamespace).ToList();
        foreach (var group in RoleGroups.BySuffix(facts))
        {
            var members = group.Members;
            var best = NamespacesOf(members)
                .Where(c => c.Length > solutionRoot.Length && c.Contains('.', StringComparison.Ordinal) && DottedName.IsAtOrUnder(c, solutionRoot))
                .Select(c => (Namespace: c, Inside: members.Count(m => DottedName.IsAtOrUnder(m.Namespace, c))))
                .Where(c => InferThresholds.Holds(c.Inside, members.Count))
                .OrderByDescending(c => c.Namespace.Length)
                .FirstOrDefault();
            if (best.Namespace is null)
            {
                continue;
            }

            var inside = members.Where(m => DottedName.IsAtOrUnder(m.Namespace, best.Namespace)).ToList();
            var glob = inside.All(m => m.Namespace == best.Namespace) ? best.Namespace : best.Namespace + ".**";
            var evidence = $"{group.Description} live in {glob}";
            var proposal = new Proposal(RuleIds.FromText($"{group.Label} in {Namespaces.LastSegment(best.Namespace)}"), "placement", evidence, members.Select(m => m.FullName).ToList(), allowsExceptions: true, (id, except) =>
                new RuleDraft(id, "placement")
                    .With("types", group.Selector.ToYaml(except))
                    .With("namespace", glob))
            {
                Vacuous = projectRoots.Count > 0 && projectRoots.TrueForAll(root => DottedName.IsAtOrUnder(root, best.Namespace))
                    ? $"{glob} holds the root namespace of every project, so every new type lands there"
                    : null,
            };
            foreach (var outside in members.Except(inside))
            {
                proposal.Except(outside.FullName, $"it lives in {outside.Namespace}");
            }

            yield return (proposal, glob);
        }
    }

    private static IEnumerable<string> NamespacesOf(IReadOnlyList<TypeFact> members) =>
        members.SelectMany(m =>
        {
            var parts = m.Namespace.Split('.');
            return Enumerable.Range(1, parts.Length).Select(length => string.Join('.', parts.Take(length)));
        }).Distinct(StringComparer.Ordinal);
}
