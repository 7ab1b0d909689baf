using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TechLead.Cli.Checking;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// A near-rule (rules/0041): sibling namespaces that are modules (<c>Fitnet.{Contracts,Offers,Passes,Reports}</c>) and
/// use each other only through a small, coherent set of types: the types named alike (<c>*Event</c>), the types of
/// same-named namespaces (<c>**.IntegrationEvents</c>), the implementations of one interface or the public types. The analyzer's
/// violations of the plain rule show which types those are; the rule is then written as a diagram with that set as a part
/// of each module another one uses through it, as a team writes "Offers uses Passes only through its events" (rules/0051). A module that uses two or more
/// others beyond such a set composes them (a migrations or host namespace) and is left out of the rule, named in the
/// evidence. Anything else: the rule is dropped as violated.
/// </summary>
internal sealed class ModuleIndependence : IExceptionLearner
{
    /// <summary>The share of the modules' types an exception may take: beyond it, the modules are not independent.</summary>
    private const double MaxExceptedShare = 1.0 / 3;

    /// <summary>How many used types outside the coherent set may be named on their own (and at most a quarter of them).</summary>
    private const int MaxOddTypes = 2;

    /// <summary>How many composing modules may be left out before the rule is given up.</summary>
    private const int MaxComposers = 2;

    private readonly string prefix;
    private readonly List<string> modules;
    private readonly IReadOnlyDictionary<string, TypeFact> types;
    private readonly Dictionary<string, List<string>> composing = new(StringComparer.Ordinal);
    private readonly HashSet<string> exposing = new(StringComparer.Ordinal);
    private readonly List<string> odd = [];
    private int rounds;

    public ModuleIndependence(string prefix, IEnumerable<string> modules, IReadOnlyDictionary<string, TypeFact> types)
    {
        this.prefix = prefix;
        this.modules = modules.ToList();
        this.types = types;
    }

    /// <summary>The proposal this learner writes exceptions into (set once, right after both are made).</summary>
    public Proposal? Owner { get; set; }

    public IReadOnlyList<string> Modules => modules;

    /// <summary>The set the modules meet through, as the analyzer's violations show it; null while nothing is learnt.</summary>
    public CoherentSet? Exception { get; private set; }

    /// <summary>
    /// Today's map of who meets whom, once the exception is learnt: the ordered module pairs that meet through the set, or
    /// null when more than half of them do (then any module may use another's set, as the plain exception says).
    /// </summary>
    public IReadOnlyList<(string From, string To)>? Map { get; private set; }

    /// <summary>The module map <see cref="SliceProposer"/> proposed beside this near-rule; the learnt diagram draws it too.</summary>
    public Proposal? MapProposal { get; set; }

    /// <summary>
    /// The plain <c>independent</c> rule while nothing is excepted. Once an exception is learnt, a <c>diagram</c>: each
    /// module a subgraph, the set it is used through a part of it, and arrows from the modules to the parts only. An
    /// <c>except</c> inside <c>independent</c> would take the set out of its module both ways, so a public type that
    /// reaches into another module's internals would go unflagged; the part is only a target (rules/0051).
    /// </summary>
    public RuleDraft Build(string id) =>
        Exception is { } exception ? Diagram(id, exception) : new RuleDraft(id, "independent").With("modules", new YamlDraftSequence(modules.Select(m => (YamlDraftNode)new YamlDraftMapping(
        [
            new("name", m),
            new("types", Namespaces.Join(prefix, m) + ".**"),
        ]))));

    private RuleDraft Diagram(string id, CoherentSet set)
    {
        var block = new StringBuilder("```mermaid\n%% techlead: ").Append(id).Append("\nflowchart LR\n");
        var components = new List<KeyValuePair<string, YamlDraftNode>>();
        foreach (var module in modules)
        {
            components.Add(new(module, Namespaces.Join(prefix, module) + ".**"));
            if (exposing.Contains(module))
            {
                block.Append("  subgraph ").Append(module).Append("\n    ").Append(PartOf(module, set)).Append("\n  end\n");
                components.Add(new(PartOf(module, set), set.Within(Namespaces.Join(prefix, module), odd.Where(o => ModuleOf(o) == module).ToList())));
            }
            else
            {
                block.Append("  ").Append(module).Append('\n');
            }
        }

        foreach (var (from, to) in Arrows())
        {
            block.Append("  ").Append(from).Append(" --> ").Append(PartOf(to, set)).Append('\n');
        }

        block.Append("```\n");
        return new RuleDraft(id, "diagram") { Diagram = block.ToString() }.With("diagram", id).With("components", new YamlDraftMapping(components));
    }

    private static string PartOf(string module, CoherentSet set) => module + set.Tag;

    private IEnumerable<(string From, string To)> Arrows() =>
        Map ?? modules.SelectMany(from => modules.Where(to => to != from && exposing.Contains(to)).Select(to => (from, to)));

    public bool TryLearn(IReadOnlyList<Finding> violations)
    {
        if (++rounds > 2 || Owner is null)
        {
            return false;
        }

        var read = violations.Select(v => (From: TypeOf(v.From), To: TypeOf(v.To))).ToList();
        if (read.Count == 0 || read.Exists(u => u.From is null || u.To is null || ModuleOf(u.From) is null || ModuleOf(u.To) is null))
        {
            return false;
        }

        var uses = read.Select(u => (From: u.From!, To: u.To!)).Distinct().ToList();

        // A module that reaches into two or more others beyond one coherent set composes them: leave it out, most uses first.
        while (true)
        {
            var remaining = uses.Where(u => !composing.ContainsKey(ModuleOf(u.From)!) && !composing.ContainsKey(ModuleOf(u.To)!)).ToList();
            if (remaining.Count == 0)
            {
                return Commit(null, []);
            }

            if (CoherentSet(remaining.Select(u => u.To).Distinct(StringComparer.Ordinal).ToList()) is { } set)
            {
                return Commit(set, remaining);
            }

            var composer = remaining
                .GroupBy(u => ModuleOf(u.From)!, StringComparer.Ordinal)
                .Select(g => (Module: g.Key, Count: g.Count(), Used: g.Select(u => ModuleOf(u.To)!).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList()))
                .Where(g => g.Used.Count >= 2)
                .OrderByDescending(g => g.Count)
                .FirstOrDefault();
            if (composer.Module is null || composing.Count >= MaxComposers || modules.Count - composing.Count - 1 < 2)
            {
                return false;
            }

            composing.Add(composer.Module, composer.Used);
        }
    }

    private bool Commit((CoherentSet Set, List<string> Odd)? found, List<(string From, string To)> uses)
    {
        var owner = Owner!;
        foreach (var (composer, used) in composing.Where(c => modules.Contains(c.Key)).ToList())
        {
            modules.Remove(composer);
            owner.Evidence += $"; left out: {composer}, which uses {string.Join(" and ", used)} (it composes the modules)";
        }

        if (modules.Count < 2)
        {
            return false;
        }

        owner.Covered = types.Values.Where(t => modules.Any(m => IsIn(t, m))).Select(t => t.FullName).ToList();
        if (found is { Set: var exception, Odd: var oddOnes })
        {
            if (Exception is { } earlier && earlier.Description != exception.Description)
            {
                return false;
            }

            Exception = exception;
            odd.Clear();
            odd.AddRange(oddOnes);

            // Only the modules others use through the set expose it: the rest stay closed, as today.
            exposing.UnionWith(uses.Select(u => ModuleOf(u.To)!));
            var pairs = uses.Select(u => (From: ModuleOf(u.From)!, To: ModuleOf(u.To)!)).Distinct().OrderBy(p => p.From, StringComparer.Ordinal).ThenBy(p => p.To, StringComparer.Ordinal).ToList();
            Map = pairs.Count * 2 <= modules.Count * (modules.Count - 1) ? pairs : null;
            owner.Kind = "diagram";
            owner.Evidence += $"; the modules meet only through {exception.Description}" + (odd.Count > 0 ? $" and {string.Join(", ", odd)}" : string.Empty)
                + $", drawn as each module's part the others may use ({exception.Description} of that module)"
                + (Map is { } map ? $", along today's {map.Count} arrow(s): {string.Join(", ", map.Select(p => $"{p.From} → {p.To}"))}" : ", by any module");
            foreach (var used in uses.GroupBy(u => u.To, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var by = string.Join(", ", used.Select(u => ModuleOf(u.From)).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal));
                var why = odd.Contains(used.Key) ? "named on its own, outside " + exception.Description : "it is one of " + exception.Description;
                owner.Except(used.Key, $"{by} use{(by.Contains(',', StringComparison.Ordinal) ? string.Empty : "s")} it: {why}");
            }
        }

        return true;
    }

    /// <summary>
    /// What the used types share, tried as a team would write it: a name ending, then a namespace name, then an
    /// interface of the solution, then being public; only when it selects few of the modules' types. A set that explains
    /// all but one or two of the used types (at most a quarter) is taken with those named on their own (a constant a module reads from
    /// another's internal class), only when no set explains them all.
    /// </summary>
    private (CoherentSet Set, List<string> Odd)? CoherentSet(List<string> used)
    {
        var facts = used.Select(u => types.TryGetValue(u, out var t) ? t : null).ToList();
        if (facts.Exists(f => f is null))
        {
            return null;
        }

        var usedFacts = facts.OfType<TypeFact>().ToList();
        var candidates = new List<CoherentSet>();
        if (MostCommon(usedFacts.Select(f => f.Suffix).Where(s => s.Length > 0)) is { } suffix)
        {
            candidates.Add(new(ns => [("namespace", ns + ".**"), ("name", "*" + suffix)], suffix + "s", $"the types named *{suffix}", t => RoleGroups.BareName(t.Name).EndsWith(suffix, StringComparison.Ordinal)));
        }

        if (MostCommon(usedFacts.Select(f => Namespaces.LastSegment(f.Namespace)).Where(s => !modules.Contains(s))) is { } segment)
        {
            candidates.Add(new(ns => [("namespace", $"{ns}.**.{segment}.**")], segment, $"the types of the {segment} namespaces", t => ("." + t.Namespace + ".").Contains("." + segment + ".", StringComparison.Ordinal)));
        }

        if (MostCommon(usedFacts.SelectMany(f => f.Interfaces.Where(types.ContainsKey))) is { } shared)
        {
            candidates.Add(new(ns => [("namespace", ns + ".**"), ("implements", shared)], Namespaces.LastSegment(shared), $"the implementations of {shared}", t => t.Interfaces.Contains(shared)));
        }

        // Modules of one project that keep their internals `internal` meet through what they make public: "a module uses
        // no internal type of another" is the rule such a team writes.
        candidates.Add(new(ns => [("namespace", ns + ".**"), ("visibility", "public")], "Public", "the public types", t => t.Visibility == TypeVisibility.Public));

        var moduleTypes = types.Values.Where(t => modules.Where(m => !composing.ContainsKey(m)).Any(m => IsIn(t, m))).ToList();
        for (var allowedOdd = 0; allowedOdd <= MaxOddTypes; allowedOdd++)
        {
            foreach (var candidate in candidates)
            {
                var odd = usedFacts.Where(f => !candidate.Matches(f)).Select(f => f.FullName).Union(this.odd, StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
                if (odd.Count > allowedOdd || odd.Count * 4 > usedFacts.Count)
                {
                    continue;
                }

                var excepted = moduleTypes.Count(t => candidate.Matches(t) || odd.Contains(t.FullName));
                if (excepted <= MaxExceptedShare * moduleTypes.Count && moduleTypes.Count - excepted >= InferThresholds.MinTypes)
                {
                    return (candidate, odd);
                }
            }
        }

        return null;
    }

    private static string? MostCommon(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();

    private string? ModuleOf(string type) =>
        types.TryGetValue(type, out var fact) ? modules.FirstOrDefault(m => IsIn(fact, m)) : null;

    private bool IsIn(TypeFact type, string module) => TechLead.Rules.Selectors.DottedName.IsAtOrUnder(type.Namespace, Namespaces.Join(prefix, module));

    private static string? TypeOf(string? documentationId) =>
        documentationId is { Length: > 2 } id && id.StartsWith("T:", StringComparison.Ordinal) ? id.Substring(2) : null;
}
