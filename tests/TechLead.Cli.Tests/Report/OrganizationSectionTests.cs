using System;
using System.IO;
using System.Linq;
using TechLead.Cli.History;
using TechLead.Cli.Ownership;
using TechLead.Cli.Report;
using TechLead.Cli.Tests.Output;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Report;

/// <summary>The report's organization map: who decides each ADR, and whose code breaks whose decisions, with trends.</summary>
public sealed class OrganizationSectionTests
{
    /// <summary>An old line without owner counts, then two with them; @acme/web's code broke @acme/orders' decisions only in the last.</summary>
    private static readonly string[] HistoryLines =
    [
        """{"techlead":"history/1","commit":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","date":"2026-11-10T10:00:00Z","target":"Shop.sln","new":5,"baselined":0,"adrs":{}}""",
        """{"techlead":"history/1","commit":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","date":"2026-11-20T10:00:00Z","target":"Shop.sln","new":2,"baselined":1,"adrs":{},"owners":{"(unowned)":{"new":2,"baselined":1,"adrOwners":{"@acme/orders":{"new":2,"baselined":1}}}}}""",
        """{"techlead":"history/1","commit":"cccccccccccccccccccccccccccccccccccccccc","date":"2026-11-30T10:00:00Z","target":"Shop.sln","new":4,"baselined":1,"adrs":{},"owners":{"(unowned)":{"new":1,"baselined":1,"adrOwners":{"@acme/orders":{"new":1,"baselined":1}}},"@acme/web":{"new":3,"baselined":0,"adrOwners":{"@acme/orders":{"new":3,"baselined":0}}}}}""",
    ];

    [Fact]
    public void Counts_violations_per_code_owner_and_adr_owner_with_a_diagram_and_the_recorded_trend()
    {
        using var repo = new TempRepo();
        repo.Write("CODEOWNERS", "/src/Shop.Domain/ @acme/domain-team\n");
        var result = HandMadeResults.Create(CodeOwnership.Load(repo.Root));
        var history = new ReportHistory(HistoryLines.Select(l => HistoryLine.Read(l, out _)!).ToList(), "techlead.history.jsonl");

        var markdown = ReportRenderers.Markdown(new ReportPage("index", "Organization", OrganizationSection.Blocks(result.Adrs, result, history, Path.Combine(HandMadeResults.Root, "site")).ToList()));

        var breaks = Section(markdown, "### Whose code breaks whose decisions", "### Trends by owner");
        Assert.StartsWith($"### Whose code breaks whose decisions\n\nCode owners from {Path.GetRelativePath(HandMadeResults.Root, Path.Combine(repo.Root, "CODEOWNERS")).Replace('\\', '/')} (the last matching line wins)", breaks, StringComparison.Ordinal);
        // The baselined ADR-0007 violation and the ADR-0012 info are in files nobody owns; the other is @acme/domain-team's.
        Assert.Contains(
            "| Code owner | ADR owner | Reported | Baselined | ADRs | Reported in recorded checks |\n|---|---|---|---|---|---|\n"
            + "| (unowned) | @acme/orders | 1 | 1 | ADR-0007, ADR-0012 | 2 → 1 |\n"
            + "| @acme/domain-team | @acme/orders | 1 | 0 | ADR-0007 | 0 → 0 |\n",
            breaks,
            StringComparison.Ordinal);
        string Node(string owner) => MermaidText.Id("owner", owner);
        Assert.Contains(
            $"```mermaid\ngraph LR\n  {Node("(unowned)")}[\"(unowned)\"]\n  {Node("@acme/domain-team")}[\"@acme/domain-team\"]\n  {Node("@acme/orders")}[\"@acme/orders\"]\n"
            + $"  {Node("(unowned)")} -->|\"1 reported, 1 baselined\"| {Node("@acme/orders")}\n"
            + $"  {Node("@acme/domain-team")} -->|\"1 reported\"| {Node("@acme/orders")}\n"
            + "  linkStyle 0,1 stroke:#cf222e,stroke-width:2px\n```\n",
            breaks,
            StringComparison.Ordinal);
        var trends = markdown[markdown.IndexOf("### Trends by owner", StringComparison.Ordinal)..];
        Assert.Contains("2 of 3 recorded check(s) have owner counts.", trends, StringComparison.Ordinal);
        Assert.Contains("@acme/web → @acme/orders\n\n| Date | Commit | Reported | Baselined |\n|---|---|---|---|\n| 2026-11-20T10:00:00Z | `bbbbbbb` | 0 | 0 |\n| 2026-11-30T10:00:00Z | `ccccccc` | 3 | 0 |\n", trends, StringComparison.Ordinal);
        Assert.Equal(["(unowned) → @acme/orders", "@acme/domain-team → @acme/orders", "@acme/web → @acme/orders"], trends.Split('\n').Where(l => l.Contains(" → @acme/", StringComparison.Ordinal) && !l.StartsWith('|')));
    }

    [Fact]
    public void Without_codeowners_every_file_is_unowned_and_without_owner_history_it_says_how_to_record_it()
    {
        var result = HandMadeResults.Create(CodeOwnership.Load(Path.Combine(Path.GetTempPath(), "techlead-no-such-repo-" + Guid.NewGuid().ToString("N"))));
        var history = new ReportHistory([HistoryLine.Read(HistoryLines[0], out _)!], "techlead.history.jsonl");

        var markdown = ReportRenderers.Markdown(new ReportPage("index", "Organization", OrganizationSection.Blocks(result.Adrs, result, history, HandMadeResults.Root).ToList()));

        Assert.Contains("No CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS, .gitlab/CODEOWNERS): every violating file counts as (unowned).", markdown, StringComparison.Ordinal);
        Assert.Contains("| (unowned) | @acme/orders | 1 | 1 | ADR-0007, ADR-0012 | - |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("No check in techlead.history.jsonl recorded owner counts: 'techlead check --record techlead.history.jsonl' records them when the repository has a CODEOWNERS file.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_lists_who_decided_was_consulted_informed_and_owns_each_adr()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0003-money.md", "---\nid: ADR-0003\ntitle: Money is a value\nstatus: accepted\ndecision-makers: [Ana Ruiz, Bo Chen]\nconsulted: [Platform team]\ninformed: [All backend]\nowners: [\"@acme/orders\"]\n---\n# Money is a value\n");
        repo.WriteAdr("0004-bare.md", "---\nid: ADR-0004\ntitle: Bare\nstatus: proposed\n---\n# Bare\n");

        var run = repo.Run("report", "--no-check", "--out", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        var markdown = File.ReadAllText(Path.Combine(repo.Root, "site", "index.md"));
        Assert.Contains(
            "## Organization\n\n### Who decides\n\n| ADR | Status | Owners | Decision-makers | Consulted | Informed |\n|---|---|---|---|---|---|\n"
            + "| [ADR-0003](<../docs/adr/0003-money.md>) | accepted | @acme/orders | Ana Ruiz, Bo Chen | Platform team | All backend |\n"
            + "| [ADR-0004](<../docs/adr/0004-bare.md>) | proposed | - | - | - | - |\n\n"
            + "### Whose code breaks whose decisions\n\nCode not checked.\n",
            markdown,
            StringComparison.Ordinal);
    }

    private static string Section(string markdown, string start, string end)
    {
        var from = markdown.IndexOf(start, StringComparison.Ordinal);
        return markdown[from..markdown.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
