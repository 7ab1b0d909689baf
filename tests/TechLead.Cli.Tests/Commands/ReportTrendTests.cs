using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>The report's trends, drawn from the history file beside docs/ (or <c>--history FILE</c>).</summary>
public sealed class ReportTrendTests
{
    internal const string Adr = "---\nid: ADR-0001\ntitle: The domain knows no infrastructure\nstatus: accepted\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n---\n# The domain knows no infrastructure\n";

    /// <summary>Three checks, written out of order, and one line that is not history; domain-sealed is a rule the ADR no longer has.</summary>
    internal static readonly string History = string.Join("\n",
        Line("2026-11-20T10:00:00Z", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 2, 1, "\"ADR-0001\":{\"new\":2,\"baselined\":1,\"rules\":{\"domain-no-infra\":{\"new\":2,\"baselined\":1}}}"),
        Line("2026-11-10T10:00:00Z", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 3, 1, "\"ADR-0001\":{\"new\":3,\"baselined\":1,\"rules\":{\"domain-no-infra\":{\"new\":2,\"baselined\":1},\"domain-sealed\":{\"new\":1,\"baselined\":0}}}"),
        "this line was pasted by hand",
        Line("2026-11-30T10:00:00Z", "cccccccccccccccccccccccccccccccccccccccc", 0, 1, "\"ADR-0001\":{\"new\":0,\"baselined\":1,\"rules\":{\"domain-no-infra\":{\"new\":0,\"baselined\":1}}}")) + "\n";

    [Fact]
    public void Draws_a_trend_for_all_adrs_each_adr_and_each_rule_and_warns_about_the_line_it_skips()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", Adr);
        repo.Write("techlead.history.jsonl", History);

        var run = repo.Run("report", "--no-check", "--out", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["techlead: warning: techlead.history.jsonl:3: skipped, not JSON"], run.StderrLines);
        var markdown = File.ReadAllText(Path.Combine(repo.Root, "site", "index.md"));
        Assert.Contains("## Trends\n\n3 recorded check(s) from 2026-11-10T10:00:00Z to 2026-11-30T10:00:00Z in techlead.history.jsonl.", markdown, StringComparison.Ordinal);
        Assert.Contains("All ADRs\n\n| Date | Commit | Reported | Baselined |\n|---|---|---|---|\n| 2026-11-10T10:00:00Z | `aaaaaaa` | 3 | 1 |\n| 2026-11-20T10:00:00Z | `bbbbbbb` | 2 | 1 |\n| 2026-11-30T10:00:00Z | `ccccccc` | 0 | 1 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("ADR-0001/domain-sealed\n\n| Date | Commit | Reported | Baselined |\n|---|---|---|---|\n| 2026-11-10T10:00:00Z | `aaaaaaa` | 1 | 0 |\n| 2026-11-20T10:00:00Z | `bbbbbbb` | 0 | 0 |\n| 2026-11-30T10:00:00Z | `ccccccc` | 0 | 0 |\n", markdown, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(repo.Root, "site", "index.html"));
        Assert.Equal(["All ADRs", "ADR-0001", "ADR-0001/domain-no-infra", "ADR-0001/domain-sealed"], Regex.Matches(html, "<svg class=\"trend\"[^>]* aria-label=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        var all = html[html.IndexOf("aria-label=\"All ADRs\"", StringComparison.Ordinal)..];
        Assert.StartsWith("<polyline class=\"trend-new\" fill=\"none\" stroke=\"#cf222e\" stroke-width=\"2\" points=\"40,24 312,60 584,132\"/>", all[all.IndexOf("<polyline", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"trend-baselined\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"2\" points=\"40,96 312,96 584,96\"/>", all, StringComparison.Ordinal);
        Assert.Contains("<title>2026-11-10T10:00:00Z aaaaaaa: 3 reported</title>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", all[..all.IndexOf("</svg>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_history_the_report_says_how_to_record_one()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", Adr);

        var run = repo.Run("report", "--no-check", "--out", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No history in techlead.history.jsonl: 'techlead check --record techlead.history.jsonl' appends a line per run, 'techlead history backfill --last 20 --record techlead.history.jsonl' fills in past commits.", File.ReadAllText(Path.Combine(repo.Root, "site", "index.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_explicit_history_file_is_bad_input()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", Adr);

        repo.Run("report", "--no-check", "--history", "nope.jsonl").AssertBadInput("history file 'nope.jsonl' does not exist; record one with 'techlead check --record FILE'");
    }

    private static string Line(string date, string commit, int reported, int baselined, string adrs) =>
        $"{{\"techlead\":\"history/1\",\"commit\":\"{commit}\",\"date\":\"{date}\",\"target\":\"Acme.sln\",\"new\":{reported},\"baselined\":{baselined},\"adrs\":{{{adrs}}}}}";
}
