using System.Collections.Generic;
using System.Linq;
using System.Text;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Model;

namespace TechLead.Cli.Report;

/// <summary>
/// An ADR's diagram redrawn from what the code does (rules/0037): the nodes and subgraphs as drawn, each arrow labelled
/// with the type dependencies along it (grey and dashed when none), and a red arrow for each component pair the code
/// connects without an arrow. Unchecked, the diagram as drawn.
/// </summary>
internal static class DiagramDrawing
{
    public const string UnusedColour = "#8c959f";

    public static string Of(DiagramRule rule, DiagramUsage? usage)
    {
        var text = new StringBuilder("graph LR\n");
        var types = rule.Components.ToDictionary(c => c.Name, c => c.Types.Text, System.StringComparer.Ordinal);
        foreach (var node in rule.Diagram.Nodes.Where(n => n.Parent is null))
        {
            AppendNode(text, rule, node, types, "  ");
        }

        var grey = new List<int>();
        var red = new List<int>();
        var index = 0;
        var uses = usage?.Arrows(rule) ?? rule.Diagram.Arrows.Select(a => new ArrowUse(a, 0)).ToList();
        foreach (var use in uses)
        {
            text.Append("  ").Append(Id(rule, use.Arrow.From)).Append(usage is null ? " --> " : $" -->|{use.Count}| ").Append(Id(rule, use.Arrow.To)).Append('\n');
            if (usage is not null && use.Count == 0)
            {
                grey.Add(index);
            }

            index++;
        }

        foreach (var (from, to, count) in usage?.Breaking(rule) ?? [])
        {
            text.Append("  ").Append(Id(rule, from.Name)).Append(" -->|").Append(MermaidText.Label($"{count}, no arrow")).Append("| ").Append(Id(rule, to.Name)).Append('\n');
            red.Add(index++);
        }

        if (grey.Count > 0)
        {
            text.Append("  linkStyle ").Append(string.Join(",", grey)).Append(" stroke:").Append(UnusedColour).Append(",stroke-width:1px,stroke-dasharray:4 4,color:").Append(UnusedColour).Append('\n');
        }

        if (red.Count > 0)
        {
            text.Append("  linkStyle ").Append(string.Join(",", red)).Append(" stroke:").Append(MermaidDiagrams.BreaksColour).Append(",stroke-width:3px,color:").Append(MermaidDiagrams.BreaksColour).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendNode(StringBuilder text, DiagramRule rule, DiagramNode node, Dictionary<string, string> types, string indent)
    {
        var label = node.Label ?? node.Name;
        if (types.TryGetValue(node.Name, out var selector))
        {
            label += ": " + selector;
        }

        if (!node.IsGroup)
        {
            text.Append(indent).Append(Id(rule, node.Name)).Append('[').Append(MermaidText.Label(label)).Append("]\n");
            return;
        }

        text.Append(indent).Append("subgraph ").Append(Id(rule, node.Name)).Append('[').Append(MermaidText.Label(label)).Append("]\n");
        foreach (var child in rule.Diagram.Nodes.Where(n => n.Parent == node.Name))
        {
            AppendNode(text, rule, child, types, indent + "  ");
        }

        text.Append(indent).Append("end\n");
    }

    private static string Id(DiagramRule rule, string node) => MermaidText.Id("d", rule.QualifiedId + "/" + node);
}
