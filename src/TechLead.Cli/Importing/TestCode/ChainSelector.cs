using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// A TechLead selector built from a test library's predicates: groups of conditions that must all hold
/// (a mapping each), joined by <c>Or</c> into a list. Two different values for one key of a group
/// (two namespaces that must both hold) have no mapping of the same meaning and are refused.
/// </summary>
internal sealed class ChainSelector
{
    private readonly List<Group> groups = [new Group()];

    public bool IsEverything => groups.All(g => g.Conditions.Count == 0 && g.Excluded.Count == 0);

    /// <summary>How many alternatives (<c>Or</c>-joined groups) the selector has so far.</summary>
    public int Alternatives => groups.Count;

    public IReadOnlyList<IReadOnlyList<string>> NamespacesPerGroup => groups.Select(g => (IReadOnlyList<string>)g.Namespaces).ToList();

    public void Require(string key, string value, string? rawNamespace = null) => Require(groups[^1], key, value, rawNamespace);

    public void Exclude(YamlDraftNode selector) => groups[^1].Excluded.Add(selector);

    public void Or() => groups.Add(new Group());

    /// <summary>
    /// Adds <paramref name="other"/>'s conditions to the current group (<c>That().Are(DomainLayer)</c>). A selector of
    /// several alternatives is distributed: <c>a And (b Or c)</c> is <c>(a And b) Or (a And c)</c>.
    /// </summary>
    public void Intersect(ChainSelector other) => Distribute(groups.Count - 1, other);

    /// <summary>Adds <paramref name="other"/>'s conditions to every group: <c>(a Or b) And c</c> is <c>(a And c) Or (b And c)</c>.</summary>
    public void IntersectEverywhere(ChainSelector other) => Distribute(0, other);

    /// <summary>
    /// Requires exactly the type <paramref name="fullName"/> (<c>full-name-matches: ^X$</c>). Such a group that also leaves
    /// out the type's own simple name (<c>AreAssignableTo(typeof(X)).And().DoNotHaveName(nameof(X))</c>) selects nothing
    /// and is not written.
    /// </summary>
    public void RequireExactly(string fullName)
    {
        Require(groups[^1], "full-name-matches", "^" + System.Text.RegularExpressions.Regex.Escape(fullName) + "$", null);
        groups[^1].Exactly = fullName;
    }

    /// <summary>Excludes <paramref name="selector"/> from every group (what a root such as <c>Classes()</c> leaves out).</summary>
    public void ExcludeEverywhere(YamlDraftNode selector)
    {
        foreach (var group in groups)
        {
            group.Excluded.Add(selector);
        }
    }

    /// <summary>
    /// A copy that leaves out <paramref name="excluded"/>, the type <paramref name="fullName"/>, from every group that may
    /// select it (not from one that already leaves out its name or selects only its subtypes).
    /// </summary>
    public ChainSelector Without(YamlDraftNode excluded, string fullName)
    {
        var copy = new ChainSelector();
        copy.groups.Clear();
        foreach (var group in groups)
        {
            var kept = group.Copy();
            if (!kept.Excluded.Any(e => Group.LeavesOut(e, fullName)) && !kept.Conditions.Any(c => c.Key is "inherits" or "implements" && c.Value == fullName))
            {
                kept.Excluded.Add(excluded);
            }

            copy.groups.Add(kept);
        }

        return copy;
    }

    /// <summary>Adds <paramref name="other"/>'s groups as alternatives: either selector selects.</summary>
    public void Union(ChainSelector other)
    {
        if (groups is [{ Conditions.Count: 0, Excluded.Count: 0 }])
        {
            groups.Clear();
        }

        groups.AddRange(other.groups);
    }

    /// <summary>Every group once per value (<c>Types.InAssemblies([a, b])</c>: the types of a, or of b, that meet the predicates).</summary>
    public void RequireOneOfEverywhere(string key, IReadOnlyList<string> values)
    {
        var copies = new List<Group>();
        foreach (var group in groups)
        {
            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                var copy = group.Copy();
                Require(copy, key, value, null);
                copies.Add(copy);
            }
        }

        groups.Clear();
        groups.AddRange(copies);
    }

    /// <summary>Adds a condition to every group: the assembly a chain starts from.</summary>
    public void RequireEverywhere(string key, string value)
    {
        foreach (var group in groups)
        {
            Require(group, key, value, null);
        }
    }

    /// <summary>
    /// Whether no group can select <paramref name="type"/>: each requires another assembly or namespace (an exact name or
    /// a glob), or classes when it is an interface, or leaves it out by name.
    /// </summary>
    public bool CannotSelect(ResolvedType type) => groups.All(g => g.CannotSelect(type));

    public YamlDraftNode ToYaml()
    {
        if (groups.Any(g => g.Conditions.Count == 0 && g.Excluded.Count == 0))
        {
            return new YamlDraftScalar("**");
        }

        var written = groups.Where(g => !g.SelectsNothing).ToList();
        var mappings = (written.Count > 0 ? written : groups).Select(Mapping).ToList();
        return mappings.Count == 1 ? mappings[0] : new YamlDraftSequence(mappings);
    }

    // Each group is one mapping selector, written in the one key order.
    private static YamlDraftNode Mapping(Group group) => SelectorDraft.Where(group.Conditions).ToYaml(group.Excluded);

    private static void Require(Group group, string key, string value, string? rawNamespace)
    {
        if (group.Conditions.TryGetValue(key, out var existing) && existing != value)
        {
            throw new UntranslatableException($"two '{key}' conditions that must both hold ('{existing}' and '{value}') have no TechLead selector");
        }

        group.Conditions[key] = value;
        if (rawNamespace is not null)
        {
            group.Namespaces.Add(rawNamespace);
        }
    }

    // Each group from the first to intersect becomes one group per alternative of other, in order.
    private void Distribute(int first, ChainSelector other)
    {
        var result = groups.Take(first).ToList();
        foreach (var group in groups.Skip(first))
        {
            foreach (var alternative in other.groups)
            {
                var copy = other.groups.Count == 1 ? group : group.Copy();
                foreach (var condition in alternative.Conditions)
                {
                    Require(copy, condition.Key, condition.Value, null);
                }

                copy.Namespaces.AddRange(alternative.Namespaces);
                copy.Excluded.AddRange(alternative.Excluded);
                copy.Exactly ??= alternative.Exactly;
                result.Add(copy);
            }
        }

        groups.Clear();
        groups.AddRange(result);
    }

    private sealed class Group
    {
        public Dictionary<string, string> Conditions { get; } = new(StringComparer.Ordinal);

        public List<YamlDraftNode> Excluded { get; } = [];

        public List<string> Namespaces { get; } = [];

        /// <summary>The one type this group requires by its full name (<see cref="RequireExactly"/>), or null.</summary>
        public string? Exactly { get; set; }

        public bool SelectsNothing => Exactly is { } fullName && Excluded.Any(e => LeavesOut(e, fullName));

        public Group Copy()
        {
            var copy = new Group { Exactly = Exactly };
            foreach (var condition in Conditions)
            {
                copy.Conditions[condition.Key] = condition.Value;
            }

            copy.Excluded.AddRange(Excluded);
            copy.Namespaces.AddRange(Namespaces);
            return copy;
        }

        public bool CannotSelect(ResolvedType type) =>
            (Conditions.TryGetValue("assembly", out var assembly) && type.Assembly is not null && !Matches(assembly, type.Assembly))
            || (Conditions.TryGetValue("namespace", out var ns) && !Matches(ns, type.Namespace))
            || (type.IsInterface && Conditions.TryGetValue("kind", out var kind) && kind != "interface")
            || Excluded.Any(e => LeavesOut(e, type.FullName) || IsExactly(e, type));

        // { full-name-matches: ^X$ } (AreNotAssignableTo, BeAssignableTo), or { name: X, namespace: N } (AreNot(typeof(X))).
        private static bool IsExactly(YamlDraftNode excluded, ResolvedType type) => excluded is YamlDraftMapping mapping && mapping.Entries.Count switch
        {
            1 => Value(mapping, "full-name-matches") == "^" + System.Text.RegularExpressions.Regex.Escape(type.FullName) + "$",
            2 => Value(mapping, "name") == type.Name && Value(mapping, "namespace") == type.Namespace,
            _ => false,
        };

        private static string? Value(YamlDraftMapping mapping, string key) =>
            mapping.Entries.FirstOrDefault(e => e.Key == key).Value is YamlDraftScalar { Value: var value } ? value : null;

        private static bool Matches(string glob, string name) =>
            !TechLead.Rules.Selectors.GlobPattern.TryParse(glob, false, out var pattern, out _) || pattern.IsMatch(name);

        // { name: X } with X the type's simple name, with or without its generic arity.
        public static bool LeavesOut(YamlDraftNode excluded, string fullName) =>
            excluded is YamlDraftMapping { Entries: [{ Key: "name", Value: YamlDraftScalar { Value: var name } }] }
            && fullName.Split('.')[^1] is var simple
            && (name == simple || name == simple.Split('`')[0]);
    }
}
