using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>allow-only</c>: <see cref="From"/> may depend only on <see cref="To"/>, itself and <see cref="AlsoAllow"/>.</summary>
public sealed class AllowOnlyRule(RuleHeader header, TypeSelector from, TypeSelector to, TypeSelector alsoAllow) : Rule(header), IPairwiseDependencyRule
{
    public TypeSelector From { get; } = from;

    public TypeSelector To { get; } = to;

    /// <summary>Defaults to <c>[System.**]</c>.</summary>
    public TypeSelector AlsoAllow { get; } = alsoAllow;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.DependencyOutsideAllowList, "Dependency outside allow-list", "A type depends on a type outside the allow-list of an ADR (allow-only rule).");

    DependencyConstraint IPairwiseDependencyRule.Compile() => new AllowOnlyConstraint(this);
}

/// <summary>A <c>allow-only</c> rule checked one reference at a time.</summary>
internal sealed class AllowOnlyConstraint(AllowOnlyRule rule) : DependencyConstraint(rule)
{
    public override IReadOnlyList<string> FromPrefixes => rule.From.RequiredPrefixes;

    public override IReadOnlyList<string>? TargetPrefixesFrom<TType>(TType source, ITypeModel<TType> model) => null;

    public override bool AppliesTo<TType>(TType source, ITypeModel<TType> model) => rule.From.Matches(source, model);

    // also-allow is an exemption (typically System.**), not what the rule is about.
    public override bool Names<TType>(TType type, ITypeModel<TType> model) => Names(rule.From, type, model) || Names(rule.To, type, model);

    public override string? Check<TType>(TType source, TType target, ITypeModel<TType> model) =>
        rule.To.Matches(target, model) || rule.From.Matches(target, model) || rule.AlsoAllow.Matches(target, model)
            ? null
            : ViolationMessages.OutsideAllowList(rule, model.GetFullName(source), model.GetFullName(target));
}

/// <summary>
/// <c>allow-only</c>: types in <c>from</c> may depend only on <c>to</c> and <c>also-allow</c> (default <c>System.**</c>).
/// A bad item of <c>to</c> or <c>also-allow</c> invalidates the field: dropping an allowed item would flag code that is fine.
/// </summary>
internal sealed class AllowOnlyReader() : KindReader(
    RuleKind.AllowOnly,
    KindField.Required("from", "Shop.Domain.**"),
    KindField.Required("to", "Shop.Domain.**"),
    KindField.Optional("also-allow"))
{
    private static readonly GlobTypeSelector SystemTypes = new(GlobPattern.Parse("System.**"));

    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var from = Selector(fields, "from", ListItems.Skip);
        var to = Selector(fields, "to", ListItems.InvalidateField);
        var alsoAllow = fields.Node("also-allow") is { } node ? SelectorReader.Read(node, "also-allow", fields) : SystemTypes;
        return from is null || to is null || alsoAllow is null ? null : new AllowOnlyRule(header, from, to, alsoAllow);
    }
}
