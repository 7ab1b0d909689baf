namespace TechLead.Rules.Baselines;

/// <summary>
/// A file an engine was handed that may be the baseline: an additional file's path and its <c>TechLeadKind</c> item
/// metadata (<c>adr</c>, <c>baseline</c>, or null when the item has none).
/// </summary>
public readonly record struct BaselineCandidate(string Path, string? Kind);
