using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What relaxed layers allow but nobody does: a layer that could reach a lower one through project references
/// and does not use it (<c>Api</c> reaches <c>Domain</c> only through <c>Application</c>), or uses it from one
/// namespace only (the composition root that registers <c>Infrastructure</c>). Each becomes a <c>forbid</c>; the
/// types that do use it today are left out by the verifying run. Skipped under strict layers, which imply them.
/// </summary>
internal static class ForbidProposer
{
    public static IEnumerable<Proposal> Propose(LayerPlan plan, CodeFacts facts)
    {
        var layerOfProject = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Layers.Count; i++)
        {
            foreach (var project in plan.Layers[i].Projects)
            {
                layerOfProject[project] = i;
            }
        }

        var namespacesOf = plan.Layers
            .Select(l => new HashSet<string>(facts.Types.Where(t => l.Types.Contains(t.FullName)).Select(t => t.Namespace), StringComparer.Ordinal))
            .ToList();
        for (var upper = 0; upper < plan.Layers.Count; upper++)
        {
            var reachable = Reachable(plan.Layers[upper], facts, layerOfProject);
            for (var lower = upper + 1; lower < plan.Layers.Count; lower++)
            {
                var direct = lower == upper + 1;
                if ((plan.Strict && !direct) || !reachable.Contains(lower))
                {
                    continue;
                }

                var users = facts.Graph.Edges
                    .Where(e => namespacesOf[upper].Contains(e.From) && namespacesOf[lower].Contains(e.To))
                    .Select(e => e.From)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var from = plan.Layers[upper];
                var to = plan.Layers[lower];
                var typesOutsideUsers = facts.Types.Count(t => from.Types.Contains(t.FullName) && !users.Contains(t.Namespace));
                if (users.Count > 1 || typesOutsideUsers < InferThresholds.MinTypes)
                {
                    continue;
                }

                var evidence = users.Count == 0
                    ? $"no type of {from.Name} uses {to.Name}, which its project references {(IsDirect(from, to, facts) ? "directly" : "make reachable")}"
                    : $"of {from.Name}, only namespace {users[0]} uses {to.Name} (a composition root)";
                yield return new Proposal(RuleIds.FromText($"{from.Name} does not use {to.Name}"), "forbid", evidence, from.Types, allowsExceptions: true, (id, except) =>
                    new RuleDraft(id, "forbid")
                        .With("from", from.Selector.ToYaml(except))
                        .With("to", to.Selector.ToYaml()));
            }
        }
    }

    private static bool IsDirect(Layer from, Layer to, CodeFacts facts) =>
        facts.Projects.Any(p => from.Projects.Contains(p.Name) && p.References.Any(to.Projects.Contains));

    /// <summary>Layers whose projects the layer's projects reference, directly or through others.</summary>
    private static HashSet<int> Reachable(Layer layer, CodeFacts facts, Dictionary<string, int> layerOfProject)
    {
        var references = facts.Projects.ToDictionary(p => p.Name, p => p.References, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(layer.Projects);
        while (pending.Count > 0)
        {
            var project = pending.Pop();
            if (!references.TryGetValue(project, out var next))
            {
                continue;
            }

            foreach (var reference in next.Where(seen.Add))
            {
                pending.Push(reference);
            }
        }

        return new HashSet<int>(seen.Where(layerOfProject.ContainsKey).Select(p => layerOfProject[p]));
    }
}
