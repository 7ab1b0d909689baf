using System;
using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary>Reads <c>layers</c> and <c>modules</c>: a list of <c>{ name, types }</c> with unique names.</summary>
internal static class TypeGroupReader
{
    public const string Example = "[{ name: Domain, types: Shop.Domain.** }]";

    public static List<NamedTypeGroup>? Read(FieldReader fields, string key, string itemName, ListItems items)
    {
        var sequence = fields.NonEmptyList(key, "{ name, types }", "; write e.g. '- { name: Domain, types: Shop.Domain.** }'");
        if (sequence is null)
        {
            return null;
        }

        var groups = new List<NamedTypeGroup>(sequence.Items.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bad = 0;
        foreach (var item in sequence.Items)
        {
            if (ReadGroup(item, fields, key, itemName, names) is { } group)
            {
                groups.Add(group);
            }
            else
            {
                bad++;
            }
        }

        if (items == ListItems.InvalidateField ? bad > 0 : groups.Count == 0)
        {
            fields.MarkError();
            return null;
        }

        return groups;
    }

    private static NamedTypeGroup? ReadGroup(YamlNode item, FieldReader fields, string key, string itemName, HashSet<string> names)
    {
        if (item is not YamlMapping mapping)
        {
            fields.ForItem().Error(item.Span, $"{key}: each {itemName} must be a mapping with 'name' and 'types', got {item.Describe()}");
            return null;
        }

        var group = new FieldReader(mapping, fields.Context, fields.Owner + $": {itemName}", ["name", "types"]);
        group.ReportUnknownFields();
        var name = group.String("name", "Domain", required: true);
        var types = group.Required("types", "Shop.Domain.**") is { } typesNode ? SelectorReader.Read(typesNode, "types", group) : null;
        if (name is not null && !names.Add(name))
        {
            group.Error(mapping.Get("name")!.Span, $"{itemName} '{name}' is listed twice; give each {itemName} a unique name");
        }

        return group.HasErrors || name is null || types is null ? null : new NamedTypeGroup(name, types);
    }
}
