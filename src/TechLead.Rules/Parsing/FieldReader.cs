using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing;

/// <summary>
/// Typed access to a YAML mapping's fields that reports wrong types, missing and unknown fields
/// (as TL9002, with the fix in the message). <paramref name="owner"/> prefixes messages, e.g. "rule 'x'".
/// </summary>
internal sealed class FieldReader(YamlMapping mapping, ParseContext context, string owner, IReadOnlyCollection<string> knownFields)
{
    public ParseContext Context { get; } = context;

    /// <summary>Marks this reader failed because a nested reader reported the problem already.</summary>
    public void MarkError() => ErrorCount++;

    public YamlMapping Mapping { get; } = mapping;

    /// <summary>True once any field of this mapping was reported invalid.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many problems were reported so far (to tell whether a nested part added one).</summary>
    public int ErrorCount { get; private set; }

    public string Owner { get; } = owner;

    /// <summary>Reports every key not in the known list, suggesting the closest known one.</summary>
    public void ReportUnknownFields()
    {
        foreach (var entry in Mapping.Entries)
        {
            if (!Contains(knownFields, entry.Key.Value))
            {
                Error(entry.Key.Span, UnknownField(entry.Key.Value));
            }
        }
    }

    /// <summary>
    /// Like <see cref="ReportUnknownFields"/> but tolerant, without invalidating the mapping: front matter may carry keys
    /// of other tools (a site generator's <c>layout</c>), a warning. A key a typo away from a known one (<c>rulez</c>:
    /// <see cref="TypoDistance"/>) is an error, since what it meant is silently off (rules/0032).
    /// </summary>
    public void WarnUnknownFields()
    {
        foreach (var entry in Mapping.Entries)
        {
            var key = entry.Key.Value;
            if (Contains(knownFields, key))
            {
                continue;
            }

            var meant = Suggestions.Within(key, knownFields, TypoDistance(key));
            Context.Add(
                DiagnosticIds.InvalidRule,
                entry.Key.Span,
                meant is null ? UnknownField(key) : $"unknown field '{key}'; did you mean '{meant}'?",
                meant is null ? RuleSeverity.Warning : RuleSeverity.Error);
        }
    }

    /// <summary>Two edits, or one for keys of up to 3 characters (every 2-letter key is two edits from <c>id</c>).</summary>
    private static int TypoDistance(string key) => key.Length <= 3 ? 1 : 2;

    private string UnknownField(string key) => $"unknown field '{key}'{Suggestions.DidYouMean(key, knownFields)}";

    public YamlNode? Node(string key) => Mapping.Get(key);

    /// <summary>The field's value; null when it is absent or written empty (a required field was reported missing already).</summary>
    public YamlNode? Value(string key) => Mapping.Get(key) is { } node and not YamlScalar { IsNull: true } ? node : null;

    /// <summary>A reader for one item of a list whose bad items are skipped: same owner and messages, its own error count.</summary>
    public FieldReader ForItem() => new(Mapping, Context, Owner, knownFields);

    public YamlNode? Required(string key, string example)
    {
        var node = Mapping.Get(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            Error(Mapping.Span.Length == 0 ? Mapping.Span : FirstLine(Mapping.Span), $"missing field '{key}'; add e.g. '{key}: {example}'");
            return null;
        }

        return node;
    }

    /// <summary>A list field that must not be empty; null (reported, ending with <paramref name="fix"/>) when it is anything else.</summary>
    public YamlSequence? NonEmptyList(string key, string what, string fix = "")
    {
        if (Value(key) is not { } node)
        {
            return null;
        }

        if (node is YamlSequence { Items.Count: > 0 } sequence)
        {
            return sequence;
        }

        Error(node.Span, $"{key}: expected a list of {what}, got {node.Describe()}{fix}");
        return null;
    }

    public string? String(string key, string example, bool required = false)
    {
        var node = required ? Required(key, example) : Mapping.Get(key);
        return node is null ? null : AsString(node, key, example);
    }

    public string? AsString(YamlNode node, string key, string example)
    {
        if (node is YamlScalar scalar && !scalar.IsNull)
        {
            return scalar.Value;
        }

        if (node is YamlScalar)
        {
            return null;
        }

        Error(node.Span, $"{key}: expected a string, got {node.Describe()}; write e.g. '{key}: {example}'");
        return null;
    }

    public bool? Boolean(string key)
    {
        var node = Mapping.Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && scalar.AsBoolean() is { } value)
        {
            return value;
        }

        Error(node.Span, $"{key}: expected true or false, got {node.Describe()}");
        return null;
    }

    /// <summary>A list of strings; a single string is accepted as a one-item list.</summary>
    public IReadOnlyList<string> StringList(string key, string example)
    {
        var node = Mapping.Get(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return [];
        }

        if (node is YamlScalar single)
        {
            return [single.Value];
        }

        if (node is YamlSequence sequence)
        {
            var values = new List<string>(sequence.Items.Count);
            foreach (var item in sequence.Items)
            {
                if (item is YamlScalar scalar && !scalar.IsNull)
                {
                    values.Add(scalar.Value);
                }
                else
                {
                    Error(item.Span, $"{key}: expected a list of strings, got {item.Describe()} in it; write e.g. '{key}: {example}'");
                }
            }

            return values;
        }

        Error(node.Span, $"{key}: expected a list, got {node.Describe()}; write e.g. '{key}: {example}'");
        return [];
    }

    public void Error(SourceSpan span, string message)
    {
        ErrorCount++;
        Context.InvalidRule(span, Owner.Length == 0 ? message : Owner + ": " + message);
    }

    private SourceSpan FirstLine(SourceSpan span) => span.StartLine == span.EndLine ? span : Context.Map.Span(span.Start, Context.Map.LineStart(span.StartLine) + Context.Map.LineText(span.StartLine).Length);

    private static bool Contains(IReadOnlyCollection<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }
}
