using System.Collections.Generic;
using TechLead.Rules.Members;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing;

/// <summary>Compiles the <c>members:</c> mapping of a <c>members</c> rule into a <see cref="MemberSelector"/>.</summary>
internal static class MemberSelectorReader
{
    public const string Kind = "kind";
    public const string Name = "name";
    public const string NameMatches = "name-matches";
    public const string Types = "types";
    public const string Visibility = "visibility";
    public const string Static = "static";
    public const string Async = "async";
    public const string Returns = "returns";
    public const string HasAttribute = "has-attribute";
    public const string IncludeOverrides = "include-overrides";

    /// <summary>Every key, in the order the documentation lists them.</summary>
    public static readonly string[] Keys = [Kind, Name, NameMatches, Types, Visibility, Static, Async, Returns, HasAttribute, IncludeOverrides];

    private const string Field = "members";
    private const string Example = "{ kind: method, name: \"Get*\", types: Shop.Domain.** }";

    /// <summary>The selector; null when anything in it is wrong (each problem reported at its key or value).</summary>
    public static MemberSelector? Read(YamlNode node, FieldReader owner)
    {
        if (node is not YamlMapping mapping)
        {
            owner.Error(node.Span, $"{Field}: expected a mapping of member conditions, got {node.Describe()}; write e.g. '{Field}: {Example}'");
            return null;
        }

        if (mapping.Entries.Count == 0)
        {
            owner.Error(mapping.Span, $"{Field}: empty mapping; say which members the rule is about with at least one of {string.Join(", ", Keys)}, e.g. '{Field}: {{ kind: method }}'");
            return null;
        }

        var errorsBefore = owner.ErrorCount;
        foreach (var entry in mapping.Entries)
        {
            if (System.Array.IndexOf(Keys, entry.Key.Value) < 0)
            {
                owner.Error(entry.Key.Span, $"{Field}: unknown member selector key '{entry.Key.Value}'{Suggestions.DidYouMean(entry.Key.Value, Keys)}; the keys are {string.Join(", ", Keys)}");
            }
        }

        var kinds = Optional(mapping, Kind, node => MemberFieldReader.Kinds(node, Field + "." + Kind, owner)) ?? MemberKind.All;
        var name = Optional(mapping, Name, node => SelectorReader.Glob(node, Field + "." + Name, owner));
        var nameMatches = Optional(mapping, NameMatches, node => MemberFieldReader.Regex(node, Field + "." + NameMatches, owner, "'^Get'"));
        var types = Optional(mapping, Types, node => SelectorReader.Read(node, Field + "." + Types, owner, ListItems.Skip));
        var visibility = Optional(mapping, Visibility, node => MemberFieldReader.Visibilities(node, Field + "." + Visibility, owner)) ?? [];
        var isStatic = Boolean(mapping, Static, owner);
        var isAsync = Boolean(mapping, Async, owner);
        var returns = Optional(mapping, Returns, node => MemberFieldReader.TypeGlobs(node, Field + "." + Returns, owner)) ?? [];
        var hasAttribute = Optional(mapping, HasAttribute, node => MemberFieldReader.TypeGlobs(node, Field + "." + HasAttribute, owner)) ?? [];
        var includeOverrides = Boolean(mapping, IncludeOverrides, owner);
        if (includeOverrides == false)
        {
            owner.Error(mapping.GetKey(IncludeOverrides)!.Span, $"{Field}.{IncludeOverrides}: 'false' is the default (overrides are not selected); write 'true' to select the overrides the user wrote too, or remove it");
        }

        if (includeOverrides == true && (kinds & (MemberKind.Method | MemberKind.Property | MemberKind.Event)) == 0)
        {
            owner.Error(mapping.GetKey(IncludeOverrides)!.Span, $"{Field}.{IncludeOverrides}: only methods, properties and events override, and this selector picks {KindList(kinds)}; add one of those to '{Kind}' or remove '{IncludeOverrides}'");
        }
        if (isAsync is not null && (kinds & MemberKind.Method) == 0)
        {
            owner.Error(mapping.GetKey(Async)!.Span, $"{Field}.{Async}: applies to methods only, and this selector picks {KindList(kinds)}; add 'method' to '{Kind}' or remove '{Async}'");
        }

        if (returns.Count > 0 && (kinds & MemberKind.Typed) == 0)
        {
            owner.Error(mapping.GetKey(Returns)!.Span, $"{Field}.{Returns}: applies to methods, properties and fields only, and this selector picks {KindList(kinds)}; select one of those kinds or remove '{Returns}'");
        }

        if (owner.ErrorCount != errorsBefore)
        {
            return null;
        }

        return new MemberSelector(Render(mapping), kinds, name, nameMatches, types, visibility, isStatic, isAsync, returns, hasAttribute) { IncludesOverrides = includeOverrides == true };
    }

    /// <summary>How messages name a set of kinds: <c>constructors and events</c>.</summary>
    public static string KindList(MemberKind kinds)
    {
        var names = new List<string>();
        foreach (var name in Spellings.MemberKinds.Names)
        {
            if (Spellings.MemberKinds.TryParse(name, out var kind) && (kinds & kind) != 0)
            {
                names.Add(name == "property" ? "properties" : name + "s");
            }
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1];
    }

    private static T? Optional<T>(YamlMapping mapping, string key, System.Func<YamlNode, T?> read)
        where T : class =>
        mapping.Get(key) is { } node ? read(node) : null;

    private static MemberKind? Optional(YamlMapping mapping, string key, System.Func<YamlNode, MemberKind?> read) =>
        mapping.Get(key) is { } node ? read(node) : null;

    private static bool? Boolean(YamlMapping mapping, string key, FieldReader owner)
    {
        if (mapping.Get(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalar scalar && scalar.AsBoolean() is { } value)
        {
            return value;
        }

        owner.Error(node.Span, $"{Field}.{key}: expected true or false, got {node.Describe()}");
        return null;
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
