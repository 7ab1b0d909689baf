using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What relaxed layers allow but nobody does: a layer that could reach a lower one through project references
/// and does not use it (<c>Api</c> reaches <c>Domain</c> only through <c>Application</c>), or uses it from one
/// namespace only (the composition root that registers <c>Infrastructure</c>). The unused layers of one layer become one
/// <c>forbid</c> with all of them in <c>to</c>; each layer a composition root uses its own, until the verifying run has
/// left out the types that do use them today: then the ones that leave out the same types are one rule
/// (<see cref="MergeCompositionRoots"/>, rules/0056). Skipped under strict layers, which imply them.
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

                yield return CompositionRoot(from, [to], users[0]);
            }

            // The layers a layer reaches and uses nowhere are one decision, written once as teams write it ("the host does
            // not use the modules' internals"): one forbid with every such layer in `to`.
            if (unused.Count > 0)
            {
                yield return Unused(from, unused, facts);
            }
        }
    }

    /// <summary>
    /// The forbids of one layer's composition root that the verifying run left with the same types out (the root's
    /// <c>Program</c>, typically) are one decision, "the API uses the inner layers only from its composition root": one
    /// rule with every target, in the place of the first. Its meaning is theirs together, so it needs no second run; it
    /// frees places under the limit for rules that say something else.
    /// </summary>
    public static void MergeCompositionRoots(List<Proposal> proposals)
    {
        var groups = proposals
            .Where(p => p.Forbid is { CompositionRoot: not null })
            .GroupBy(p => (p.Forbid!.From.Name, p.Forbid.CompositionRoot, LeftOut: string.Join("\n", p.Exceptions.Select(e => e.Key).Order(StringComparer.Ordinal))))
            .Where(g => g.Count() > 1)
            .ToList();
        foreach (var group in groups)
        {
            var parts = group.ToList();
            var merged = CompositionRoot(parts[0].Forbid!.From, parts.SelectMany(p => p.Forbid!.To).ToList(), parts[0].Forbid!.CompositionRoot!);
            foreach (var (type, reason) in parts[0].Exceptions)
            {
                merged.Except(type, reason);
            }

            merged.Id = RuleIds.Unique(merged.Id, new HashSet<string>(proposals.Except(parts).Select(p => p.Id), StringComparer.Ordinal));

            proposals[proposals.IndexOf(parts[0])] = merged;
            proposals.RemoveAll(p => parts.Skip(1).Contains(p));
        }
    }

    private static Proposal CompositionRoot(Layer from, List<Layer> to, string root)
    {
        var names = string.Join(", ", to.Select(l => l.Name));
        var evidence = $"of {from.Name}, only namespace {root} uses {names} (a composition root)";
        var id = RuleIds.FromText(to.Count == 1 ? $"{from.Name} does not use {names}" : $"{from.Name} does not use {to.Count} layers outside its composition root");
        return new Proposal(id, "forbid", evidence, from.Types, allowsExceptions: true, (ruleId, except) =>
            new RuleDraft(ruleId, "forbid")
                .With("from", from.Selector.ToYaml(except))
                .With("to", Targets(to)))
        {
            Forbid = new ForbidParts(from, to, root),
        };
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
                .With("to", Targets(unused)))
        {
            Forbid = new ForbidParts(from, unused, CompositionRoot: null),
        };
    }

    // One layer as its selector, several as a sequence: what a team writes in `to`.
    private static YamlDraftNode Targets(List<Layer> layers) =>
        layers.Count == 1 ? layers[0].Selector.ToYaml() : new YamlDraftSequence(layers.Select(l => l.Selector.ToYaml()));

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
