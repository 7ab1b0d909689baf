using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>must-inherit</c> / <c>must-implement</c>: selected types must derive from / implement <see cref="Type"/>.</summary>
public sealed class InheritanceRule(RuleHeader header, TypeSelector types, GlobPattern type) : TypeRule(header, types)
{
    public GlobPattern Type { get; } = type;

    public bool RequiresInterface => Kind == RuleKind.MustImplement;

    /// <summary>Shared by <c>must-inherit</c> and <c>must-implement</c>.</summary>
    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.InheritanceViolation, "Required base type or interface missing", "A type does not inherit or implement what an ADR requires (must-inherit / must-implement rule).");

    internal override string? CheckSelected<TType>(TType type, ITypeModel<TType> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        var name = model.GetFullName(type);
        var related = RequiresInterface ? model.GetAllInterfaces(type) : model.GetBaseClasses(type);
        foreach (var candidate in related)
        {
            if (Type.IsMatch(model.GetFullName(candidate)))
            {
                return null;
            }
        }

        return ViolationMessages.Wrap(this, $"'{name}' must {(RequiresInterface ? "implement" : "inherit")} '{Type.Text}'");
    }
}

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
