using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>
/// <c>must-inherit</c> / <c>must-implement</c>: selected types must derive from / implement <see cref="Type"/>, or at least
/// one of <see cref="AnyOf"/> when <c>type</c> lists several (rules/0063).
/// </summary>
public sealed class InheritanceRule(RuleHeader header, TypeSelector types, IReadOnlyList<GlobPattern> anyOf) : TypeRule(header, types)
{
    /// <summary>The first (usually the only) required type.</summary>
    public GlobPattern Type => AnyOf[0];

    /// <summary>The required types; a type complies with any one of them.</summary>
    public IReadOnlyList<GlobPattern> AnyOf { get; } = anyOf;

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
            var candidateName = model.GetFullName(candidate);
            foreach (var required in AnyOf)
            {
                if (required.IsMatch(candidateName))
                {
                    return null;
                }
            }
        }

        return ViolationMessages.Wrap(this, $"'{name}' must {(RequiresInterface ? "implement" : "inherit")} {Required()}");
    }

    private string Required()
    {
        if (AnyOf.Count == 1)
        {
            return $"'{AnyOf[0].Text}'";
        }

        var quoted = new string[AnyOf.Count];
        for (var i = 0; i < quoted.Length; i++)
        {
            quoted[i] = $"'{AnyOf[i].Text}'";
        }

        return "one of " + ViolationMessages.Enumerate(quoted);
    }
}

/// <summary>
/// <c>must-inherit</c> and <c>must-implement</c>: each selected type must derive from <c>type</c>, a glob or a list of them
/// (any one suffices). A bad item invalidates the list: dropping it would flag types that derive from it.
/// </summary>
internal sealed class InheritanceReader(RuleKind kind) : KindReader(
    kind,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Required("type", "Shop.Domain.Entity"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var required = fields.Value("type") is YamlSequence sequence ? AnyOf(sequence, fields) : Glob(fields, "type") is { } one ? [one] : null;
        return types is null || required is null ? null : new InheritanceRule(header, types, required);
    }

    private static List<GlobPattern>? AnyOf(YamlSequence sequence, FieldReader fields)
    {
        if (sequence.Items.Count == 0)
        {
            fields.Error(sequence.Span, "type: the list is empty; name at least one type, e.g. 'type: [Shop.ICommandHandler`1, Shop.IQueryHandler`2]'");
            return null;
        }

        var required = new List<GlobPattern>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (SelectorReader.Glob(item, "type", fields) is { } glob)
            {
                required.Add(glob);
            }
        }

        return required.Count == sequence.Items.Count ? required : null;
    }
}
