using System;
using System.Collections.Generic;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary>
/// One rule kind's YAML shape: the fields it adds to the common ones (which are required, with an example
/// for the "missing field" fix-it) and how to compile them. Registered once in <see cref="RuleKinds"/>.
/// Readers compile every field before deciding, so one pass reports all of a rule's problems.
/// </summary>
internal abstract class KindReader(RuleKind kind, params KindField[] fields)
{
    public RuleKind Kind { get; } = kind;

    public IReadOnlyList<KindField> Fields { get; } = fields;

    /// <summary>Compiles the kind's fields; null when a required one is invalid (missing ones were reported already).</summary>
    public abstract Rule? Read(RuleHeader header, FieldReader fields);

    /// <summary>A selector field; null when absent or invalid.</summary>
    protected static TypeSelector? Selector(FieldReader fields, string key, ListItems items) =>
        fields.Value(key) is { } node ? SelectorReader.Read(node, key, fields, items) : null;

    /// <summary>A glob field; null when absent or invalid.</summary>
    protected static GlobPattern? Glob(FieldReader fields, string key, bool allowSliceCapture = false) =>
        fields.Value(key) is { } node ? SelectorReader.Glob(node, key, fields, allowSliceCapture) : null;

    /// <summary>
    /// The valid entries of a list field, each read by <paramref name="readEntry"/> (which reports its own problems);
    /// null when none is valid: a list of only bad entries would leave the rule checking nothing.
    /// </summary>
    protected static List<T>? Entries<T>(YamlSequence sequence, FieldReader fields, Func<YamlNode, FieldReader, T?> readEntry)
        where T : class
    {
        var entries = new List<T>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (readEntry(item, fields) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (entries.Count == 0)
        {
            fields.MarkError();
            return null;
        }

        return entries;
    }
}

/// <summary>
/// A field of a rule kind: its key, and for a required one the example the "missing field" message shows. A class: an
/// enumeration of a struct of ours is JIT-compiled in every cold compiler process (rules/0060).
/// </summary>
internal sealed record KindField(string Key, string? Example)
{
    public static KindField Required(string key, string example) => new(key, example);

    public static KindField Optional(string key) => new(key, null);
}

/// <summary>
/// What a bad item of a list does: <see cref="Skip"/> reports it and keeps the others (where dropping an item
/// can only make the rule check less), <see cref="InvalidateField"/> reports it and invalidates the whole field
/// (where dropping an item would flag more, or where the order of the items carries meaning).
/// </summary>
internal enum ListItems
{
    InvalidateField,
    Skip,
}
