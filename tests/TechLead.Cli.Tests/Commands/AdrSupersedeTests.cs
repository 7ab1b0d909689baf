using System.IO;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

public sealed class AdrSupersedeTests
{
    private const string Old = """
        ---
        id: ADR-0006
        title: Read the clock through IClock
        status: accepted   # was proposed
        tags: [time]
        ---
        # Read the clock through IClock

        Body stays as written.
        """;

    private const string NewFlow = """
        ---
        id: ADR-0007
        title: Use TimeProvider
        status: accepted
        supersedes: [ADR-0003]
        ---
        # Use TimeProvider
        """;

    [Fact]
    public void Edits_both_front_matters_and_nothing_else()
    {
        using var repo = new TempRepo();
        var old = repo.WriteAdr("0006-iclock.md", Old);
        var replacement = repo.WriteAdr("0007-timeprovider.md", NewFlow);

        var run = repo.Run("adr", "supersede", "ADR-0006", "--by", "ADR-0007");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("ADR-0006 is now superseded by ADR-0007", run.Stdout.Trim());
        Assert.Equal(Old.Replace("status: accepted   # was proposed", "status: superseded").Replace("tags: [time]", "tags: [time]\nsuperseded-by: ADR-0007"), File.ReadAllText(old));
        Assert.Equal(NewFlow.Replace("supersedes: [ADR-0003]", "supersedes: [ADR-0003, ADR-0006]"), File.ReadAllText(replacement));
        Assert.Equal(2, Directory.GetFiles(repo.AdrDirectory).Length);
        Assert.Equal(0, repo.Run("rules", "validate").ExitCode);
    }

    [Fact]
    public void Appends_to_a_block_list_and_adds_a_missing_supersedes()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-a.md", "---\nid: ADR-0001\ntitle: A\nstatus: accepted\n---\n");
        repo.WriteAdr("0002-b.md", "---\nid: ADR-0002\ntitle: B\nstatus: accepted\n---\n");
        var block = repo.WriteAdr("0003-c.md", "---\nid: ADR-0003\ntitle: C\nsupersedes:\n    - ADR-0001\nstatus: accepted\n---\n");

        Assert.Equal(0, repo.Run("adr", "supersede", "ADR-0002", "--by", "ADR-0003").ExitCode);

        Assert.Equal("---\nid: ADR-0003\ntitle: C\nsupersedes:\n    - ADR-0001\n    - ADR-0002\nstatus: accepted\n---\n", File.ReadAllText(block));
        Assert.Equal(0, repo.Run("adr", "supersede", "1", "--by", "ADR-0002").ExitCode);
        Assert.Equal("---\nid: ADR-0002\ntitle: B\nstatus: superseded\nsuperseded-by: ADR-0003\nsupersedes: [ADR-0001]\n---\n", File.ReadAllText(Path.Combine(repo.AdrDirectory, "0002-b.md")));
    }

    [Theory]
    [InlineData("ADR-0099", "ADR-0007", "unknown ADR id 'ADR-0099'")]
    [InlineData("ADR-0006", "ADR-0098", "unknown ADR id 'ADR-0098'")]
    [InlineData("ADR-0006", "ADR-0006", "ADR-0006 cannot supersede itself")]
    public void Unknown_or_identical_ids_are_bad_input_and_write_nothing(string old, string by, string message)
    {
        using var repo = new TempRepo();
        var oldPath = repo.WriteAdr("0006-iclock.md", Old);
        var newPath = repo.WriteAdr("0007-timeprovider.md", NewFlow);

        repo.Run("adr", "supersede", old, "--by", by).AssertBadInput(message);

        Assert.Equal(Old, File.ReadAllText(oldPath));
        Assert.Equal(NewFlow, File.ReadAllText(newPath));
    }

    [Fact]
    public void A_file_without_front_matter_is_refused_and_neither_file_changes()
    {
        using var repo = new TempRepo();
        var prose = repo.WriteAdr("0001-prose.md", "# Prose only\n\nNo front matter.\n");
        var newPath = repo.WriteAdr("0007-timeprovider.md", NewFlow);

        repo.Run("adr", "supersede", "ADR-0001", "--by", "ADR-0007").AssertBadInput("has no YAML front matter");

        Assert.Equal("# Prose only\n\nNo front matter.\n", File.ReadAllText(prose));
        Assert.Equal(NewFlow, File.ReadAllText(newPath));
        Assert.Equal(2, Directory.GetFiles(repo.AdrDirectory).Length);
    }
}
