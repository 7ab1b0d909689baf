using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary><c>must-inherit</c> and <c>must-implement</c>: each selected type must derive from <c>type</c>.</summary>
internal sealed class InheritanceReader(RuleKind kind) : KindReader(
    kind,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Required("type", "Shop.Domain.Entity"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var baseType = Glob(fields, "type");
        return types is null || baseType is null ? null : new InheritanceRule(header, types, baseType);
    }
}
