using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary><c>forbid</c>: types in <c>from</c> must not depend on types in <c>to</c>. A bad item of either list only narrows the rule, so it is skipped.</summary>
internal sealed class ForbidReader() : KindReader(
    RuleKind.Forbid,
    KindField.Required("from", "Shop.Domain.**"),
    KindField.Required("to", "Shop.Domain.**"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var from = Selector(fields, "from", ListItems.Skip);
        var to = Selector(fields, "to", ListItems.Skip);
        return from is null || to is null ? null : new ForbidRule(header, from, to);
    }
}
