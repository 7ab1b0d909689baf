using System;
using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// The tagged diagram blocks of one ADR file. A block is read when a rule names it, once, and its problems (a line
/// TechLead does not read, an id two blocks share) are reported once, inside the block, however many rules name it.
/// </summary>
internal sealed class DiagramBlocks(ParseContext context)
{
    private readonly List<DiagramBlock> blocks = [];
    private readonly Dictionary<string, Diagram?> read = new(StringComparer.Ordinal);

    public void Add(DiagramBlock block) => blocks.Add(block);

    /// <summary>The diagram a rule's <c>diagram:</c> names; null (reported) when it is missing, ambiguous or unreadable.</summary>
    public Diagram? Resolve(string id, YamlNode idNode, FieldReader fields)
    {
        if (read.TryGetValue(id, out var known))
        {
            if (known is null)
            {
                fields.MarkError();
            }

            return known;
        }

        var named = blocks.FindAll(block => block.Id == id);
        if (named.Count == 0)
        {
            var ids = blocks.ConvertAll(block => block.Id);
            fields.Error(idNode.Span, ids.Count == 0
                ? $"diagram '{id}' is not in this ADR; add a ```mermaid block whose first line is '%% techlead: {id}'"
                : $"diagram '{id}' is not in this ADR{Suggestions.DidYouMean(id, ids)}");
            return null;
        }

        Diagram? diagram = null;
        if (named.Count > 1)
        {
            var first = named[0].TagSpan(context.Map);
            for (var i = 1; i < named.Count; i++)
            {
                context.Diagnostics.Add(new AdrDiagnostic(DiagnosticIds.InvalidRule, $"two diagram blocks are named '{id}' (the first at line {first.DisplayLine}); rename one of them", context.Path, named[i].TagSpan(context.Map), RuleSeverity.Error)
                {
                    RelatedPath = context.Path,
                    RelatedSpan = first,
                });
            }
        }
        else
        {
            var (readDiagram, problem) = named[0].Read(context.Map);
            if (problem is { } found)
            {
                context.InvalidRule(found.Span, found.Message);
            }

            diagram = readDiagram;
        }

        read.Add(id, diagram);
        if (diagram is null)
        {
            fields.MarkError();
        }

        return diagram;
    }
}
