using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0006DiagramArrowMissingTests
{
    private const string Title = "Bounded contexts follow the context map";

    private static string ContextMap(string diagram, string rule) =>
        $"""
        ---
        id: ADR-0031
        title: {Title}
        status: accepted
        ---
        # {Title}

        {diagram}

        ## Confirmation

        ```techlead
        {rule}
        ```
        """;

    private const string Rule = """
        - id: context-map
          kind: diagram
          diagram: context-map
          components:
            Ordering: Shop.Modules.Ordering.**
            Catalog: Shop.Modules.Catalog.**
            Shipping: Shop.Modules.Shipping.**
        """;

    private const string Sources = """
        namespace Shop.Modules.Ordering { public class Cart { Shop.Modules.Catalog.Product product; } }
        namespace Shop.Modules.Catalog { public class Product { Shop.Modules.Ordering.{|#0:Cart|} cart; Shop.Shared.Money price; } }
        namespace Shop.Modules.Shipping { public class Parcel { Shop.Modules.Ordering.Cart cart; Shop.Modules.Catalog.{|#1:Product|} product; } }
        namespace Shop.Shared { public class Money { } }
        """;

    [Fact]
    public Task A_dependency_with_no_arrow_is_reported_at_the_reference_with_the_missing_arrow() =>
        Run(
            Sources,
            ContextMap(
                """
                ```mermaid
                %% techlead: context-map
                flowchart LR
                  Ordering -- reads prices --> Catalog
                  Shipping -->|ships| Ordering
                ```
                """,
                Rule),
            Diagnostic("TL0006", 0, $"[ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Catalog --> Ordering (rule context-map: {Title})"),
            Diagnostic("TL0006", 1, $"[ADR-0031] 'Shop.Modules.Shipping.Parcel' must not depend on 'Shop.Modules.Catalog.Product': the diagram has no arrow Shipping --> Catalog (rule context-map: {Title})"));

    [Fact]
    public Task A_plantuml_diagram_is_enforced_the_same_way() =>
        Run(
            Sources,
            ContextMap(
                """
                ```plantuml
                @startuml context-map
                [Ordering] <<Shop.Modules.Ordering.**>>
                [Catalog] <<Shop.Modules.Catalog.**>>
                [Shipping] <<Shop.Modules.Shipping.**>>
                [Ordering] --> [Catalog]
                Shipping --> Ordering
                @enduml
                ```
                """,
                "- id: context-map\n  kind: diagram\n  diagram: context-map"),
            Diagnostic("TL0006", 0, $"[ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Catalog --> Ordering (rule context-map: {Title})"),
            Diagnostic("TL0006", 1, $"[ADR-0031] 'Shop.Modules.Shipping.Parcel' must not depend on 'Shop.Modules.Catalog.Product': the diagram has no arrow Shipping --> Catalog (rule context-map: {Title})"));

    [Fact]
    public Task A_node_without_a_component_is_reported_in_the_diagram_block_and_the_rest_stays_enforced() =>
        Run(
            Sources,
            ContextMap(
                """
                ```mermaid
                %% techlead: context-map
                flowchart LR
                  Ordering --> Catalog
                  {|#2:Shipping --> Ordering|}
                ```
                """,
                "- id: context-map\n  kind: diagram\n  diagram: context-map\n  components:\n    Ordering: Shop.Modules.Ordering.**\n    Catalog: Shop.Modules.Catalog.**"),
            Diagnostic("TL0006", 0, $"[ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Catalog --> Ordering (rule context-map: {Title})"),
            Diagnostic("TL9002", 2, "rule 'context-map': node 'Shipping' of diagram 'context-map' has no component; map it to its types under 'components:', e.g. 'Shipping: Shop.Modules.Shipping.**'"));
}
