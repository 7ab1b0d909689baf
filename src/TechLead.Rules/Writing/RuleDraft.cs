using System.Collections.Generic;

namespace TechLead.Rules.Writing;

/// <summary>
/// A rule to be written into an ADR by a tool (<c>infer</c>, <c>import</c>): its id, kind, the kind's
/// fields in order and an optional <c>because</c>. <see cref="AdrDraftWriter"/> renders it; the parser reads it back.
/// </summary>
public sealed class RuleDraft
{
    private readonly List<KeyValuePair<string, YamlDraftNode>> fields = [];

    public RuleDraft(string id, string kind)
    {
        Id = id;
        Kind = kind;
    }

    /// <summary><c>[a-z0-9][a-z0-9-]*</c>; see <see cref="RuleIds.FromText"/> to derive one from a method name.</summary>
    public string Id { get; }

    public string Kind { get; }

    public string? Because { get; set; }

    /// <summary><c>info</c>, <c>warning</c>...; omitted when null (the kind's default applies).</summary>
    public string? Severity { get; set; }

    public IReadOnlyList<KeyValuePair<string, YamlDraftNode>> Fields => fields;

    /// <summary>The diagram block a <c>diagram</c> rule names (a whole fenced block), written just before the rules.</summary>
    public string? Diagram { get; set; }

    /// <summary>Adds <paramref name="key"/>; returns this draft so fields chain in reading order.</summary>
    public RuleDraft With(string key, YamlDraftNode value)
    {
        fields.Add(new KeyValuePair<string, YamlDraftNode>(key, value));
        return this;
    }

    public RuleDraft With(string key, IEnumerable<string> values) => With(key, YamlDraftSequence.Of(values));

    /// <summary>The same rule under another id: every field, <c>because</c>, severity and diagram block kept.</summary>
    public RuleDraft WithId(string id)
    {
        var copy = new RuleDraft(id, Kind) { Because = Because, Severity = Severity, Diagram = Diagram };
        copy.fields.AddRange(fields);
        return copy;
    }
}
