using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Parsing;

/// <summary>Compiles a selector written in YAML: a glob string, a mapping of conditions, or a list of either.</summary>
internal static class SelectorReader
{
    /// <summary>Compiles a selector; <paramref name="items"/> says what a bad item of a union (a list of selectors) does.</summary>
    public static TypeSelector? Read(YamlNode node, string field, FieldReader owner, ListItems items = ListItems.InvalidateField)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                owner.Error(node.Span, $"{field}: expected a selector, got nothing; write e.g. '{field}: Shop.Domain.**'");
                return null;
            case YamlScalar scalar:
                var glob = Glob(scalar, field, owner);
                return glob is null ? null : new GlobTypeSelector(glob);
            case YamlSequence sequence:
                return ReadUnion(sequence, field, owner, items);
            case YamlMapping mapping:
                return ReadConditions(mapping, field, owner);
            default:
                return null;
        }
    }

    /// <summary>Compiles a glob scalar, reporting a bad glob at the scalar.</summary>
    public static GlobPattern? Glob(YamlNode node, string field, FieldReader owner, bool allowSliceCapture = false)
    {
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            owner.Error(node.Span, $"{field}: expected a glob string, got {node.Describe()}; write e.g. '{field}: Shop.Domain.**'");
            return null;
        }

        if (GlobPattern.TryParse(scalar.Value, allowSliceCapture, out var glob, out var error))
        {
            return glob;
        }

        owner.Error(scalar.Span, $"{field}: {error}");
        return null;
    }

    /// <summary>A condition takes one glob; a list there means "any of", which is a union of selectors, so show that.</summary>
    private static GlobPattern? ConditionGlob(YamlNode node, string field, string key, FieldReader owner)
    {
        if (node is YamlSequence && key is SelectorKeys.Inherits or SelectorKeys.Implements or SelectorKeys.HasAttribute)
        {
            owner.Error(node.Span, $"{field}.{key}: takes one type glob, got a list; for any of several, list one selector each: '{field}: [{{ {key}: \"A\" }}, {{ {key}: \"B\" }}]'");
            return null;
        }

        return Glob(node, field + "." + key, owner);
    }

    private static TypeSelector? ReadUnion(YamlSequence sequence, string field, FieldReader owner, ListItems items)
    {
        if (sequence.Items.Count == 0)
        {
            owner.Error(sequence.Span, $"{field}: empty list selects no types; list at least one selector, e.g. '[Shop.Domain.**]'");
            return null;
        }

        var members = new List<TypeSelector>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            var reader = items == ListItems.Skip ? owner.ForItem() : owner;
            if (Read(item, field, reader, items) is { } member)
            {
                members.Add(member);
            }
        }

        if (items == ListItems.InvalidateField ? members.Count != sequence.Items.Count : members.Count == 0)
        {
            // Skipped items were reported one by one; with none left the field selects nothing and the rule is off.
            if (items == ListItems.Skip)
            {
                owner.MarkError();
            }

            return null;
        }

        return members.Count == 1 ? members[0] : new UnionTypeSelector(members);
    }

    private static ConditionTypeSelector? ReadConditions(YamlMapping mapping, string field, FieldReader owner)
    {
        if (mapping.Entries.Count == 0)
        {
            owner.Error(mapping.Span, $"{field}: empty mapping; give at least one condition ({string.Join(", ", SelectorKeys.InOrder)})");
            return null;
        }

        var errorsBefore = owner.ErrorCount;
        foreach (var entry in mapping.Entries)
        {
            if (SelectorKeys.IndexOf(entry.Key.Value) < 0)
            {
                owner.Error(entry.Key.Span, $"{field}: unknown selector condition '{entry.Key.Value}'{Suggestions.DidYouMean(entry.Key.Value, SelectorKeys.InOrder)}");
                return null;
            }
        }

        GlobPattern? OptionalGlob(string key) => mapping.Get(key) is { } node ? ConditionGlob(node, field, key, owner) : null;

        var kind = Choice(mapping, SelectorKeys.Kind, Spellings.TypeKind, field, owner);
        var visibility = Choice(mapping, SelectorKeys.Visibility, Spellings.Visibility, field, owner);
        var except = mapping.Get(SelectorKeys.Except) is { } exceptNode ? Read(exceptNode, field + ".except", owner) : null;
        var conditions = new TypeConditions(
            OptionalGlob(SelectorKeys.Name),
            OptionalGlob(SelectorKeys.Namespace),
            OptionalGlob(SelectorKeys.Assembly),
            kind,
            OptionalGlob(SelectorKeys.Inherits),
            OptionalGlob(SelectorKeys.Implements),
            OptionalGlob(SelectorKeys.HasAttribute),
            visibility,
            except)
        {
            Abstract = Flag(mapping, SelectorKeys.Abstract, field, owner),
            Sealed = Flag(mapping, SelectorKeys.Sealed, field, owner),
            Static = Flag(mapping, SelectorKeys.Static, field, owner),
            NameMatches = Matching(mapping, SelectorKeys.NameMatches, field, owner),
            NamespaceMatches = Matching(mapping, SelectorKeys.NamespaceMatches, field, owner),
            FullNameMatches = Matching(mapping, SelectorKeys.FullNameMatches, field, owner),
            AssemblyMatches = Matching(mapping, SelectorKeys.AssemblyMatches, field, owner),
        };

        if (owner.ErrorCount != errorsBefore)
        {
            return null;
        }

        return new ConditionTypeSelector(Render(mapping), conditions);
    }

    private static TValue? Choice<TValue>(YamlMapping mapping, string key, Spelling<TValue> spelling, string field, FieldReader owner)
        where TValue : struct, System.Enum
    {
        if (mapping.Get(key) is not { } node)
        {
            return null;
        }

        var value = node is YamlScalar scalar ? scalar.Value : string.Empty;
        if (spelling.TryParse(value, out var parsed))
        {
            return parsed;
        }

        owner.Error(node.Span, $"{field}.{key}: {spelling.NotValid(value)}");
        return null;
    }

    private static bool? Flag(YamlMapping mapping, string key, string field, FieldReader owner)
    {
        if (mapping.Get(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalar scalar && scalar.AsBoolean() is { } value)
        {
            return value;
        }

        var got = node is YamlScalar { IsNull: false } text ? $"'{text.Value}'" : node.Describe();
        owner.Error(node.Span, $"{field}.{key}: expected true or false, got {got}; write e.g. '{key}: true'");
        return null;
    }

    /// <summary>A <c>*-matches</c> condition, compiled and probed once by the same factory as a naming rule's <c>pattern</c>.</summary>
    private static RegexCondition? Matching(YamlMapping mapping, string key, string field, FieldReader owner)
    {
        if (mapping.Get(key) is not { } node)
        {
            return null;
        }

        if (node is not YamlScalar { IsNull: false } scalar || scalar.Value.Length == 0)
        {
            var got = node is YamlScalar { IsNull: false } ? "an empty string, which matches every name" : node.Describe();
            owner.Error(node.Span, $"{field}.{key}: expected a regular expression, got {got}; write e.g. '{key}: \"Repository$\"'");
            return null;
        }

        if (!RegexFactory.TryCreate(scalar.Value, out var regex, out var error))
        {
            owner.Error(scalar.Span, $"{field}.{key}: {error}");
            return null;
        }

        return new RegexCondition(scalar.Value, regex!);
    }

    private static string Render(YamlMapping mapping)
    {
        var parts = new List<string>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            parts.Add(entry.Value is YamlScalar scalar ? $"{entry.Key.Value}: {scalar.Value}" : $"{entry.Key.Value}: ...");
        }

        return "{ " + string.Join(", ", parts) + " }";
    }
}
