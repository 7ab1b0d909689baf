using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// A PlantUML <c>.puml</c> file in the ADR's folder (rules/0037). It answers to its file name without the extension
/// (<c>context-map.puml</c> is <c>context-map</c>) and to the name on its <c>@startuml</c> line when it has one, so
/// an ArchUnit diagram is named the way its team already calls it. Read only when a rule names it.
/// </summary>
internal sealed class DiagramFile
{
    private static readonly Regex StartUml = new(@"^\s*@startuml(?:\s+(?<id>[^\s(]+))?", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private DiagramFile(string path, LineMap map, IReadOnlyList<string> names, DiagramBlock block)
    {
        Path = path;
        Map = map;
        Names = names;
        Block = block;
    }

    public string Path { get; }

    public LineMap Map { get; }

    /// <summary>The ids a rule may name it by: the file name, then a different <c>@startuml</c> name.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The whole file as one block, from its <c>@startuml</c> line (else its first line) to its end.</summary>
    public DiagramBlock Block { get; }

    /// <summary>Whether a source file is a diagram file (<c>.puml</c>, any letter case) rather than an ADR.</summary>
    public static bool IsDiagramPath(string path) => path.EndsWith(".puml", StringComparison.OrdinalIgnoreCase);

    public static DiagramFile Create(AdrSourceFile source)
    {
        var map = new LineMap(source.Text ?? string.Empty);
        var fileName = System.IO.Path.GetFileNameWithoutExtension(source.Path);
        var names = new List<string> { fileName };
        var tagLine = 0;
        for (var line = 0; line < map.LineCount; line++)
        {
            Match start;
            try
            {
                start = StartUml.Match(map.LineText(line));
            }
            catch (RegexMatchTimeoutException)
            {
                break;
            }

            if (start.Success)
            {
                tagLine = line;
                if (start.Groups["id"].Success && !string.Equals(start.Groups["id"].Value, fileName, StringComparison.Ordinal))
                {
                    names.Add(start.Groups["id"].Value);
                }

                break;
            }
        }

        return new DiagramFile(source.Path, map, names, new DiagramBlock(fileName, DiagramLanguage.PlantUml, tagLine, map.LineCount));
    }

    /// <summary>The diagram (its id the name the rule used), or the first line it cannot read.</summary>
    public (Diagram? Diagram, DiagramProblem? Problem) Read(string id)
    {
        var (diagram, problem) = new DiagramBlock(id, DiagramLanguage.PlantUml, Block.TagLine, Block.EndLine).Read(Map);
        if (diagram is not null)
        {
            diagram.SourcePath = Path;
        }

        return (diagram, problem);
    }
}
