using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Inferring;

/// <summary>What infer wrote (no ADR: nothing held clearly enough to write one) and what it proposed and dropped.</summary>
internal sealed record InferenceResult(IReadOnlyList<WrittenAdr> Written, IReadOnlyList<Proposal> Proposals, IReadOnlyList<DroppedProposal> Dropped)
{
    /// <summary>Candidates left out because an accepted ADR already enforces them.</summary>
    public IReadOnlyList<AlreadyAccepted> AlreadyAccepted { get; init; } = [];

    /// <summary>The <c>techlead impact</c> command lines that find the written ADRs, in order.</summary>
    public IReadOnlyList<string> ImpactCommands { get; init; } = [];

    /// <summary>What was read and how (types, namespaces, compiler errors), for the first lines of the output.</summary>
    public IReadOnlyList<string> ReadNotes { get; init; } = [];

    /// <summary>What the fitness engines could not read (a project that does not compile, an assembly that does not load).</summary>
    public IReadOnlyList<string> VerificationNotes { get; init; } = [];

    /// <summary>The candidates the engines disagree on (a defect in TechLead, named rather than proposed).</summary>
    public IReadOnlyList<DroppedProposal> Disagreements => [.. Dropped.Where(d => d.Reason.StartsWith(EngineCrossCheck.DisagreementPrefix, System.StringComparison.Ordinal))];

    /// <summary>The candidates left out for a difference the engines are documented to have (docs/dependency-forms.md).</summary>
    public IReadOnlyList<DroppedProposal> DeclaredDifferences => [.. Dropped.Where(d => d.Reason.StartsWith(EngineCrossCheck.DeclaredDifferencePrefix, System.StringComparison.Ordinal))];

    public int Beyond => Dropped.Count(d => d.Reason.StartsWith(Inferrer.BeyondLimitPrefix, System.StringComparison.Ordinal));
}

/// <summary>One ADR infer wrote: its id, path and rules.</summary>
internal sealed record WrittenAdr(string Id, string Path, IReadOnlyList<Proposal> Proposals);
