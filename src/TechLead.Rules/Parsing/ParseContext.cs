using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing;

/// <summary>The file being parsed and the diagnostics found so far.</summary>
internal sealed class ParseContext(string path, LineMap map)
{
    public string Path { get; } = path;

    public LineMap Map { get; } = map;

    public List<AdrDiagnostic> Diagnostics { get; } = [];

    public void InvalidRule(SourceSpan span, string message) => Add(DiagnosticIds.InvalidRule, span, message, RuleSeverity.Error);

    public void Add(string id, SourceSpan span, string message, RuleSeverity severity) =>
        Diagnostics.Add(new AdrDiagnostic(id, message, Path, span, severity));
}
