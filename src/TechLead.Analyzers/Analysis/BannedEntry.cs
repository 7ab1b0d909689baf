using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>One banned API of one rule: what a lookup in <see cref="BannedApiIndex"/> returns.</summary>
internal sealed class BannedEntry(BannedApiRule rule, BannedApi api)
{
    public BannedApiRule Rule { get; } = rule;

    public BannedApi Api { get; } = api;
}
