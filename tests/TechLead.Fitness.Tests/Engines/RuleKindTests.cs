using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Fitness.Tests.Support;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Tests.Engines;

public sealed class RuleKindTests
{
    private static AssemblySet Kinds => Corpus.Of("Kinds", KindsCorpus.Source);

    public static TheoryData<string, string, string[]> BothEngines => new()
    {
        {
            "naming",
            """
            - id: repo-suffix
              kind: naming
              types: Kinds.Infrastructure.*
              pattern: "^.*Repository$"
            """,
            ["[ADR-0007] 'Kinds.Infrastructure.OrderRepo' must match the naming pattern '^.*Repository$' (rule repo-suffix: Test decision)"]
        },
        {
            "must-inherit",
            """
            - id: controllers
              kind: must-inherit
              types: Kinds.Api.*Controller
              type: Kinds.Api.ControllerBase
            """,
            ["[ADR-0007] 'Kinds.Api.StrayController' must inherit 'Kinds.Api.ControllerBase' (rule controllers: Test decision)"]
        },
        {
            "must-implement",
            """
            - id: entities
              kind: must-implement
              types: { name: "*Entity", kind: class }
              type: Kinds.Domain.IEntity
            """,
            ["[ADR-0007] 'Kinds.Domain.NotEntity' must implement 'Kinds.Domain.IEntity' (rule entities: Test decision)"]
        },
        {
            "attributes require",
            """
            - id: serializable
              kind: attributes
              types: [Kinds.Domain.Marked, Kinds.Domain.Money]
              require: [System.SerializableAttribute]
            """,
            ["[ADR-0007] 'Kinds.Domain.Money' must have attribute 'System.SerializableAttribute' (rule serializable: Test decision)"]
        },
        {
            "attributes forbid",
            """
            - id: no-obsolete
              kind: attributes
              types: Kinds.Domain.*
              forbid: [System.ObsoleteAttribute]
            """,
            ["[ADR-0007] 'Kinds.Domain.Deprecated' must not have attribute 'System.ObsoleteAttribute' (rule no-obsolete: Test decision)"]
        },
        {
            "modifiers sealed",
            """
            - id: sealed
              kind: modifiers
              types: { namespace: Kinds.Domain, kind: class }
              sealed: true
            """,
            [
                // The static class Helpers satisfies "sealed" (rules/ADR-0008): nothing can derive from it.
                "[ADR-0007] 'Kinds.Domain.Unsealed' must be sealed (rule sealed: Test decision)",
            ]
        },
        {
            "modifiers immutable",
            """
            - id: immutable
              kind: modifiers
              types: [Kinds.Domain.Money, Kinds.Domain.Mutable]
              immutable: true
            """,
            ["[ADR-0007] 'Kinds.Domain.Mutable' must be immutable ('Count' is settable) (rule immutable: Test decision)"]
        },
        {
            "modifiers static",
            """
            - id: static
              kind: modifiers
              types: [Kinds.Domain.Helpers, Kinds.Domain.Unsealed]
              static: true
            """,
            ["[ADR-0007] 'Kinds.Domain.Unsealed' must be static (rule static: Test decision)"]
        },
        {
            "modifiers every unmet requirement",
            """
            - id: sealed-internal
              kind: modifiers
              types: Kinds.Domain.Unsealed
              sealed: true
              visibility: internal
            """,
            ["[ADR-0007] 'Kinds.Domain.Unsealed' must be sealed and internal (rule sealed-internal: Test decision)"]
        },
        {
            "attributes every missing and forbidden attribute",
            """
            - id: contract
              kind: attributes
              types: Kinds.Domain.Deprecated
              require: [System.SerializableAttribute, System.FlagsAttribute]
              forbid: [System.ObsoleteAttribute]
            """,
            ["[ADR-0007] 'Kinds.Domain.Deprecated' must have attributes 'System.SerializableAttribute' and 'System.FlagsAttribute' and must not have attribute 'System.ObsoleteAttribute' (rule contract: Test decision)"]
        },
        {
            "placement",
            """
            - id: repos-in-infra
              kind: placement
              types: "**.*Repository"
              namespace: Kinds.Infrastructure
            """,
            ["[ADR-0007] 'Kinds.Misplaced.PaymentRepository' must reside in namespace 'Kinds.Infrastructure' (rule repos-in-infra: Test decision)"]
        },
    };

    [Theory]
    [MemberData(nameof(BothEngines))]
    public void Type_level_kinds_report_the_same_messages_on_both_engines(string kind, string rule, string[] expected)
    {
        var parsed = Adrs.Rule(rule);

        var primary = ArchUnitAdapter.Instance.Evaluate(parsed, Kinds);
        var second = NetArchTestAdapter.Instance.Evaluate(parsed, Kinds);

        Assert.True(expected.SequenceEqual(primary.Violations.Select(v => v.Message)), kind + " (ArchUnitNET): " + string.Join(" | ", primary.Violations.Select(v => v.Message)));
        Assert.True(expected.SequenceEqual(second.Violations.Select(v => v.Message)), kind + " (NetArchTest): " + string.Join(" | ", second.Violations.Select(v => v.Message)));
    }

    [Fact]
    public void Layers_flag_an_upward_dependency_with_both_layer_names()
    {
        var rule = Adrs.Rule("""
            - id: layering
              kind: layers
              layers:
                - { name: Api, types: Kinds.Api.** }
                - { name: Domain, types: Kinds.Domain.** }
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Kinds);

        Assert.Equal(
            ["[ADR-0007] 'Kinds.Domain.Order' (layer Domain) must not depend on 'Kinds.Api.OrdersController' (layer Api) (rule layering: Test decision)"],
            result.Violations.Select(v => v.Message));
    }

    [Fact]
    public void Allow_only_flags_dependencies_outside_the_list_itself_and_system()
    {
        var rule = Adrs.Rule("""
            - id: domain-allow-list
              kind: allow-only
              from: Kinds.Domain.Order
              to: Kinds.Domain.**
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Kinds);

        Assert.Equal(
            [
                "[ADR-0007] 'Kinds.Domain.Order' may only depend on allowed types, not on 'Kinds.Api.OrdersController' (rule domain-allow-list: Test decision)",
                "[ADR-0007] 'Kinds.Domain.Order' may only depend on allowed types, not on 'Newtonsoft.Text' (rule domain-allow-list: Test decision)",
            ],
            result.Violations.Select(v => v.Message));
    }

    [Fact]
    public void Independent_modules_flag_each_cross_module_dependency()
    {
        var rule = Adrs.Rule("""
            - id: modules-independent
              kind: independent
              modules:
                - { name: Orders, types: Kinds.Modules.Orders.** }
                - { name: Billing, types: Kinds.Modules.Billing.** }
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Kinds);

        Assert.Equal(
            [
                "[ADR-0007] 'Kinds.Modules.Billing.Invoice' (module Billing) must not depend on 'Kinds.Modules.Orders.OrderService' (module Orders) (rule modules-independent: Test decision)",
                "[ADR-0007] 'Kinds.Modules.Orders.OrderService' (module Orders) must not depend on 'Kinds.Modules.Billing.Invoice' (module Billing) (rule modules-independent: Test decision)",
            ],
            result.Violations.Select(v => v.Message));
    }

    [Fact]
    public void Diagram_flags_each_dependency_the_diagram_has_no_arrow_for()
    {
        var rule = Adrs.Rule(
            """
            - id: context-map
              kind: diagram
              diagram: modules
              components:
                Orders: Kinds.Modules.Orders.**
                Billing: Kinds.Modules.Billing.**
            """,
            "\n```mermaid\n%% techlead: modules\nflowchart LR\n  Orders -- bills --> Billing\n```\n");

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Kinds);

        Assert.Equal(
            ["[ADR-0007] 'Kinds.Modules.Billing.Invoice' must not depend on 'Kinds.Modules.Orders.OrderService': the diagram has no arrow Billing --> Orders (rule context-map: Test decision)"],
            result.Violations.Select(v => v.Message));
        Assert.Equal(("T:Kinds.Modules.Billing.Invoice", "T:Kinds.Modules.Orders.OrderService"), result.Violations.Select(v => (v.BaselineFrom, v.BaselineTo)).Single());
    }

    [Fact]
    public void Acyclic_reports_the_edge_that_closes_the_cycle()
    {
        var rule = Adrs.Rule("""
            - id: no-cycles
              kind: acyclic
              slices: Kinds.Modules.{slice}.**
            """);

        var violation = Assert.Single(ArchUnitAdapter.Instance.Evaluate(rule, Kinds).Violations);

        Assert.Equal("[ADR-0007] 'Kinds.Modules.Orders.OrderService' depends on 'Kinds.Modules.Billing.Invoice', closing the cycle Billing -> Orders -> Billing (rule no-cycles: Test decision)", violation.Message);
    }

    [Fact]
    public void Banned_api_matches_member_type_and_namespace_ids_and_keys_the_baseline_by_the_symbol()
    {
        var rule = Adrs.Rule("""
            - id: no-clock
              kind: banned-api
              in: Kinds.Domain.**
              apis:
                - { symbol: "P:System.DateTime.Now", use-instead: "System.TimeProvider.GetUtcNow" }
                - { symbol: "M:Newtonsoft.Text.Format", because: "we use System.Text.Json" }
                - { symbol: "N:Kinds.Api" }
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Kinds);

        Assert.Equal(
            [
                "[ADR-0007] 'M:Newtonsoft.Text.Format' is banned (rule no-clock: we use System.Text.Json) (in 'Kinds.Domain.Order')",
                "[ADR-0007] 'N:Kinds.Api' is banned (rule no-clock: Test decision) (in 'Kinds.Domain.Order')",
                "[ADR-0007] 'P:System.DateTime.Now' is banned; use 'System.TimeProvider.GetUtcNow' instead (rule no-clock: Test decision) (in 'Kinds.Domain.Clock')",
            ],
            result.Violations.Select(v => v.ReportLine));
        Assert.Equal(("T:Kinds.Domain.Clock", "P:System.DateTime.Now"), result.Violations.Select(v => (v.BaselineFrom, v.BaselineTo)).Last());
    }

    [Fact]
    public void Vocabulary_flags_type_member_and_parameter_names_at_their_declarations()
    {
        var rule = Adrs.Rule("""
            - id: ubiquitous-language
              kind: vocabulary
              in: Kinds.Domain.**
              terms:
                - { use: Customer, instead-of: [Client, Buyer] }
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Kinds);

        Assert.Equal(
            [
                ("[ADR-0007] 'ClientId' uses 'Client'; say 'Customer' instead (rule ubiquitous-language: Test decision)", "T:Kinds.Domain.ClientId"),
                ("[ADR-0007] 'ClientName' uses 'Client'; say 'Customer' instead (rule ubiquitous-language: Test decision)", "P:Kinds.Domain.ClientId.ClientName"),
                ("[ADR-0007] 'buyerCount' uses 'Buyer'; say 'Customer' instead (rule ubiquitous-language: Test decision)", "M:Kinds.Domain.ClientId.Move(System.Int32)"),
            ],
            result.Violations.Select(v => (v.Message, v.BaselineFrom)));
    }

    [Fact]
    public void The_engines_take_their_kinds_from_the_rule_kind_table()
    {
        // Which kinds each engine checks is pinned per kind in TechLead.Rules.Tests (RuleKindTableTests).
        Assert.Equal(RuleKinds.CheckedBy(RuleEngines.ArchUnitNet), ArchUnitAdapter.Instance.SupportedKinds);
        Assert.Equal(RuleKinds.CheckedBy(RuleEngines.NetArchTest), NetArchTestAdapter.Instance.SupportedKinds);
        Assert.All(RuleKinds.All.Where(row => !row.Engines.HasFlag(RuleEngines.NetArchTest)), row => Assert.DoesNotContain(row.Kind, NetArchTestAdapter.Instance.SupportedKinds));
    }

    [Theory]
    [InlineData("- { id: r, kind: layers, layers: [{ name: A, types: Kinds.Api.** }] }", "layers")]
    [InlineData("- { id: r, kind: independent, modules: [{ name: A, types: Kinds.Api.** }] }", "independent")]
    [InlineData("- { id: r, kind: acyclic, slices: 'Kinds.{slice}.**' }", "acyclic")]
    [InlineData("- { id: r, kind: diagram, diagram: d, components: { A: Kinds.Api.** } }", "diagram")]
    [InlineData("- { id: r, kind: banned-api, apis: [{ symbol: 'T:System.DateTime' }] }", "banned-api")]
    [InlineData("- { id: r, kind: vocabulary, terms: [{ use: Customer, instead-of: [Client] }] }", "vocabulary")]
    public void NetArchTest_declares_the_kinds_it_cannot_check(string rule, string kind)
    {
        var parsed = Adrs.Rule(rule, "```mermaid\n%% techlead: d\ngraph TD\n  A\n```\n");

        Assert.Equal($"the NetArchTest engine cannot check '{kind}' rules; use FitnessEngine.ArchUnitNet", NetArchTestAdapter.Instance.WhyUnsupported(parsed));
        Assert.DoesNotContain(parsed.Kind, NetArchTestAdapter.Instance.SupportedKinds);
        Assert.Null(ArchUnitAdapter.Instance.WhyUnsupported(parsed));
    }

    [Theory]
    [InlineData("'**.*Controller'", "to: \"**.*Controller\"")]
    [InlineData("{ name: '*Controller', namespace: Kinds.Api }", "to: { name: \"*Controller\", namespace: Kinds.Api }")]
    [InlineData("['**.*Controller', Kinds.Infrastructure.**]", "to: [\"**.*Controller\", Kinds.Infrastructure.**]")]
    public void NetArchTest_names_target_selectors_it_cannot_express_as_valid_yaml(string to, string shown)
    {
        var rule = Adrs.Rule($"- {{ id: r, kind: forbid, from: Kinds.Domain.**, to: {to} }}");

        Assert.Equal($"the NetArchTest engine matches dependencies by namespace or type name only, not '{shown}'; use FitnessEngine.ArchUnitNet", NetArchTestAdapter.Instance.WhyUnsupported(rule));
    }

    [Fact]
    public void NetArchTest_forbid_names_the_type_used_like_the_other_engines()
    {
        var rule = Adrs.Rule("- { id: domain-no-api, kind: forbid, from: Kinds.Domain.**, to: [Kinds.Api.**, Kinds.Infrastructure.**, Newtonsoft.**] }");

        var violations = NetArchTestAdapter.Instance.Evaluate(rule, Kinds).Violations;

        Assert.Equal(ArchUnitAdapter.Instance.Evaluate(rule, Kinds).Violations.Select(v => v.Message), violations.Select(v => v.Message));
        Assert.Equal(
            [
                "[ADR-0007] 'Kinds.Domain.Order' must not depend on 'Kinds.Api.OrdersController' (rule domain-no-api: Test decision)",
                "[ADR-0007] 'Kinds.Domain.Order' must not depend on 'Newtonsoft.Text' (rule domain-no-api: Test decision)",
            ],
            violations.Select(v => v.Message));
        Assert.All(violations, v => Assert.False(v.TargetUnknown));
        Assert.Equal(("T:Kinds.Domain.Order", "T:Kinds.Api.OrdersController"), (violations[0].BaselineFrom, violations[0].BaselineTo));
    }

    [Fact]
    public void NetArchTest_allow_only_names_each_type_outside_the_list()
    {
        var rule = Adrs.Rule("- { id: domain-allow-list, kind: allow-only, from: Kinds.Domain.Order, to: Kinds.Domain.** }");

        var violations = NetArchTestAdapter.Instance.Evaluate(rule, Kinds).Violations;

        Assert.Equal(
            [
                "[ADR-0007] 'Kinds.Domain.Order' may only depend on allowed types, not on 'Kinds.Api.OrdersController' (rule domain-allow-list: Test decision)",
                "[ADR-0007] 'Kinds.Domain.Order' may only depend on allowed types, not on 'Newtonsoft.Text' (rule domain-allow-list: Test decision)",
            ],
            violations.Select(v => v.Message));
    }
}
