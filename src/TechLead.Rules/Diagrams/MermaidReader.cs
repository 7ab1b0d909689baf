using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// Reads the Mermaid flowchart of a tagged block: <c>flowchart</c>/<c>graph</c>, nodes with labels (<c>A[Label]</c>,
/// any shape), links (<c>--&gt;</c>, <c>==&gt;</c>, <c>-.-&gt;</c>, longer ones, <c>--o</c>, <c>--x</c>, <c>&lt;--&gt;</c>,
/// labelled <c>A -- text --&gt; B</c> and <c>A --&gt;|text| B</c>, lines without a head), chains <c>A --&gt; B --&gt; C</c>,
/// <c>A &amp; B --&gt; C</c>, subgraphs, and skips styling (<c>classDef</c>, <c>class</c>, <c>style</c>, <c>linkStyle</c>,
/// <c>click</c>, <c>direction</c>) and <c>%%</c> comments. Any other line is a problem naming what is read (rules/0037).
/// </summary>
internal sealed class MermaidReader(LineMap map, DiagramBlock block)
{
    public const string Supported = "TechLead reads 'flowchart'/'graph', nodes ('A' or 'A[Label]'), arrows ('A --> B', 'A ==> B', 'A -.-> B', 'A -- text --> B', 'A -->|text| B', chains, 'A & B --> C'), 'subgraph' ... 'end', styling lines and '%%' comments";

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);
    private static readonly Regex Header = new(@"^(flowchart|graph)(\s+(TB|TD|BT|RL|LR))?\s*$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Skipped = new(@"^(classDef|class|style|linkStyle|click|direction|accTitle|accDescr)\b", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Subgraph = new(@"^subgraph\s+(?<id>\w+)\s*(?<label>.*)$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex NodeId = new(@"\G\w+", RegexOptions.CultureInvariant, Timeout);

    // A link with its text in the middle (A -- text --> B) is tried first: it opens with a short token and a space.
    private static readonly Regex TextLink = new(@"\G(?<left>[<ox])?(--|==|-\.)\s+(?<text>[^|]+?)\s*(?<body>-{2,}|={2,}|\.+-)(?<right>>|[ox](?=[\s|]|$))?", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Link = new(@"\G(?<left>[<ox])?(?<body>-{2,}|={2,}|-\.+-|~{3,})(?<right>>|[ox](?=[\s|]|$))?", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex PipeText = new(@"\G\s*\|[^|]*\|", RegexOptions.CultureInvariant, Timeout);

    private readonly List<DiagramNode> nodes = [];
    private readonly Dictionary<string, int> nodeIndex = new(StringComparer.Ordinal);
    private readonly List<DiagramArrow> arrows = [];
    private readonly Stack<string> groups = new();

    public (Diagram? Diagram, DiagramProblem? Problem) Read()
    {
        var sawHeader = false;
        for (var line = block.TagLine + 1; line < block.EndLine; line++)
        {
            var text = map.LineText(line);
            var offset = map.LineStart(line);
            if (text.TrimStart().StartsWith("%%", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (statement, start) in Statements(text))
            {
                var trimmed = statement.Trim();
                if (trimmed.Length == 0 || trimmed.StartsWith("%%", StringComparison.Ordinal))
                {
                    continue;
                }

                var lead = statement.Length - statement.TrimStart().Length;
                var span = map.Span(offset + start + lead, offset + start + lead + trimmed.Length);
                if (!sawHeader)
                {
                    if (!Header.IsMatch(trimmed))
                    {
                        return (null, new DiagramProblem(span, $"diagram '{block.Id}': only Mermaid flowcharts are read, and line {span.DisplayLine} is '{Shorten(trimmed)}'; start the block (after the techlead line) with 'flowchart LR' or 'graph TD'"));
                    }

                    sawHeader = true;
                    continue;
                }

                if (ReadStatement(trimmed, span) is { } problem)
                {
                    return (null, problem);
                }
            }
        }

        if (!sawHeader)
        {
            return (null, new DiagramProblem(block.TagSpan(map), $"diagram '{block.Id}' is empty; write 'flowchart LR' and its arrows (e.g. 'Ordering --> Catalog') after the techlead line"));
        }

        if (groups.Count > 0)
        {
            return (null, new DiagramProblem(block.TagSpan(map), $"diagram '{block.Id}': subgraph '{groups.Peek()}' is never closed; add a line 'end' after its nodes"));
        }

        return (new Diagram(block.Id, DiagramLanguage.Mermaid, block.TagSpan(map), nodes, arrows), null);
    }

    private DiagramProblem? ReadStatement(string statement, SourceSpan span)
    {
        if (statement == "end")
        {
            if (groups.Count == 0)
            {
                return new DiagramProblem(span, $"diagram '{block.Id}': 'end' on line {span.DisplayLine} closes no subgraph; remove it or open one with 'subgraph Name'");
            }

            groups.Pop();
            return null;
        }

        if (Skipped.IsMatch(statement))
        {
            return null;
        }

        if (statement.StartsWith("subgraph", StringComparison.Ordinal))
        {
            var match = Subgraph.Match(statement);
            if (!match.Success || (match.Groups["label"].Length > 0 && !IsLabel(match.Groups["label"].Value)))
            {
                return Unsupported(span, statement, "write a subgraph as 'subgraph Sales' or 'subgraph Sales[Sales context]'");
            }

            var id = match.Groups["id"].Value;
            Declare(id, LabelText(match.Groups["label"].Value), span, isGroup: true);
            groups.Push(id);
            return null;
        }

        return ReadChain(statement, span);
    }

    /// <summary><c>group (link group)*</c> where a group is <c>node (&amp; node)*</c>.</summary>
    private DiagramProblem? ReadChain(string statement, SourceSpan span)
    {
        var position = 0;
        var previous = ReadGroup(statement, ref position, span);
        if (previous is null)
        {
            return Unsupported(span, statement, null);
        }

        while (true)
        {
            SkipSpaces(statement, ref position);
            if (position >= statement.Length)
            {
                return null;
            }

            var link = TextLink.Match(statement, position);
            if (!link.Success)
            {
                link = Link.Match(statement, position);
            }

            if (!link.Success)
            {
                return Unsupported(span, statement, null);
            }

            position += link.Length;
            var pipe = PipeText.Match(statement, position);
            if (pipe.Success)
            {
                position += pipe.Length;
            }

            SkipSpaces(statement, ref position);
            var next = ReadGroup(statement, ref position, span);
            if (next is null)
            {
                return Unsupported(span, statement, null);
            }

            var forward = link.Groups["right"].Success && !link.Groups["body"].Value.StartsWith("~", StringComparison.Ordinal);
            var backward = link.Groups["left"].Success;
            foreach (var from in previous)
            {
                foreach (var to in next)
                {
                    if (forward)
                    {
                        arrows.Add(new DiagramArrow(from, to, span));
                    }

                    if (backward)
                    {
                        arrows.Add(new DiagramArrow(to, from, span));
                    }
                }
            }

            previous = next;
        }
    }

    private List<string>? ReadGroup(string statement, ref int position, SourceSpan span)
    {
        var names = new List<string>();
        while (true)
        {
            SkipSpaces(statement, ref position);
            var id = NodeId.Match(statement, position);
            if (!id.Success || id.Value == "end")
            {
                return null;
            }

            position += id.Length;
            string? label = null;
            if (position < statement.Length && "[({>".IndexOf(statement[position]) >= 0)
            {
                var close = ShapeEnd(statement, position);
                if (close < 0)
                {
                    return null;
                }

                label = LabelText(statement.Substring(position, close - position));
                position = close;
            }

            if (string.CompareOrdinal(statement, position, ":::", 0, 3) == 0)
            {
                position += 3;
                var cls = NodeId.Match(statement, position);
                position += cls.Success ? cls.Length : 0;
            }

            Declare(id.Value, label, span, isGroup: false);
            names.Add(id.Value);
            SkipSpaces(statement, ref position);
            if (position < statement.Length && statement[position] == '&')
            {
                position++;
                continue;
            }

            return names;
        }
    }

    /// <summary>The position after a node's shape (<c>[..]</c>, <c>(..)</c>, <c>{..}</c>, <c>&gt;..]</c>, nested or quoted), or -1.</summary>
    private static int ShapeEnd(string text, int start)
    {
        var depth = 0;
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c is '[' or '(' or '{' || (i == start && c == '>'))
            {
                depth++;
            }
            else if (c is ']' or ')' or '}')
            {
                depth--;
                if (depth == 0)
                {
                    return i + 1;
                }
            }
        }

        return -1;
    }

    private static bool IsLabel(string text) => text.Length > 0 && "[({>".IndexOf(text[0]) >= 0 && ShapeEnd(text, 0) == text.Length;

    private static string? LabelText(string shape)
    {
        var label = shape.Trim().Trim('[', ']', '(', ')', '{', '}', '>', '/', '\\').Trim().Trim('"');
        return label.Length == 0 ? null : label;
    }

    private void Declare(string name, string? label, SourceSpan span, bool isGroup)
    {
        var parent = groups.Count > 0 && groups.Peek() != name ? groups.Peek() : null;
        if (nodeIndex.TryGetValue(name, out var index))
        {
            var known = nodes[index];
            nodes[index] = known with
            {
                Label = known.Label ?? label,
                IsGroup = known.IsGroup || isGroup,
                Parent = known.Parent ?? (parent is not null && !IsAncestorOrSelf(name, parent) ? parent : null),
            };
            return;
        }

        nodeIndex.Add(name, nodes.Count);
        nodes.Add(new DiagramNode(name, label, parent, isGroup, span));
    }

    /// <summary>Whether <paramref name="name"/> encloses <paramref name="group"/> (nesting a group in itself would loop).</summary>
    private bool IsAncestorOrSelf(string name, string group)
    {
        for (string? current = group; current is not null; current = nodeIndex.TryGetValue(current, out var i) ? nodes[i].Parent : null)
        {
            if (current == name)
            {
                return true;
            }
        }

        return false;
    }

    private DiagramProblem Unsupported(SourceSpan span, string statement, string? fix) =>
        new(span, $"diagram '{block.Id}': line {span.DisplayLine} '{Shorten(statement)}' is not read; " + (fix ?? Supported));

    /// <summary>The statements of a line: Mermaid separates them with ';' (outside quotes and shapes).</summary>
    private static IEnumerable<(string Text, int Start)> Statements(string line)
    {
        var start = 0;
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '[' or '(' or '{')
            {
                depth++;
            }
            else if (!quoted && c is ']' or ')' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!quoted && depth == 0 && c == ';')
            {
                yield return (line.Substring(start, i - start), start);
                start = i + 1;
            }
        }

        yield return (line.Substring(start), start);
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
