using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TechLead.Cli.Tests.Commands;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Smoke;

/// <summary>
/// The built tool as a process (<c>dotnet techlead.dll</c>): what only a process shows. Exit codes 0, 1 and 2 reach
/// the shell, bad input is one line on the real stderr, help and a real check of samples/Shop work outside the test
/// host (MSBuild located by the tool itself). Every other test runs the same code in process.
/// </summary>
public sealed class ProcessSmokeTests
{
    private const string ValidAdr = "---\nid: ADR-0001\ntitle: The domain knows no infrastructure\nstatus: accepted\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n---\n# The domain knows no infrastructure\n";

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        using var repo = new TempRepo();

        var run = repo.RunProcess("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("techlead", run.Stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "check", "rules", "adr", "baseline", "impact", "init", "infer", "history", "report", "import" })
        {
            Assert.Contains(run.StdoutLines, l => l.TrimStart().StartsWith(command + " ", StringComparison.Ordinal));
        }

        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void A_valid_decision_log_validates_with_exit_0()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", ValidAdr);

        var run = repo.RunProcess("rules", "validate");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1 ADR file(s), 1 rule(s): 0 error(s), 0 warning(s)", run.StdoutLines[^1]);
    }

    [Fact]
    public void An_invalid_rule_exits_1()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", ValidAdr.Replace("kind: forbid", "kind: forbidden", StringComparison.Ordinal));

        var run = repo.RunProcess("rules", "validate");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.StdoutLines, l => l.Contains("error TL9", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_option_is_one_line_on_stderr_and_exit_2()
    {
        using var repo = new TempRepo();

        var run = repo.RunProcess("check", "--no-such-option");

        run.AssertBadInput("see 'techlead --help'");
        Assert.Single(run.StderrLines);
    }

    [Fact]
    public void A_missing_path_is_one_line_on_stderr_and_exit_2()
    {
        using var repo = new TempRepo();

        var run = repo.RunProcess("check", "nope/Shop.sln");

        run.AssertBadInput("path 'nope/Shop.sln' does not exist");
        Assert.Single(run.StderrLines);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void An_unknown_adr_is_bad_input()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", ValidAdr);

        repo.RunProcess("adr", "show", "ADR-0042", "--no-check").AssertBadInput("ADR-0042");
    }

    [Fact]
    public void Adr_new_writes_in_the_processs_current_folder()
    {
        using var repo = new TempRepo();

        var run = repo.RunProcess("adr", "new", "Use PostgreSQL for orders", "--category", "two-way-door");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("created ADR-0001: " + Path.Combine("docs", "adr", "0001-use-postgresql-for-orders.md"), run.StdoutLines.Single());
        Assert.True(File.Exists(Path.Combine(repo.AdrDirectory, "0001-use-postgresql-for-orders.md")));
    }

    [Fact]
    public void A_real_check_of_the_shop_sample_exits_1_with_json_on_stdout_only()
    {
        using var shop = new ShopCopy();

        var run = shop.RunProcess("check", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var reported = json.RootElement.GetProperty("adrs").EnumerateArray().Sum(a => a.GetProperty("violations").GetArrayLength());
        Assert.Equal(CheckOnShopTests.ExpectedMarkers(shop).Count, reported);
    }

    [Fact]
    public void Check_writes_its_output_file_relative_to_the_current_folder_and_the_summary_to_stderr()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", ValidAdr);
        repo.Write("src/Acme.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        repo.Write("src/Domain/Order.cs", "namespace Acme.Domain\n{\n    public sealed class Order\n    {\n    }\n}\n");

        var run = repo.RunProcess("check", "src/Acme.csproj", "--format", "sarif", "--output", "out.sarif");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.StartsWith("techlead: ", run.StderrLines.Single(), StringComparison.Ordinal);
        Assert.EndsWith("wrote out.sarif", run.StderrLines.Single(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repo.Root, "out.sarif")));
    }
}
