using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Members;

/// <summary>
/// Bad <c>must-exist</c> members rules and bad any-of lists of <c>must-implement</c>: a located TL9002 with the fix (rules/0063).
/// </summary>
public sealed class MustExistBadInputTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\nrules:\n";

    [Fact]
    public void Must_exist_is_true_or_false() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: constructor }\n    must-exist: {|yes-please|}\n---\n",
            ("TL9002", "rule 'r': must-exist: expected true or false, got a string"));

    [Fact]
    public void Must_exist_false_is_the_default() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: constructor }\n    {|must-exist|}: false\n    visibility: private\n---\n",
            ("TL9002", "rule 'r': must-exist: 'false' is the default (each selected member is checked); write 'must-exist: true' to require such a member in each selected type, or remove it"));

    [Fact]
    public void Must_exist_cannot_be_combined_with_allowed_false() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: method, name: Validate }\n    {|must-exist|}: true\n    allowed: false\n---\n",
            ("TL9002", "rule 'r': must-exist: cannot be combined with 'allowed: false': a member the rule requires would also be forbidden; keep one of them"));

    [Fact]
    public void Must_exist_alone_is_a_condition()
    {
        var result = Adr.Parse(Head + "  - id: r\n    kind: members\n    members: { kind: constructor, visibility: private, static: false }\n    must-exist: true\n---\n");

        Assert.Empty(result.Diagnostics);
        var rule = Assert.IsType<TechLead.Rules.Model.MembersRule>(Assert.Single(result.Document!.Rules));
        Assert.True(rule.Conditions.MustExist);
    }

    [Fact]
    public void Must_exist_with_a_condition_that_does_not_apply_to_the_kind() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: constructor }\n    must-exist: true\n    {|returns|}: bool\n---\n",
            ("TL9002", "rule 'r': returns: does not apply to constructors; it applies to methods, properties and fields; select those with 'members: { kind: ... }' or remove 'returns'"));

    [Fact]
    public void An_empty_any_of_list() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: must-implement\n    types: Shop.**\n    type: {||}[]\n---\n",
            ("TL9002", "rule 'r': type: the list is empty; name at least one type, e.g. 'type: [Shop.ICommandHandler`1, Shop.IQueryHandler`2]'"));

    [Fact]
    public void A_bad_item_of_an_any_of_list_invalidates_the_rule()
    {
        var result = Adr.Parse(Head + "  - id: r\n    kind: must-implement\n    types: Shop.**\n    type: [Shop.ICommandHandler`1, 'Shop.[Bad']\n---\n");

        Assert.Empty(result.Document!.Rules);
        Assert.Equal("TL9002", Assert.Single(result.Diagnostics).Id);
    }
}
