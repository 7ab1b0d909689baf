using System.Collections.Generic;

namespace TechLead.Cli.Inferring;

/// <summary>What infer wrote (null path: nothing held clearly enough to write an ADR) and what it proposed and dropped.</summary>
internal sealed record InferenceResult(string? Path, string Id, IReadOnlyList<Proposal> Proposals, IReadOnlyList<DroppedProposal> Dropped);
