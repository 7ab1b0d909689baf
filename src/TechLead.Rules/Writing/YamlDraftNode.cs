using System.Collections.Generic;

namespace TechLead.Rules.Writing;

/// <summary>A YAML value to write: a scalar, a sequence or a mapping. Only what rules need, nothing more.</summary>
/// <remarks>
/// Not the parser's <c>Parsing.Yaml.YamlNode</c>: that tree is read from an ADR and every node carries its span in the
/// file (for diagnostics at the exact node) and whether a scalar was quoted. A value a tool is about to write has
/// neither, and the tools outside Rules need it public while the read tree stays internal; so two roles, two names.
/// </remarks>
public abstract class YamlDraftNode
{
    private protected YamlDraftNode()
    {
    }

    public static implicit operator YamlDraftNode(string value) => new YamlDraftScalar(value);
}

/// <summary>A string; written plain when it reads back unchanged, else double-quoted.</summary>
public sealed class YamlDraftScalar(string value) : YamlDraftNode
{
    public string Value { get; } = value;
}

/// <summary>A list; written in flow style (<c>[a, b]</c>) when every item is a scalar, else one item per line.</summary>
public sealed class YamlDraftSequence(IEnumerable<YamlDraftNode> items) : YamlDraftNode
{
    public IReadOnlyList<YamlDraftNode> Items { get; } = [.. items];

    public static YamlDraftSequence Of(IEnumerable<string> values)
    {
        var items = new List<YamlDraftNode>();
        foreach (var value in values)
        {
            items.Add(new YamlDraftScalar(value));
        }

        return new YamlDraftSequence(items);
    }
}

/// <summary>Keys and values in the order given (the order a reader expects, e.g. <c>from</c> before <c>to</c>).</summary>
public sealed class YamlDraftMapping(IEnumerable<KeyValuePair<string, YamlDraftNode>> entries) : YamlDraftNode
{
    public IReadOnlyList<KeyValuePair<string, YamlDraftNode>> Entries { get; } = [.. entries];
}
