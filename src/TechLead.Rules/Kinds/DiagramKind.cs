using System;
using System.Collections.Generic;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>
/// <c>diagram</c>: the component diagram in the ADR's body is the rule; a type in one component may use a type in
/// another only along an arrow (rules/0037).
/// </summary>
public sealed class DiagramRule : Rule, IPairwiseDependencyRule
{
    private readonly bool[,] allowed;

    internal DiagramRule(RuleHeader header, Diagram diagram, IReadOnlyList<DiagramComponent> components)
        : base(header)
    {
        Diagram = diagram;
        Components = components;
        allowed = AllowedPairs(diagram, components);
        var byDepth = new List<DiagramComponent>(components);
        byDepth.Sort((a, b) => b.Depth != a.Depth ? b.Depth.CompareTo(a.Depth) : a.Order.CompareTo(b.Order));
        MatchOrder = byDepth;
    }

    public Diagram Diagram { get; }

    /// <summary>The diagram's nodes that have types, in the order of <c>components:</c> (then stereotypes).</summary>
    public IReadOnlyList<DiagramComponent> Components { get; }

    /// <summary>The components in the order a type is matched: the most deeply nested first (a part before its subgraph).</summary>
    internal IReadOnlyList<DiagramComponent> MatchOrder { get; }

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.DiagramArrowMissing, "Dependency with no arrow in the ADR's diagram", "A type depends on a type of another component, and the ADR's diagram has no arrow between the two (diagram rule of an ADR).");

    /// <summary>The component a type belongs to: the most deeply nested one that selects it; null outside every component.</summary>
    public DiagramComponent? ComponentOf<TType>(TType type, ITypeModel<TType> model)
    {
        foreach (var component in MatchOrder)
        {
            if (component.Types.Matches(type, model))
            {
                return component;
            }
        }

        return null;
    }

    /// <summary>Whether a type of <paramref name="from"/> may use a type of <paramref name="to"/>.</summary>
    public bool Allows(DiagramComponent from, DiagramComponent to) => allowed[from.Order, to.Order];

    /// <summary>The arrows that let <paramref name="from"/> use <paramref name="to"/> (drawn between them or groups around them).</summary>
    public IReadOnlyList<DiagramArrow> ArrowsBetween(DiagramComponent from, DiagramComponent to)
    {
        var found = new List<DiagramArrow>();
        foreach (var arrow in Diagram.Arrows)
        {
            if (Covers(arrow.From, from) && Covers(arrow.To, to))
            {
                found.Add(arrow);
            }
        }

        return found;
    }

    DependencyConstraint IPairwiseDependencyRule.Compile() => new DiagramConstraint(this);

    /// <summary>The violation message: <c>'A.X' must not depend on 'B.Y': the diagram has no arrow A --&gt; B</c>.</summary>
    internal string Message(string from, DiagramComponent fromComponent, string to, DiagramComponent toComponent) =>
        ViolationMessages.Wrap(this, $"'{from}' must not depend on '{to}': the diagram has no arrow {fromComponent.Name} --> {toComponent.Name}");

    private bool Covers(string arrowEnd, DiagramComponent component) =>
        Diagram.Find(arrowEnd) is { } end && Diagram.IsWithin(component.Node, end);

    /// <summary>
    /// A component may use another when an arrow leads from it (or a group around it) to the other (or a group around
    /// it), and a component and one nested in it may use each other: the drawing puts one inside the other.
    /// </summary>
    private static bool[,] AllowedPairs(Diagram diagram, IReadOnlyList<DiagramComponent> components)
    {
        var pairs = new bool[components.Count, components.Count];
        foreach (var from in components)
        {
            foreach (var to in components)
            {
                pairs[from.Order, to.Order] = from.Order == to.Order || diagram.IsWithin(from.Node, to.Node) || diagram.IsWithin(to.Node, from.Node);
            }
        }

        foreach (var arrow in diagram.Arrows)
        {
            if (diagram.Find(arrow.From) is not { } start || diagram.Find(arrow.To) is not { } end)
            {
                continue;
            }

            foreach (var from in components)
            {
                if (!diagram.IsWithin(from.Node, start))
                {
                    continue;
                }

                foreach (var to in components)
                {
                    pairs[from.Order, to.Order] |= diagram.IsWithin(to.Node, end);
                }
            }
        }

        return pairs;
    }
}

/// <summary>A node of a rule's diagram with the types it stands for.</summary>
public sealed class DiagramComponent(string name, TypeSelector types, DiagramNode node, int depth, int order, SourceSpan span)
{
    /// <summary>Where its types are written: its key under <c>components:</c>, or the PlantUML line with its stereotype.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>The file <see cref="Span"/> is in when it is not the ADR (a stereotype in a <c>.puml</c> file beside it).</summary>
    public string? SpanPath { get; init; }

    /// <summary>The node's name as the diagram writes it (<c>Ordering</c>).</summary>
    public string Name { get; } = name;

    public TypeSelector Types { get; } = types;

    public DiagramNode Node { get; } = node;

    /// <summary>How deep the node is nested in groups (0 at the top).</summary>
    public int Depth { get; } = depth;

    /// <summary>The component's index in <see cref="DiagramRule.Components"/>.</summary>
    public int Order { get; } = order;

    public override string ToString() => Name;
}

/// <summary>
/// <c>diagram</c>: the block the rule names, and <c>components:</c> mapping its nodes to types (PlantUML stereotypes map
/// the nodes they stand on). A missing, ambiguous or unreadable block invalidates the rule; a node without types or a
/// component that is no node is reported and left out, which can only make the rule check less.
/// </summary>
internal sealed class DiagramReader() : KindReader(
    RuleKind.Diagram,
    KindField.Required("diagram", "context-map"),
    KindField.Optional("components"))
{
    public const string ComponentsExample = "{ Ordering: Shop.Modules.Ordering.** }";

    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var id = fields.String("diagram", "context-map");
        var diagram = id is null ? null : fields.Context.Diagrams.Resolve(id, fields.Node("diagram")!, fields);
        var mapped = ReadComponents(fields);
        if (diagram is null || mapped is null)
        {
            return null;
        }

        var components = new List<DiagramComponent>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in diagram.Nodes)
        {
            var (selector, key) = SelectorOf(node, mapped, fields, diagram);
            var inAdr = key is { Length: > 0 } && mapped.ContainsKey(key);
            var span = inAdr ? mapped[key!].KeySpan : node.Span;
            if (key is not null)
            {
                used.Add(key);
            }

            if (selector is not null)
            {
                components.Add(new DiagramComponent(node.Name, selector, node, diagram.DepthOf(node), components.Count, span) { SpanPath = inAdr ? null : diagram.SourcePath });
            }
            else if (!node.IsGroup && key is null)
            {
                NodeError(fields, diagram, node.Span, $"node '{node.Name}' of diagram '{diagram.Id}' has no component; map it to its types under 'components:', e.g. '{node.Name}: Shop.Modules.{Identifier(node.Name)}.**'");
            }
        }

        foreach (var entry in mapped)
        {
            if (!used.Contains(entry.Key))
            {
                var names = new List<string>();
                foreach (var node in diagram.Nodes)
                {
                    names.Add(node.Name);
                }

                fields.ForItem().Error(entry.Value.KeySpan, $"component '{entry.Key}' is not a node of diagram '{diagram.Id}'{Suggestions.DidYouMean(entry.Key, names)}");
            }
        }

        if (components.Count == 0)
        {
            fields.MarkError();
            return null;
        }

        return new DiagramRule(header, diagram, components);
    }

    /// <summary>A problem at a node: in the ADR, or in the <c>.puml</c> file the diagram was read from.</summary>
    private static void NodeError(FieldReader fields, Diagram diagram, SourceSpan span, string message)
    {
        if (diagram.SourcePath is not { } path)
        {
            fields.ForItem().Error(span, message);
            return;
        }

        var owner = fields.Owner.Length == 0 ? string.Empty : fields.Owner + ": ";
        fields.Context.Diagnostics.Add(new AdrDiagnostic(DiagnosticIds.InvalidRule, owner + message, path, span, RuleSeverity.Error));
    }

    /// <summary>The mapping of <c>components:</c> (empty when absent); null when it is not a mapping.</summary>
    private static Dictionary<string, (TypeSelector? Types, SourceSpan KeySpan)>? ReadComponents(FieldReader fields)
    {
        var result = new Dictionary<string, (TypeSelector?, SourceSpan)>(StringComparer.Ordinal);
        if (fields.Value("components") is not { } node)
        {
            return result;
        }

        if (node is not YamlMapping mapping)
        {
            fields.Error(node.Span, $"components: expected a mapping of diagram nodes to their types, got {node.Describe()}; write e.g. 'components: {ComponentsExample}'");
            return null;
        }

        foreach (var entry in mapping.Entries)
        {
            // A bad selector leaves its component out (reported); the other components stay checked.
            var selector = SelectorReader.Read(entry.Value, "components." + entry.Key.Value, fields.ForItem());
            result[entry.Key.Value] = (selector, entry.Key.Span);
        }

        return result;
    }

    /// <summary>A node's types: its <c>components:</c> entry (by name or PlantUML alias), else its stereotypes; and the key used.</summary>
    private static (TypeSelector? Types, string? Key) SelectorOf(DiagramNode node, Dictionary<string, (TypeSelector? Types, SourceSpan KeySpan)> mapped, FieldReader fields, Diagram diagram)
    {
        if (mapped.TryGetValue(node.Name, out var byName))
        {
            return (byName.Types, node.Name);
        }

        if (node.Alias is { } alias && mapped.TryGetValue(alias, out var byAlias))
        {
            return (byAlias.Types, alias);
        }

        if (node.Stereotypes.Count == 0)
        {
            return (null, null);
        }

        var selectors = new List<TypeSelector>();
        foreach (var stereotype in node.Stereotypes)
        {
            if (GlobPattern.TryParse(stereotype, allowSliceCapture: false, out var glob, out var error))
            {
                selectors.Add(new GlobTypeSelector(glob));
            }
            else
            {
                NodeError(fields, diagram, node.Span, $"component '{node.Name}' of diagram '{diagram.Id}': stereotype <<{stereotype}>>: {error}");
            }
        }

        return (selectors.Count == node.Stereotypes.Count ? (selectors.Count == 1 ? selectors[0] : new UnionTypeSelector(selectors)) : null, string.Empty);
    }

    private static string Identifier(string name) => name.Replace(" ", string.Empty);
}
