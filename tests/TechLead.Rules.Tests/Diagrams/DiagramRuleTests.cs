using System.Linq;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Diagrams;

/// <summary>The <c>diagram</c> kind (TL0006): a type may use another component's type only along an arrow of the ADR's diagram.</summary>
public sealed class DiagramRuleTests
{
    private static readonly FakeType Cart = new("Shop.Modules.Ordering.Cart");
    private static readonly FakeType Product = new("Shop.Modules.Catalog.Product");
    private static readonly FakeType Parcel = new("Shop.Modules.Shipping.Parcel");
    private static readonly FakeType Invoice = new("Shop.Modules.Billing.Invoice");
    private static readonly FakeType Guid = new("System.Guid");

    private const string Rule = """
        ```techlead
        - id: context-map
          kind: diagram
          diagram: context-map
          components:
            Ordering: Shop.Modules.Ordering.**
            Catalog: Shop.Modules.Catalog.**
            Shipping: Shop.Modules.Shipping.**
            Billing: Shop.Modules.Billing.**
        ```
        """;

    internal static string AdrWith(string diagram, string rules = Rule) =>
        "---\nid: ADR-0031\ntitle: Bounded contexts follow the context map\nstatus: accepted\n---\n# Bounded contexts follow the context map\n\n" + diagram + "\n\n" + rules + "\n";

    private static DependencyConstraint Compile(string diagram, string rules = Rule)
    {
        var set = AdrSet.Load([new AdrSourceFile("docs/adr/0031-context-map.md", AdrWith(diagram, rules))]);
        Assert.Empty(set.Diagnostics);
        return Assert.Single(DependencyConstraint.Compile(set.ActiveRules));
    }

    private static string? Check(DependencyConstraint constraint, FakeType from, FakeType to) =>
        constraint.AppliesTo(from, FakeTypeModel.Instance) ? constraint.Check(from, to, FakeTypeModel.Instance) : null;

    private static string Mermaid(string body) => "```mermaid\n%% techlead: context-map\nflowchart LR\n" + body + "\n```";

    [Fact]
    public void A_dependency_against_the_arrows_has_the_contract_message()
    {
        var rule = Compile(Mermaid("  Ordering --> Catalog\n  Shipping --> Ordering\n  Billing"));

        Assert.Equal(
            "[ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Catalog --> Ordering (rule context-map: Bounded contexts follow the context map)",
            Check(rule, Product, Cart));
        Assert.Null(Check(rule, Cart, Product));
        Assert.Null(Check(rule, Parcel, Cart));
        Assert.NotNull(Check(rule, Parcel, Product)); // arrows do not chain: Shipping may use Ordering, not what Ordering uses
        Assert.Null(Check(rule, Cart, Guid)); // outside every component: not this rule's concern
        Assert.False(rule.AppliesTo(Guid, FakeTypeModel.Instance));
    }

    [Theory]
    [InlineData("Ordering --> Catalog")]
    [InlineData("Ordering ==> Catalog")]
    [InlineData("Ordering -.-> Catalog")]
    [InlineData("Ordering ----> Catalog")]
    [InlineData("Ordering -- reads prices --> Catalog")]
    [InlineData("Ordering == reads prices ==> Catalog")]
    [InlineData("Ordering -. reads prices .-> Catalog")]
    [InlineData("Ordering -->|reads prices| Catalog")]
    [InlineData("Ordering[Ordering context] --> Catalog((Catalog))")]
    [InlineData("Ordering-->Catalog")]
    [InlineData("Ordering --o Catalog")]
    [InlineData("Ordering --x Catalog")]
    [InlineData("Ordering <--> Catalog")]
    [InlineData("Ordering & Shipping --> Catalog")]
    [InlineData("Shipping --> Ordering --> Catalog")]
    [InlineData("Ordering --> Catalog; Shipping")]
    [InlineData("Ordering --> Catalog:::hot")]
    public void Every_arrow_form_with_a_head_lets_its_tail_use_its_head(string arrow)
    {
        var rule = Compile(Mermaid("  " + arrow + "\n  Shipping\n  Billing"));

        Assert.Null(Check(rule, Cart, Product));
        Assert.NotNull(Check(rule, Invoice, Product));
    }

    [Theory]
    [InlineData("Ordering --- Catalog")]
    [InlineData("Ordering -.- Catalog")]
    [InlineData("Ordering === Catalog")]
    [InlineData("Ordering ~~~ Catalog")]
    [InlineData("Catalog --> Ordering")]
    public void A_line_without_a_head_or_the_other_way_lets_nothing_through(string arrow)
    {
        var rule = Compile(Mermaid("  " + arrow + "\n  Shipping & Billing"));

        Assert.NotNull(Check(rule, Cart, Product));
    }

    [Fact]
    public void Both_heads_let_both_ends_use_each_other()
    {
        var rule = Compile(Mermaid("  Ordering <--> Catalog\n  Shipping\n  Billing"));

        Assert.Null(Check(rule, Cart, Product));
        Assert.Null(Check(rule, Product, Cart));
    }

    [Fact]
    public void An_arrow_from_or_to_a_subgraph_applies_to_its_members()
    {
        var rule = Compile(Mermaid("  subgraph Sales[Sales]\n    Ordering\n    Billing\n  end\n  Sales --> Catalog\n  Shipping --> Sales"));

        Assert.Null(Check(rule, Cart, Product));
        Assert.Null(Check(rule, Invoice, Product));
        Assert.Null(Check(rule, Parcel, Invoice));
        Assert.Equal("[ADR-0031] 'Shop.Modules.Billing.Invoice' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Billing --> Ordering (rule context-map: Bounded contexts follow the context map)", Check(rule, Invoice, Cart));
    }

    [Fact]
    public void A_subgraph_may_be_a_component_its_members_refine_and_the_two_may_use_each_other()
    {
        const string Rules = """
            ```techlead
            - id: context-map
              kind: diagram
              diagram: context-map
              components:
                Sales: Shop.Modules.**
                Ordering: Shop.Modules.Ordering.**
                Catalog: Shop.Catalog.**
            ```
            """;
        var rule = Compile(Mermaid("  subgraph Sales\n    Ordering\n  end\n  Catalog --> Sales"), Rules);
        var catalogItem = new FakeType("Shop.Catalog.Item");

        Assert.Null(Check(rule, Cart, Invoice)); // Ordering inside Sales
        Assert.Null(Check(rule, Invoice, Cart));
        Assert.Null(Check(rule, catalogItem, Cart)); // an arrow to Sales reaches Ordering too
        Assert.Equal("[ADR-0031] 'Shop.Modules.Ordering.Cart' must not depend on 'Shop.Catalog.Item': the diagram has no arrow Ordering --> Catalog (rule context-map: Bounded contexts follow the context map)", Check(rule, Cart, catalogItem));
    }

    [Fact]
    public void A_plantuml_component_diagram_maps_its_components_by_stereotype_and_alias()
    {
        const string Diagram = """
            ```plantuml
            ' techlead: context-map
            @startuml
            skinparam componentStyle uml2
            [Ordering] <<Shop.Modules.Ordering.**>>
            [Product Catalog] <<Shop.Modules.Catalog.**>> as catalog
            component [Shipping] <<Shop.Modules.Shipping.**>>
            [Ordering] --> catalog : reads prices
            Shipping -up-> [Ordering]
            @enduml
            ```
            """;
        const string Rules = "```techlead\n- id: context-map\n  kind: diagram\n  diagram: context-map\n```";
        var rule = Compile(Diagram, Rules);

        Assert.Null(Check(rule, Cart, Product));
        Assert.Null(Check(rule, Parcel, Cart));
        Assert.Equal("[ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Product Catalog --> Ordering (rule context-map: Bounded contexts follow the context map)", Check(rule, Product, Cart));
    }

    [Fact]
    public void A_plantuml_block_may_be_named_by_startuml()
    {
        var rule = Compile("```plantuml\n@startuml context-map\n[Ordering] --> [Catalog]\n[Shipping]\n[Billing]\n@enduml\n```");

        Assert.Null(Check(rule, Cart, Product));
        Assert.NotNull(Check(rule, Product, Cart));
    }

    [Fact]
    public void The_rule_counts_arrows_between_components_and_narrows_targets_to_components_without_an_arrow()
    {
        var set = AdrSet.Load([new AdrSourceFile("x.md", AdrWith(Mermaid("  subgraph Sales\n    Ordering\n    Billing\n  end\n  Ordering --> Catalog\n  Sales --> Catalog\n  Shipping")))]);
        var rule = Assert.IsType<DiagramRule>(Assert.Single(set.ActiveRules));
        var ordering = rule.Components.Single(c => c.Name == "Ordering");
        var catalog = rule.Components.Single(c => c.Name == "Catalog");

        Assert.Equal(["Ordering --> Catalog", "Sales --> Catalog"], rule.ArrowsBetween(ordering, catalog).Select(a => a.ToString()));
        Assert.Equal(["Shop.Modules.Billing.", "Shop.Modules.Shipping."], Assert.Single(DependencyConstraint.Compile([rule])).TargetPrefixesFrom(Cart, FakeTypeModel.Instance));
    }
}
