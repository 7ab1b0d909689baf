using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// The tagged diagram blocks of one ADR file, and the <c>.puml</c> files of its folder (<see cref="DiagramFile"/>): a rule's
/// id names a block of the ADR or a file beside it, never both. A block is read when a rule names it, once, and its problems (a line
/// TechLead does not read, an id two blocks share) are reported once, inside the block, however many rules name it.
/// </summary>
internal sealed class DiagramBlocks(ParseContext context)
{
    private readonly List<DiagramBlock> blocks = [];
    private readonly List<DiagramFile> files = [];
    private readonly Dictionary<string, Diagram?> read = new(StringComparer.Ordinal);

    public void Add(DiagramBlock block) => blocks.Add(block);

    public void Add(DiagramFile file) => files.Add(file);

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
        var namedFiles = files.FindAll(file => file.Names.Contains(id));
        if (named.Count == 0 && namedFiles.Count == 0)
        {
            var ids = blocks.ConvertAll(block => block.Id);
            foreach (var file in files)
            {
                ids.AddRange(file.Names);
            }

            // Messages name .puml files only when the folder has some: most ADR folders have none.
            var where = files.Count == 0 ? "in this ADR" : "in this ADR nor a .puml file beside it";
            fields.Error(idNode.Span, ids.Count == 0
                ? $"diagram '{id}' is not {where}; add a ```mermaid block whose first line is '%% techlead: {id}'"
                : $"diagram '{id}' is not {where}{Suggestions.DidYouMean(id, ids)}");
            return null;
        }

        Diagram? diagram = null;
        if (named.Count + namedFiles.Count > 1)
        {
            ReportAmbiguous(id, named, namedFiles);
        }
        else if (named.Count == 1)
        {
            var (readDiagram, problem) = named[0].Read(context.Map);
            if (problem is { } found)
            {
                context.InvalidRule(found.Span, found.Message);
            }

            diagram = readDiagram;
        }
        else
        {
            var (readDiagram, problem) = namedFiles[0].Read(id);
            if (problem is { } found)
            {
                context.Diagnostics.Add(new AdrDiagnostic(DiagnosticIds.InvalidRule, found.Message, namedFiles[0].Path, found.Span, RuleSeverity.Error));
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

    /// <summary>Two sources, one id: each after the first is reported where it names itself, pointing at the first.</summary>
    private void ReportAmbiguous(string id, List<DiagramBlock> named, List<DiagramFile> namedFiles)
    {
        var sources = named.ConvertAll(block => (Path: context.Path, Span: block.TagSpan(context.Map)));
        sources.AddRange(namedFiles.ConvertAll(file => (file.Path, Span: file.Block.TagSpan(file.Map))));
        var (firstPath, first) = sources[0];
        var where = firstPath == context.Path ? $"line {first.DisplayLine}" : $"{System.IO.Path.GetFileName(firstPath)}";
        for (var i = 1; i < sources.Count; i++)
        {
            var message = namedFiles.Count == 0
                ? $"two diagram blocks are named '{id}' (the first at {where}); rename one of them"
                : $"two diagrams are named '{id}' (the first at {where}); rename the block or the file, or the name on its @startuml line";
            context.Diagnostics.Add(new AdrDiagnostic(DiagnosticIds.InvalidRule, message, sources[i].Path, sources[i].Span, RuleSeverity.Error)
            {
                RelatedPath = firstPath,
                RelatedSpan = first,
            });
        }
    }
}
