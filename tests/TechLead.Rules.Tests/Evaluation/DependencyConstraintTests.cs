using System.Linq;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Evaluation;

public sealed class DependencyConstraintTests
{
    private static readonly FakeType Order = new("Shop.Domain.Order");
    private static readonly FakeType Db = new("Shop.Infrastructure.Db.ShopContext");
    private static readonly FakeType Handler = new("Shop.Application.PlaceOrderHandler");
    private static readonly FakeType Program = new("Shop.Api.Program");
    private static readonly FakeType Guid = new("System.Guid");
    private static readonly FakeType Json = new("Newtonsoft.Json.JsonConvert");

    private static DependencyConstraint Compile(string rulesYaml)
    {
        var set = AdrSet.Load([new AdrSourceFile(Adr.Path, Adr.WithRules(rulesYaml))]);
        Assert.Empty(set.Diagnostics);
        return Assert.Single(DependencyConstraint.Compile(set.ActiveRules));
    }

    private static string? Check(DependencyConstraint constraint, FakeType from, FakeType to) =>
        constraint.AppliesTo(from, FakeTypeModel.Instance) ? constraint.Check(from, to, FakeTypeModel.Instance) : null;

    [Fact]
    public void Forbid_reports_with_the_spec_message_shape()
    {
        var forbid = Compile("  - id: domain-no-infra\n    kind: forbid\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**\n");
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: Domain stays persistence-ignorant)",
            Check(forbid, Order, Db));
        Assert.Null(Check(forbid, Order, Guid));
        Assert.False(forbid.AppliesTo(Program, FakeTypeModel.Instance));
    }

    [Fact]
    public void A_rule_names_the_types_its_selectors_spell_out_by_namespace_not_those_a_pattern_or_an_exemption_matches()
    {
        var model = FakeTypeModel.Instance;
        var ef = new FakeType("Microsoft.EntityFrameworkCore.DbContext");
        var forbid = Compile("  - id: r\n    kind: forbid\n    from: Shop.Domain.**\n    to: [Shop.Infrastructure.**, Microsoft.EntityFrameworkCore.**]\n");
        var layers = Compile("  - id: l\n    kind: layers\n    layers:\n      - name: Domain\n        types: Shop.Domain.**\n      - name: Infrastructure\n        types: [Shop.Infrastructure.**, Microsoft.EntityFrameworkCore.**]\n");
        var pattern = Compile("  - id: p\n    kind: forbid\n    from: Shop.Domain.**\n    to: \"**.*Context\"\n");
        var allow = Compile("  - id: a\n    kind: allow-only\n    from: Shop.Domain.**\n    to: Shop.SharedKernel.**\n    also-allow: [Newtonsoft.**]\n");

        Assert.Equal([true, true, false], new[] { ef, Order, Json }.Select(t => forbid.Names(t, model)));
        Assert.Equal([true, true, false], new[] { ef, Db, Guid }.Select(t => layers.Names(t, model)));
        Assert.False(pattern.Names(ef, model));
        Assert.Equal([true, true, false], new[] { Order, new FakeType("Shop.SharedKernel.Entity"), Json }.Select(t => allow.Names(t, model)));
    }

    [Fact]
    public void Target_prefixes_bound_the_types_a_source_can_break_a_rule_with_and_an_allow_list_or_a_pattern_bounds_none()
    {
        var model = FakeTypeModel.Instance;
        var forbid = Compile("  - id: r\n    kind: forbid\n    from: Shop.Domain.**\n    to: [Shop.Infrastructure.**, Microsoft.EntityFrameworkCore.**]\n");
        var pattern = Compile("  - id: p\n    kind: forbid\n    from: Shop.Domain.**\n    to: \"**.*Context\"\n");
        var allow = Compile("  - id: a\n    kind: allow-only\n    from: Shop.Domain.**\n    to: Shop.SharedKernel.**\n");

        Assert.Equal(["Shop.Infrastructure.", "Microsoft.EntityFrameworkCore."], forbid.TargetPrefixesFrom(Order, model));
        Assert.Null(pattern.TargetPrefixesFrom(Order, model));
        Assert.Null(allow.TargetPrefixesFrom(Order, model));
    }

    [Fact]
    public void A_group_rule_targets_only_the_groups_its_source_may_not_use()
    {
        var model = FakeTypeModel.Instance;
        const string Groups = "      - name: Api\n        types: Shop.Api.**\n      - name: Application\n        types: Shop.Application.**\n      - name: Domain\n        types: Shop.Domain.**\n";
        var relaxed = Compile("  - id: l\n    kind: layers\n    layers:\n" + Groups);
        var strict = Compile("  - id: l\n    kind: layers\n    mode: strict\n    layers:\n" + Groups);
        var modules = Compile("  - id: m\n    kind: independent\n    modules:\n" + Groups);

        Assert.Equal(["Shop.Api."], relaxed.TargetPrefixesFrom(Handler, model));
        Assert.Equal(["Shop.Api.", "Shop.Application."], relaxed.TargetPrefixesFrom(Order, model));
        Assert.Equal([], relaxed.TargetPrefixesFrom(Program, model));
        Assert.Equal(["Shop.Domain."], strict.TargetPrefixesFrom(Program, model));
        Assert.Equal(["Shop.Api.", "Shop.Domain."], modules.TargetPrefixesFrom(Handler, model));
    }

    [Fact]
    public void Because_replaces_the_title_in_messages()
    {
        var forbid = Compile("  - id: r\n    kind: forbid\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**\n    because: EF stays out of the model\n");
        Assert.EndsWith("(rule r: EF stays out of the model)", Check(forbid, Order, Db));
    }

    [Fact]
    public void Allow_only_accepts_targets_itself_and_system()
    {
        var allow = Compile("  - id: domain-allow\n    kind: allow-only\n    from: Shop.Domain.**\n    to: Shop.SharedKernel.**\n");
        Assert.Null(Check(allow, Order, Guid));
        Assert.Null(Check(allow, Order, new FakeType("Shop.Domain.Money")));
        Assert.Null(Check(allow, Order, new FakeType("Shop.SharedKernel.Entity")));
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' may only depend on allowed types, not on 'Newtonsoft.Json.JsonConvert' (rule domain-allow: Domain stays persistence-ignorant)",
            Check(allow, Order, Json));
    }

    [Fact]
    public void Allow_only_also_allow_replaces_the_system_default()
    {
        var allow = Compile("  - id: r\n    kind: allow-only\n    from: Shop.Domain.**\n    to: Shop.SharedKernel.**\n    also-allow: [Newtonsoft.**]\n");
        Assert.Null(Check(allow, Order, Json));
        Assert.NotNull(Check(allow, Order, Guid));
    }

    private static string Layers(string mode) =>
        $"  - id: layering\n    kind: layers\n    mode: {mode}\n    layers:\n" +
        "      - { name: Api, types: Shop.Api.** }\n      - { name: Application, types: Shop.Application.** }\n" +
        "      - { name: Domain, types: Shop.Domain.** }\n";

    [Fact]
    public void Relaxed_layers_allow_any_lower_layer_and_flag_upward_references()
    {
        var layers = Compile(Layers("relaxed"));
        Assert.Null(Check(layers, Program, Order));
        Assert.Null(Check(layers, Program, Handler));
        Assert.Null(Check(layers, Order, Db));
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' (layer Domain) must not depend on 'Shop.Application.PlaceOrderHandler' (layer Application) (rule layering: Domain stays persistence-ignorant)",
            Check(layers, Order, Handler));
    }

    [Fact]
    public void Strict_layers_allow_only_the_next_layer()
    {
        var layers = Compile(Layers("strict"));
        Assert.Null(Check(layers, Program, Handler));
        Assert.Equal(
            "[ADR-0007] 'Shop.Api.Program' (layer Api) must not depend on 'Shop.Domain.Order' (layer Domain) (rule layering: Domain stays persistence-ignorant)",
            Check(layers, Program, Order));
    }

    [Fact]
    public void Independent_modules_must_not_reference_each_other()
    {
        var modules = Compile(
            "  - id: modules-independent\n    kind: independent\n    modules:\n" +
            "      - { name: Orders, types: Shop.Orders.** }\n      - { name: Billing, types: Shop.Billing.** }\n");
        var service = new FakeType("Shop.Orders.OrderService");
        var invoice = new FakeType("Shop.Billing.Invoice");
        Assert.Equal(
            "[ADR-0007] 'Shop.Orders.OrderService' (module Orders) must not depend on 'Shop.Billing.Invoice' (module Billing) (rule modules-independent: Domain stays persistence-ignorant)",
            Check(modules, service, invoice));
        Assert.Null(Check(modules, service, new FakeType("Shop.Orders.Order")));
        Assert.Null(Check(modules, service, Guid));
    }

    [Fact]
    public void Rules_of_proposed_adrs_are_info_and_superseded_ones_are_not_compiled()
    {
        var proposed = AdrSet.Load([new AdrSourceFile(Adr.Path, Adr.WithRules("  - id: r\n    kind: forbid\n    from: A.**\n    to: B.**\n    severity: error\n", status: "proposed"))]);
        Assert.Equal(Model.RuleSeverity.Info, proposed.ActiveRules.Single().EffectiveSeverity);
        var rejected = AdrSet.Load([new AdrSourceFile(Adr.Path, Adr.WithRules("  - id: r\n    kind: forbid\n    from: A.**\n    to: B.**\n", status: "rejected"))]);
        Assert.Empty(DependencyConstraint.Compile(rejected.ActiveRules));
        Assert.Single(rejected.Rules);
    }
}
