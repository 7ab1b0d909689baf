using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Parsing;

/// <summary>
/// A bad item of a list is reported at the item. Where dropping it only narrows the rule (bans, terms,
/// attributes, modules, union selectors of what is checked) the rule keeps enforcing the valid items;
/// where dropping it would flag more or reshape the rule (allow lists, except, layers) the rule stays off.
/// </summary>
public sealed class ListItemTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\nrules:\n";

    private static Rule LoadedRule(string markup)
    {
        var (text, _) = Markup.Parse(markup);
        return Assert.Single(AdrSet.Load([new AdrSourceFile(Adr.Path, text)]).Rules);
    }

    private static void AssertNoRule(string markup)
    {
        var (text, _) = Markup.Parse(markup);
        Assert.Empty(AdrSet.Load([new AdrSourceFile(Adr.Path, text)]).Rules);
    }

    [Fact]
    public void A_bad_banned_api_entry_is_reported_at_the_entry_and_the_other_bans_stay()
    {
        const string Markup = Head + "  - id: r\n    kind: banned-api\n    apis:\n      - symbol: P:System.DateTime.Now\n      - symbol: {|'X:System.Console'|}\n      - {|[T:System.Random|}]\n      - T:System.Environment\n---\n";
        Adr.AssertDiagnostics(
            Markup,
            ("TL9002", "rule 'r': apis: unknown doc-comment ID prefix 'X:' in 'X:System.Console'; use N: (namespace), T: (type), M: (method), P: (property), F: (field) or E: (event)"),
            ("TL9002", "rule 'r': apis: each entry needs 'symbol: <doc-comment ID>', e.g. \"- symbol: 'P:System.DateTime.Now'\""));
        var rule = Assert.IsType<BannedApiRule>(LoadedRule(Markup));
        Assert.Equal(["P:System.DateTime.Now", "T:System.Environment"], rule.Apis.Select(a => a.Symbol.Text));
    }

    [Fact]
    public void A_banned_api_rule_whose_entries_are_all_bad_is_off() =>
        AssertNoRule(Head + "  - id: r\n    kind: banned-api\n    apis: ['X:A', 'Y:B']\n---\n");

    [Fact]
    public void A_bad_term_is_reported_at_the_term_and_the_other_terms_stay()
    {
        const string Markup = Head + "  - id: r\n    kind: vocabulary\n    terms:\n      - {|Customer|}\n      - { use: Basket, instead-of: [Cart] }\n---\n";
        Adr.AssertDiagnostics(Markup, ("TL9002", "rule 'r': terms: each term must be a mapping { use, instead-of }, got a string"));
        var rule = Assert.IsType<VocabularyRule>(LoadedRule(Markup));
        Assert.Equal("Basket", Assert.Single(rule.Terms).Use);
    }

    [Fact]
    public void A_bad_attribute_is_reported_at_the_item_and_the_others_stay()
    {
        const string Markup = Head + "  - id: r\n    kind: attributes\n    types: Shop.**\n    require: [{|'Shop..Bad'|}, System.SerializableAttribute]\n    forbid: System.ObsoleteAttribute\n---\n";
        Adr.AssertDiagnostics(Markup, ("TL9002", "rule 'r': require: invalid glob 'Shop..Bad': empty segment (check for '..' or a leading/trailing '.'); write names joined by single dots, e.g. 'Shop.Domain.**'"));
        var rule = Assert.IsType<AttributesRule>(LoadedRule(Markup));
        Assert.Single(rule.Require);
        Assert.Single(rule.Forbid);
    }

    [Fact]
    public void A_bad_member_of_a_forbid_union_is_reported_and_the_other_members_stay()
    {
        const string Markup = Head + "  - id: r\n    kind: forbid\n    from: Shop.Domain.**\n    to: [Shop.Infrastructure.**, {|'Shop..Db'|}, { namespace: Shop.Data.**, {|kin|}: class }]\n---\n";
        Adr.AssertDiagnostics(
            Markup,
            ("TL9002", "rule 'r': to: invalid glob 'Shop..Db': empty segment (check for '..' or a leading/trailing '.'); write names joined by single dots, e.g. 'Shop.Domain.**'"),
            ("TL9002", "rule 'r': to: unknown selector condition 'kin'; did you mean 'kind'?"));
        var rule = Assert.IsType<ForbidRule>(LoadedRule(Markup));
        Assert.Equal("Shop.Infrastructure.**", rule.To.Text);
        Assert.True(rule.To.Matches(new FakeType("Shop.Infrastructure.Db"), FakeTypeModel.Instance));
    }

    [Fact]
    public void A_bad_member_of_an_allow_list_turns_the_rule_off_because_dropping_it_would_flag_allowed_code() =>
        AssertNoRule(Head + "  - id: r\n    kind: allow-only\n    from: Shop.Domain.**\n    to: [Shop.SharedKernel.**, 'Shop..Money']\n---\n");

    [Fact]
    public void A_bad_member_of_except_turns_the_rule_off_because_dropping_it_would_select_more() =>
        AssertNoRule(Head + "  - id: r\n    kind: forbid\n    from: { namespace: Shop.**, except: [Shop.Hosting.**, 'Shop..X'] }\n    to: Shop.Infrastructure.**\n---\n");

    [Fact]
    public void A_bad_module_is_skipped_and_the_other_modules_stay_independent()
    {
        const string Markup = Head + "  - id: r\n    kind: independent\n    modules:\n      - { name: Orders, types: Shop.Orders.** }\n      - {|{ name: Billing|} }\n      - { name: Shipping, types: Shop.Shipping.** }\n---\n";
        Adr.AssertDiagnostics(Markup, ("TL9002", "rule 'r': module: missing field 'types'; add e.g. 'types: Shop.Domain.**'"));
        var rule = Assert.IsType<IndependentRule>(LoadedRule(Markup));
        Assert.Equal(["Orders", "Shipping"], rule.Modules.Select(m => m.Name));
    }

    [Fact]
    public void A_bad_layer_turns_the_rule_off_because_the_order_of_layers_carries_meaning() =>
        AssertNoRule(Head + "  - id: r\n    kind: layers\n    layers:\n      - { name: Api, types: Shop.Api.** }\n      - { name: Domain }\n      - { name: Data, types: Shop.Data.** }\n---\n");

    [Fact]
    public void An_invalid_scalar_field_still_turns_the_rule_off() =>
        AssertNoRule(Head + "  - id: r\n    kind: banned-api\n    in: Shop..Domain\n    apis: [P:System.DateTime.Now]\n---\n");
}
