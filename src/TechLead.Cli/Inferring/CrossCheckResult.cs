using System.Collections.Generic;

namespace TechLead.Cli.Inferring;

/// <summary>What the fitness engines changed in infer's verdicts, and what they could not read.</summary>
internal sealed class CrossCheckResult
{
    /// <summary>Proposals the analyzer found holding and an engine did not: not proposed, named.</summary>
    public List<DroppedProposal> Disagreements { get; } = [];

    /// <summary>Violated candidates an engine found holding: the analyzer's reason, replaced by the disagreement.</summary>
    public Dictionary<DroppedProposal, DroppedProposal> Replaced { get; } = [];

    /// <summary>Projects that did not compile, assemblies an engine could not read, an engine that failed on a rule.</summary>
    public List<string> Notes { get; } = [];
}
