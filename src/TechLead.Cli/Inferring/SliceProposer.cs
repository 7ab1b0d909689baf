using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Sibling namespaces (<c>Shop.Application.{Customers,Ordering,Products}</c>) from the namespace graph: those
/// no sibling uses are <c>independent</c> modules when there are two or more (the siblings they all use, such as
/// <c>Common</c>, are left out and named); siblings whose uses form no cycle are <c>acyclic</c> slices. An acyclic
/// rule is not proposed where the independent one covers every sibling, nor where each sibling lies in its own
/// layer (the layers rule already forbids the cycle). Where three or more siblings use each other (and no independent rule
/// covers them all), today's map of them is proposed as a <c>diagram</c> rule for the lead to edit. Only namespaces down to a project's root namespace are sliced
/// (<c>Shop.Application</c>'s features, not each feature's command folders): deeper, the slices are a project's
/// internals, and a large code base would get hundreds of rules.
/// </summary>
internal static class SliceProposer
{
    public static IEnumerable<Proposal> Propose(CodeFacts facts, LayerPlan? layers)
    {
        var typesByNamespace = facts.Types.GroupBy(t => t.Namespace, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var projectRoots = facts.Projects.Where(p => p.RootNamespace.Length > 0).Select(p => p.RootNamespace).ToList();
        var typeByName = facts.Types.GroupBy(t => t.FullName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var prefix in Prefixes(typesByNamespace.Keys).Where(p => projectRoots.Exists(root => DottedName.IsAtOrUnder(root, p)) || ModuleFolders.IsModuleFolder(p, projectRoots)))
        {
            var children = typesByNamespace
                .SelectMany(n => Namespaces.ChildOf(n.Key, prefix) is { } child ? n.Value.Select(t => (Child: child, Type: t)) : [])
                .GroupBy(p => p.Child, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Type).ToList(), StringComparer.Ordinal);
            if (children.Count < 2)
            {
                continue;
            }

            var edges = ChildEdges(facts, prefix);
            var used = new HashSet<string>(edges.Select(e => e.To), StringComparer.Ordinal);
            var modules = children.Keys.Where(c => !used.Contains(c)).OrderBy(c => c, StringComparer.Ordinal).ToList();
            var moduleTypes = modules.SelectMany(m => children[m]).Select(t => t.FullName).ToList();
            var independentCoversAll = modules.Count == children.Count;
            if (modules.Count >= 2 && moduleTypes.Count >= InferThresholds.MinTypes)
            {
                yield return Independent(prefix, modules, moduleTypes, children.Keys.Where(used.Contains).OrderBy(c => c, StringComparer.Ordinal).ToList(), edges);
            }

            var nearRule = false;
            if (!independentCoversAll && ModuleFolders.NearModules(children, edges) is { } near && !near.All(modules.Contains))
            {
                nearRule = true;
                var nearRuleProposal = NearIndependent(prefix, near, children, edges, typeByName);
                yield return nearRuleProposal;

                // The near-rule says through what the modules meet. Which module may meet which is today's map of them,
                // proposed with it where few of the pairs meet: on its own when the near-rule is dropped, drawn into the
                // near-rule's diagram when it learns its exception (rules/0051).
                var nearEdges = edges.Where(e => near.Contains(e.From) && near.Contains(e.To)).ToList();
                if (nearEdges.Count * 2 <= near.Count * (near.Count - 1))
                {
                    var map = Diagram(prefix, near, nearEdges, near.SelectMany(m => children[m]).Select(t => t.FullName).ToList(), "module map");
                    ((ModuleIndependence)nearRuleProposal.Learner!).MapProposal = map;
                    yield return map;
                }
            }

            // A map of two siblings says no more than acyclic or forbid: diagrams start at three. Where the siblings are
            // modules with a named exception, that rule says what the team means; today's map would only restate it.
            if (!independentCoversAll && !nearRule && children.Count >= 3 && edges.Count > 0 && !ImpliedByLayers(children, layers) && children.Values.Sum(t => t.Count) >= InferThresholds.MinTypes)
            {
                yield return Diagram(prefix, children.Keys.OrderBy(c => c, StringComparer.Ordinal).ToList(), edges, children.Values.SelectMany(t => t).Select(t => t.FullName).ToList(), "diagram");
            }

            if (!independentCoversAll && IsAcyclic(children.Keys, edges) && !ImpliedByLayers(children, layers))
            {
                var types = children.Values.SelectMany(t => t).Select(t => t.FullName).ToList();
                if (types.Count >= InferThresholds.MinTypes)
                {
                    var order = string.Join(", ", edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).Select(e => $"{e.From} → {e.To}"));
                    var evidence = $"the {children.Count} namespaces below {prefix} ({string.Join(", ", children.Keys.OrderBy(c => c, StringComparer.Ordinal))}) use each other without a cycle today: {order}";
                    yield return new Proposal(RuleIds.FromText($"{prefix} acyclic"), "acyclic", evidence, types, allowsExceptions: false, (id, _) =>
                        new RuleDraft(id, "acyclic").With("slices", Namespaces.Join(prefix, "{slice}") + ".**"));
                }
            }
        }
    }

    private static Proposal Independent(string prefix, List<string> modules, List<string> types, List<string> shared, List<(string From, string To)> edges)
    {
        var evidence = $"no type in {string.Join(", ", modules)} (below {prefix}) uses another of them today";
        if (shared.Count > 0)
        {
            var users = shared.Select(s => $"{s} (used by {string.Join(", ", edges.Where(e => e.To == s).Select(e => e.From).Distinct(StringComparer.Ordinal).OrderBy(u => u, StringComparer.Ordinal))})");
            evidence += $"; not modules: {string.Join(", ", users)}";
        }

        return new Proposal(RuleIds.FromText($"{prefix} independent"), "independent", evidence, types, allowsExceptions: false, (id, _) =>
            new RuleDraft(id, "independent").With("modules", new YamlDraftSequence(modules.Select(m => (YamlDraftNode)new YamlDraftMapping(
            [
                new("name", m),
                new("types", Namespaces.Join(prefix, m) + ".**"),
            ])))));
    }

    /// <summary>
    /// The modules that use each other today, proposed as independent with the exception the analyzer's violations show
    /// (<see cref="ModuleIndependence"/>); dropped when no small, coherent set of types explains them.
    /// </summary>
    private static Proposal NearIndependent(string prefix, List<string> modules, Dictionary<string, List<TypeFact>> children, List<(string From, string To)> edges, IReadOnlyDictionary<string, TypeFact> types)
    {
        var between = edges.Where(e => modules.Contains(e.From) && modules.Contains(e.To)).Select(e => $"{e.From} → {e.To}").OrderBy(e => e, StringComparer.Ordinal);
        var shared = children.Keys.Where(c => !modules.Contains(c)).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var evidence = $"the namespaces {string.Join(", ", modules)} below {prefix} are modules that use each other today only where {string.Join(", ", between)}";
        if (shared.Count > 0)
        {
            evidence += $"; not modules: {string.Join(", ", shared)}";
        }

        var learner = new ModuleIndependence(prefix, modules, types);
        var covered = modules.SelectMany(m => children[m]).Select(t => t.FullName).ToList();
        var proposal = new Proposal(RuleIds.FromText($"{prefix} independent modules"), "independent", evidence, covered, allowsExceptions: false, (id, _) => learner.Build(id))
        {
            Learner = learner,
        };
        learner.Owner = proposal;
        return proposal;
    }

    /// <summary>
    /// Today's map of the siblings as a <c>diagram</c> rule (rules/0037): a Mermaid block with one arrow per sibling that
    /// uses another, for the lead to edit into the intended one.
    /// </summary>
    private static Proposal Diagram(string prefix, List<string> children, List<(string From, string To)> edges, List<string> types, string name)
    {
        var arrows = edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList();
        var evidence = $"the {children.Count} namespaces {string.Join(", ", children)} below {prefix} use each other only along {arrows.Count} arrow(s) today: {string.Join(", ", arrows.Select(e => $"{e.From} → {e.To}"))}";
        return new Proposal(RuleIds.FromText($"{prefix} {name}"), "diagram", evidence, types, allowsExceptions: false, (id, _) =>
        {
            var block = new StringBuilder("```mermaid\n%% techlead: ").Append(id).Append("\nflowchart LR\n");
            foreach (var alone in children.Where(c => !arrows.Any(e => e.From == c || e.To == c)))
            {
                block.Append("  ").Append(alone).Append('\n');
            }

            foreach (var (from, to) in arrows)
            {
                block.Append("  ").Append(from).Append(" --> ").Append(to).Append('\n');
            }

            block.Append("```\n");
            var components = new YamlDraftMapping(children.Select(c => new KeyValuePair<string, YamlDraftNode>(c, Namespaces.Join(prefix, c) + ".**")));
            return new RuleDraft(id, "diagram") { Diagram = block.ToString() }.With("diagram", id).With("components", components);
        });
    }

    /// <summary>Every namespace that has a namespace below it (candidates for slicing), shortest first.</summary>
    private static SortedSet<string> Prefixes(IEnumerable<string> namespaces)
    {
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ns in namespaces)
        {
            var parts = ns.Split('.');
            for (var length = 1; length < parts.Length; length++)
            {
                prefixes.Add(string.Join('.', parts.Take(length)));
            }
        }

        return prefixes;
    }

    /// <summary>Which children of <paramref name="prefix"/> use which others (by the namespace graph).</summary>
    private static List<(string From, string To)> ChildEdges(CodeFacts facts, string prefix) =>
        facts.Graph.Edges
            .Select(e => (From: Namespaces.ChildOf(e.From, prefix), To: Namespaces.ChildOf(e.To, prefix)))
            .Where(e => e.From is not null && e.To is not null && e.From != e.To)
            .Select(e => (e.From!, e.To!))
            .Distinct()
            .ToList();

    private static bool IsAcyclic(IEnumerable<string> nodes, List<(string From, string To)> edges)
    {
        var remaining = new HashSet<string>(nodes, StringComparer.Ordinal);
        while (remaining.Count > 0)
        {
            var source = remaining.FirstOrDefault(n => !edges.Any(e => e.To == n && remaining.Contains(e.From)));
            if (source is null)
            {
                return false;
            }

            remaining.Remove(source);
        }

        return true;
    }

    /// <summary>Each slice lies within one layer and no two slices share one: the layers already rule out a cycle.</summary>
    private static bool ImpliedByLayers(Dictionary<string, List<TypeFact>> children, LayerPlan? layers)
    {
        if (layers is null)
        {
            return false;
        }

        var layerOfChild = new List<int>();
        foreach (var types in children.Values)
        {
            var indexes = types.Select(t => layers.IndexOf(t.FullName)).Distinct().ToList();
            if (indexes.Count != 1 || indexes[0] < 0)
            {
                return false;
            }

            layerOfChild.Add(indexes[0]);
        }

        return layerOfChild.Distinct().Count() == layerOfChild.Count;
    }
}
