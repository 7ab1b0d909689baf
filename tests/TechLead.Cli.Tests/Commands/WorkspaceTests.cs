using System;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// Every command finds the solution, the ADRs and the baseline the same way from the same <c>[target]</c>
/// (rules/0033): run from the repository root with the target given, and from inside the target with none.
/// The repository root has no docs/adr of its own; only the target folder <c>app</c> does.
/// </summary>
public sealed class WorkspaceTests
{
    private const string NotASolution = "'notes.txt' is not a solution or C# project; pass a .sln, .slnx, .csproj or a folder that holds one";
    private const string Missing = "path 'missing' does not exist; pass a .sln, .slnx, .csproj or a folder that holds one";

    private static TempRepo AppWithAdrs(bool withBaseline = false)
    {
        var repo = new TempRepo(withAdrFolder: false);
        repo.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        repo.Write("app/docs/adr/0007-domain.md", "---\nid: ADR-0007\ntitle: Domain\nstatus: accepted\n---\n# Domain\n\n## Decision Outcome\n\nKeep it small.\n");
        repo.Write("notes.txt", "not a solution");
        if (withBaseline)
        {
            repo.Write("app/techlead.baseline.json", "{\n  \"version\": 1,\n  \"entries\": [\n    { \"adr\": \"ADR-0007\", \"rule\": \"r\", \"from\": \"T:A.B\", \"count\": 1 }\n  ]\n}\n");
        }

        return repo;
    }

    private static ToolRun InApp(TempRepo repo, params string[] arguments) => TechLeadTool.Run(Path.Combine(repo.Root, "app"), arguments);

    [Fact]
    public void Report_finds_the_adrs_from_the_target_and_from_inside_it()
    {
        using var repo = AppWithAdrs();

        var fromRoot = repo.Run("report", "app", "--no-check", "--out", "site");
        var fromInside = InApp(repo, "report", "--no-check", "--out", "site");

        Assert.True(fromRoot.ExitCode == 0, fromRoot.ToString());
        Assert.Equal("wrote site/index.html and index.md, and a page per ADR (1)", fromRoot.StdoutLines[^1]);
        Assert.True(fromInside.ExitCode == 0, fromInside.ToString());
        Assert.Equal("wrote site/index.html and index.md, and a page per ADR (1)", fromInside.StdoutLines[^1]);
    }

    [Fact]
    public void Impact_finds_the_adr_from_the_target_and_from_inside_it()
    {
        using var repo = AppWithAdrs();

        foreach (var run in new[] { repo.Run("impact", "ADR-0007", "app"), InApp(repo, "impact", "ADR-0007") })
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(["ADR-0007: Domain (accepted)", "it has no rules: nothing to evaluate"], run.StdoutLines);
        }
    }

    [Fact]
    public void Adr_show_finds_the_adr_and_the_baseline_beside_the_targets_docs()
    {
        using var repo = AppWithAdrs(withBaseline: true);

        var fromRoot = repo.Run("adr", "show", "ADR-0007", "app", "--no-check");
        var fromInside = InApp(repo, "adr", "show", "ADR-0007", "--no-check");

        Assert.True(fromRoot.ExitCode == 0, fromRoot.ToString());
        Assert.Equal("ADR-0007: Domain", fromRoot.StdoutLines[0]);
        Assert.Contains("Baseline entries (1) in app/techlead.baseline.json:", fromRoot.StdoutLines);
        Assert.True(fromInside.ExitCode == 0, fromInside.ToString());
        Assert.Contains("Baseline entries (1) in techlead.baseline.json:", fromInside.StdoutLines);
    }

    [Fact]
    public void Baseline_commands_use_the_baseline_beside_the_targets_docs()
    {
        using var repo = AppWithAdrs(withBaseline: true);

        repo.Run("baseline", "create", "app").AssertBadInput("app/techlead.baseline.json already exists");
        InApp(repo, "baseline", "create").AssertBadInput("techlead.baseline.json already exists");
        File.Delete(Path.Combine(repo.Root, "app", "techlead.baseline.json"));
        repo.Run("baseline", "update", "app").AssertBadInput("app/techlead.baseline.json does not exist; create it with 'techlead baseline create'");
        InApp(repo, "baseline", "update").AssertBadInput("techlead.baseline.json does not exist; create it with 'techlead baseline create'");
    }

    [Fact]
    public void Adr_only_commands_find_the_adrs_from_inside_the_target()
    {
        using var repo = AppWithAdrs(withBaseline: true);

        var list = InApp(repo, "adr", "list");
        var validate = InApp(repo, "rules", "validate");
        var created = InApp(repo, "adr", "new", "Use one database", "--category", "two-way-door");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Equal("1 ADR(s), 1 accepted without enforcement", list.StdoutLines[^1]);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal("1 ADR file(s), 0 rule(s): 0 error(s), 0 warning(s)", validate.StdoutLines[^1]);
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal("created ADR-0008: docs/adr/0008-use-one-database.md", created.StdoutLines[^1]);
    }

    [Fact]
    public void Without_a_docs_adr_folder_the_message_says_where_it_looked_and_what_to_do()
    {
        using var repo = AppWithAdrs();

        repo.Run("adr", "list").AssertBadInput($"no docs/adr folder found in '{repo.Root}' or above it; create one with 'techlead init' or pass the folder explicitly");
    }

    [Theory]
    [InlineData("check")]
    [InlineData("report")]
    [InlineData("impact", "ADR-0007")]
    [InlineData("adr", "show", "ADR-0007")]
    [InlineData("baseline", "create")]
    [InlineData("baseline", "update")]
    [InlineData("infer")]
    [InlineData("history", "backfill", "--last", "1", "--record", "h.jsonl")]
    public void A_target_of_another_kind_or_missing_is_one_line_exit_2_and_what_to_pass(params string[] command)
    {
        using var repo = AppWithAdrs();
        var insertAt = command[0] is "history" ? 2 : command.Length;

        repo.Run([.. command[..insertAt], "notes.txt", .. command[insertAt..]]).AssertBadInput(NotASolution);
        repo.Run([.. command[..insertAt], "missing", .. command[insertAt..]]).AssertBadInput(Missing);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "app", "obj")), "nothing was restored");
    }
}
