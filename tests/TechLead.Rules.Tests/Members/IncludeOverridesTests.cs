using TechLead.Rules.Members;
using TechLead.Rules.Model;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Members;

/// <summary><c>include-overrides: true</c> (rules/0069): overrides the user wrote are selected too; by default they are not.</summary>
public sealed class IncludeOverridesTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\nrules:\n";

    [Fact]
    public void Overrides_are_selected_only_when_included()
    {
        var describe = new FakeMember("Describe", Type: "System.String", Override: true);
        var included = Rule("members: { kind: [method, property], visibility: public, include-overrides: true }\n    allowed: false");
        var plain = Rule("members: { kind: [method, property], visibility: public }\n    allowed: false");

        Assert.Equal("[ADR-0007] method 'Shop.Order.Describe' is not allowed (rule r: Domain stays persistence-ignorant)", Check(included, describe));
        Assert.Null(Check(plain, describe));
        Assert.NotNull(Check(plain, describe with { Override = false }));
    }

    [Fact]
    public void Include_overrides_false_is_the_default() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: method, {|include-overrides|}: false }\n    allowed: false\n---\n",
            ("TL9002", "rule 'r': members.include-overrides: 'false' is the default (overrides are not selected); write 'true' to select the overrides the user wrote too, or remove it"));

    [Fact]
    public void Fields_and_constructors_do_not_override() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: [field, constructor], {|include-overrides|}: true }\n    allowed: false\n---\n",
            ("TL9002", "rule 'r': members.include-overrides: only methods, properties and events override, and this selector picks fields and constructors; add one of those to 'kind' or remove 'include-overrides'"));

    [Fact]
    public void A_required_member_is_never_an_override() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: method, name: Validate, include-overrides: true }\n    {|must-exist|}: true\n---\n",
            ("TL9002", "rule 'r': must-exist: cannot be combined with 'include-overrides: true': a required member is one the type introduces; remove 'include-overrides'"));

    private static MembersRule Rule(string body) => Adr.SingleRule<MembersRule>($"  - id: r\n    kind: members\n    {body}\n");

    private static string? Check(MembersRule rule, FakeMember member)
    {
        var message = rule.Check(member, FakeMemberModel.Instance, "Shop.Order", out var timedOut);
        Assert.False(timedOut);
        return message;
    }
}
