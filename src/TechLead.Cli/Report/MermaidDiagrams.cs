using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Rules.Model;

namespace TechLead.Cli.Report;

/// <summary>The report's diagrams as Mermaid source: supersession graph, intended layers, actual namespace graph.</summary>
internal static class MermaidDiagrams
{
    /// <summary>The red of a broken edge (the trend's red too).</summary>
    public const string BreaksColour = "#cf222e";

    public const string WouldBreakColour = "#bf8700";

    /// <summary>The ADRs that supersede or are superseded, with an arrow from each to the one it replaces; null when none is.</summary>
    public static string? Supersession(IReadOnlyList<AdrDocument> documents)
    {
        var known = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var edges = new SortedSet<(string New, string Old)>();
        foreach (var document in documents)
        {
            foreach (var old in document.FrontMatter.Supersedes.Where(known.Contains))
            {
                edges.Add((document.Id, old));
            }

            if (document.FrontMatter.SupersededBy is { } by && known.Contains(by))
            {
                edges.Add((by, document.Id));
            }
        }

        if (edges.Count == 0)
        {
            return null;
        }

        var involved = edges.SelectMany(e => new[] { e.New, e.Old }).ToHashSet(StringComparer.Ordinal);
        documents = documents.Where(d => involved.Contains(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var text = new StringBuilder("graph LR\n");
        foreach (var document in documents)
        {
            text.Append("  ").Append(MermaidText.Id("adr", document.Id)).Append('[').Append(MermaidText.Label($"{document.Id}: {document.Title} ({AdrNames.Of(document.Status)})")).Append("]\n");
        }

        foreach (var (newer, old) in edges)
        {
            text.Append("  ").Append(MermaidText.Id("adr", newer)).Append(" -->|supersedes| ").Append(MermaidText.Id("adr", old)).Append('\n');
        }

        foreach (var document in documents.Where(d => d.Status is AdrStatus.Superseded or AdrStatus.Deprecated or AdrStatus.Rejected))
        {
            text.Append("  style ").Append(MermaidText.Id("adr", document.Id)).Append(" stroke-dasharray: 5 5\n");
        }

        return text.ToString();
    }

    /// <summary>A layers rule top to bottom; relaxed rules may skip layers (dotted arrows), strict ones may not.</summary>
    public static string Layers(LayersRule rule)
    {
        var text = new StringBuilder("graph TD\n");
        var ids = rule.Layers.Select(l => MermaidText.Id("layer", rule.QualifiedId + "/" + l.Name)).ToList();
        for (var i = 0; i < rule.Layers.Count; i++)
        {
            text.Append("  ").Append(ids[i]).Append('[').Append(MermaidText.Label($"{rule.Layers[i].Name}: {rule.Layers[i].Types.Text}")).Append("]\n");
        }

        for (var i = 0; i + 1 < rule.Layers.Count; i++)
        {
            text.Append("  ").Append(ids[i]).Append(" --> ").Append(ids[i + 1]).Append('\n');
            if (!rule.Strict)
            {
                for (var j = i + 2; j < rule.Layers.Count; j++)
                {
                    text.Append("  ").Append(ids[i]).Append(" -.-> ").Append(ids[j]).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The namespaces and the references between them, labelled with counts: edges that break a rule in force red,
    /// those only a proposed ADR would flag dashed amber, external namespaces (named by a rule) in dashed boxes.
    /// </summary>
    public static string Namespaces(NamespaceGraph graph, IReadOnlyDictionary<(string From, string To), EdgeBreak> broken)
    {
        var text = new StringBuilder("graph LR\n");
        var external = new List<string>();
        foreach (var ns in graph.Namespaces)
        {
            text.Append("  ").Append(MermaidText.Id("ns", ns)).Append('[').Append(MermaidText.Label(ns)).Append("]\n");
            if (graph.IsExternal(ns))
            {
                external.Add(MermaidText.Id("ns", ns));
            }
        }

        var red = new List<int>();
        var amber = new List<int>();
        var index = 0;
        foreach (var (from, to, count) in graph.Edges)
        {
            text.Append("  ").Append(MermaidText.Id("ns", from)).Append(" -->|").Append(count).Append("| ").Append(MermaidText.Id("ns", to)).Append('\n');
            if (broken.TryGetValue((from, to), out var edge))
            {
                (edge == EdgeBreak.Breaks ? red : amber).Add(index);
            }

            index++;
        }

        if (red.Count > 0)
        {
            text.Append("  linkStyle ").Append(string.Join(",", red)).Append(" stroke:").Append(BreaksColour).Append(",stroke-width:3px,color:").Append(BreaksColour).Append('\n');
        }

        if (amber.Count > 0)
        {
            text.Append("  linkStyle ").Append(string.Join(",", amber)).Append(" stroke:").Append(WouldBreakColour).Append(",stroke-width:2px,stroke-dasharray:6 4,color:").Append(WouldBreakColour).Append('\n');
        }

        if (external.Count > 0)
        {
            text.Append("  classDef external fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3\n")
                .Append("  class ").Append(string.Join(",", external)).Append(" external\n");
        }

        return text.ToString();
    }
}
