using System.IO;
using TechLead.Cli.Changes;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Changes;

/// <summary>The changes git reports in real repositories: committed, staged, unstaged and untracked.</summary>
public sealed class ChangesSinceRefTests
{
    [Fact]
    public void Collects_committed_staged_unstaged_and_untracked_changes_but_not_ignored_files()
    {
        using var repo = new TempRepo();
        GitCommands.Init(repo.Root);
        repo.Write("src/Edited.cs", "1\n2\n3\n4\n5\n");
        repo.Write("src/Renamed.cs", "a\nb\nc\nd\ne\nf\n");
        repo.Write("src/Deleted.cs", "x\n");
        repo.Write(".gitignore", "bin/\n");
        GitCommands.CommitAll(repo.Root, "base");
        GitCommands.Run(repo.Root, "tag", "base");

        repo.Write("src/Committed.cs", "new\n");
        GitCommands.Run(repo.Root, "mv", "src/Renamed.cs", "src/Moved here.cs");
        GitCommands.CommitAll(repo.Root, "after base");
        repo.Write("src/Edited.cs", "1\n2 changed\n3\n4\n5\n6 added\n");
        File.Delete(Path.Combine(repo.Root, "src", "Deleted.cs"));
        repo.Write("src/Staged \"q\".cs", "staged\n");
        GitCommands.Run(repo.Root, "add", "src/Staged \"q\".cs");
        repo.Write("src/Untracked.cs", "u\n");
        repo.Write("bin/Ignored.cs", "i\n");

        var changes = ChangesSinceRef.Read(Path.Combine(repo.Root, "src"), "base");

        Assert.Equal(GitCommands.Run(repo.Root, "rev-parse", "base").Trim(), changes.Commit);
        Assert.Equal(Path.GetFullPath(repo.Root), changes.TopLevel.TrimEnd(Path.DirectorySeparatorChar));
        Assert.Equal(["src/Committed.cs", "src/Edited.cs", "src/Staged \"q\".cs", "src/Untracked.cs"], changes.Lines.Files);
        Assert.Equal([(2, 2), (6, 6)], changes.Lines.RangesOf("src/Edited.cs"));
        Assert.Equal(["src/Committed.cs", "src/Staged \"q\".cs", "src/Untracked.cs"], changes.Lines.WholeFiles);
        Assert.True(changes.Touches(Path.Combine(repo.Root, "src", "Edited.cs"), 6, 6));
        Assert.False(changes.Touches(Path.Combine(repo.Root, "src", "Edited.cs"), 3, 5));
        Assert.False(changes.Touches(Path.Combine(repo.Root, "src", "Moved here.cs"), 1, 6));
        Assert.False(changes.Touches(Path.Combine(repo.Root, "bin", "Ignored.cs"), 1, 1));
    }

    [Fact]
    public void A_folder_outside_any_repository_is_bad_input()
    {
        using var repo = new TempRepo();

        var error = Assert.Throws<BadInputException>(() => ChangesSinceRef.Read(repo.Root, "main"));

        Assert.StartsWith("--changed-since: '", error.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("' is not in a git repository", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("--output=x")]
    [InlineData("HEAD~5")]
    public void A_ref_that_names_no_commit_is_bad_input(string reference)
    {
        using var repo = new TempRepo();
        GitCommands.Init(repo.Root);
        repo.Write("a.txt", "a\n");
        GitCommands.CommitAll(repo.Root, "only");

        var error = Assert.Throws<BadInputException>(() => ChangesSinceRef.Read(repo.Root, reference));

        Assert.Equal($"--changed-since: '{reference}' is not a commit in this repository (try a branch, tag or commit id, e.g. origin/main)", error.Message);
    }
}
