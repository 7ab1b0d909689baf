using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Checking;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Evaluation;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Puts each candidate the analyzer judged before ArchUnitNET and NetArchTest, on the emitted assemblies (rules/0045): a
/// proposal holds only when all three find nothing. Where they differ, that is a defect in TechLead, not a verdict on the
/// code: the candidate is not proposed and is named with each engine's view ("holds in the analyzer, NetArchTest finds
/// X -> Y"). Where everything an IL engine finds is a declared difference of docs/dependency-forms.md (an attribute only a
/// generated part of a partial class declares), the candidate is not proposed either, but named as that construct, not as
/// a defect. A rule an engine declares it cannot check (NetArchTest and <c>layers</c>, <c>diagram</c>) is a skip, noted on
/// the proposal, not a disagreement.
/// </summary>
internal static class EngineCrossCheck
{
    /// <summary>How a disagreement starts in the ADR's list of candidates not proposed (counted by the command).</summary>
    public const string DisagreementPrefix = "the engines disagree: ";

    /// <summary>How a difference the engines are documented to have starts in the ADR's list (counted apart).</summary>
    public const string DeclaredDifferencePrefix = "the engines differ on a declared difference: ";

    /// <param name="emitted">The solution's own assemblies.</param>
    /// <param name="proposals">What the analyzer found holding; a disagreement is removed from it.</param>
    /// <param name="violated">What the analyzer found violated, as it stood then.</param>
    /// <param name="renderAccepted">Writes candidates as an accepted ADR, as the analyzer read them.</param>
    /// <param name="generatedParts">The declared difference an IL engine's finding may be.</param>
    /// <param name="progress">Where the step is shown.</param>
    /// <returns>The disagreements, and for each violated candidate an engine finds holding, the reason that replaces its own.</returns>
    public static CrossCheckResult Run(
        EmittedAssemblies emitted,
        List<Proposal> proposals,
        IReadOnlyList<ViolatedCandidate> violated,
        Func<IReadOnlyList<Proposal>, AdrSourceFile> renderAccepted,
        GeneratedPartAttributes generatedParts,
        ICheckProgress progress)
    {
        var result = new CrossCheckResult();
        result.Notes.AddRange(emitted.Problems);
        var candidates = proposals.Concat(violated.Select(v => v.Proposal)).ToList();
        if (candidates.Count == 0 || emitted.Set.Paths.Count == 0)
        {
            return result;
        }

        progress.Report($"Verifying {candidates.Count} candidate(s) with ArchUnitNET and NetArchTest");
        var rules = AdrSet.Load([renderAccepted(candidates)]).Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var proposal in proposals.ToList())
        {
            if (!rules.TryGetValue(proposal.Id, out var rule))
            {
                continue;
            }

            var verdicts = Judge(rule, emitted.Set, result.Notes);
            proposal.SkippedBy.Clear();
            proposal.SkippedBy.AddRange(verdicts.Where(v => v.Skipped).Select(v => (v.EngineName, v.SkipReason!)));
            if (Disagreement(null, verdicts) is { } reason)
            {
                proposals.Remove(proposal);
                result.Disagreements.Add(new DroppedProposal(proposal.Id, proposal.Kind, Declared(verdicts, generatedParts) is { } construct
                    ? $"{DeclaredDifferencePrefix}{reason}; that is {construct}, see {GeneratedPartAttributes.Documented}"
                    : DisagreementPrefix + reason));
            }
        }

        foreach (var candidate in violated)
        {
            // Where the analyzer's finding is in a project that did not compile, the IL engines had nothing to read.
            if (!rules.TryGetValue(candidate.Proposal.Id, out var rule) || candidate.First.Project is not { } project || !emitted.Projects.Contains(project))
            {
                continue;
            }

            var analyzer = $"{Pair(ProposalVerifier.TypeName(candidate.First.From), ProposalVerifier.TypeName(candidate.First.To))} ({candidate.First.Path}:{candidate.First.Line})";
            if (Disagreement(analyzer, Judge(rule, emitted.Set, result.Notes)) is { } reason)
            {
                result.Replaced[candidate.Dropped] = candidate.Dropped with { Reason = DisagreementPrefix + reason };
            }
        }

        return result;
    }

    /// <summary>Both engines' verdicts; an engine that throws is a problem noted, its verdict left out (not a disagreement).</summary>
    private static List<EngineVerdict> Judge(Rule rule, AssemblySet assemblies, List<string> notes)
    {
        var verdicts = new List<EngineVerdict>();
        foreach (var engine in EngineVerdict.Engines)
        {
            try
            {
                var verdict = EngineVerdict.Of(engine, rule, assemblies);
                verdicts.Add(verdict);
                foreach (var problem in verdict.Result.Problems.Select(p => $"{verdict.EngineName}: {p}").Where(p => !notes.Contains(p)))
                {
                    notes.Add(problem);
                }
            }
#pragma warning disable CA1031 // an engine failure on one rule is reported; infer goes on with the others
            catch (Exception exception)
#pragma warning restore CA1031
            {
                notes.Add($"{EngineVerdict.NameOf(engine.Kind)} could not check {rule.Id} ({exception.GetType().Name}: {exception.Message})");
            }
        }

        return verdicts;
    }

    /// <summary>
    /// Null when every engine that checked the rule says the same (all hold, or all find something); else who holds and
    /// what each other engine finds first: <c>holds in the analyzer, NetArchTest finds X -&gt; Y</c>.
    /// </summary>
    /// <param name="analyzer">The analyzer's first finding; null when it found nothing.</param>
    /// <param name="verdicts">The fitness engines' verdicts (a skip counts for neither side).</param>
    internal static string? Disagreement(string? analyzer, IReadOnlyList<EngineVerdict> verdicts)
    {
        var views = new List<(string Engine, string? Finding)> { ("the analyzer", analyzer) };
        views.AddRange(verdicts.Where(v => !v.Skipped).Select(v => (v.EngineName, First(v.Result))));
        if (views.TrueForAll(v => v.Finding is null) || views.TrueForAll(v => v.Finding is not null))
        {
            return null;
        }

        var holding = Join(views.Where(v => v.Finding is null).Select(v => v.Engine));
        var finding = views.Where(v => v.Finding is not null).GroupBy(v => v.Finding!, StringComparer.Ordinal)
            .Select(g => $"{Join(g.Select(v => v.Engine))} {(g.Count() == 1 ? "finds" : "find")} {g.Key}");
        return $"holds in {holding}, {string.Join(", ", finding)}";
    }

    /// <summary>
    /// The construct, when every finding of every engine that found something is a declared difference (then the analyzer,
    /// which holds, is right by docs/dependency-forms.md); null when any finding is unexplained.
    /// </summary>
    private static string? Declared(IReadOnlyList<EngineVerdict> verdicts, GeneratedPartAttributes generatedParts)
    {
        var found = verdicts.Where(v => !v.Skipped).SelectMany(v => v.Result.Violations).ToList();
        var constructs = found.Select(v => ProposalVerifier.TypeName(v.BaselineFrom) is { } from && ProposalVerifier.TypeName(v.BaselineTo) is { } to ? generatedParts.Describe(from, to) : null).ToList();
        return found.Count > 0 && constructs.TrueForAll(c => c is not null) ? constructs[0] : null;
    }

    /// <summary>An engine's first finding (its results are sorted): the violating type and what it depends on.</summary>
    private static string? First(RuleResult result)
    {
        if (result.Violations.Count == 0)
        {
            return null;
        }

        var violation = result.Violations[0];
        return violation.TargetUnknown
            ? $"{ProposalVerifier.TypeName(violation.BaselineFrom) ?? violation.BaselineFrom} -> a type it does not name"
            : Pair(ProposalVerifier.TypeName(violation.BaselineFrom) ?? violation.BaselineFrom, ProposalVerifier.TypeName(violation.BaselineTo) ?? violation.BaselineTo);
    }

    /// <summary><c>X -&gt; Y</c> for a dependency, the type alone for a type-level rule (no target).</summary>
    private static string Pair(string? from, string? to) =>
        string.IsNullOrEmpty(to) ? from ?? "?" : $"{from ?? "?"} -> {to}";

    private static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
