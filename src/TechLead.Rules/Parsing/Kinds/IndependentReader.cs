using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary><c>independent</c>: no module may depend on another; a bad module only narrows the rule, so it is skipped.</summary>
internal sealed class IndependentReader() : KindReader(
    RuleKind.Independent,
    KindField.Required("modules", TypeGroupReader.Example))
{
    public override Rule? Read(RuleHeader header, FieldReader fields) =>
        TypeGroupReader.Read(fields, "modules", "module", ListItems.Skip) is { } modules ? new IndependentRule(header, modules) : null;
}
