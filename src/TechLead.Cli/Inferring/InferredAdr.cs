using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// The ADR infer writes: one decision, "keep what already holds", with each rule's evidence in the Context
/// section (what it covers, 0 violations today, the types it leaves out and why) and the candidates that
/// turned out violated listed, so a lead sees what was looked at.
/// </summary>
internal static class InferredAdr
{
    public static AdrDraft Build(InferenceSubject subject, string id, string status, string date, IReadOnlyList<Proposal> proposals, IReadOnlyList<DroppedProposal> dropped)
    {
        var draft = new AdrDraft(id, $"Keep the structure {subject.Name} already has", status, date);
        draft.Tags.Add("inferred");
        draft.Sections.Add(new("Context and Problem Statement", Context(subject, proposals)));
        draft.Sections.Add(new("Decision Outcome", DecisionOutcome(id, proposals, dropped)));
        draft.Sections.Add(new("Confirmation", string.Empty));
        draft.ConfirmationText = $"`techlead impact {id}` shows what these rules flag today: nothing, when this ADR was written.";
        foreach (var proposal in proposals)
        {
            draft.Rules.Add(proposal.ToDraft());
        }

        return draft;
    }

    private static string Context(InferenceSubject subject, IReadOnlyList<Proposal> proposals)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"`techlead infer` read {subject.Name} ({subject.Projects} projects, {subject.Types} types) and proposes the rules below because they already hold: ");
        text.Append("the analyzer, run with each rule as if accepted, reports 0 violations. ");
        text.Append(CultureInfo.InvariantCulture, $"A rule is proposed only when it covers at least {InferThresholds.MinTypes} types; ");
        text.Append(CultureInfo.InvariantCulture, $"where a few types do not follow it, at most {InferThresholds.MaxExceptions} are left out (in its `except`) ");
        text.Append(CultureInfo.InvariantCulture, $"and only when at least {InferThresholds.MinShare * 100:0}% of its types follow it. ");
        text.Append("A rule that another proposed rule implies is not proposed.\n\n");
        text.Append("Evidence, rule by rule:\n\n");
        foreach (var proposal in proposals)
        {
            var outside = proposal.AllowedOutside is { } allowed ? $", and outside it only {string.Join(", ", allowed.OrderBy(a => a, System.StringComparer.Ordinal))}" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"* `{proposal.Id}` ({proposal.Kind}): {proposal.Evidence}{outside}; covers {proposal.Holding} type(s), 0 violations today.");
            if (proposal.Exceptions.Count > 0)
            {
                text.Append(" Left out: ");
                text.Append(string.Join("; ", proposal.Exceptions.Select(e => $"`{e.Key}`, because {e.Value}")));
                text.Append('.');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string DecisionOutcome(string id, IReadOnlyList<Proposal> proposals, IReadOnlyList<DroppedProposal> dropped)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Proposed: keep these {proposals.Count} regularities. Delete any rule that holds only by accident, then accept {id} ");
        text.Append("to enforce the rest; a left-out type is a decision to revisit, not a precedent.\n");
        if (dropped.Count > 0)
        {
            text.Append("\nLooked at but not proposed, because the analyzer found them violated today:\n\n");
            foreach (var candidate in dropped)
            {
                text.Append(CultureInfo.InvariantCulture, $"* `{candidate.Id}` ({candidate.Kind}): {candidate.Violations} violation(s), e.g. {candidate.Example}\n");
            }
        }

        return text.ToString();
    }
}
