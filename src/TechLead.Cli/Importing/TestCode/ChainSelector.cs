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

    /// <summary>Adds <paramref name="other"/>'s conditions to the current group (<c>That().Are(DomainLayer)</c>); only a one-group selector can be joined this way.</summary>
    public void Intersect(ChainSelector other) => Intersect(groups[^1], other);

    /// <summary>Adds <paramref name="other"/>'s conditions to every group: <c>(a Or b) And c</c> is <c>(a And c) Or (b And c)</c>.</summary>
    public void IntersectEverywhere(ChainSelector other)
    {
        foreach (var group in groups)
        {
            Intersect(group, other);
        }
    }

    /// <summary>Excludes <paramref name="selector"/> from every group (what a root such as <c>Classes()</c> leaves out).</summary>
    public void ExcludeEverywhere(YamlDraftNode selector)
    {
        foreach (var group in groups)
        {
            group.Excluded.Add(selector);
        }
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
                var copy = new Group();
                foreach (var condition in group.Conditions)
                {
                    copy.Conditions[condition.Key] = condition.Value;
                }

                copy.Excluded.AddRange(group.Excluded);
                copy.Namespaces.AddRange(group.Namespaces);
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

    public YamlDraftNode ToYaml()
    {
        if (groups.Any(g => g.Conditions.Count == 0 && g.Excluded.Count == 0))
        {
            return new YamlDraftScalar("**");
        }

        var mappings = groups.Select(Mapping).ToList();
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

    private static void Intersect(Group group, ChainSelector other)
    {
        if (other.groups.Count != 1)
        {
            throw new UntranslatableException("a selector with 'Or' used inside another condition has no TechLead selector");
        }

        foreach (var condition in other.groups[0].Conditions)
        {
            Require(group, condition.Key, condition.Value, null);
        }

        group.Namespaces.AddRange(other.groups[0].Namespaces);
        group.Excluded.AddRange(other.groups[0].Excluded);
    }

    private sealed class Group
    {
        public Dictionary<string, string> Conditions { get; } = new(StringComparer.Ordinal);

        public List<YamlDraftNode> Excluded { get; } = [];

        public List<string> Namespaces { get; } = [];
    }
}
