using TechLead.Cli.Checking;

namespace TechLead.Cli.Inferring;

/// <summary>A candidate the analyzer found violated and infer dropped, as it stood then, with the analyzer's first finding.</summary>
internal sealed record ViolatedCandidate(Proposal Proposal, Finding First, DroppedProposal Dropped);
