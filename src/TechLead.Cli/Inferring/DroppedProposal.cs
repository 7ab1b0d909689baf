namespace TechLead.Cli.Inferring;

/// <summary>A candidate rule the analyzer found violated today: not proposed, but named in the ADR so nobody wonders.</summary>
internal sealed record DroppedProposal(string Id, string Kind, int Violations, string Example);
