using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Writing;

/// <summary>
/// One type selector as a tool writes it (infer, import): a namespace subtree (<c>Shop.Api.**</c>) or a mapping of
/// conditions, plus the selectors it leaves out (<c>except</c>). Conditions are written in <see cref="SelectorKeys.InOrder"/>,
/// whatever order they were given in.
/// </summary>
public sealed class SelectorDraft
{
    private readonly KeyValuePair<string, string>[] conditions;

    private SelectorDraft(string? glob, IEnumerable<KeyValuePair<string, string>> conditions)
    {
        Glob = glob;
        this.conditions = [.. conditions.Select(c => (Index: KeyIndex(c.Key), Condition: c)).OrderBy(c => c.Index).Select(c => c.Condition)];
    }

    /// <summary>The full-name glob of a subtree selector (<see cref="Under"/>); null for a mapping.</summary>
    public string? Glob { get; }

    /// <summary>Every type in <paramref name="ns"/> or below it.</summary>
    public static SelectorDraft Under(string ns) => new(ns + ".**", []);

    public static SelectorDraft Where(params (string Key, string Value)[] conditions) =>
        Where(conditions.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));

    public static SelectorDraft Where(IEnumerable<KeyValuePair<string, string>> conditions) => new(null, conditions);

    /// <summary>One condition as a selector, e.g. <c>{ kind: interface }</c> for an <c>except</c>.</summary>
    public static YamlDraftNode One(string key, string value) => Where((key, value)).ToYaml();

    /// <summary>The selector as it stands, nothing left out.</summary>
    public YamlDraftNode ToYaml() => ToYaml(Array.Empty<YamlDraftNode>());

    /// <summary>The selector leaving out the types named in <paramref name="except"/> (full names, written in ordinal order).</summary>
    public YamlDraftNode ToYaml(IReadOnlyCollection<string> except) =>
        ToYaml(except.OrderBy(e => e, StringComparer.Ordinal).Select(e => (YamlDraftNode)e).ToList());

    /// <summary>The selector leaving out what each of <paramref name="excluded"/> selects.</summary>
    public YamlDraftNode ToYaml(IReadOnlyList<YamlDraftNode> excluded)
    {
        if (excluded.Count == 0 && Glob is not null)
        {
            return Glob;
        }

        var entries = new List<KeyValuePair<string, YamlDraftNode>>();
        if (Glob is not null)
        {
            // A full-name glob ending in .** selects what the same glob over the namespace does.
            entries.Add(new(SelectorKeys.Namespace, Glob));
        }

        entries.AddRange(conditions.Select(c => new KeyValuePair<string, YamlDraftNode>(c.Key, c.Value)));
        if (excluded.Count > 0)
        {
            if (entries.Count == 0)
            {
                // Every type except some: a selector needs one positive condition, and every type has a full name.
                entries.Add(new(SelectorKeys.Name, "*"));
            }

            entries.Add(new(SelectorKeys.Except, excluded.Count == 1 ? excluded[0] : new YamlDraftSequence(excluded)));
        }

        return new YamlDraftMapping(entries);
    }

    private static int KeyIndex(string key)
    {
        var index = SelectorKeys.IndexOf(key);
        return index >= 0 && key != SelectorKeys.Except
            ? index
            : throw new ArgumentException($"'{key}' is no selector condition", nameof(key));
    }
}
