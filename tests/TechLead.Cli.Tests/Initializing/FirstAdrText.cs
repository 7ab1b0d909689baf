namespace TechLead.Cli.Tests.Initializing;

/// <summary>The first ADR init writes, word for word: what a lead reads first, so every line is pinned.</summary>
internal static class FirstAdrText
{
    public static string For(string today) =>
        "---\n" +
        "id: ADR-0001\n" +
        "title: Record architecture decisions\n" +
        "status: accepted\n" +
        "date: " + today + "\n" +
        "decision-makers: []\n" +
        "category: two-way-door\n" +
        "enforcement: \"manual: reviewers ask for an ADR when a pull request changes the structure of the code\"\n" +
        "---\n" +
        "# Record architecture decisions\n" +
        "\n" +
        "## Context and Problem Statement\n" +
        "\n" +
        "Architecture decisions are made in meetings, chats and pull requests, and their reasons get lost. New team\n" +
        "members cannot tell which constraints are deliberate, and the code drifts from what was agreed without anyone\n" +
        "noticing until it is expensive to fix.\n" +
        "\n" +
        "## Considered Options\n" +
        "\n" +
        "* Architecture decision records (ADRs) in the repository, checked by TechLead\n" +
        "* A wiki page\n" +
        "* No written record\n" +
        "\n" +
        "## Decision Outcome\n" +
        "\n" +
        "Chosen option: \"Architecture decision records in the repository, checked by TechLead\", because they are\n" +
        "reviewed and versioned with the code they constrain, and their rules are checked in every build.\n" +
        "\n" +
        "Every decision that shapes the structure of the code is an ADR in `docs/adr/`: one Markdown file in the MADR 4\n" +
        "format with YAML front matter, numbered in order. `techlead adr new \"Title\"` writes the next one with the status\n" +
        "`proposed`. A decision binds once its `status` is `accepted`; a later decision that replaces it supersedes it\n" +
        "(`techlead adr supersede`) rather than rewriting it.\n" +
        "\n" +
        "### Consequences\n" +
        "\n" +
        "* Good, because the rules in an accepted ADR's `techlead` block are enforced: the TechLead analyzer reports each\n" +
        "  violation in the build and in the IDE with a link to the ADR, and `techlead check` and the fitness tests report\n" +
        "  the same.\n" +
        "* Good, because a `proposed` ADR shows what its rules would flag (`techlead impact`) without failing any build.\n" +
        "* Bad, because an accepted rule fails builds until the code complies or its existing violations are frozen in\n" +
        "  the baseline (`techlead baseline create`).\n" +
        "\n" +
        "## Confirmation\n" +
        "\n" +
        "This decision has no machine-checked rule: reviewers ask for an ADR when a pull request changes the structure\n" +
        "of the code. Decisions that can be checked carry their rules in a `techlead` block under their own\n" +
        "\"Confirmation\" heading.\n";
}
