using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// The ADR infer writes: one decision, "keep what already holds", with each rule's evidence in the Context
/// section (what it covers, 0 violations today, the types it leaves out and why, the rules an engine cannot check) and
/// the candidates that turned out violated or that the engines disagree on listed, so a lead sees what was looked at.
/// </summary>
internal static class InferredAdr
{
    /// <summary>The title of the ADR of one theme; a single ADR of every theme (<c>--out</c>) has the structure's title.</summary>
    public static string Title(string name, ProposalTheme? theme) => theme switch
    {
        ProposalTheme.Naming => $"Keep the names and places {name}'s types already have",
        ProposalTheme.Shape => $"Keep the shape {name}'s types already have",
        _ => $"Keep the structure {name} already has",
    };

    public static AdrDraft Build(InferenceSubject subject, string id, string status, string date, IReadOnlyList<Proposal> proposals, IReadOnlyList<DroppedProposal> dropped) =>
        Build(subject, id, Title(subject.Name, null), status, date, proposals, dropped);

    public static AdrDraft Build(InferenceSubject subject, string id, string title, string status, string date, IReadOnlyList<Proposal> proposals, IReadOnlyList<DroppedProposal> dropped)
    {
        var draft = new AdrDraft(id, title, status, date);
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
        text.Append("the analyzer and both fitness engines (ArchUnitNET and NetArchTest, on the compiled assemblies), run with each rule as if accepted, report 0 violations. ");
        text.Append(CultureInfo.InvariantCulture, $"A rule is proposed only when it covers at least {InferThresholds.MinTypes} types; ");
        text.Append(CultureInfo.InvariantCulture, $"where a few types do not follow it, at most {InferThresholds.MaxExceptions} are left out (in its `except`) ");
        text.Append(CultureInfo.InvariantCulture, $"and only when at least {InferThresholds.MinShare * 100:0}% of its types follow it. ");
        text.Append("A rule that another proposed rule implies, or that every type satisfies by construction, is not proposed.\n\n");
        if (subject.SdkNote is { } sdk)
        {
            text.Append(CultureInfo.InvariantCulture, $"Read with another SDK: {sdk}.\n\n");
        }

        if (subject.ReadProblems.Count > 0)
        {
            text.Append("Read with problems, so these rules rest on code that did not compile completely: ");
            text.Append(string.Join("; ", subject.ReadProblems));
            text.Append(". Fix the build and run `techlead infer` again before accepting.\n\n");
        }

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

        // A declared skip is not a disagreement: the engine says it cannot express the rule, and the others checked it.
        var skips = proposals.SelectMany(p => p.SkippedBy.Select(s => (s.Engine, s.Reason, p.Id))).GroupBy(s => s.Engine).ToList();
        foreach (var byEngine in skips)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{byEngine.Key} skips ");
            text.Append(string.Join("; ", byEngine.GroupBy(s => s.Reason).Select(g => $"{string.Join(", ", g.Select(s => $"`{s.Id}`"))} ({g.Key})")));
            text.Append(": the analyzer and the other engine checked them.\n");
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
            text.Append("\nLooked at but not proposed:\n\n");
            foreach (var candidate in dropped)
            {
                text.Append(CultureInfo.InvariantCulture, $"* `{candidate.Id}` ({candidate.Kind}): {candidate.Reason}\n");
            }
        }

        return text.ToString();
    }
}
