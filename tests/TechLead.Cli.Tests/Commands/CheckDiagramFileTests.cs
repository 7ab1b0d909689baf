using System;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>A <c>diagram</c> rule naming a <c>.puml</c> file of the ADR folder through <c>check</c> (rules/0037).</summary>
public sealed class CheckDiagramFileTests
{
    private const string Adr = """
        ---
        id: ADR-0031
        title: Bounded contexts follow the context map
        status: accepted
        ---
        # Bounded contexts follow the context map

        The context map is [context-map.puml](context-map.puml).

        ```techlead
        - id: context-map
          kind: diagram
          diagram: context-map
        ```
        """;

    private const string Puml = """
        @startuml
        [Ordering] <<Shop.Modules.Ordering.**>>
        [Catalog] <<Shop.Modules.Catalog.**>>
        [Shipping] <<Shop.Modules.Shipping.**>>
        Ordering --> Catalog
        Shipping --> Ordering
        @enduml
        """;

    [Fact]
    public void Check_enforces_a_puml_file_beside_the_adr_and_locates_its_unused_arrow_in_the_file()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0031-context-map.md", Adr);
        repo.WriteAdr("context-map.puml", Puml);
        repo.Write("src/Modules/Modules.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        repo.Write("src/Modules/Ordering.cs", "namespace Shop.Modules.Ordering { public class Cart { public Shop.Modules.Catalog.Product? Product; } }\n");
        repo.Write("src/Modules/Catalog.cs", "namespace Shop.Modules.Catalog { public class Product { public void AddTo(Shop.Modules.Ordering.Cart cart) { } } }\n");
        repo.Write("src/Modules/Shipping.cs", "namespace Shop.Modules.Shipping { public class Parcel { } }\n");

        var run = repo.Run("check", "src/Modules/Modules.csproj");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.StdoutLines.Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": info ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "src/Modules/Catalog.cs(1,97): error TL0006: [ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Catalog --> Ordering (rule context-map: Bounded contexts follow the context map)",
                "docs/adr/context-map.puml(6,1): info TL9007: rule 'context-map': no dependency in the code follows the arrow Shipping --> Ordering of diagram 'context-map'; remove the arrow when the dependency is gone for good, so the diagram stays true",
            ],
            lines.Select(l => l.Replace('\\', '/')));

        var show = repo.Run("adr", "show", "ADR-0031", "--no-check");
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("Diagram 'context-map' (rule context-map, PlantUML, context-map.puml line 1): 2 arrow(s), not counted (not checked)\n  Ordering --> Catalog\n  Shipping --> Ordering\n", show.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
