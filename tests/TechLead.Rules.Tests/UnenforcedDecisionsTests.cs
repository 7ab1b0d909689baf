using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests;

public sealed class UnenforcedDecisionsTests
{
    private static AdrSet Set(params (string Path, string Text)[] files) =>
        AdrSet.Load(System.Linq.Enumerable.Select(files, f => new AdrSourceFile(f.Path, f.Text)));

    private static string Front(string id, string status, string extra = "") => $"---\nid: {id}\nstatus: {status}\n{extra}---\n# {id}\n";

    [Fact]
    public void Names_the_accepted_ADRs_without_rules_or_manual_enforcement_in_id_order()
    {
        var set = Set(
            ("docs/adr/0009-b.md", Front("ADR-0009", "accepted")),
            ("docs/adr/0003-a.md", Front("ADR-0003", "accepted")),
            ("docs/adr/0004-manual.md", Front("ADR-0004", "accepted", "enforcement: \"manual: code review\"\n")),
            ("docs/adr/0005-proposed.md", Front("ADR-0005", "proposed")),
            ("docs/adr/0006-ruled.md", Adr.WithRules("  - id: r\n    kind: forbid\n    from: A.**\n    to: B.**\n", id: "ADR-0006")));

        Assert.Equal(["ADR-0003", "ADR-0009"], System.Linq.Enumerable.Select(UnenforcedDecisions.Of(set), d => d.Id));
        Assert.Equal("2 accepted ADRs enforce no rule: ADR-0003, ADR-0009 (add rules or `enforcement: \"manual: <how people check it>\"`)", UnenforcedDecisions.Notice(set));
    }

    [Fact]
    public void One_is_singular() =>
        Assert.Equal(
            "1 accepted ADR enforces no rule: ADR-0003 (add rules or `enforcement: \"manual: <how people check it>\"`)",
            UnenforcedDecisions.Notice(Set(("docs/adr/0003-a.md", Front("ADR-0003", "accepted")))));

    [Fact]
    public void Nothing_to_say_when_every_accepted_ADR_is_enforced() =>
        Assert.Null(UnenforcedDecisions.Notice(Set(("docs/adr/0004-manual.md", Front("ADR-0004", "accepted", "enforcement: \"manual: code review\"\n")))));
}
