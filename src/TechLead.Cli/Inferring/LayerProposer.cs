using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Layers from project references: each project is a layer, named after its root namespace; projects whose
/// names differ in one segment only (<c>Modular.Modules.{Catalog,Ordering}.Core</c>) form one layer
/// (<c>Modular.Modules.*.Core.**</c>). The order is the reference graph's, top to bottom; strict when every
/// layer's types use only the next layer's today. Test projects and projects no other project is connected to
/// are left out.
/// </summary>
internal static class LayerProposer
{
    public static LayerPlan? Plan(CodeFacts facts)
    {
        var projects = facts.Projects.Where(p => p.TypeCount > 0 && p.RootNamespace.Length > 0 && !IsTestProject(p.Name)).ToList();
        var layers = Group(projects, facts);
        var byProject = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < layers.Count; i++)
        {
            foreach (var project in layers[i].Projects)
            {
                byProject[project] = i;
            }
        }

        var edges = new HashSet<(int From, int To)>();
        foreach (var project in projects)
        {
            foreach (var reference in project.References)
            {
                if (byProject.TryGetValue(reference, out var to) && byProject[project.Name] != to)
                {
                    edges.Add((byProject[project.Name], to));
                }
            }
        }

        var connected = layers.Select((_, i) => i).Where(i => edges.Any(e => e.From == i || e.To == i)).ToList();
        if (connected.Count < 2 || TopToBottom(connected, edges) is not { } order)
        {
            return null;
        }

        var ordered = order.Select(i => layers[i]).ToList();
        if (ordered.Sum(l => l.Types.Count) < InferThresholds.MinTypes)
        {
            return null;
        }

        var plan = new LayerPlan(ordered, strict: false);
        return new LayerPlan(ordered, IsStrict(plan, facts));
    }

    public static Proposal Propose(LayerPlan plan, CodeFacts facts)
    {
        var chain = string.Join(" → ", plan.Layers.Select(l => l.Name));
        var evidence = plan.Strict
            ? $"project references run {chain}, and each layer's types use only the next layer's (strict)"
            : $"project references run {chain}; no type uses a layer above its own (relaxed: a layer may use any layer below, as some do today)";
        var covered = plan.Layers.SelectMany(l => l.Types).ToList();
        return new Proposal("layers", "layers", evidence, covered, allowsExceptions: false, (id, _) =>
            new RuleDraft(id, "layers")
                .With("layers", new YamlDraftSequence(plan.Layers.Select(l => (YamlDraftNode)new YamlDraftMapping(
                [
                    new("name", l.Name),
                    new("types", l.Selector.ToYaml()),
                ]))))
                .With("mode", plan.Strict ? "strict" : "relaxed"))
        {
            Vacuous = !plan.Strict && ImpliedByReferences(plan, facts)
                ? "every layer's projects reference each layer below them, so a project cannot use one above it without a reference cycle, which the build already refuses"
                : null,
        };
    }

    /// <summary>Every project of every layer reaches every project of each layer below through project references.</summary>
    private static bool ImpliedByReferences(LayerPlan plan, CodeFacts facts)
    {
        var references = facts.Projects.ToDictionary(p => p.Name, p => p.References, StringComparer.Ordinal);
        for (var upper = 0; upper < plan.Layers.Count; upper++)
        {
            foreach (var project in plan.Layers[upper].Projects)
            {
                var reached = Reached(project, references);
                if (plan.Layers.Skip(upper + 1).SelectMany(l => l.Projects).Any(lower => !reached.Contains(lower)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static HashSet<string> Reached(string project, Dictionary<string, IReadOnlyList<string>> references)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.Count > 0)
        {
            if (references.TryGetValue(pending.Pop(), out var next))
            {
                foreach (var reference in next.Where(seen.Add))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    /// <summary>Test projects sit above everything and use whatever they test: not a layer of the product.</summary>
    public static bool IsTestProject(string name) =>
        name.EndsWith("Tests", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Test", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("Specs", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Benchmarks", StringComparison.OrdinalIgnoreCase);

    private static List<Layer> Group(List<ProjectFact> projects, CodeFacts facts)
    {
        var typesByAssembly = facts.Types.GroupBy(t => t.Assembly, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(t => t.FullName).ToList(), StringComparer.Ordinal);
        var grouped = BestGrouping(projects);
        var layers = new List<Layer>();
        foreach (var group in grouped)
        {
            var members = group.Value;
            var types = new HashSet<string>(members.SelectMany(p => typesByAssembly.TryGetValue(p.Name, out var t) ? t : []), StringComparer.Ordinal);
            if (members.Count > 1)
            {
                var layer = new Layer(Namespaces.LastSegment(group.Key), SelectorDraft.Under(group.Key), members.Select(p => p.Name).ToList(), types);
                if (SelectsExactly(layer, facts))
                {
                    layers.Add(layer);
                    continue;
                }
            }

            foreach (var project in members)
            {
                var own = new HashSet<string>(typesByAssembly.TryGetValue(project.Name, out var t) ? t : [], StringComparer.Ordinal);
                var layer = new Layer(Namespaces.LastSegment(project.RootNamespace), SelectorDraft.Under(project.RootNamespace), [project.Name], own);
                layers.Add(SelectsExactly(layer, facts) ? layer : layer with { Selector = SelectorDraft.Where(("assembly", project.Name)) });
            }
        }

        // Layer names must be unique: fall back to the full root namespace where last segments clash.
        return layers
            .GroupBy(l => l.Name, StringComparer.Ordinal)
            .SelectMany(g => g.Count() == 1 ? g : g.Select(l => l with { Name = l.Selector.Glob?.Replace(".**", string.Empty, StringComparison.Ordinal) ?? l.Projects[0] }))
            .ToList();
    }

    /// <summary>Projects by pattern: the wildcard position that puts the most projects into groups of two or more.</summary>
    private static List<KeyValuePair<string, List<ProjectFact>>> BestGrouping(List<ProjectFact> projects)
    {
        var best = projects.Select(p => new KeyValuePair<string, List<ProjectFact>>(p.RootNamespace, [p])).ToList();
        var bestGrouped = 0;
        var longest = projects.Count == 0 ? 0 : projects.Max(p => p.RootNamespace.Split('.').Length);
        for (var wildcard = 0; wildcard < longest - 1; wildcard++)
        {
            var groups = projects
                .GroupBy(p => PatternOf(p.RootNamespace, wildcard), StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, List<ProjectFact>>(g.Count() > 1 ? g.Key : g.First().RootNamespace, g.ToList()))
                .ToList();
            var grouped = groups.Where(g => g.Value.Count > 1).Sum(g => g.Value.Count);
            if (grouped > bestGrouped)
            {
                bestGrouped = grouped;
                best = groups;
            }
        }

        return best.OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
    }

    private static string PatternOf(string ns, int wildcard)
    {
        var parts = ns.Split('.');
        if (wildcard >= parts.Length - 1)
        {
            return ns;
        }

        parts[wildcard] = "*";
        return string.Join('.', parts);
    }

    /// <summary>The glob picks the layer's types and no other type of the solution.</summary>
    private static bool SelectsExactly(Layer layer, CodeFacts facts)
    {
        if (layer.Selector.Glob is not { } glob)
        {
            return true;
        }

        var pattern = GlobPattern.Parse(glob);
        var own = new HashSet<string>(layer.Projects, StringComparer.Ordinal);
        return facts.Types.All(t => pattern.IsMatch(t.FullName) == own.Contains(t.Assembly));
    }

    /// <summary>Kahn's order, ties by how deep a layer sits (longest path from the top), then by index; null on a cycle.</summary>
    private static List<int>? TopToBottom(List<int> nodes, HashSet<(int From, int To)> edges)
    {
        var depth = nodes.ToDictionary(n => n, _ => 0);
        var incoming = nodes.ToDictionary(n => n, n => edges.Count(e => e.To == n && depth.ContainsKey(e.From)));
        var ready = new List<int>(nodes.Where(n => incoming[n] == 0));
        var order = new List<int>();
        while (ready.Count > 0)
        {
            var next = ready.OrderBy(n => depth[n]).ThenBy(n => n).First();
            ready.Remove(next);
            order.Add(next);
            foreach (var edge in edges.Where(e => e.From == next && depth.ContainsKey(e.To)))
            {
                depth[edge.To] = Math.Max(depth[edge.To], depth[next] + 1);
                if (--incoming[edge.To] == 0)
                {
                    ready.Add(edge.To);
                }
            }
        }

        return order.Count == nodes.Count ? order : null;
    }

    /// <summary>Every dependency between layers goes to the next one down (by the namespace graph).</summary>
    private static bool IsStrict(LayerPlan plan, CodeFacts facts)
    {
        var layerOfNamespace = facts.Types
            .GroupBy(t => t.Namespace, StringComparer.Ordinal)
            .Select(g => (Namespace: g.Key, Layers: g.Select(t => plan.IndexOf(t.FullName)).Distinct().ToList()))
            .Where(n => n.Layers.Count == 1 && n.Layers[0] >= 0)
            .ToDictionary(n => n.Namespace, n => n.Layers[0], StringComparer.Ordinal);
        foreach (var (from, to, _) in facts.Graph.Edges)
        {
            if (layerOfNamespace.TryGetValue(from, out var a) && layerOfNamespace.TryGetValue(to, out var b) && a != b && b != a + 1)
            {
                return false;
            }
        }

        return true;
    }
}
