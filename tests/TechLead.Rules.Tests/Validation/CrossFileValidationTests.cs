using System.Linq;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Validation;

public sealed class CrossFileValidationTests
{
    private static AdrSet Load(params (string Path, string Text)[] files) =>
        AdrSet.Load(files.Select(f => new AdrSourceFile(f.Path, f.Text)));

    private static string Front(string fields) => "---\n" + fields + "---\n";

    [Fact]
    public void Duplicate_adr_ids_point_at_the_second_with_the_first_as_related()
    {
        var set = Load(
            ("docs/adr/0007-a.md", Front("id: ADR-0007\nstatus: accepted\nrules:\n  - { id: r, kind: forbid, from: A.**, to: B.** }\n")),
            ("docs/adr/0008-b.md", Front("id: ADR-0007\nstatus: accepted\nrules:\n  - { id: r, kind: forbid, from: C.**, to: D.** }\n")));
        var duplicate = Assert.Single(set.Diagnostics);
        Assert.Equal("TL9003", duplicate.Id);
        Assert.Equal("duplicate ADR id 'ADR-0007' (also in docs/adr/0007-a.md); give each ADR its own id, e.g. the next free number", duplicate.Message);
        Assert.Equal(("docs/adr/0008-b.md", 1, 4), (duplicate.Path, duplicate.Span.StartLine, duplicate.Span.StartColumn));
        Assert.Equal(("docs/adr/0007-a.md", 1), (duplicate.RelatedPath, duplicate.RelatedSpan!.Value.StartLine));
        Assert.Equal(["docs/adr/0007-a.md"], set.Rules.Select(r => r.Adr.Path));
    }

    [Fact]
    public void Duplicate_rule_ids_keep_the_first()
    {
        var set = Load(("docs/adr/0007-a.md", Front("id: ADR-0007\nstatus: accepted\nrules:\n  - id: r\n    kind: forbid\n    from: A.**\n    to: B.**\n  - id: r\n    kind: forbid\n    from: C.**\n    to: D.**\n")));
        var duplicate = Assert.Single(set.Diagnostics);
        Assert.Equal(("TL9003", "duplicate rule id 'r' in ADR-0007 (first at line 5); rename one of them", 8), (duplicate.Id, duplicate.Message, duplicate.Span.StartLine));
        Assert.Equal("A.**", Assert.IsType<Model.ForbidRule>(Assert.Single(set.Rules)).From.Text);
    }

    [Fact]
    public void Superseded_without_successor_is_a_warning_at_the_status()
    {
        var set = Load(("docs/adr/0003-a.md", Front("id: ADR-0003\nstatus: superseded\n")));
        var broken = Assert.Single(set.Diagnostics);
        Assert.Equal(("TL9005", Model.RuleSeverity.Warning, 2), (broken.Id, broken.Severity, broken.Span.StartLine));
        Assert.Equal("ADR-0003 is superseded but has no 'superseded-by'; add 'superseded-by: ADR-xxxx' naming the decision that replaces it", broken.Message);
    }

    [Fact]
    public void Missing_supersession_targets_are_reported()
    {
        var set = Load(
            ("docs/adr/0003-a.md", Front("id: ADR-0003\nstatus: superseded\nsuperseded-by: ADR-0099\n")),
            ("docs/adr/0004-b.md", Front("id: ADR-0004\nstatus: accepted\nsupersedes: [ADR-0098]\n")));
        Assert.Equal(
            ["superseded-by 'ADR-0099' does not exist; name an existing ADR id", "supersedes 'ADR-0098' which does not exist; name an existing ADR id"],
            set.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Supersession_cycles_are_reported_once()
    {
        var set = Load(
            ("docs/adr/0001-a.md", Front("id: ADR-0001\nstatus: superseded\nsuperseded-by: ADR-0002\n")),
            ("docs/adr/0002-b.md", Front("id: ADR-0002\nstatus: superseded\nsuperseded-by: ADR-0001\n")));
        var cycle = Assert.Single(set.Diagnostics);
        Assert.Equal("supersession cycle ADR-0001 -> ADR-0002 -> ADR-0001; a decision cannot be replaced by one it replaced", cycle.Message);
    }

    [Fact]
    public void Valid_supersession_is_quiet_and_superseded_rules_are_inactive()
    {
        var set = Load(
            ("docs/adr/0003-a.md", Front("id: ADR-0003\nstatus: superseded\nsuperseded-by: ADR-0012\nrules:\n  - { id: old, kind: forbid, from: A.**, to: B.** }\n")),
            ("docs/adr/0012-b.md", Front("id: ADR-0012\nstatus: accepted\nsupersedes: [ADR-0003]\nrules:\n  - { id: new, kind: forbid, from: A.**, to: C.** }\n")));
        Assert.Empty(set.Diagnostics);
        Assert.Equal(["ADR-0012/new"], set.ActiveRules.Select(r => r.QualifiedId));
        Assert.Equal(2, set.Rules.Count);
    }

    [Fact]
    public void A_broken_file_does_not_stop_the_others()
    {
        var set = Load(
            ("docs/adr/0001-bad.md", "---\nid: [\n---\n"),
            ("docs/adr/0002-good.md", Front("id: ADR-0002\nstatus: accepted\nrules:\n  - { id: r, kind: forbid, from: A.**, to: B.** }\n")));
        Assert.Equal("TL9001", Assert.Single(set.Diagnostics).Id);
        Assert.Equal("ADR-0002/r", Assert.Single(set.ActiveRules).QualifiedId);
    }

    [Fact]
    public void Diagnostics_come_in_path_then_position_order()
    {
        var set = Load(
            ("docs/adr/0002-b.md", Front("id: ADR-0002\nstatus: acepted\nfoo: 1\n")),
            ("docs/adr/0001-a.md", Front("id: ADR-0001\nbar: 1\nstatus: nope\n")));
        Assert.Equal(
            ["docs/adr/0001-a.md:3", "docs/adr/0001-a.md:4", "docs/adr/0002-b.md:3", "docs/adr/0002-b.md:4"],
            set.Diagnostics.Select(d => $"{d.Path}:{d.Span.DisplayLine}"));
    }
}
