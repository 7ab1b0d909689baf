using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

public sealed class AdrListTests
{
    private static TempRepo ThreeAdrs()
    {
        var repo = new TempRepo();
        repo.WriteAdr("0001-layers.md", """
            ---
            id: ADR-0001
            title: Layers
            status: accepted
            ---
            ```techlead
            - id: a
              kind: forbid
              from: A.**
              to: B.**
            - id: b
              kind: naming
              types: A.**
              pattern: ^A
            ```
            """);
        repo.WriteAdr("0002-use-postgres.md", "---\nid: ADR-0002\ntitle: Use Postgres\nstatus: accepted\n---\n");
        repo.WriteAdr("0003-code-review.md", "---\nid: ADR-0003\ntitle: Code review\nstatus: accepted\nenforcement: \"manual: every PR\"\n---\n");
        repo.WriteAdr("0004-idea.md", "---\nid: ADR-0004\ntitle: An idea\nstatus: proposed\n---\n");
        return repo;
    }

    [Fact]
    public void Lists_id_status_rule_count_and_marks_unenforced_accepted_adrs()
    {
        using var repo = ThreeAdrs();

        var run = repo.Run("adr", "list");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            "ID        STATUS    RULES  TITLE",
            "ADR-0001  accepted      2  Layers",
            "ADR-0002  accepted      0  Use Postgres  (unenforced)",
            "ADR-0003  accepted      0  Code review",
            "ADR-0004  proposed      0  An idea",
            "4 ADR(s), 1 accepted without enforcement",
        ], run.StdoutLines);
    }

    [Fact]
    public void Filters_by_status()
    {
        using var repo = ThreeAdrs();

        var run = repo.Run("adr", "list", "--status", "proposed");

        Assert.Equal(["ID        STATUS    RULES  TITLE", "ADR-0004  proposed      0  An idea", "1 ADR(s), 0 accepted without enforcement"], run.StdoutLines);
    }

    [Fact]
    public void An_invalid_status_or_an_unreadable_file_is_shown_as_such_not_as_proposed()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-typo.md", "---\nid: ADR-0001\ntitle: Typo in status\nstatus: acepted\n---\n");
        repo.WriteAdr("0002-broken.md", "---\nid: ADR-0002\ntitle: [unclosed\n---\n");
        repo.WriteAdr("0003-idea.md", "---\nid: ADR-0003\ntitle: An idea\nstatus: proposed\n---\n");

        var all = repo.Run("adr", "list");
        var proposed = repo.Run("adr", "list", "--status", "proposed");

        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Equal(
        [
            "ID        STATUS               RULES  TITLE",
            "ADR-0001  invalid (TL9002)         0  Typo in status",
            "ADR-0002  unreadable (TL9001)      0  ADR-0002",
            "ADR-0003  proposed                 0  An idea",
            "3 ADR(s), 0 accepted without enforcement",
        ], all.StdoutLines);
        Assert.Equal(["ID        STATUS    RULES  TITLE", "ADR-0003  proposed      0  An idea", "1 ADR(s), 0 accepted without enforcement"], proposed.StdoutLines);
    }
}
