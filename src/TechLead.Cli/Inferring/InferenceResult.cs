using System.Collections.Generic;

namespace TechLead.Cli.Inferring;

/// <summary>What infer wrote (null path: nothing held clearly enough to write an ADR) and what it proposed and dropped.</summary>
internal sealed record InferenceResult(string? Path, string Id, IReadOnlyList<Proposal> Proposals, IReadOnlyList<DroppedProposal> Dropped)
{
    /// <summary>Candidates left out because an accepted ADR already enforces them.</summary>
    public IReadOnlyList<AlreadyAccepted> AlreadyAccepted { get; init; } = [];

    /// <summary>The <c>techlead impact</c> command line that finds the written ADR; null when nothing was written.</summary>
    public string? ImpactCommand { get; init; }
}
