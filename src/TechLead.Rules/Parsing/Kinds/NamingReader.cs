using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary><c>naming</c>: the simple name of each selected type must match a .NET regex.</summary>
internal sealed class NamingReader() : KindReader(
    RuleKind.Naming,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Required("pattern", "'^[A-Z]\\w*Repository$'"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var node = fields.Value("pattern");
        if (types is null || node is null)
        {
            return null;
        }

        var pattern = fields.AsString(node, "pattern", "'^[A-Z]\\w*Repository$'");
        if (pattern is null)
        {
            return null;
        }

        if (!RegexFactory.TryCreate(pattern, out var regex, out var error))
        {
            fields.Error(node.Span, error!);
            return null;
        }

        return new NamingRule(header, types, regex!);
    }
}
