namespace TechLead.Cli.Inferring;

/// <summary>A candidate rule an accepted ADR already enforces (<see cref="RuleMeaning"/>): not proposed again.</summary>
/// <param name="Id">The candidate's id in the inferred ADR.</param>
/// <param name="Kind">The rule kind, e.g. <c>independent</c>.</param>
/// <param name="AcceptedRule">The accepted rule with the same meaning, e.g. <c>ADR-0001/modules-independent</c>.</param>
internal sealed record AlreadyAccepted(string Id, string Kind, string AcceptedRule);
