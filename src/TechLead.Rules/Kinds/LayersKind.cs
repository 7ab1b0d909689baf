using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;

namespace TechLead.Rules.Model;

/// <summary><c>layers</c>: each layer may use layers below it (relaxed) or only the next one (strict).</summary>
public sealed class LayersRule(RuleHeader header, IReadOnlyList<NamedTypeGroup> layers, bool strict) : Rule(header), IPairwiseDependencyRule
{
    /// <summary>Top to bottom.</summary>
    public IReadOnlyList<NamedTypeGroup> Layers { get; } = layers;

    public bool Strict { get; } = strict;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.LayerViolation, "Layer violation", "A type depends on a layer it must not use (layers rule of an ADR).");

    DependencyConstraint IPairwiseDependencyRule.Compile() => new GroupConstraint(this, Layers, Strict);
}

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
