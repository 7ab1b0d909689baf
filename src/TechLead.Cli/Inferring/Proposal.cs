using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// A rule infer proposes: how to write it (given the types it leaves out), what it covers, and the evidence
/// the ADR's Context section shows for it. Exceptions come from the facts (a name that does not fit) and from
/// the analyzer run that verifies the proposal (rules/0020).
/// </summary>
internal sealed class Proposal
{
    private readonly Func<string, IReadOnlyCollection<string>, RuleDraft> build;

    /// <param name="baseId">The rule id before it is made unique in the ADR.</param>
    /// <param name="kind">The rule kind, e.g. <c>naming</c>.</param>
    /// <param name="evidence">What holds today, in one sentence, without the count (added on rendering).</param>
    /// <param name="covered">Full names of the types the rule is about.</param>
    /// <param name="allowsExceptions">Whether types may be left out through <c>except</c> (type rules, forbid).</param>
    /// <param name="build">Writes the rule with this id and these types left out.</param>
    public Proposal(string baseId, string kind, string evidence, IReadOnlyCollection<string> covered, bool allowsExceptions, Func<string, IReadOnlyCollection<string>, RuleDraft> build)
    {
        Id = baseId;
        Kind = kind;
        Evidence = evidence;
        Covered = covered;
        AllowsExceptions = allowsExceptions;
        this.build = build;
    }

    public string Id { get; set; }

    /// <summary>Settable: a near-rule that learns its exception is written as a diagram (rules/0051).</summary>
    public string Kind { get; set; }

    /// <summary>Settable: a near-rule adds what it learnt from the analyzer.</summary>
    public string Evidence { get; set; }

    /// <summary>Settable: a near-rule that leaves a composing module out covers less.</summary>
    public IReadOnlyCollection<string> Covered { get; set; }

    public bool AllowsExceptions { get; }

    /// <summary>Types left out, each with why (in the order found).</summary>
    public List<KeyValuePair<string, string>> Exceptions { get; } = [];

    /// <summary>
    /// For <c>allow-only</c>: the globs of what it may use outside the solution (<c>also-allow</c>), learnt from the
    /// analyzer's own dependencies rather than guessed; null for other rules.
    /// </summary>
    public List<string>? AllowedOutside { get; init; }

    /// <summary>
    /// Why the rule would hold by construction (every type of its project satisfies it, the project references already
    /// forbid what it forbids); such a rule protects nothing and is reported as not proposed. Null for a rule that can fail.
    /// </summary>
    public string? Vacuous { get; init; }

    /// <summary>
    /// For a near-rule (module independence that holds except through a few types): learns the named exception from the
    /// analyzer's violations; null for other rules.
    /// </summary>
    public IExceptionLearner? Learner { get; init; }

    /// <summary>For a forbid between layers: its layers, so forbids that leave out the same types can be merged; null for other rules.</summary>
    public ForbidParts? Forbid { get; init; }

    /// <summary>The fitness engines that declare they cannot check this rule, each with why (rules/0045); empty when both checked it.</summary>
    public List<(string Engine, string Reason)> SkippedBy { get; } = [];

    /// <summary>The ADR this rule goes to when infer writes one per theme.</summary>
    public ProposalTheme Theme => ProposalRanking.ThemeOf(Kind);

    /// <summary>Covered types the rule still holds for.</summary>
    public int Holding => Covered.Count(t => !Exceptions.Any(e => e.Key == t));

    public void Except(string type, string reason)
    {
        if (!Exceptions.Any(e => e.Key == type))
        {
            Exceptions.Add(new(type, reason));
        }
    }

    /// <summary>Whether leaving these further types out still leaves a convention (<see cref="InferThresholds"/>).</summary>
    public bool CanExcept(IReadOnlyCollection<string> more)
    {
        if (!AllowsExceptions)
        {
            return false;
        }

        var left = Exceptions.Select(e => e.Key).Concat(more).Distinct(StringComparer.Ordinal).ToList();
        var total = Math.Max(Covered.Count, left.Count);
        return left.Count <= InferThresholds.MaxExceptions && InferThresholds.Holds(total - left.Count, total);
    }

    public RuleDraft ToDraft() => build(Id, Exceptions.Select(e => e.Key).ToList());
}
