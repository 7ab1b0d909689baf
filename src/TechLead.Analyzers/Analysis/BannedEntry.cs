using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>One banned API of one rule: what a lookup in <see cref="BannedApiIndex"/> returns.</summary>
internal sealed class BannedEntry(BannedApiRule rule, BannedApi api, int order)
{
    public BannedApiRule Rule { get; } = rule;

    public BannedApi Api { get; } = api;

    /// <summary>Position in the ADR set (rule, then API): several bans on one use are reported in this order.</summary>
    public int Order { get; } = order;
}
