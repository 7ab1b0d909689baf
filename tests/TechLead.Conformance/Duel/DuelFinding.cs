namespace TechLead.Conformance.Duel;

/// <summary>One diagnostic of the duel build: which analyzer (its ID), in which file of the project, on which line.</summary>
internal sealed record DuelFinding(string Id, string File, int Line, string Message);
