using TechLead.Rules.Model;

namespace TechLead.Rules;

/// <summary>A file that is not a readable ADR: the id its file name gives (<c>ADR-0007</c> from <c>0007-x.md</c>) and why.</summary>
public sealed record UnreadableAdr(string Id, AdrDiagnostic Problem);
