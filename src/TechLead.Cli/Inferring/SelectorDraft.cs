using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// A type selector as infer writes it: a plain glob (<c>Shop.Api.**</c>) or a mapping of conditions, plus the
/// types it leaves out (written as <c>except</c>, which turns a plain glob into <c>{ namespace: ... }</c>).
/// </summary>
internal sealed class SelectorDraft
{
    private readonly List<KeyValuePair<string, string>> conditions = [];

    private SelectorDraft(string? glob) => Glob = glob;

    /// <summary>The full-name glob of a plain selector; null for a mapping.</summary>
    public string? Glob { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Conditions => conditions;

    /// <summary>Every type in <paramref name="ns"/> or below it.</summary>
    public static SelectorDraft Under(string ns) => new(ns + ".**");

    public static SelectorDraft Where(params (string Key, string Value)[] conditions)
    {
        var selector = new SelectorDraft(null);
        selector.conditions.AddRange(conditions.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return selector;
    }

    public YamlDraftNode ToYaml(IReadOnlyCollection<string> except)
    {
        if (except.Count == 0 && Glob is not null)
        {
            return Glob;
        }

        var entries = new List<KeyValuePair<string, YamlDraftNode>>();
        if (Glob is not null)
        {
            // A full-name glob ending in .** selects what the same glob over the namespace does.
            entries.Add(new("namespace", Glob));
        }

        entries.AddRange(conditions.Select(c => new KeyValuePair<string, YamlDraftNode>(c.Key, c.Value)));
        if (except.Count > 0)
        {
            entries.Add(new("except", except.Count == 1 ? except.First() : YamlDraftSequence.Of(except.OrderBy(e => e, System.StringComparer.Ordinal))));
        }

        return new YamlDraftMapping(entries);
    }
}
