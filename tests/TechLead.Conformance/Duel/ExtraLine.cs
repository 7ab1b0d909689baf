namespace TechLead.Conformance.Duel;

/// <summary>
/// Lines TechLead flags and BannedApiAnalyzers does not, named by a piece of their text (every line of
/// <paramref name="File"/> containing <paramref name="Snippet"/>), with the reason.
/// </summary>
internal sealed record ExtraLine(string File, string Snippet, string Reason);
