using System;
using System.Collections.Generic;
using System.Globalization;
using TechLead.Rules.Model;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Initializing;

/// <summary>The decision every ADR log starts with: that decisions are recorded here, and that their rules are enforced.</summary>
internal static class FirstAdr
{
    public const string Title = "Record architecture decisions";

    /// <summary>The ADR as Markdown; <paramref name="adrFolder"/> is the folder relative to the repository root ("docs/adr").</summary>
    public static string Render(string id, string adrFolder, DateOnly today)
    {
        var draft = new AdrDraft(id, Title, Spellings.Status.NameOf(AdrStatus.Accepted)!, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            Category = Spellings.Category.NameOf(AdrCategory.TwoWayDoor),
            ManualEnforcement = "reviewers ask for an ADR when a pull request changes the structure of the code",
        };
        draft.Sections.Add(Section(
            "Context and Problem Statement",
            "Architecture decisions are made in meetings, chats and pull requests, and their reasons get lost. New team\n" +
            "members cannot tell which constraints are deliberate, and the code drifts from what was agreed without anyone\n" +
            "noticing until it is expensive to fix."));
        draft.Sections.Add(Section(
            "Considered Options",
            "* Architecture decision records (ADRs) in the repository, checked by TechLead\n" +
            "* A wiki page\n" +
            "* No written record"));
        draft.Sections.Add(Section(
            "Decision Outcome",
            "Chosen option: \"Architecture decision records in the repository, checked by TechLead\", because they are\n" +
            "reviewed and versioned with the code they constrain, and their rules are checked in every build.\n\n" +
            $"Every decision that shapes the structure of the code is an ADR in `{adrFolder}/`: one Markdown file in the MADR 4\n" +
            "format with YAML front matter, numbered in order. `techlead adr new \"Title\"` writes the next one with the status\n" +
            "`proposed`. A decision binds once its `status` is `accepted`; a later decision that replaces it supersedes it\n" +
            "(`techlead adr supersede`) rather than rewriting it.\n\n" +
            "### Consequences\n\n" +
            "* Good, because the rules in an accepted ADR's `techlead` block are enforced: the TechLead analyzer reports each\n" +
            "  violation in the build and in the IDE with a link to the ADR, and `techlead check` and the fitness tests report\n" +
            "  the same.\n" +
            "* Good, because a `proposed` ADR shows what its rules would flag (`techlead impact`) without failing any build.\n" +
            "* Bad, because an accepted rule fails builds until the code complies or its existing violations are frozen in\n" +
            "  the baseline (`techlead baseline create`)."));
        draft.Sections.Add(Section(
            "Confirmation",
            "This decision has no machine-checked rule: reviewers ask for an ADR when a pull request changes the structure\n" +
            "of the code. Decisions that can be checked carry their rules in a `techlead` block under their own\n" +
            "\"Confirmation\" heading."));
        return AdrDraftWriter.Render(draft);
    }

    private static KeyValuePair<string, string> Section(string heading, string body) => new(heading, body);
}
