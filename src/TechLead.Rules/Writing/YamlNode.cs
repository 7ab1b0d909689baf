using System.Collections.Generic;

namespace TechLead.Rules.Writing;

/// <summary>A YAML value to write: a scalar, a sequence or a mapping. Only what rules need, nothing more.</summary>
public abstract class YamlNode
{
    private protected YamlNode()
    {
    }

    public static implicit operator YamlNode(string value) => new YamlScalar(value);
}

/// <summary>A string; written plain when it reads back unchanged, else double-quoted.</summary>
public sealed class YamlScalar(string value) : YamlNode
{
    public string Value { get; } = value;
}

/// <summary>A list; written in flow style (<c>[a, b]</c>) when every item is a scalar, else one item per line.</summary>
public sealed class YamlSequence(IEnumerable<YamlNode> items) : YamlNode
{
    public IReadOnlyList<YamlNode> Items { get; } = [.. items];

    public static YamlSequence Of(IEnumerable<string> values)
    {
        var items = new List<YamlNode>();
        foreach (var value in values)
        {
            items.Add(new YamlScalar(value));
        }

        return new YamlSequence(items);
    }
}

/// <summary>Keys and values in the order given (the order a reader expects, e.g. <c>from</c> before <c>to</c>).</summary>
public sealed class YamlMapping(IEnumerable<KeyValuePair<string, YamlNode>> entries) : YamlNode
{
    public IReadOnlyList<KeyValuePair<string, YamlNode>> Entries { get; } = [.. entries];
}
