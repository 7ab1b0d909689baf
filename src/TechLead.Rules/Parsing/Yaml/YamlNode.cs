using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Yaml;

/// <summary>A YAML node with its span in the ADR file: TechLead's own small tree, built from parser events (what tools write is <see cref="Writing.YamlDraftNode"/>).</summary>
internal abstract class YamlNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    /// <summary>How messages name the node's type: "a string", "a number", "a list", ...</summary>
    public abstract string Describe();
}

internal sealed class YamlScalar(SourceSpan span, string value, bool isPlain) : YamlNode(span)
{
    public string Value { get; } = value;

    /// <summary>Unquoted: only plain scalars can be numbers, booleans or null.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public bool? AsBoolean() => !IsPlain ? null : Value switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    public bool LooksNumeric => IsPlain && Value.Length > 0 && double.TryParse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    public override string Describe()
    {
        if (IsNull)
        {
            return "nothing (null)";
        }

        if (AsBoolean() is not null)
        {
            return "a boolean";
        }

        return LooksNumeric ? "a number" : "a string";
    }
}

internal sealed class YamlSequence(SourceSpan span, IReadOnlyList<YamlNode> items) : YamlNode(span)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}

internal sealed class YamlMapping(SourceSpan span, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(span)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public YamlNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public YamlScalar? GetKey(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }

        return null;
    }

    public override string Describe() => "a mapping";
}
