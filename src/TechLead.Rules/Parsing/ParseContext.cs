using System.Collections.Generic;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing;

/// <summary>The file being parsed and the diagnostics found so far.</summary>
internal sealed class ParseContext
{
    public ParseContext(string path, LineMap map)
    {
        Path = path;
        Map = map;
        Diagrams = new DiagramBlocks(this);
    }

    /// <summary>The file's tagged diagram blocks, for the <c>diagram</c> kind.</summary>
    public DiagramBlocks Diagrams { get; }

    public string Path { get; }

    public LineMap Map { get; }

    public List<AdrDiagnostic> Diagnostics { get; } = [];

    public void InvalidRule(SourceSpan span, string message) => Add(DiagnosticIds.InvalidRule, span, message, RuleSeverity.Error);

    public void Add(string id, SourceSpan span, string message, RuleSeverity severity) =>
        Diagnostics.Add(new AdrDiagnostic(id, message, Path, span, severity));
}
