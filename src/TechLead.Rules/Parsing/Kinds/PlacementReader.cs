using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary><c>placement</c>: each selected type must reside in a namespace matching <c>namespace</c>.</summary>
internal sealed class PlacementReader() : KindReader(
    RuleKind.Placement,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Required("namespace", "Shop.Domain.**"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var ns = Glob(fields, "namespace");
        return types is null || ns is null ? null : new PlacementRule(header, types, ns);
    }
}
