using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>A diagram rule naming a <c>.puml</c> file of the ADR folder, handed over as an additional file (rules/0037).</summary>
public sealed class TL0006DiagramFileTests
{
    private const string Title = "Bounded contexts follow the context map";

    private const string Adr = $"""
        ---
        id: ADR-0031
        title: {Title}
        status: accepted
        ---
        # {Title}

        The context map is docs/adr/context-map.puml.

        ```techlead
        - id: context-map
          kind: diagram
          diagram: context-map
        ```
        """;

    private const string Sources = """
        namespace Shop.Modules.Ordering { public class Cart { Shop.Modules.Catalog.Product product; } }
        namespace Shop.Modules.Catalog { public class Product { Shop.Modules.Ordering.{|#0:Cart|} cart; } }
        """;

    private const string Puml = """
        @startuml
        [Ordering] <<Shop.Modules.Ordering.**>>
        [Catalog] <<Shop.Modules.Catalog.**>>
        [Ordering] --> [Catalog]
        @enduml
        """;

    [Fact]
    public Task A_puml_file_beside_the_adr_is_enforced() =>
        new AnalyzerTest()
            .WithSource(Sources)
            .WithAdr(Adr, "/repo/docs/adr/0031-context-map.md")
            .WithAdr(Puml, "/repo/docs/adr/context-map.puml")
            .Expect(Diagnostic("TL0006", 0, $"[ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Catalog --> Ordering (rule context-map: {Title})"))
            .RunAsync();

    [Fact]
    public Task An_unread_line_of_the_puml_file_is_reported_in_the_file_and_the_rule_is_off() =>
        new AnalyzerTest()
            .WithSource(Sources.Replace("{|#0:Cart|}", "Cart"))
            .WithAdr(Adr, "/repo/docs/adr/0031-context-map.md")
            .WithAdr(Puml.Replace("@enduml", "{|#0:database Orders|}\n@enduml"), "/repo/docs/adr/context-map.puml")
            .Expect(Diagnostic("TL9002", 0, "diagram 'context-map': line 5 'database Orders' is not read; TechLead reads components ('[Ordering] <<Shop.Modules.Ordering.**>>', 'component [Ordering] as o'), arrows ('[Ordering] --> [Catalog]', 'Ordering --> Catalog', '->', '..>', '-up->', ': label'), '@startuml'/'@enduml', skinparam/title/hide lines, notes and ' comments"))
            .RunAsync();
}
