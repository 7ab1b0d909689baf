using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// Reads a PlantUML component diagram in the syntax ArchUnit's <c>AdhereToPlantUmlDiagram</c> reads: components
/// <c>[Ordering] &lt;&lt;Shop.Modules.Ordering.**&gt;&gt;</c> (optionally <c>component</c>, <c>as alias</c>, several
/// stereotypes), arrows <c>[Ordering] --&gt; [Catalog]</c> or <c>Ordering --&gt; Catalog</c> (<c>-&gt;</c>, <c>..&gt;</c>,
/// <c>-up-&gt;</c>, <c>-[#red]-&gt;</c>, <c>&lt;--</c>, a <c>: label</c>), and skips <c>@startuml</c>/<c>@enduml</c>,
/// <c>'</c> comments, <c>skinparam</c>, <c>title</c>, <c>hide</c>, direction lines and notes (rules/0037).
/// </summary>
internal sealed class PlantUmlReader(LineMap map, DiagramBlock block)
{
    public const string Supported = "TechLead reads components ('[Ordering] <<Shop.Modules.Ordering.**>>', 'component [Ordering] as o'), arrows ('[Ordering] --> [Catalog]', 'Ordering --> Catalog', '->', '..>', '-up->', ': label'), '@startuml'/'@enduml', skinparam/title/hide lines, notes and ' comments";

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);
    private static readonly Regex Skipped = new(@"^(@startuml|@enduml|skinparam|title|hide|show|left to right direction|top to bottom direction|caption|header|footer|legend|end legend|scale|!)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
    private const string Name = @"(?:\[(?<{0}>[^\]]+)\]|(?<{0}>\w+))";
    private static readonly Regex Component = new(
        "^(?:component\\s+)?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Name, "name") + @"\s*(?<stereo>(?:<<[^>]+>>\s*)*)(?:as\s+(?<alias>\w+))?\s*(?<stereo2>(?:<<[^>]+>>\s*)*)$",
        RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Arrow = new(
        "^" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Name, "from") + @"\s*(?<left><)?(?<body>[-.]+(?:(?:\[[^\]]*\]|up|down|left|right|u|d|l|r)[-.]+)?)(?<right>>)?\s*" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Name, "to") + @"\s*(?::.*)?$",
        RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Stereotype = new("<<(?<glob>[^>]+)>>", RegexOptions.CultureInvariant, Timeout);

    private readonly List<DiagramNode> nodes = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<DiagramArrow> arrows = [];

    public (Diagram? Diagram, DiagramProblem? Problem) Read()
    {
        var inNote = false;
        for (var line = block.TagLine; line < block.EndLine; line++)
        {
            var raw = map.LineText(line);
            var text = raw.Trim();
            var lead = raw.Length - raw.TrimStart().Length;
            var span = map.Span(map.LineStart(line) + lead, map.LineStart(line) + lead + text.Length);
            if (inNote)
            {
                inNote = !text.StartsWith("end note", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (text.Length == 0 || text[0] == '\'' || Skipped.IsMatch(text))
            {
                continue;
            }

            if (text.StartsWith("note ", StringComparison.OrdinalIgnoreCase))
            {
                inNote = text.IndexOf(':') < 0;
                continue;
            }

            if (Arrow.Match(text) is { Success: true } arrow)
            {
                var from = Declare(arrow.Groups["from"].Value, [], null, span, byAlias: true);
                var to = Declare(arrow.Groups["to"].Value, [], null, span, byAlias: true);
                if (arrow.Groups["right"].Success)
                {
                    arrows.Add(new DiagramArrow(from, to, span));
                }

                if (arrow.Groups["left"].Success)
                {
                    arrows.Add(new DiagramArrow(to, from, span));
                }

                continue;
            }

            if (Component.Match(text) is { Success: true } component)
            {
                var stereotypes = new List<string>();
                foreach (Match stereotype in Stereotype.Matches(component.Groups["stereo"].Value + component.Groups["stereo2"].Value))
                {
                    stereotypes.Add(stereotype.Groups["glob"].Value.Trim());
                }

                Declare(component.Groups["name"].Value, stereotypes, component.Groups["alias"].Success ? component.Groups["alias"].Value : null, span, byAlias: false);
                continue;
            }

            return (null, new DiagramProblem(span, $"diagram '{block.Id}': line {span.DisplayLine} '{MermaidReader.Shorten(text)}' is not read; {Supported}"));
        }

        return (new Diagram(block.Id, DiagramLanguage.PlantUml, block.TagSpan(map), nodes, arrows), null);
    }

    /// <summary>The node's name (an alias resolves to the component it names).</summary>
    private string Declare(string name, List<string> stereotypes, string? alias, SourceSpan span, bool byAlias)
    {
        name = name.Trim();
        if (byAlias)
        {
            foreach (var node in nodes)
            {
                if (node.Alias == name)
                {
                    return node.Name;
                }
            }
        }

        if (index.TryGetValue(name, out var at))
        {
            var known = nodes[at];
            nodes[at] = known with
            {
                Stereotypes = known.Stereotypes.Count > 0 ? known.Stereotypes : stereotypes,
                Alias = known.Alias ?? alias,
            };
            return name;
        }

        index.Add(name, nodes.Count);
        nodes.Add(new DiagramNode(name, null, null, IsGroup: false, span) { Stereotypes = stereotypes, Alias = alias });
        return name;
    }
}
