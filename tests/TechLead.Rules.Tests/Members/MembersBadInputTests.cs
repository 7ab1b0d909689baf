using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Members;

/// <summary>Bad <c>members</c> rules: a located TL9002 with the fix, and the other rules of the file keep running.</summary>
public sealed class MembersBadInputTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\nrules:\n";

    [Fact]
    public void Unknown_member_selector_key_suggests_the_closest() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: method, {|retuns|}: void }\n    pattern: x\n---\n",
            ("TL9002", "rule 'r': members: unknown member selector key 'retuns'; did you mean 'returns'?; the keys are kind, name, name-matches, types, visibility, static, async, returns, has-attribute, include-overrides"));

    [Fact]
    public void Returns_on_events_does_not_apply() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: event }\n    {|returns|}: System.EventHandler\n---\n",
            ("TL9002", "rule 'r': returns: does not apply to events; it applies to methods, properties and fields; select those with 'members: { kind: ... }' or remove 'returns'"));

    [Fact]
    public void Async_on_properties_does_not_apply() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: property, {|async|}: true }\n    pattern: x\n---\n",
            ("TL9002", "rule 'r': members.async: applies to methods only, and this selector picks properties; add 'method' to 'kind' or remove 'async'"));

    [Fact]
    public void Bad_regex_in_the_selector_and_in_the_condition() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { name-matches: {|'(Get'|} }\n    pattern: {|'[a'|}\n---\n",
            ("TL9002", "rule 'r': members.name-matches: invalid regex '(Get': Invalid pattern '(Get' at offset 4. Not enough )'s; write a .NET regular expression such as '^I[A-Z]\\w*$'"),
            ("TL9002", "rule 'r': pattern: invalid regex '[a': Invalid pattern '[a' at offset 2. Unterminated [] set; write a .NET regular expression such as '^I[A-Z]\\w*$'"));

    [Fact]
    public void Empty_members_mapping() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: {||}{}\n    pattern: x\n---\n",
            ("TL9002", "rule 'r': members: empty mapping; say which members the rule is about with at least one of kind, name, name-matches, types, visibility, static, async, returns, has-attribute, include-overrides, e.g. 'members: { kind: method }'"));

    [Fact]
    public void A_rule_without_a_condition() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    {|kind|}: members\n    members: { kind: method }\n---\n",
            ("TL9002", "rule 'r': a members rule needs at least one condition: pattern, returns, returns-not, type-not, visibility, static, require-attribute, forbid-attribute, max-parameters, public-setter, allowed, must-exist; e.g. 'pattern: Async$'"));

    [Fact]
    public void Bad_kind_visibility_and_parameter_count() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: {|methods|}, visibility: public }\n    visibility: {|open|}\n    max-parameters: {|-1|}\n---\n",
            ("TL9002", "rule 'r': members.kind: 'methods' is not valid; did you mean 'method'?"),
            ("TL9002", "rule 'r': visibility: 'open' is not valid; expected one of: public, internal, protected, private, protected-internal, private-protected"),
            ("TL9002", "rule 'r': max-parameters: expected a whole number of at least 0, got a number; write e.g. 'max-parameters: 4'"));

    [Fact]
    public void The_other_rules_of_the_file_keep_running()
    {
        var result = Adr.Parse(Head + "  - id: bad\n    kind: members\n    members: {}\n    pattern: x\n  - id: good\n    kind: members\n    members: { kind: method }\n    pattern: '^[A-Z]'\n---\n");

        Assert.Equal("good", Assert.Single(result.Document!.Rules).Id);
        Assert.Equal("TL9002", Assert.Single(result.Diagnostics).Id);
    }
}
