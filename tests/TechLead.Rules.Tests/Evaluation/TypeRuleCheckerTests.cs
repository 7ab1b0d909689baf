using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Evaluation;

public sealed class TypeRuleCheckerTests
{
    private static string? Check(string ruleYaml, FakeType type)
    {
        var rule = Adr.SingleRule<TypeRule>(ruleYaml);
        var message = TypeRuleChecker.Check(rule, type, FakeTypeModel.Instance, out var timedOut);
        Assert.False(timedOut);
        return message;
    }

    [Fact]
    public void Naming_checks_the_simple_name_without_arity()
    {
        const string Rule = "  - id: repo-suffix\n    kind: naming\n    types: Shop.Infrastructure.**\n    pattern: '^.*Repository$'\n";
        Assert.Null(Check(Rule, new FakeType("Shop.Infrastructure.OrderRepository")));
        Assert.Null(Check(Rule, new FakeType("Shop.Infrastructure.GenericRepository`1")));
        Assert.Equal(
            "[ADR-0007] 'Shop.Infrastructure.OrderRepo' must match the naming pattern '^.*Repository$' (rule repo-suffix: Domain stays persistence-ignorant)",
            Check(Rule, new FakeType("Shop.Infrastructure.OrderRepo")));
        Assert.Null(Check(Rule, new FakeType("Shop.Domain.OrderRepo")));
    }

    [Fact]
    public void Must_inherit_walks_the_base_chain_and_must_implement_the_interfaces()
    {
        var controllerBase = new FakeType("Shop.Api.ControllerBase");
        var middle = new FakeType("Shop.Api.ApiController") { BaseClass = controllerBase };
        const string Inherit = "  - id: controllers\n    kind: must-inherit\n    types: '**.*Controller'\n    type: Shop.Api.ControllerBase\n";
        Assert.Null(Check(Inherit, new FakeType("Shop.Api.OrdersController") { BaseClass = middle }));
        Assert.Equal(
            "[ADR-0007] 'Shop.Api.OrdersController' must inherit 'Shop.Api.ControllerBase' (rule controllers: Domain stays persistence-ignorant)",
            Check(Inherit, new FakeType("Shop.Api.OrdersController")));

        const string Implement = "  - id: entities\n    kind: must-implement\n    types: Shop.Domain.*\n    type: Shop.Domain.IEntity\n";
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' must implement 'Shop.Domain.IEntity' (rule entities: Domain stays persistence-ignorant)",
            Check(Implement, new FakeType("Shop.Domain.Order")));
        var viaBase = new FakeType("Shop.Domain.Order") { BaseClass = new FakeType("Shop.Domain.Entity") { Interfaces = [new FakeType("Shop.Domain.IEntity")] } };
        Assert.Null(Check(Implement, viaBase));
    }

    [Fact]
    public void Attributes_require_and_forbid()
    {
        var serializable = new FakeType("System.SerializableAttribute");
        const string Require = "  - id: dto\n    kind: attributes\n    types: Shop.Api.Dtos.*\n    require: ['System.Serializable*']\n";
        Assert.Null(Check(Require, new FakeType("Shop.Api.Dtos.OrderDto") { Attributes = [serializable] }));
        Assert.Equal(
            "[ADR-0007] 'Shop.Api.Dtos.OrderDto' must have attribute 'System.Serializable*' (rule dto: Domain stays persistence-ignorant)",
            Check(Require, new FakeType("Shop.Api.Dtos.OrderDto")));
        const string Forbid = "  - id: no-serializable\n    kind: attributes\n    types: Shop.Domain.*\n    forbid: [System.SerializableAttribute]\n";
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' must not have attribute 'System.SerializableAttribute' (rule no-serializable: Domain stays persistence-ignorant)",
            Check(Forbid, new FakeType("Shop.Domain.Order") { Attributes = [serializable] }));
    }

    [Fact]
    public void Attributes_list_every_missing_and_every_forbidden_attribute_in_one_message()
    {
        const string Rule = "  - id: dto\n    kind: attributes\n    types: Shop.Api.Dtos.*\n    require: [System.SerializableAttribute, Shop.ContractAttribute, Shop.Present]\n    forbid: [System.ObsoleteAttribute, Shop.Allowed]\n";
        var type = new FakeType("Shop.Api.Dtos.OrderDto") { Attributes = [new FakeType("Shop.Present"), new FakeType("System.ObsoleteAttribute")] };
        Assert.Equal(
            "[ADR-0007] 'Shop.Api.Dtos.OrderDto' must have attributes 'System.SerializableAttribute' and 'Shop.ContractAttribute' and must not have attribute 'System.ObsoleteAttribute' (rule dto: Domain stays persistence-ignorant)",
            Check(Rule, type));
    }

    [Fact]
    public void Modifiers_list_every_unmet_requirement_in_one_message()
    {
        const string Rule = "  - id: shape\n    kind: modifiers\n    types: Shop.Domain.*\n    sealed: true\n    visibility: internal\n    immutable: true\n";
        var type = new FakeType("Shop.Domain.Order") { SettableMember = "Total" };
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' must be sealed, internal and immutable ('Total' is settable) (rule shape: Domain stays persistence-ignorant)",
            Check(Rule, type));
    }

    [Fact]
    public void The_requirements_property_lists_the_first_word_of_each_unmet_requirement() =>
        Assert.Equal("sealed,internal,immutable", ModifiersRule.RequirementsProperty(["sealed", "internal", "immutable ('Total' is settable)"]));

    [Theory]
    [InlineData("sealed: true", "sealed")]
    [InlineData("static: true", "static")]
    [InlineData("abstract: true", "abstract")]
    [InlineData("visibility: internal", "internal")]
    [InlineData("immutable: true", "immutable ('Total' is settable)")]
    public void Modifiers_name_a_single_unmet_requirement(string requirement, string expected)
    {
        var type = new FakeType("Shop.Domain.Order") { SettableMember = "Total" };
        Assert.Equal(
            $"[ADR-0007] 'Shop.Domain.Order' must be {expected} (rule shape: Domain stays persistence-ignorant)",
            Check($"  - id: shape\n    kind: modifiers\n    types: Shop.Domain.*\n    {requirement}\n", type));
    }

    [Fact]
    public void Modifiers_pass_when_every_requirement_holds() =>
        Assert.Null(Check(
            "  - id: shape\n    kind: modifiers\n    types: Shop.Domain.*\n    sealed: true\n    visibility: internal\n    immutable: true\n",
            new FakeType("Shop.Domain.Order") { Sealed = true, Visibility = TypeVisibility.Internal }));

    [Fact]
    public void Static_classes_satisfy_sealed_because_nothing_can_derive_from_them() =>
        Assert.Null(Check("  - id: shape\n    kind: modifiers\n    types: Shop.Domain.*\n    sealed: true\n", new FakeType("Shop.Domain.Guards") { Static = true }));

    [Fact]
    public void Placement_checks_the_namespace()
    {
        const string Rule = "  - id: repos-in-infra\n    kind: placement\n    types: '**.*Repository'\n    namespace: Shop.Infrastructure.**\n";
        Assert.Null(Check(Rule, new FakeType("Shop.Infrastructure.Persistence.OrderRepository")));
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.OrderRepository' must reside in namespace 'Shop.Infrastructure.**' (rule repos-in-infra: Domain stays persistence-ignorant)",
            Check(Rule, new FakeType("Shop.Domain.OrderRepository")));
    }

    [Fact]
    public void Vocabulary_message_names_the_synonym_and_the_term()
    {
        var rule = Adr.SingleRule<VocabularyRule>("  - id: ubiquitous-language\n    kind: vocabulary\n    terms:\n      - { use: Customer, instead-of: [Client, Buyer] }\n");
        Assert.True(rule.Matcher.TryFind("ClientId", out var synonym, out var term));
        Assert.Equal(
            "[ADR-0007] 'ClientId' uses 'Client'; say 'Customer' instead (rule ubiquitous-language: Domain stays persistence-ignorant)",
            ViolationMessages.Vocabulary(rule, "ClientId", synonym, term.Use));
    }
}
