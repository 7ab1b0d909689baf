using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary><c>modifiers</c>: selected types must be sealed, static, abstract, of a visibility, or immutable.</summary>
internal sealed class ModifiersReader() : KindReader(
    RuleKind.Modifiers,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Optional("sealed"),
    KindField.Optional("static"),
    KindField.Optional("abstract"),
    KindField.Optional("visibility"),
    KindField.Optional("immutable"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var isSealed = fields.Boolean("sealed");
        var isStatic = fields.Boolean("static");
        var isAbstract = fields.Boolean("abstract");
        var immutable = fields.Boolean("immutable");
        var visibility = ReadVisibility(fields);
        if (isSealed is null && isStatic is null && isAbstract is null && immutable is null && visibility is null && !fields.HasErrors)
        {
            fields.Error(fields.Mapping.GetKey("kind")!.Span, "a modifiers rule needs at least one of 'sealed: true', 'static: true', 'abstract: true', 'visibility: internal|public', 'immutable: true'");
        }

        return types is null || fields.HasErrors
            ? null
            : new ModifiersRule(header, types, new ModifierRequirements(isSealed, isStatic, isAbstract, visibility, immutable == true));
    }

    private static TypeVisibility? ReadVisibility(FieldReader fields)
    {
        var value = fields.String("visibility", "internal");
        if (value is null)
        {
            return null;
        }

        if (Spellings.Visibility.TryParse(value, out var visibility))
        {
            return visibility;
        }

        fields.Error(fields.Node("visibility")!.Span, $"visibility {Spellings.Visibility.NotValid(value)}");
        return null;
    }
}
