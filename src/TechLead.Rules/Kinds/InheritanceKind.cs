using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>
/// <c>must-inherit</c> / <c>must-implement</c>: selected types must derive from / implement <see cref="Type"/>, or at least
/// one of <see cref="AnyOf"/> when <c>type</c> lists several (rules/0063). <c>must-not-inherit</c> /
/// <c>must-not-implement</c>: selected types must derive from / implement none of them; the type itself is not a
/// subtype of itself, so it never breaks either form (rules/0065).
/// </summary>
public sealed class InheritanceRule(RuleHeader header, TypeSelector types, IReadOnlyList<GlobPattern> anyOf) : TypeRule(header, types)
{
    /// <summary>The first (usually the only) required type.</summary>
    public GlobPattern Type => AnyOf[0];

    /// <summary>The required types; a type complies with any one of them.</summary>
    public IReadOnlyList<GlobPattern> AnyOf { get; } = anyOf;

    /// <summary>Whether the rule is about interfaces (<c>must-implement</c>, <c>must-not-implement</c>) rather than base classes.</summary>
    public bool RequiresInterface => Kind is RuleKind.MustImplement or RuleKind.MustNotImplement;

    /// <summary>Whether the rule forbids the types (<c>must-not-inherit</c>, <c>must-not-implement</c>) rather than requiring one.</summary>
    public bool Forbids => Kind is RuleKind.MustNotInherit or RuleKind.MustNotImplement;

    /// <summary>Shared by <c>must-inherit</c>, <c>must-implement</c>, <c>must-not-inherit</c> and <c>must-not-implement</c>.</summary>
    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.InheritanceViolation, "Base type or interface rule broken", "A type does not inherit or implement what an ADR requires, or inherits or implements what it forbids (must-inherit / must-implement / must-not-inherit / must-not-implement rule).");

    internal override string? CheckSelected<TType>(TType type, ITypeModel<TType> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        var related = RequiresInterface ? model.GetAllInterfaces(type) : model.GetBaseClasses(type);
        foreach (var candidate in related)
        {
            var candidateName = model.GetFullName(candidate);
            foreach (var listed in AnyOf)
            {
                if (listed.IsMatch(candidateName))
                {
                    return Forbids ? ViolationMessages.Wrap(this, $"'{model.GetFullName(type)}' must not {Verb} '{candidateName}'") : null;
                }
            }
        }

        return Forbids ? null : ViolationMessages.Wrap(this, $"'{model.GetFullName(type)}' must {Verb} {Required()}");
    }

    private string Verb => RequiresInterface ? "implement" : "inherit";

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
/// (any one suffices); <c>must-not-inherit</c> and <c>must-not-implement</c>: from none of them. A bad item invalidates
/// the list: dropping it would flag types that derive from it (or let pass types that derive from it).
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
