using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary>
/// <c>allow-only</c>: types in <c>from</c> may depend only on <c>to</c> and <c>also-allow</c> (default <c>System.**</c>).
/// A bad item of <c>to</c> or <c>also-allow</c> invalidates the field: dropping an allowed item would flag code that is fine.
/// </summary>
internal sealed class AllowOnlyReader() : KindReader(
    RuleKind.AllowOnly,
    KindField.Required("from", "Shop.Domain.**"),
    KindField.Required("to", "Shop.Domain.**"),
    KindField.Optional("also-allow"))
{
    private static readonly GlobTypeSelector SystemTypes = new(GlobPattern.Parse("System.**"));

    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var from = Selector(fields, "from", ListItems.Skip);
        var to = Selector(fields, "to", ListItems.InvalidateField);
        var alsoAllow = fields.Node("also-allow") is { } node ? SelectorReader.Read(node, "also-allow", fields) : SystemTypes;
        return from is null || to is null || alsoAllow is null ? null : new AllowOnlyRule(header, from, to, alsoAllow);
    }
}
