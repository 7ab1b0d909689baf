using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>attributes</c>: selected types must carry every <see cref="Require"/> and none of <see cref="Forbid"/>.</summary>
public sealed class AttributesRule(RuleHeader header, TypeSelector types, IReadOnlyList<GlobPattern> require, IReadOnlyList<GlobPattern> forbid) : TypeRule(header, types)
{
    public IReadOnlyList<GlobPattern> Require { get; } = require;

    public IReadOnlyList<GlobPattern> Forbid { get; } = forbid;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.AttributeViolation, "Attribute rule violated", "A type lacks a required attribute or carries a forbidden one (attributes rule).");

    /// <summary>
    /// Every problem of one type in one message: <c>must have attribute 'A'</c>, <c>must have attributes 'A' and 'B'</c>,
    /// <c>must not have attribute 'C'</c>, or both parts joined by "and".
    /// </summary>
    internal override string? CheckSelected<TType>(TType type, ITypeModel<TType> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        var name = model.GetFullName(type);
        var missing = new List<string>();
        foreach (var required in Require)
        {
            if (!HasAttribute(type, model, required))
            {
                missing.Add(required.Text);
            }
        }

        var present = new List<string>();
        foreach (var forbidden in Forbid)
        {
            if (HasAttribute(type, model, forbidden))
            {
                present.Add(forbidden.Text);
            }
        }

        if (missing.Count + present.Count == 0)
        {
            return null;
        }

        var parts = new List<string>(2);
        if (missing.Count > 0)
        {
            parts.Add($"must have {AttributeList(missing)}");
        }

        if (present.Count > 0)
        {
            parts.Add($"must not have {AttributeList(present)}");
        }

        return ViolationMessages.Wrap(this, $"'{name}' {string.Join(" and ", parts)}");
    }

    private static bool HasAttribute<TType>(TType type, ITypeModel<TType> model, GlobPattern attribute)
    {
        foreach (var candidate in model.GetAttributeClasses(type))
        {
            if (attribute.IsMatch(model.GetFullName(candidate)))
            {
                return true;
            }
        }

        return false;
    }

    private static string AttributeList(List<string> attributes)
    {
        var quoted = new string[attributes.Count];
        for (var i = 0; i < attributes.Count; i++)
        {
            quoted[i] = $"'{attributes[i]}'";
        }

        return (attributes.Count == 1 ? "attribute " : "attributes ") + ViolationMessages.Enumerate(quoted);
    }
}

/// <summary>
/// <c>attributes</c>: selected types must carry every <c>require</c> attribute and none of <c>forbid</c>.
/// A bad attribute glob is reported and skipped; the others are still enforced.
/// </summary>
internal sealed class AttributesReader() : KindReader(
    RuleKind.Attributes,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Optional("require"),
    KindField.Optional("forbid"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var require = GlobList(fields, "require", out var badRequire);
        var forbid = GlobList(fields, "forbid", out var badForbid);
        if (fields.Node("require") is null && fields.Node("forbid") is null)
        {
            fields.Error(fields.Mapping.GetKey("kind")!.Span, "an attributes rule needs 'require: [AttributeType]' or 'forbid: [AttributeType]'");
        }
        else if (require.Count == 0 && forbid.Count == 0 && badRequire + badForbid > 0)
        {
            fields.MarkError();
        }

        return types is null || fields.HasErrors ? null : new AttributesRule(header, types, require, forbid);
    }

    /// <summary>The valid globs of a list (a single string is a one-item list); <paramref name="bad"/> counts the skipped ones.</summary>
    private static List<GlobPattern> GlobList(FieldReader fields, string key, out int bad)
    {
        var globs = new List<GlobPattern>();
        bad = 0;
        var node = fields.Node(key);
        IReadOnlyList<YamlNode> items = node switch
        {
            null => [],
            YamlSequence sequence => sequence.Items,
            _ => [node],
        };

        foreach (var item in items)
        {
            if (SelectorReader.Glob(item, key, fields.ForItem()) is { } glob)
            {
                globs.Add(glob);
            }
            else
            {
                bad++;
            }
        }

        return globs;
    }
}
