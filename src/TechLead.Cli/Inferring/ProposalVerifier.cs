using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Checking;
using TechLead.Rules;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Runs the analyzer, as <c>check</c> and <c>impact</c> do, over the draft ADR with <c>status: accepted</c>, on the
/// compilations already loaded: what it reports decides, not infer's own reading of the code. A rule it finds
/// violated by a type or two that leaving out still leaves a convention gets those types in its <c>except</c>;
/// any other violated rule is dropped. Repeats until a run reports nothing (each round only removes). The fitness engines
/// then judge what this leaves (<see cref="EngineCrossCheck"/>): each dropped rule is also handed back with the
/// analyzer's first finding, so a rule only the analyzer finds violated is named as a disagreement too.
/// </summary>
internal static class ProposalVerifier
{
    private const int MaxRounds = 5;

    public static async Task<List<DroppedProposal>> VerifyAsync(
        LoadedSolution loaded,
        List<Proposal> proposals,
        Func<IReadOnlyList<Proposal>, AdrSourceFile> renderAccepted,
        Func<IReadOnlyList<AdrSourceFile>, CheckRequest> requestFor,
        string adrId,
        Func<string, bool> isSourceType,
        ICheckProgress progress,
        List<ViolatedCandidate> violated,
        CancellationToken cancellationToken)
    {
        var dropped = new List<DroppedProposal>();
        for (var round = 1; proposals.Count > 0; round++)
        {
            var file = renderAccepted(proposals);
            DropUnreadable(file, proposals, dropped);
            progress.Report($"Verifying {proposals.Count} proposed rule(s)");
            var output = await RoslynSolutionChecker.AnalyzeAsync(loaded, requestFor([file]), progress, cancellationToken).ConfigureAwait(false);
            var violations = output.Violations.Where(v => !v.IsFileProblem && v.Adr == adrId && v.Rule is not null).ToList();
            if (violations.Count == 0)
            {
                return dropped;
            }

            foreach (var byRule in violations.GroupBy(v => v.Rule!, StringComparer.Ordinal))
            {
                var proposal = proposals.First(p => p.Id == byRule.Key);
                var types = byRule.Select(v => TypeName(v.From)).Distinct(StringComparer.Ordinal).ToList();
                if (round < MaxRounds && proposal.AllowedOutside is { } allowed && Outside(byRule, isSourceType) is { } learnt
                    && allowed.Union(learnt, StringComparer.Ordinal).Count() <= AllowOnlyProposer.MaxAllowedOutside)
                {
                    AllowOnlyProposer.Widen(allowed, learnt);
                }
                else if (round < MaxRounds && proposal.Learner is { } learner && learner.TryLearn(byRule.ToList()))
                {
                    // The near-rule now names its exception; the next round checks it as written.
                }
                else if (round < MaxRounds && proposal.AllowedOutside is null && types.TrueForAll(t => t is not null) && proposal.CanExcept(types!))
                {
                    foreach (var type in types)
                    {
                        var example = byRule.First(v => TypeName(v.From) == type);
                        proposal.Except(type!, "the analyzer reports it today: " + WithoutAdrPrefix(example.Message));
                    }
                }
                else
                {
                    proposals.Remove(proposal);
                    var first = byRule.OrderBy(v => v.Path, StringComparer.Ordinal).ThenBy(v => v.Line).First();
                    var reason = new DroppedProposal(proposal.Id, proposal.Kind, $"violated today: {byRule.Count()} violation(s), e.g. {WithoutAdrPrefix(first.Message)}");
                    dropped.Add(reason);
                    violated.Add(new ViolatedCandidate(proposal, first, reason));
                }
            }
        }

        return dropped;
    }

    /// <summary>
    /// The library families (<see cref="BaseLibraryFamilies"/>) of what an allow-only rule
    /// found used outside the solution; null when it also uses another part of the solution (then it is not self-contained).
    /// </summary>
    private static List<string>? Outside(IEnumerable<Finding> violations, Func<string, bool> isSourceType)
    {
        var targets = violations.Select(v => TypeName(v.To)).Distinct(StringComparer.Ordinal).ToList();
        if (targets.Exists(t => t is null || isSourceType(t)))
        {
            return null;
        }

        return targets.Select(t => BaseLibraryFamilies.FamilyOf(t!)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A rule the parser rejects (it should not happen: the writer round-trips) is dropped, not written.</summary>
    private static void DropUnreadable(AdrSourceFile file, List<Proposal> proposals, List<DroppedProposal> dropped)
    {
        var set = AdrSet.Load([file]);
        var read = new HashSet<string>(set.Rules.Select(r => r.Id), StringComparer.Ordinal);
        foreach (var proposal in proposals.Where(p => !read.Contains(p.Id)).ToList())
        {
            proposals.Remove(proposal);
            dropped.Add(new DroppedProposal(proposal.Id, proposal.Kind, "not readable: " + (set.Diagnostics.Count > 0 ? set.Diagnostics[0].Message : "the rule did not read back")));
        }
    }

    /// <summary>The type of a baseline <c>from</c> id (<c>T:Shop.Api.Program</c>); null for a member or a missing id.</summary>
    internal static string? TypeName(string? documentationId) =>
        documentationId is { Length: > 2 } id && id.StartsWith("T:", StringComparison.Ordinal) ? id.Substring(2) : null;

    private static string WithoutAdrPrefix(string message)
    {
        var close = message.StartsWith('[') ? message.IndexOf("] ", StringComparison.Ordinal) : -1;
        return close < 0 ? message : message.Substring(close + 2);
    }
}
