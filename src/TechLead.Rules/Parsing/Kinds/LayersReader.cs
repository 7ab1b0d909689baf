using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary><c>layers</c>: top to bottom; the order carries meaning, so any bad layer invalidates the rule.</summary>
internal sealed class LayersReader() : KindReader(
    RuleKind.Layers,
    KindField.Required("layers", TypeGroupReader.Example),
    KindField.Optional("mode"))
{
    private static readonly string[] Modes = ["relaxed", "strict"];

    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var mode = fields.String("mode", "relaxed");
        if (mode is not null and not "relaxed" and not "strict")
        {
            fields.Error(fields.Node("mode")!.Span, $"mode '{mode}' is not valid{Suggestions.DidYouMean(mode, Modes)}");
            return null;
        }

        var layers = TypeGroupReader.Read(fields, "layers", "layer", ListItems.InvalidateField);
        return layers is null ? null : new LayersRule(header, layers, mode == "strict");
    }
}
