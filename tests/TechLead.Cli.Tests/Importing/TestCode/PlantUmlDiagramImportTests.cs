using System.Linq;
using TechLead.Cli.Importing;
using TechLead.Cli.Importing.TestCode;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>ArchUnitNET's <c>AdhereToPlantUmlDiagram</c> imports as a <c>diagram</c> rule with the diagram in the ADR (rules/0037).</summary>
public sealed class PlantUmlDiagramImportTests
{
    private const string Test = """
        using ArchUnitNET.Domain;
        using ArchUnitNET.Loader;
        using ArchUnitNET.xUnit;
        using static ArchUnitNET.Fluent.ArchRuleDefinition;

        namespace Shop.ArchTests;

        public sealed class ContextMapTests
        {
            private static readonly Architecture Architecture = new ArchLoader().LoadAssemblies(typeof(ContextMapTests).Assembly).Build();

            [Fact]
            public void Contexts_Follow_The_Context_Map() =>
                Types().Should().AdhereToPlantUmlDiagram("Resources/context-map.puml").Check(Architecture);
        }
        """;

    private const string Diagram = """
        @startuml
        ' the contexts of the shop
        skinparam componentStyle uml2
        [Ordering] <<^Shop\.Modules\.Ordering\..*>> as ordering
        [Catalog] <<^Shop\.Modules\.Catalog\..*$>>
        [Shipping] <<^Shop\.Modules\.Shipping\..+>> <<^Shop\.Carriers\..*>>
        note right of Catalog : read-only
        ordering -right-> [Catalog] : reads prices
        [Ordering] <-- Shipping
        [Catalog] ..> [Shipping]
        @enduml
        """;

    [Fact]
    public void The_diagram_becomes_a_plantuml_block_of_the_arrows_ArchUnitNET_reads_and_stereotypes_become_full_name_regexes()
    {
        using var import = new TestCodeImport()
            .Write("tests/Shop.ArchTests/ContextMapTests.cs", Test)
            .Write("tests/Shop.ArchTests/Resources/context-map.puml", Diagram);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));
        var rule = Assert.Single(decision.Rules);

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            "```plantuml\n' techlead: contexts-follow-the-context-map\n@startuml\n[Ordering] <<^Shop\\.Modules\\.Ordering\\..*>>\n[Catalog] <<^Shop\\.Modules\\.Catalog\\..*$>>\n[Shipping] <<^Shop\\.Modules\\.Shipping\\..+>> <<^Shop\\.Carriers\\..*>>\n[Ordering] --> [Catalog]\n[Shipping] --> [Ordering]\n@enduml\n```\n",
            rule.Diagram);
        Assert.Equal(
            "```techlead\n- id: contexts-follow-the-context-map\n  kind: diagram\n  diagram: contexts-follow-the-context-map\n  components:\n    Ordering: Shop.Modules.Ordering.**\n    Catalog: Shop.Modules.Catalog.**\n    Shipping: [Shop.Modules.Shipping.**, Shop.Carriers.**]\n```\n",
            TestCodeImport.Yaml(rule));

        // The ADR import writes reads back as the same diagram rule, without a problem.
        var text = AdrDraftWriter.Render(ImportedAdrComposer.Compose(decision, "ArchUnitNET", "ADR-0031", "accepted", "2026-12-07"));
        var parsed = AdrParser.Parse("docs/adr/0031-context-map.md", text);
        Assert.Empty(parsed.Diagnostics);
        var diagram = Assert.IsType<DiagramRule>(Assert.Single(parsed.Document!.Rules));
        Assert.Equal(["Ordering --> Catalog", "Shipping --> Ordering"], diagram.Diagram.Arrows.Select(a => a.ToString()));
    }

    [Fact]
    public void A_stereotype_no_glob_says_keeps_ArchUnitNETs_unanchored_regular_expression()
    {
        using var import = new TestCodeImport()
            .Write("tests/Shop.ArchTests/ContextMapTests.cs", Test)
            .Write("tests/Shop.ArchTests/Resources/context-map.puml", "@startuml\n[Model] <<Model.*>>\n[Controller] <<Controller.*>>\n[Controller] --> [Model]\n@enduml\n");

        var rule = Assert.Single(Assert.Single(import.Run(new ArchUnitNetImporter())).Rules);

        Assert.EndsWith("  components:\n    Model:\n      full-name-matches: Model.*\n    Controller:\n      full-name-matches: Controller.*\n```\n", TestCodeImport.Yaml(rule), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagram_that_is_not_found_or_a_subset_of_types_is_quoted_as_not_imported()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/ContextMapTests.cs", Test.Replace("Types().Should()", "Types().That().ResideInNamespace(\"Shop\").Should()", System.StringComparison.Ordinal) + "\n// and\n")
            .Write("tests/Other/MissingTests.cs", Test.Replace("ContextMapTests", "MissingTests", System.StringComparison.Ordinal));

        var decisions = import.Run(new ArchUnitNetImporter());

        Assert.Equal(
            [
                "'AdhereToPlantUmlDiagram' on a subset of the types ('That()...') has no TechLead rule of the same meaning; a diagram rule holds every type of its components",
                "the diagram 'Resources/context-map.puml' was not found beside the test or in a folder above it; import it by hand into a ```plantuml block of the ADR",
            ],
            decisions.SelectMany(d => d.NotImported).Select(n => n.Reason).Order(System.StringComparer.Ordinal));
    }
}
