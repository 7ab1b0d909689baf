using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Parsing.Kinds;

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
