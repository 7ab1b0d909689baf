using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What relaxed layers allow but nobody does: a layer that could reach a lower one through project references
/// and does not use it (<c>Api</c> reaches <c>Domain</c> only through <c>Application</c>), or uses it from one
/// namespace only (the composition root that registers <c>Infrastructure</c>). The unused layers of one layer become one
/// <c>forbid</c> with all of them in <c>to</c>; each composition root its own. The types that do use them today are left
/// out by the verifying run. Skipped under strict layers, which imply them.
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
            var from = plan.Layers[upper];
            var unused = new List<Layer>();
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
                var to = plan.Layers[lower];
                var typesOutsideUsers = facts.Types.Count(t => from.Types.Contains(t.FullName) && !users.Contains(t.Namespace));
                if (users.Count > 1 || typesOutsideUsers < InferThresholds.MinTypes)
                {
                    continue;
                }

                if (users.Count == 0)
                {
                    unused.Add(to);
                    continue;
                }

                var evidence = $"of {from.Name}, only namespace {users[0]} uses {to.Name} (a composition root)";
                yield return new Proposal(RuleIds.FromText($"{from.Name} does not use {to.Name}"), "forbid", evidence, from.Types, allowsExceptions: true, (id, except) =>
                    new RuleDraft(id, "forbid")
                        .With("from", from.Selector.ToYaml(except))
                        .With("to", to.Selector.ToYaml()));
            }

            // The layers a layer reaches and uses nowhere are one decision, written once as teams write it ("the host does
            // not use the modules' internals"): one forbid with every such layer in `to`.
            if (unused.Count > 0)
            {
                yield return Unused(from, unused, facts);
            }
        }
    }

    private static Proposal Unused(Layer from, List<Layer> unused, CodeFacts facts)
    {
        var names = string.Join(", ", unused.Select(l => l.Name));
        var evidence = unused.Count == 1
            ? $"no type of {from.Name} uses {names}, which its project references {(IsDirect(from, unused[0], facts) ? "directly" : "make reachable")}"
            : $"no type of {from.Name} uses {names}, which its project references make reachable";
        var id = RuleIds.FromText(unused.Count == 1 ? $"{from.Name} does not use {names}" : $"{from.Name} does not use {unused.Count} layers it reaches");
        return new Proposal(id, "forbid", evidence, from.Types, allowsExceptions: true, (ruleId, except) =>
            new RuleDraft(ruleId, "forbid")
                .With("from", from.Selector.ToYaml(except))
                .With("to", unused.Count == 1 ? unused[0].Selector.ToYaml() : new YamlDraftSequence(unused.Select(l => l.Selector.ToYaml()))));
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
