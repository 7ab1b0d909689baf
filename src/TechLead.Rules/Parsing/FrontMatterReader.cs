using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing;

/// <summary>Reads the front matter mapping (docs/adr-format.md); its <c>rules:</c> go to <see cref="RuleReader"/>.</summary>
internal static class FrontMatterReader
{
    private static readonly string[] Fields =
    [
        "id", "title", "status", "date", "decision-makers", "deciders", "consulted", "informed", "owners",
        "category", "supersedes", "superseded-by", "tags", "rules", "enforcement",
    ];

    public static AdrFrontMatter Read(YamlMapping mapping, ParseContext context, string? heading, string path)
    {
        var fields = new FieldReader(mapping, context, string.Empty, Fields);
        fields.WarnUnknownFields();
        var idNode = mapping.Get("id");
        var id = ReadId(fields, idNode, path);
        var statusNode = mapping.Get("status");
        var categoryNode = mapping.Get("category");
        var decisionMakers = fields.StringList("decision-makers", "[Ana Ruiz]");
        if (decisionMakers.Count == 0)
        {
            decisionMakers = fields.StringList("deciders", "[Ana Ruiz]");
        }

        return new AdrFrontMatter
        {
            Id = id,
            Title = fields.String("title", "Domain stays persistence-ignorant") ?? heading ?? id,
            Status = ReadChoice(fields, statusNode, "status", Spellings.Status, AdrStatus.Proposed),
            Date = fields.String("date", "2026-03-14"),
            DecisionMakers = decisionMakers,
            Consulted = fields.StringList("consulted", "[Platform team]"),
            Informed = fields.StringList("informed", "[All backend]"),
            Owners = fields.StringList("owners", "[\"@acme/orders\"]"),
            Category = ReadChoice(fields, categoryNode, "category", Spellings.Category, AdrCategory.Unspecified),
            Supersedes = fields.StringList("supersedes", "[ADR-0003]"),
            SupersededBy = fields.String("superseded-by", "ADR-0012"),
            Tags = fields.StringList("tags", "[layering]"),
            ManualEnforcement = ReadEnforcement(fields),
            IdSpan = idNode?.Span ?? FirstLine(mapping, context),
            StatusSpan = statusNode?.Span ?? FirstLine(mapping, context),
            CategorySpan = categoryNode?.Span ?? FirstLine(mapping, context),
            SupersedesSpan = mapping.Get("supersedes")?.Span ?? FirstLine(mapping, context),
            SupersededBySpan = mapping.Get("superseded-by")?.Span ?? statusNode?.Span ?? FirstLine(mapping, context),
        };
    }

    /// <summary>The id a file without one gets: <c>ADR-0007</c> from <c>0007-title.md</c>, else the file name.</summary>
    public static string DerivedId(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        return IdSyntax.FileNumber(name) is { } number ? AdrIds.Prefix + number : name;
    }

    private static string ReadId(FieldReader fields, YamlNode? idNode, string path)
    {
        if (idNode is null)
        {
            fields.Error(FirstLine(fields.Mapping, fields.Context), $"missing field 'id'; add e.g. 'id: {DerivedId(path)}' to the front matter");
            return DerivedId(path);
        }

        var id = fields.AsString(idNode, "id", "ADR-0007");
        if (id is null)
        {
            return DerivedId(path);
        }

        if (!IdSyntax.IsAdrId(id))
        {
            fields.Error(idNode.Span, $"id '{id}' is not valid; use 'ADR-' and four digits (e.g. 'ADR-0007') or letters, digits and '-' starting with a letter");
        }

        return id;
    }

    private static TValue ReadChoice<TValue>(FieldReader fields, YamlNode? node, string key, Spelling<TValue> spelling, TValue fallback)
        where TValue : struct, Enum
    {
        if (node is null)
        {
            return fallback;
        }

        var value = fields.AsString(node, key, spelling.Names[0]);
        if (value is null)
        {
            return fallback;
        }

        if (!spelling.TryParseAnyCase(value, out var parsed))
        {
            fields.Error(node.Span, $"{key} {spelling.NotValid(value)}");
            return fallback;
        }

        return parsed;
    }

    /// <summary><c>enforcement: "manual: reviewed in the design review"</c> or <c>enforcement: { manual: reason }</c>.</summary>
    private static string? ReadEnforcement(FieldReader fields)
    {
        var node = fields.Node("enforcement");
        const string Fix = "write 'enforcement: \"manual: <how people check it>\"'";
        switch (node)
        {
            case null:
                return null;
            case YamlMapping mapping when mapping.Get("manual") is YamlScalar { IsNull: false } reason:
                return reason.Value;
            case YamlScalar { IsNull: false } scalar when scalar.Value.StartsWith("manual", StringComparison.OrdinalIgnoreCase):
                var reasonText = scalar.Value.Substring("manual".Length).Trim(' ', ':', '-', '—', '(', ')');
                if (reasonText.Length == 0)
                {
                    fields.Error(scalar.Span, "enforcement: manual needs a reason; " + Fix);
                    return null;
                }

                return reasonText;
            default:
                fields.Error(node.Span, "enforcement: only manual enforcement can be declared; " + Fix);
                return null;
        }
    }

    private static SourceSpan FirstLine(YamlMapping mapping, ParseContext context) =>
        context.Map.LineSpan(Math.Min(mapping.Span.StartLine, context.Map.LineCount - 1));
}
