using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>forbid</c>: <see cref="From"/> must not depend on <see cref="To"/>.</summary>
public sealed class ForbidRule(RuleHeader header, TypeSelector from, TypeSelector to) : Rule(header), IPairwiseDependencyRule
{
    public TypeSelector From { get; } = from;

    public TypeSelector To { get; } = to;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.ForbiddenDependency, "Forbidden dependency", "A type depends on types an ADR forbids it to use (forbid rule).");

    DependencyConstraint IPairwiseDependencyRule.Compile() => new ForbidConstraint(this);
}

/// <summary>A <c>forbid</c> rule checked one reference at a time.</summary>
internal sealed class ForbidConstraint(ForbidRule rule) : DependencyConstraint(rule)
{
    public override IReadOnlyList<string> FromPrefixes => rule.From.RequiredPrefixes;

    public override IReadOnlyList<string>? TargetPrefixesFrom<TType>(TType source, ITypeModel<TType> model) =>
        rule.To.RequiredPrefixes.Count == 0 ? null : rule.To.RequiredPrefixes;

    public override bool AppliesTo<TType>(TType source, ITypeModel<TType> model) => rule.From.Matches(source, model);

    public override bool Names<TType>(TType type, ITypeModel<TType> model) => Names(rule.From, type, model) || Names(rule.To, type, model);

    public override string? Check<TType>(TType source, TType target, ITypeModel<TType> model) =>
        rule.To.Matches(target, model) ? ViolationMessages.Forbidden(rule, model.GetFullName(source), model.GetFullName(target)) : null;
}

/// <summary><c>forbid</c>: types in <c>from</c> must not depend on types in <c>to</c>. A bad item of either list only narrows the rule, so it is skipped.</summary>
internal sealed class ForbidReader() : KindReader(
    RuleKind.Forbid,
    KindField.Required("from", "Shop.Domain.**"),
    KindField.Required("to", "Shop.Domain.**"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var from = Selector(fields, "from", ListItems.Skip);
        var to = Selector(fields, "to", ListItems.Skip);
        return from is null || to is null ? null : new ForbidRule(header, from, to);
    }
}
