using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>placement</c>: selected types must reside in a namespace matching <see cref="Namespace"/>.</summary>
public sealed class PlacementRule(RuleHeader header, TypeSelector types, GlobPattern @namespace) : TypeRule(header, types)
{
    public GlobPattern Namespace { get; } = @namespace;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.PlacementViolation, "Type outside its namespace", "A type resides outside the namespace an ADR assigns it (placement rule).");

    internal override string? CheckSelected<TType>(TType type, ITypeModel<TType> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        return Namespace.IsMatch(model.GetNamespace(type)) ? null : ViolationMessages.Wrap(this, $"'{model.GetFullName(type)}' must reside in namespace '{Namespace.Text}'");
    }
}

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
