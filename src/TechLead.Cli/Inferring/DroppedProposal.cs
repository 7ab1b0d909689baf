namespace TechLead.Cli.Inferring;

/// <summary>
/// A candidate rule infer looked at and does not propose, with the reason: the analyzer found it violated today, it holds
/// by construction (vacuous), another rule covers it, or it ranks beyond the limit of rules per type. Named in the ADR so
/// nobody wonders.
/// </summary>
internal sealed record DroppedProposal(string Id, string Kind, string Reason)
{
    public ProposalTheme Theme => ProposalRanking.ThemeOf(Kind);
}
