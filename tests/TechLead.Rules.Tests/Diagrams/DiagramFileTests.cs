using System;
using System.Linq;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Model;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Diagrams;

/// <summary>A diagram rule naming a PlantUML <c>.puml</c> file beside its ADR (rules/0037).</summary>
public sealed class DiagramFileTests
{
    private const string AdrPath = "docs/adr/0031-context-map.md";

    private const string PumlPath = "docs/adr/context-map.puml";

    private const string Puml = "@startuml\n[Ordering] <<Shop.Modules.Ordering.**>>\n[Catalog] <<Shop.Modules.Catalog.**>>\n[Ordering] --> [Catalog]\n@enduml\n";

    private static string Adr(string diagram, string body = "") =>
        "---\nid: ADR-0031\nstatus: accepted\n---\n# Context map\n\n" + body + "```techlead\n- id: context-map\n  kind: diagram\n  diagram: " + diagram + "\n- id: other\n  kind: forbid\n  from: A.**\n  to: B.**\n```\n";

    private static AdrSet Load(string adr, params AdrSourceFile[] diagrams) => AdrSet.Load([new AdrSourceFile(AdrPath, adr), .. diagrams]);

    private static void AssertProblems(AdrSet set, params (string Path, int Start, int Length, string Message)[] expected) =>
        Assert.Equal(
            expected.Select(e => $"TL9002 {e.Path} @{e.Start}+{e.Length}: {e.Message}"),
            set.Diagnostics.Select(d => $"{d.Id} {d.Path} @{d.Span.Start}+{d.Span.Length}: {d.Message}"));

    [Fact]
    public void A_puml_file_beside_the_adr_is_named_by_its_file_name()
    {
        var set = Load(Adr("context-map"), new AdrSourceFile(PumlPath, Puml));

        Assert.Empty(set.Diagnostics);
        var rule = Assert.IsType<DiagramRule>(set.Rules.Single(r => r.Id == "context-map"));
        Assert.Equal(PumlPath, rule.Diagram.SourcePath);
        var ordering = rule.Components.Single(c => c.Name == "Ordering");
        var catalog = rule.Components.Single(c => c.Name == "Catalog");
        Assert.True(rule.Allows(ordering, catalog));
        Assert.False(rule.Allows(catalog, ordering));
        Assert.Equal(PumlPath, ordering.SpanPath);
        Assert.Single(set.Documents);
    }

    [Fact]
    public void A_puml_file_is_named_by_its_startuml_name_too()
    {
        var set = Load(Adr("shop"), new AdrSourceFile("docs/adr/architecture.puml", Puml.Replace("@startuml\n", "@startuml shop\n")));

        Assert.Empty(set.Diagnostics);
        Assert.IsType<DiagramRule>(set.Rules.Single(r => r.Id == "context-map"));
    }

    [Fact]
    public void A_puml_file_in_another_folder_is_not_read()
    {
        var set = Load(Adr("context-map"), new AdrSourceFile("docs/other/context-map.puml", Puml));

        Assert.DoesNotContain(set.Rules, r => r.Id == "context-map");
        Assert.Contains(set.Diagnostics, d => d.Message == "rule 'context-map': diagram 'context-map' is not in this ADR; add a ```mermaid block whose first line is '%% techlead: context-map'");
    }

    [Fact]
    public void An_unread_line_of_the_file_is_located_in_the_file_and_the_other_rules_keep_running()
    {
        var puml = Puml.Replace("@enduml", "database Orders\n@enduml");
        var set = Load(Adr("context-map"), new AdrSourceFile(PumlPath, puml));

        AssertProblems(set, (PumlPath, puml.IndexOf("database Orders", StringComparison.Ordinal), "database Orders".Length,
            "diagram 'context-map': line 5 'database Orders' is not read; " + PlantUmlReader.Supported));
        Assert.DoesNotContain(set.Rules, r => r.Id == "context-map");
        Assert.Contains(set.Rules, r => r.Id == "other");
    }

    [Fact]
    public void A_node_without_a_component_is_located_in_the_file()
    {
        var puml = Puml.Replace("@enduml", "Shipping --> Ordering\n@enduml");
        var set = Load(Adr("context-map"), new AdrSourceFile(PumlPath, puml));

        AssertProblems(set, (PumlPath, puml.IndexOf("Shipping", StringComparison.Ordinal), "Shipping --> Ordering".Length,
            "rule 'context-map': node 'Shipping' of diagram 'context-map' has no component; map it to its types under 'components:', e.g. 'Shipping: Shop.Modules.Shipping.**'"));
    }

    [Fact]
    public void A_missing_id_suggests_the_file_names_beside_the_adr()
    {
        var adr = Adr("contextmap");
        var set = Load(adr, new AdrSourceFile(PumlPath, Puml));

        AssertProblems(set, (AdrPath, adr.IndexOf("contextmap", StringComparison.Ordinal), "contextmap".Length,
            "rule 'context-map': diagram 'contextmap' is not in this ADR nor a .puml file beside it; did you mean 'context-map'?"));
    }

    [Fact]
    public void A_block_and_a_file_with_one_id_are_ambiguous_and_the_rule_is_off()
    {
        var block = "```mermaid\n%% techlead: context-map\nflowchart LR\n  Ordering --> Catalog\n```\n";
        var adr = Adr("context-map", block);
        var set = Load(adr, new AdrSourceFile(PumlPath, Puml));

        var problem = Assert.Single(set.Diagnostics);
        Assert.Equal(("TL9002", PumlPath, 0, "@startuml".Length), (problem.Id, problem.Path, problem.Span.Start, problem.Span.Length));
        Assert.Equal("two diagrams are named 'context-map' (the first at line 8); rename the block or the file, or the name on its @startuml line", problem.Message);
        Assert.Equal((AdrPath, adr.IndexOf("%% techlead", StringComparison.Ordinal)), (problem.RelatedPath, problem.RelatedSpan!.Value.Start));
        Assert.DoesNotContain(set.Rules, r => r.Id == "context-map");
    }
}
