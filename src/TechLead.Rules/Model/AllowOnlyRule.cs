using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>allow-only</c>: <see cref="From"/> may depend only on <see cref="To"/>, itself and <see cref="AlsoAllow"/>.</summary>
public sealed class AllowOnlyRule(RuleHeader header, TypeSelector from, TypeSelector to, TypeSelector alsoAllow) : Rule(header)
{
    public TypeSelector From { get; } = from;

    public TypeSelector To { get; } = to;

    /// <summary>Defaults to <c>[System.**]</c>.</summary>
    public TypeSelector AlsoAllow { get; } = alsoAllow;
}
