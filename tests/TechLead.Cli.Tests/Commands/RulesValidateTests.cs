using System.IO;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

public sealed class RulesValidateTests
{
    [Fact]
    public void Valid_adrs_exit_0_with_a_summary()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-clean-domain.md", """
            ---
            id: ADR-0001
            title: Clean domain
            status: accepted
            rules:
              - id: domain-no-infra
                kind: forbid
                from: Shop.Domain.**
                to: Shop.Infrastructure.**
            ---
            # Clean domain
            """);

        var run = repo.Run("rules", "validate");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["1 ADR file(s), 1 rule(s): 0 error(s), 0 warning(s)"], run.StdoutLines);
    }

    [Fact]
    public void A_rule_problem_in_a_proposed_ADR_keeps_its_severity_and_exit_code_and_says_builds_report_it_at_info()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-clean-domain.md", """
            ---
            id: ADR-0001
            title: Clean domain
            status: proposed
            rules:
              - id: typo
                kind: forbidd
            ---
            # Clean domain
            """);

        var run = repo.Run("rules", "validate");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            [
                "docs/adr/0001-clean-domain.md(7,11): error TL9002: rule 'typo': unknown kind 'forbidd'; did you mean 'forbid'?",
                "1 ADR file(s), 0 rule(s): 1 error(s), 0 warning(s)",
                "note: 1 of these are in ADRs that are not accepted; builds, 'check' and fitness tests report them at info",
            ],
            run.StdoutLines);
    }

    private const string AdrWithExamples = """
        ---
        id: ADR-0001
        title: Clean domain
        status: proposed
        rules:
          - id: domain-no-infra
            kind: forbid
            from: Shop.Domain.**
            to: Shop.Infrastructure.**
            examples:
              violating: "namespace Shop.Infrastructure { public class Db { } } namespace Shop.Domain { public class Order { public Shop.Infrastructure.Db Db; } }"
              compliant: "namespace Shop.Infrastructure { public class Db { } } namespace Shop.Domain { public class Order { } }"
        ---
        # Clean domain
        """;

    [Fact]
    public void Examples_that_behave_as_declared_pass()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-clean-domain.md", AdrWithExamples);

        var run = repo.Run("rules", "validate", "--examples");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["1 ADR file(s), 1 rule(s): 0 error(s), 0 warning(s)"], run.StdoutLines);
    }

    [Fact]
    public void A_violating_example_the_rule_does_not_catch_is_TL9002_at_the_rule()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-clean-domain.md", AdrWithExamples.Replace("to: Shop.Infrastructure.**", "to: Shop.Persistence.**", System.StringComparison.Ordinal));

        var run = repo.Run("rules", "validate", "--examples");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            [
                "docs/adr/0001-clean-domain.md(6,9): error TL9002: rule 'domain-no-infra': the violating example does not trigger TL0002; fix the rule's selectors or the example",
                "1 ADR file(s), 1 rule(s): 1 error(s), 0 warning(s)",
            ],
            run.StdoutLines);
    }

    [Fact]
    public void An_unknown_kind_is_TL9002_at_its_line_and_column_and_exits_1()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-clean-domain.md", """
            ---
            id: ADR-0001
            title: Clean domain
            status: accepted
            rules:
              - id: domain-no-infra
                kind: forbidd
                from: Shop.Domain.**
                to: Shop.Infrastructure.**
            ---
            """);

        var run = repo.Run("rules", "validate");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            Path.Combine("docs", "adr", "0001-clean-domain.md") + "(7,11): error TL9002: rule 'domain-no-infra': unknown kind 'forbidd'; did you mean 'forbid'?",
            run.StdoutLines[0]);
    }

    [Fact]
    public void An_unclosed_bracket_is_one_TL9001_line_at_the_bracket_and_exits_1()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-clean-domain.md", """
            ---
            id: ADR-0001
            title: Clean domain
            status: accepted
            rules:
              - id: domain-no-infra
                kind: forbid
                from: [Acme.Domain.**
                to: Acme.Infrastructure.**
            ---
            """);

        var run = repo.Run("rules", "validate");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            [
                Path.Combine("docs", "adr", "0001-clean-domain.md") + "(8,11): error TL9001: '[' is never closed; end the list with ']' (e.g. 'from: [Shop.Domain.**, Shop.Api.**]'), or write one '- item' per line without brackets",
                "1 ADR file(s), 0 rule(s): 1 error(s), 0 warning(s)",
            ],
            run.StdoutLines);
        Assert.DoesNotContain("please report", run.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_folder_is_validated_from_anywhere()
    {
        using var repo = new TempRepo();
        using var elsewhere = new TempRepo();
        repo.WriteAdr("0001-a.md", "---\nid: ADR-0001\ntitle: A\nstatus: accepted\nrules: 5\n---\n");

        var run = TechLeadTool.Run(elsewhere.Root, "rules", "validate", repo.AdrDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("0001-a.md(5,8): error TL9002: rules: expected a list, got a number", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_is_not_json_is_reported_as_TL9001()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-a.md", "---\nid: ADR-0001\ntitle: A\nstatus: accepted\n---\n");
        repo.Write("techlead.baseline.json", "{ not json");

        var run = repo.Run("rules", "validate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("techlead.baseline.json(1,3): error TL9001: baseline is not valid JSON", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void No_adr_folder_is_bad_input()
    {
        var empty = Directory.CreateTempSubdirectory("techlead-empty-").FullName;
        try
        {
            TechLeadTool.Run(empty, "rules", "validate").AssertBadInput("no docs/adr folder found in");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
