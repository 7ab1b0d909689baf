using System;
using System.Text.RegularExpressions;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// A fenced ```` ```mermaid ```` or ```` ```plantuml ```` block of an ADR that names itself for TechLead: its first line is
/// <c>%% techlead: &lt;id&gt;</c> (Mermaid), <c>' techlead: &lt;id&gt;</c> or <c>@startuml &lt;id&gt;</c> (PlantUML).
/// Its content is read only when a rule names it (<see cref="DiagramBlocks"/>), so diagrams drawn for people alone never
/// produce a problem.
/// </summary>
internal sealed class DiagramBlock(string id, DiagramLanguage language, int tagLine, int endLine)
{
    private static readonly Regex MermaidTag = new(@"^\s*%%\s*techlead\s*:\s*(?<id>\S+)\s*$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    private static readonly Regex PlantUmlTag = new(@"^\s*(?:'\s*techlead\s*:|@startuml)\s*(?<id>[^\s(]+)\s*$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public string Id { get; } = id;

    public DiagramLanguage Language { get; } = language;

    /// <summary>The zero-based line of the tag (the block's first content line).</summary>
    public int TagLine { get; } = tagLine;

    /// <summary>The zero-based line of the closing fence (or the line count when the fence is never closed).</summary>
    public int EndLine { get; } = endLine;

    /// <summary>A tagged block of a fence whose info string is <paramref name="info"/>; null for any other block.</summary>
    public static DiagramBlock? TryCreate(string info, LineMap map, int firstLine, int endLine)
    {
        if (firstLine >= endLine || firstLine >= map.LineCount)
        {
            return null;
        }

        var word = info.Split([' ', '\t', '{'], 2)[0];
        var language = word.ToLowerInvariant() switch
        {
            "mermaid" => DiagramLanguage.Mermaid,
            "plantuml" or "puml" => DiagramLanguage.PlantUml,
            _ => (DiagramLanguage?)null,
        };
        if (language is not { } known)
        {
            return null;
        }

        var tag = (known == DiagramLanguage.Mermaid ? MermaidTag : PlantUmlTag).Match(map.LineText(firstLine));
        return tag.Success ? new DiagramBlock(tag.Groups["id"].Value, known, firstLine, endLine) : null;
    }

    /// <summary>The diagram, or the first line it cannot read.</summary>
    public (Diagram? Diagram, DiagramProblem? Problem) Read(LineMap map)
    {
        try
        {
            return Language == DiagramLanguage.Mermaid ? new MermaidReader(map, this).Read() : new PlantUmlReader(map, this).Read();
        }
        catch (RegexMatchTimeoutException)
        {
            // Every pattern is bounded: a line that defeats one disables this rule only, not the whole ADR.
            return (null, new DiagramProblem(TagSpan(map), $"diagram '{Id}' took too long to read; shorten its long lines (a node, label or arrow per line)"));
        }
    }

    public SourceSpan TagSpan(LineMap map) => map.LineSpan(TagLine);
}
