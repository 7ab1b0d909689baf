using System;
using System.Globalization;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary><c>history backfill</c> over the commits of a real git repository, one of which does not build.</summary>
public sealed class HistoryBackfillTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup></Project>\n";

    [Fact]
    public void Records_each_commit_that_builds_says_which_did_not_and_resumes_without_repeating()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", "---\nid: ADR-0001\ntitle: The domain knows no infrastructure\nstatus: accepted\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n---\n# The domain knows no infrastructure\n");
        repo.Write(".gitignore", "bin/\nobj/\n*.jsonl\n");
        repo.Write("src/Acme.csproj", Project);
        repo.Write("src/Infrastructure/Store.cs", "namespace Acme.Infrastructure;\n\npublic sealed class Store\n{\n}\n");
        repo.Write("src/Domain/First.cs", "namespace Acme.Domain;\n\npublic sealed class First\n{\n    public Acme.Infrastructure.Store? Store { get; set; }\n}\n");
        GitCommands.Init(repo.Root);
        var first = GitCommands.CommitAll(repo.Root, "one violation");
        repo.Write("src/Acme.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n");
        var broken = GitCommands.CommitAll(repo.Root, "a project file MSBuild cannot read");
        repo.Write("src/Acme.csproj", Project);
        repo.Write("src/Domain/Second.cs", "namespace Acme.Domain;\n\npublic sealed class Second\n{\n    public Acme.Infrastructure.Store? Store { get; set; }\n}\n");
        var third = GitCommands.CommitAll(repo.Root, "two violations");

        var run = repo.Run("history", "backfill", "src/Acme.csproj", "--last", "3", "--record", "history.jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        var progress = run.StderrLines;
        Assert.Equal($"techlead: [1/3] {first[..7]} ({DateOf(repo, first)[..10]}) restoring and checking", progress[0]);
        Assert.Equal($"techlead: [1/3] {first[..7]} ({DateOf(repo, first)[..10]}) recorded: 1 new, 0 baselined", progress[1]);
        Assert.StartsWith($"techlead: [2/3] {broken[..7]} ({DateOf(repo, broken)[..10]}) did not build: ", progress[3], StringComparison.Ordinal);
        Assert.Equal($"techlead: [3/3] {third[..7]} ({DateOf(repo, third)[..10]}) recorded: 2 new, 0 baselined", progress[5]);
        Assert.Equal($"techlead: history backfill: 2 recorded, 0 already in history.jsonl, 1 did not build ({broken[..7]})", progress[^1]);
        var lines = File.ReadAllLines(Path.Combine(repo.Root, "history.jsonl"));
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{{\"techlead\":\"history/1\",\"commit\":\"{first}\",\"date\":\"{DateOf(repo, first)}\",\"target\":\"src/Acme.csproj\",\"new\":1,\"baselined\":0,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{{\"techlead\":\"history/1\",\"commit\":\"{third}\",\"date\":\"{DateOf(repo, third)}\",\"target\":\"src/Acme.csproj\",\"new\":2,\"baselined\":0,", lines[1], StringComparison.Ordinal);
        Assert.Single(GitCommands.Run(repo.Root, "worktree", "list").Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var again = repo.Run("history", "backfill", "src/Acme.csproj", "--last", "2", "--every", "2", "--record", "history.jsonl");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(
        [
            $"techlead: [1/2] {first[..7]} ({DateOf(repo, first)[..10]}) already recorded",
            $"techlead: [2/2] {third[..7]} ({DateOf(repo, third)[..10]}) already recorded",
            "techlead: history backfill: 0 recorded, 2 already in history.jsonl, 0 did not build",
        ], again.StderrLines);
        Assert.Equal(lines, File.ReadAllLines(Path.Combine(repo.Root, "history.jsonl")));
    }

    [Fact]
    public void Outside_a_git_repository_is_one_line_and_exit_2()
    {
        using var repo = new TempRepo();
        repo.Write("src/Acme.csproj", Project);

        repo.Run("history", "backfill", "src/Acme.csproj", "--last", "2", "--record", "h.jsonl").AssertBadInput("history backfill: 'src' is not in a git repository");
    }

    [Theory]
    [InlineData("--last", "0", "--last must be a number of commits, 1 or more")]
    [InlineData("--every", "0", "--every must be 1 or more")]
    public void Counts_below_one_are_bad_input(string option, string value, string expected)
    {
        using var repo = new TempRepo();
        string[] arguments = option == "--last" ? ["history", "backfill", "--last", value, "--record", "h.jsonl"] : ["history", "backfill", "--last", "1", option, value, "--record", "h.jsonl"];

        repo.Run(arguments).AssertBadInput(expected);
    }

    /// <summary>The committer date of a commit in UTC, as the history writes it.</summary>
    private static string DateOf(TempRepo repo, string commit) =>
        DateTimeOffset.Parse(GitCommands.Run(repo.Root, "show", "-s", "--format=%cI", commit).Trim(), CultureInfo.InvariantCulture).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
