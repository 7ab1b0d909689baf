using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Diagrams;

/// <summary>Bad diagrams: a located TL9002 inside the ADR (in the diagram block where the problem is), and the ADR's other rules keep running.</summary>
public sealed class DiagramBadInputTests
{
    private const string Head = "---\nid: ADR-0031\nstatus: accepted\n---\n# Context map\n\n";

    private const string OtherRule = "- id: other\n  kind: forbid\n  from: A.**\n  to: B.**\n";

    private static string Rule(string diagram, string components = "    Ordering: Shop.Modules.Ordering.**\n    Catalog: Shop.Modules.Catalog.**\n") =>
        "```techlead\n- id: context-map\n  kind: diagram\n  diagram: " + diagram + "\n  components:\n" + components + OtherRule + "```\n";

    private static void AssertOtherRuleRuns(string markup)
    {
        var (text, _) = Markup.Parse(markup);
        var rules = Adr.Parse(text).Document!.Rules;
        Assert.Contains(rules, rule => rule.Id == "other");
    }

    [Fact]
    public void A_block_id_that_does_not_exist_suggests_the_closest()
    {
        var markup = Head + "```mermaid\n%% techlead: context-map\nflowchart LR\n  Ordering --> Catalog\n```\n" + Rule("{|contextmap|}");
        Adr.AssertDiagnostics(markup, ("TL9002", "rule 'context-map': diagram 'contextmap' is not in this ADR; did you mean 'context-map'?"));
        AssertOtherRuleRuns(markup);
    }

    [Fact]
    public void A_block_id_with_no_diagram_block_at_all_says_how_to_write_one() =>
        Adr.AssertDiagnostics(
            Head + Rule("{|context-map|}"),
            ("TL9002", "rule 'context-map': diagram 'context-map' is not in this ADR; add a ```mermaid block whose first line is '%% techlead: context-map'"));

    [Fact]
    public void A_node_without_a_component_is_reported_on_its_line_in_the_block_and_the_others_stay_checked()
    {
        var markup = Head + "```mermaid\n%% techlead: context-map\nflowchart LR\n  Ordering --> Catalog\n  {|Shipping --> Ordering|}\n```\n" + Rule("context-map");
        Adr.AssertDiagnostics(markup, ("TL9002", "rule 'context-map': node 'Shipping' of diagram 'context-map' has no component; map it to its types under 'components:', e.g. 'Shipping: Shop.Modules.Shipping.**'"));
        var (text, _) = Markup.Parse(markup);
        Assert.Contains(Adr.Parse(text).Document!.Rules, rule => rule.Id == "context-map");
    }

    [Fact]
    public void A_component_that_is_no_node_of_the_diagram_suggests_the_closest() =>
        Adr.AssertDiagnostics(
            Head + "```mermaid\n%% techlead: context-map\nflowchart LR\n  Ordering --> Catalog\n```\n" + Rule("context-map", "    Ordering: Shop.Modules.Ordering.**\n    Catalog: Shop.Modules.Catalog.**\n    {|Catalogue|}: Shop.Catalogue.**\n"),
            ("TL9002", "rule 'context-map': component 'Catalogue' is not a node of diagram 'context-map'; did you mean 'Catalog'?"));

    [Fact]
    public void A_mermaid_diagram_that_is_no_flowchart_says_what_is_read()
    {
        var markup = Head + "```mermaid\n%% techlead: context-map\n{|sequenceDiagram|}\n  Ordering->>Catalog: get\n```\n" + Rule("context-map");
        Adr.AssertDiagnostics(markup, ("TL9002", "diagram 'context-map': only Mermaid flowcharts are read, and line 9 is 'sequenceDiagram'; start the block (after the techlead line) with 'flowchart LR' or 'graph TD'"));
        AssertOtherRuleRuns(markup);
    }

    [Fact]
    public void An_unread_mermaid_line_names_its_line_and_what_is_read() =>
        Adr.AssertDiagnostics(
            Head + "```mermaid\n%% techlead: context-map\nflowchart LR\n  Ordering --> Catalog\n  {|Ordering@{ shape: rect }|}\n```\n" + Rule("context-map"),
            ("TL9002", "diagram 'context-map': line 11 'Ordering@{ shape: rect }' is not read; TechLead reads 'flowchart'/'graph', nodes ('A' or 'A[Label]'), arrows ('A --> B', 'A ==> B', 'A -.-> B', 'A -- text --> B', 'A -->|text| B', chains, 'A & B --> C'), 'subgraph' ... 'end', styling lines and '%%' comments"));

    [Fact]
    public void An_unread_plantuml_line_names_its_line_and_what_is_read() =>
        Adr.AssertDiagnostics(
            Head + "```plantuml\n' techlead: context-map\n@startuml\n[Ordering] --> [Catalog]\n{|database Orders|}\n@enduml\n```\n" + Rule("context-map"),
            ("TL9002", "diagram 'context-map': line 11 'database Orders' is not read; TechLead reads components ('[Ordering] <<Shop.Modules.Ordering.**>>', 'component [Ordering] as o'), arrows ('[Ordering] --> [Catalog]', 'Ordering --> Catalog', '->', '..>', '-up->', ': label'), '@startuml'/'@enduml', skinparam/title/hide lines, notes and ' comments"));

    [Fact]
    public void Two_blocks_with_the_same_id_are_reported_at_the_second()
    {
        var markup = Head + "```mermaid\n%% techlead: context-map\nflowchart LR\n  Ordering --> Catalog\n```\n\n```mermaid\n{|%% techlead: context-map|}\nflowchart LR\n  Catalog --> Ordering\n```\n" + Rule("context-map");
        Adr.AssertDiagnostics(markup, ("TL9002", "two diagram blocks are named 'context-map' (the first at line 8); rename one of them"));
        AssertOtherRuleRuns(markup);
    }

    [Fact]
    public void A_diagram_no_rule_names_is_never_read() =>
        Adr.AssertDiagnostics(Head + "```mermaid\n%% techlead: sketch\nsequenceDiagram\n```\n\n```mermaid\nsequenceDiagram\n```\n");

    [Fact]
    public void An_unclosed_subgraph_is_reported_at_the_tag() =>
        Adr.AssertDiagnostics(
            Head + "```mermaid\n{|%% techlead: context-map|}\nflowchart LR\n  subgraph Sales\n  Ordering --> Catalog\n```\n" + Rule("context-map"),
            ("TL9002", "diagram 'context-map': subgraph 'Sales' is never closed; add a line 'end' after its nodes"));
}
