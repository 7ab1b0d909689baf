using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Cli.Tests.Commands;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Report;

/// <summary>An ADR's report page: the decision in its own words, and trends only where there is one (two recorded checks).</summary>
public sealed class AdrPageTests
{
    private const string Adr = """
        ---
        id: ADR-0001
        title: The domain knows no infrastructure
        status: accepted
        rules:
          - id: domain-no-infra
            kind: forbid
            from: Acme.Domain.**
            to: Acme.Infrastructure.**
        ---
        # The domain knows no infrastructure

        ## Context and Problem Statement

        Orders were saved from *inside* the domain <script>alert(1)</script>; see [the old design](0000-old.md#why) and [MADR](https://adr.github.io/madr/).

        ## Decision Outcome

        Chosen option: **ports in the domain**.

        ### Consequences

        | Good | Bad |
        |---|---|
        | testable | one more interface |

        """;

    [Fact]
    public void The_page_shows_the_decision_text_without_front_matter_or_a_second_title_headings_one_level_down()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", Adr);

        var run = repo.Run("report", "--no-check", "--out", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        var markdown = File.ReadAllText(Path.Combine(repo.Root, "site", "ADR-0001.md"));
        Assert.Contains(
            """
            ## <a id="decision"></a>Decision

            ### Context and Problem Statement

            Orders were saved from *inside* the domain <script>alert(1)</script>; see [the old design](../docs/adr/0000-old.md#why) and [MADR](https://adr.github.io/madr/).

            ### Decision Outcome

            Chosen option: **ports in the domain**.

            #### Consequences

            | Good | Bad |
            |---|---|
            | testable | one more interface |

            ## Rules

            """.ReplaceLineEndings("\n"),
            markdown,
            StringComparison.Ordinal);
        Assert.DoesNotContain("# The domain knows no infrastructure", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("kind: forbid", markdown, StringComparison.Ordinal);

        var html = File.ReadAllText(Path.Combine(repo.Root, "site", "ADR-0001.html"));
        Assert.Contains(
            """
            <h2 id="decision">Decision</h2>
            <h3>Context and Problem Statement</h3>
            <p>Orders were saved from <em>inside</em> the domain &lt;script&gt;alert(1)&lt;/script&gt;; see <a href="../docs/adr/0000-old.md#why">the old design</a> and <a href="https://adr.github.io/madr/">MADR</a>.</p>
            <h3>Decision Outcome</h3>
            <p>Chosen option: <strong>ports in the domain</strong>.</p>
            <h4>Consequences</h4>
            <table>
            <thead>
            <tr>
            <th>Good</th>
            <th>Bad</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>testable</td>
            <td>one more interface</td>
            </tr>
            </tbody>
            </table>
            <h2>Rules</h2>
            """.ReplaceLineEndings("\n"),
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_front_matter_only_gets_no_decision_heading()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", ReportTrendTests.Adr.Replace("# The domain knows no infrastructure\n", string.Empty, StringComparison.Ordinal));

        var run = repo.Run("report", "--no-check", "--out", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        var markdown = File.ReadAllText(Path.Combine(repo.Root, "site", "ADR-0001.md"));
        Assert.DoesNotContain("## <a id=\"decision\"></a>", markdown, StringComparison.Ordinal);
        Assert.Contains("| Report | [all decisions](<index.md>) |\n\n## Rules\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void One_recorded_check_draws_no_chart_and_says_two_are_needed()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", ReportTrendTests.Adr);
        repo.Write("techlead.history.jsonl", ReportTrendTests.History.Split('\n')[0] + "\n");

        var run = repo.Run("report", "--no-check", "--out", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        var index = File.ReadAllText(Path.Combine(repo.Root, "site", "index.md"));
        Assert.Contains("## Trends\n\n1 recorded check (2026-11-20T10:00:00Z) in techlead.history.jsonl: trends are drawn from 2 checks on; 'techlead check --record techlead.history.jsonl' appends a line per run.\n", index, StringComparison.Ordinal);
        Assert.DoesNotContain("| Date | Commit | Reported | Baselined |", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg class=\"trend\"", File.ReadAllText(Path.Combine(repo.Root, "site", "index.html")), StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(repo.Root, "site", "ADR-0001.md"));
        Assert.DoesNotContain("Trend", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", File.ReadAllText(Path.Combine(repo.Root, "site", "ADR-0001.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_recorded_checks_draw_the_adr_and_rule_charts_on_its_page()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", ReportTrendTests.Adr);
        var lines = ReportTrendTests.History.Split('\n');
        repo.Write("techlead.history.jsonl", lines[0] + "\n" + lines[1] + "\n");

        var run = repo.Run("report", "--no-check", "--out", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(Path.Combine(repo.Root, "site", "ADR-0001.html"));
        Assert.Equal(["ADR-0001", "ADR-0001/domain-no-infra", "ADR-0001/domain-sealed"], Regex.Matches(html, "<svg class=\"trend\"[^>]* aria-label=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
    }
}
