using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Rules.Baselines;

/// <summary>
/// One frozen violation group (docs/adr-format.md#baseline). <see cref="From"/> and <see cref="To"/> are
/// documentation-comment IDs (<c>T:Shop.Domain.Order</c>, or the banned symbol's ID), never lines,
/// so the entry survives edits. Type-level and vocabulary rules leave <see cref="To"/> empty.
/// </summary>
public sealed record BaselineEntry(string Adr, string Rule, string From, string To, int Count)
{
    public string? Reason { get; init; }

    public string? Owner { get; init; }

    /// <summary>ISO date (<c>yyyy-MM-dd</c>) after which the entry no longer hides anything.</summary>
    public string? Expires { get; init; }

    public Model.SourceSpan Span { get; init; }

    /// <summary>True when <see cref="Expires"/> is before <paramref name="today"/> (both <c>yyyy-MM-dd</c>, compared ordinally).</summary>
    public bool IsExpired(string today) => Expires is { Length: > 0 } expires && string.CompareOrdinal(expires, today) < 0;

    /// <summary>The key violations are grouped by: adr, rule, from, to.</summary>
    public BaselineKey Key => new(Adr, Rule, From, To);
}

/// <summary>What identifies a violation for the baseline.</summary>
public readonly record struct BaselineKey(string Adr, string Rule, string From, string To)
{
    /// <summary>The key a rule's violation is baselined under, whichever engine found it.</summary>
    public static BaselineKey Of(Rule rule, RuleViolation violation) =>
        new(rule.Adr.Id, rule.Id, violation.BaselineFrom, violation.BaselineTo);
}
