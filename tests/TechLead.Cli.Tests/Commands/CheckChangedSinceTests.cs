using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary><c>check --changed-since REF</c> on a real git repository with a legacy violation and new code.</summary>
public sealed class CheckChangedSinceTests
{
    private const string Violation = "    public Acme.Infrastructure.Store? Store { get; set; }\n";

    [Fact]
    public void Reports_only_violations_on_changed_lines_and_in_new_files_and_counts_the_rest()
    {
        using var repo = LegacyRepository();
        // After "base": a committed new file, an unstaged edit adding one violating line, an untracked file.
        repo.Write("src/Domain/Committed.cs", "namespace Acme.Domain;\n\npublic sealed class Committed\n{\n" + Violation + "}\n");
        GitCommands.CommitAll(repo.Root, "new code");
        repo.Write("src/Domain/Edited.cs", "namespace Acme.Domain;\n\npublic sealed class Edited\n{\n    public int Count { get; set; }\n\n" + Violation + "}\n");
        repo.Write("src/Domain/Untracked.cs", "namespace Acme.Domain;\n\npublic sealed class Untracked\n{\n" + Violation + "}\n");

        var json = repo.Run("check", "src/Acme.csproj", "--changed-since", "base", "--format", "json", "--record", "history.jsonl");
        // The first check restored the project (obj/ is ignored by git); the second loads it as it is.
        var text = repo.Run("check", "src/Acme.csproj", "--changed-since", "base", "--no-restore");

        Assert.True(json.ExitCode == 1, json.ToString());
        using var document = JsonDocument.Parse(json.Stdout);
        var reported = document.RootElement.GetProperty("adrs").EnumerateArray()
            .SelectMany(a => a.GetProperty("violations").EnumerateArray())
            .Select(v => $"{v.GetProperty("path").GetString()}:{v.GetProperty("line").GetInt32()}")
            .ToList();
        Assert.Equal(["src/Domain/Committed.cs:5", "src/Domain/Edited.cs:7", "src/Domain/Untracked.cs:5"], reported);
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal(("base", 1, 3), (summary.GetProperty("changedSince").GetString(), summary.GetProperty("outsideChangedLines").GetInt32(), summary.GetProperty("errors").GetInt32()));
        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.StartsWith("3 error(s), 0 warning(s), 0 info(s), 0 baselined, 1 outside the lines changed since base in 1 project(s)", text.StdoutLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("Legacy.cs", text.Stdout, StringComparison.Ordinal);
        // The history counts the whole solution, also in pull-request mode.
        var head = GitCommands.Run(repo.Root, "rev-parse", "HEAD").Trim();
        var line = Assert.Single(File.ReadAllLines(Path.Combine(repo.Root, "history.jsonl")));
        Assert.Matches("^\\{\"techlead\":\"history/1\",\"commit\":\"" + head + "\",\"date\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\",\"target\":\"src/Acme.csproj\",\"new\":4,\"baselined\":0,\"adrs\":\\{\"ADR-0001\":\\{\"new\":4,\"baselined\":0,\"rules\":\\{\"domain-no-infra\":\\{\"new\":4,\"baselined\":0\\}\\}\\}\\}\\}$", line);
    }

    [Fact]
    public void Exits_0_when_the_only_violations_are_outside_the_change()
    {
        using var repo = LegacyRepository();
        repo.Write("src/Domain/Legacy.cs", File.ReadAllText(Path.Combine(repo.Root, "src", "Domain", "Legacy.cs")) + "\n// a comment below the legacy code\n");

        var run = repo.Run("check", "src/Acme.csproj", "--changed-since", "HEAD", "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Only lines changed since `HEAD` are checked: 1 violation(s) elsewhere are not listed.", run.StdoutLines);
    }

    [Fact]
    public void Baselined_violations_are_counted_as_baselined_not_as_outside_the_change()
    {
        using var repo = LegacyRepository();
        var freeze = repo.Run("baseline", "create", "src/Acme.csproj");
        repo.Write("src/Domain/Untracked.cs", "namespace Acme.Domain;\n\npublic sealed class Untracked\n{\n" + Violation + "}\n");

        var full = repo.Run("check", "src/Acme.csproj", "--no-restore");
        var changed = repo.Run("check", "src/Acme.csproj", "--changed-since", "base", "--no-restore");

        Assert.True(freeze.ExitCode == 0, freeze.ToString());
        Assert.StartsWith("1 error(s), 0 warning(s), 0 info(s), 1 baselined in 1 project(s)", full.StdoutLines[^1], StringComparison.Ordinal);
        Assert.True(changed.ExitCode == 1, changed.ToString());
        Assert.StartsWith("1 error(s), 0 warning(s), 0 info(s), 1 baselined, 0 outside the lines changed since base in 1 project(s)", changed.StdoutLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("Legacy.cs", changed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_git_repository_is_one_line_and_exit_2()
    {
        using var repo = new TempRepo();
        repo.Write("src/Acme.csproj", Project);

        repo.Run("check", "src/Acme.csproj", "--changed-since", "main").AssertBadInput("--changed-since: 'src' is not in a git repository");
    }

    [Fact]
    public void An_unknown_ref_is_one_line_and_exit_2_before_anything_loads()
    {
        using var repo = new TempRepo();
        repo.Write("src/Acme.csproj", Project);
        GitCommands.Init(repo.Root);
        GitCommands.CommitAll(repo.Root, "only");

        var run = repo.Run("check", "src/Acme.csproj", "--changed-since", "origin/nope");

        run.AssertBadInput("--changed-since: 'origin/nope' is not a commit in this repository");
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "src", "obj")), "nothing was restored");
    }

    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup></Project>\n";

    /// <summary>A git repository tagged <c>base</c>: one project, an ADR keeping the domain off infrastructure, one legacy violation.</summary>
    private static TempRepo LegacyRepository()
    {
        var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", "---\nid: ADR-0001\ntitle: The domain knows no infrastructure\nstatus: accepted\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n---\n# The domain knows no infrastructure\n");
        repo.Write("src/Acme.csproj", Project);
        repo.Write("src/Infrastructure/Store.cs", "namespace Acme.Infrastructure;\n\npublic sealed class Store\n{\n}\n");
        repo.Write("src/Domain/Legacy.cs", "namespace Acme.Domain;\n\npublic sealed class Legacy\n{\n" + Violation + "}\n");
        repo.Write("src/Domain/Edited.cs", "namespace Acme.Domain;\n\npublic sealed class Edited\n{\n    public int Count { get; set; }\n}\n");
        repo.Write(".gitignore", "bin/\nobj/\n");
        GitCommands.Init(repo.Root);
        GitCommands.CommitAll(repo.Root, "legacy");
        GitCommands.Run(repo.Root, "tag", "base");
        return repo;
    }
}
