using System;
using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// A component diagram read from an ADR's body (a Mermaid flowchart or a PlantUML component diagram): its nodes, the
/// groups that nest them (Mermaid subgraphs) and its arrows. Read only for what the <c>diagram</c> kind needs: who may
/// use whom (rules/0037).
/// </summary>
public sealed class Diagram
{
    private readonly Dictionary<string, DiagramNode> byName;

    internal Diagram(string id, DiagramLanguage language, SourceSpan tagSpan, IReadOnlyList<DiagramNode> nodes, IReadOnlyList<DiagramArrow> arrows)
    {
        Id = id;
        Language = language;
        TagSpan = tagSpan;
        Nodes = nodes;
        Arrows = arrows;
        byName = new Dictionary<string, DiagramNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byName[node.Name] = node;
        }
    }

    /// <summary>The block id, from <c>%% techlead: &lt;id&gt;</c> (or PlantUML's <c>' techlead: &lt;id&gt;</c> / <c>@startuml &lt;id&gt;</c>).</summary>
    public string Id { get; }

    public DiagramLanguage Language { get; }

    /// <summary>The line that names the block, in the ADR file.</summary>
    public SourceSpan TagSpan { get; }

    /// <summary>Every node and group, in the order first written.</summary>
    public IReadOnlyList<DiagramNode> Nodes { get; }

    /// <summary>Every arrow with a head, one per direction it grants (a chain <c>A --&gt; B --&gt; C</c> is two).</summary>
    public IReadOnlyList<DiagramArrow> Arrows { get; }

    /// <summary>The <c>.puml</c> file beside the ADR the diagram was read from; null when it is a block of the ADR itself.</summary>
    public string? SourcePath { get; internal set; }

    /// <summary>The file its nodes' and arrows' spans are in: <see cref="SourcePath"/>, else the ADR's.</summary>
    public string PathIn(string adrPath) => SourcePath ?? adrPath;

    public DiagramNode? Find(string name) => byName.TryGetValue(name, out var node) ? node : null;

    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or nested in it (at any depth).</summary>
    public bool IsWithin(DiagramNode node, DiagramNode ancestor)
    {
        for (DiagramNode? current = node; current is not null; current = current.Parent is { } parent ? Find(parent) : null)
        {
            if (ReferenceEquals(current, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How deep a node is nested (0 at the top).</summary>
    public int DepthOf(DiagramNode node)
    {
        var depth = 0;
        for (var parent = node.Parent; parent is not null && depth < Nodes.Count; parent = Find(parent)?.Parent)
        {
            depth++;
        }

        return depth;
    }
}

/// <summary>The notation a diagram is written in.</summary>
public enum DiagramLanguage
{
    Mermaid,
    PlantUml,
}

/// <summary>
/// A node of a diagram: a Mermaid node or subgraph (<see cref="IsGroup"/>), a PlantUML component. <see cref="Stereotypes"/>
/// are a PlantUML component's <c>&lt;&lt;glob&gt;&gt;</c>, which map it to types when <c>components:</c> does not.
/// </summary>
public sealed record DiagramNode(string Name, string? Label, string? Parent, bool IsGroup, SourceSpan Span)
{
    public IReadOnlyList<string> Stereotypes { get; init; } = [];

    /// <summary>A PlantUML alias (<c>[Some Name] as some</c>): arrows and <c>components:</c> may use it for the name.</summary>
    public string? Alias { get; init; }
}

/// <summary>An arrow <c>From --&gt; To</c>: <see cref="From"/> may use <see cref="To"/> (and so may what is nested in them).</summary>
public sealed record DiagramArrow(string From, string To, SourceSpan Span)
{
    /// <summary>How messages and reports write it: <c>Ordering --&gt; Catalog</c>.</summary>
    public override string ToString() => From + " --> " + To;
}
