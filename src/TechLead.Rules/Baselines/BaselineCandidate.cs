namespace TechLead.Rules.Baselines;

/// <summary>
/// A file an engine was handed that may be the baseline: an additional file's path and its <c>TechLeadKind</c> item
/// metadata (<c>adr</c>, <c>baseline</c>, or null when the item has none). A class: a list of a struct of ours is
/// JIT-compiled in every cold compiler process (rules/0060).
/// </summary>
public sealed record BaselineCandidate(string Path, string? Kind);
