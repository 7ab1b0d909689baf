using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Checking;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// A near-rule (rules/0041): sibling namespaces that are modules (<c>Fitnet.{Contracts,Offers,Passes,Reports}</c>) and
/// use each other only through a small, coherent set of types: the types named alike (<c>*Event</c>), the types of
/// same-named namespaces (<c>**.IntegrationEvents</c>) or the implementations of one interface. The analyzer's
/// violations of the plain rule show which types those are; the rule is then written with that set in the <c>except</c>
/// of each module another one uses through it, as a team writes "Offers uses Passes only through its events". A module that uses two or more
/// others beyond such a set composes them (a migrations or host namespace) and is left out of the rule, named in the
/// evidence. Anything else: the rule is dropped as violated.
/// </summary>
internal sealed class ModuleIndependence : IExceptionLearner
{
    /// <summary>The share of the modules' types an exception may take: beyond it, the modules are not independent.</summary>
    private const double MaxExceptedShare = 1.0 / 3;

    /// <summary>How many composing modules may be left out before the rule is given up.</summary>
    private const int MaxComposers = 2;

    private readonly string prefix;
    private readonly List<string> modules;
    private readonly IReadOnlyDictionary<string, TypeFact> types;
    private readonly Dictionary<string, List<string>> composing = new(StringComparer.Ordinal);
    private readonly HashSet<string> exposing = new(StringComparer.Ordinal);
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

    /// <summary>The selector each module leaves out, and what it selects in words; null while nothing is excepted.</summary>
    public (YamlDraftNode Selector, string Description, Func<TypeFact, bool> Matches)? Exception { get; private set; }

    public RuleDraft Build(string id) =>
        new RuleDraft(id, "independent").With("modules", new YamlDraftSequence(modules.Select(m => (YamlDraftNode)new YamlDraftMapping(
        [
            new("name", m),
            new("types", Exception is { } exception && exposing.Contains(m) ? SelectorDraft.Under(Namespaces.Join(prefix, m)).ToYaml([exception.Selector]) : Namespaces.Join(prefix, m) + ".**"),
        ]))));

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

    private bool Commit((YamlDraftNode Selector, string Description, Func<TypeFact, bool> Matches)? set, List<(string From, string To)> uses)
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
        if (set is { } exception)
        {
            if (Exception is { } earlier && earlier.Description != exception.Description)
            {
                return false;
            }

            Exception = exception;

            // Only the modules others use through the set leave it out: the rest stay closed, as today.
            exposing.UnionWith(uses.Select(u => ModuleOf(u.To)!));
            owner.Evidence += $"; the modules meet only through {exception.Description}";
            foreach (var used in uses.GroupBy(u => u.To, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var by = string.Join(", ", used.Select(u => ModuleOf(u.From)).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal));
                owner.Except(used.Key, $"{by} use{(by.Contains(',', StringComparison.Ordinal) ? string.Empty : "s")} it: it is one of {exception.Description}");
            }
        }

        return true;
    }

    /// <summary>
    /// What the used types share, tried as a team would write it: a name ending, then a namespace name, then an
    /// interface of the solution; only when it selects few of the modules' types.
    /// </summary>
    private (YamlDraftNode Selector, string Description, Func<TypeFact, bool> Matches)? CoherentSet(List<string> used)
    {
        var facts = used.Select(u => types.TryGetValue(u, out var t) ? t : null).ToList();
        if (facts.Exists(f => f is null))
        {
            return null;
        }

        var usedFacts = facts.OfType<TypeFact>().ToList();
        var candidates = new List<(YamlDraftNode, string, Func<TypeFact, bool>)>();
        var suffix = usedFacts[0].Suffix;
        if (suffix.Length > 0 && usedFacts.TrueForAll(f => f.Suffix == suffix))
        {
            candidates.Add((SelectorDraft.Where(("name", "*" + suffix)).ToYaml(), $"the types named *{suffix}", t => RoleGroups.BareName(t.Name).EndsWith(suffix, StringComparison.Ordinal)));
        }

        var segment = Namespaces.LastSegment(usedFacts[0].Namespace);
        if (usedFacts.TrueForAll(f => Namespaces.LastSegment(f.Namespace) == segment) && !modules.Contains(segment))
        {
            candidates.Add((SelectorDraft.Where(("namespace", $"{prefix}.**.{segment}.**")).ToYaml(), $"the types of the {segment} namespaces", t => ("." + t.Namespace + ".").Contains("." + segment + ".", StringComparison.Ordinal)));
        }

        var shared = usedFacts[0].Interfaces.Where(i => types.ContainsKey(i) && usedFacts.TrueForAll(f => f.Interfaces.Contains(i))).OrderBy(i => i, StringComparer.Ordinal).FirstOrDefault();
        if (shared is not null)
        {
            candidates.Add((SelectorDraft.Where(("implements", shared)).ToYaml(), $"the implementations of {shared}", t => t.Interfaces.Contains(shared)));
        }

        var moduleTypes = types.Values.Where(t => modules.Where(m => !composing.ContainsKey(m)).Any(m => IsIn(t, m))).ToList();
        foreach (var candidate in candidates)
        {
            var excepted = moduleTypes.Count(candidate.Item3);
            if (excepted <= MaxExceptedShare * moduleTypes.Count && moduleTypes.Count - excepted >= InferThresholds.MinTypes)
            {
                return candidate;
            }
        }

        return null;
    }

    private string? ModuleOf(string type) =>
        types.TryGetValue(type, out var fact) ? modules.FirstOrDefault(m => IsIn(fact, m)) : null;

    private bool IsIn(TypeFact type, string module) => TechLead.Rules.Selectors.DottedName.IsAtOrUnder(type.Namespace, Namespaces.Join(prefix, module));

    private static string? TypeOf(string? documentationId) =>
        documentationId is { Length: > 2 } id && id.StartsWith("T:", StringComparison.Ordinal) ? id.Substring(2) : null;
}
