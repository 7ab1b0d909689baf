using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Members;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing;

/// <summary>The values a <c>members</c> rule writes in its selector and its conditions: kinds, visibilities, type globs, regexes.</summary>
internal static class MemberFieldReader
{
    /// <summary>A member kind or a list of them; null (reported) when a value is not one.</summary>
    public static MemberKind? Kinds(YamlNode node, string field, FieldReader owner)
    {
        var kinds = MemberKind.None;
        foreach (var item in Items(node))
        {
            var value = item is YamlScalar { IsNull: false } scalar ? scalar.Value : string.Empty;
            if (!Spellings.MemberKinds.TryParse(value, out var kind))
            {
                owner.Error(item.Span, $"{field}: {Spellings.MemberKinds.NotValid(value)}");
                return null;
            }

            kinds |= kind;
        }

        return kinds;
    }

    /// <summary>A visibility or a list of them (any of them); null (reported) when a value is not one.</summary>
    public static IReadOnlyList<MemberVisibility>? Visibilities(YamlNode node, string field, FieldReader owner)
    {
        var values = new List<MemberVisibility>();
        foreach (var item in Items(node))
        {
            var value = item is YamlScalar { IsNull: false } scalar ? scalar.Value : string.Empty;
            if (!Spellings.MemberVisibilities.TryParse(value, out var visibility))
            {
                owner.Error(item.Span, $"{field}: {Spellings.MemberVisibilities.NotValid(value)}");
                return null;
            }

            values.Add(visibility);
        }

        return values;
    }

    /// <summary>A type glob or a list of them (any of them); null (reported) when one is invalid.</summary>
    public static IReadOnlyList<MemberTypeGlob>? TypeGlobs(YamlNode node, string field, FieldReader owner)
    {
        var globs = new List<MemberTypeGlob>();
        foreach (var item in Items(node))
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                owner.Error(item.Span, $"{field}: expected a type glob, got {item.Describe()}; write e.g. '{field}: System.Boolean' or a list of globs");
                return null;
            }

            if (!MemberTypeGlob.TryParse(scalar.Value, out var glob, out var error))
            {
                owner.Error(scalar.Span, $"{field}: {error}");
                return null;
            }

            globs.Add(glob!);
        }

        return globs;
    }

    /// <summary>A .NET regex bounded by the match timeout; null (reported) when invalid or too slow.</summary>
    public static Regex? Regex(YamlNode node, string field, FieldReader owner, string example)
    {
        var pattern = owner.AsString(node, field, example);
        if (pattern is null)
        {
            return null;
        }

        if (!RegexFactory.TryCreate(pattern, out var regex, out var error))
        {
            owner.Error(node.Span, $"{field}: {error}");
            return null;
        }

        return regex;
    }

    /// <summary>A whole number of at least 0; null (reported) otherwise.</summary>
    public static int? Count(YamlNode node, string field, FieldReader owner)
    {
        if (node is YamlScalar { IsPlain: true } scalar && int.TryParse(scalar.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        owner.Error(node.Span, $"{field}: expected a whole number of at least 0, got {node.Describe()}; write e.g. '{field}: 4'");
        return null;
    }

    /// <summary>A single value is a one-item list.</summary>
    private static IReadOnlyList<YamlNode> Items(YamlNode node) => node is YamlSequence sequence ? sequence.Items : [node];
}
