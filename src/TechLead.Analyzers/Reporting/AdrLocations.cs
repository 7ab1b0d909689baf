using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Reporting;

/// <summary>Locations inside ADR (and baseline) files, so IDEs and builds point at the YAML node.</summary>
internal static class AdrLocations
{
    public static Location Create(string path, SourceSpan span) =>
        Location.Create(
            path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));

    /// <summary>A TL9xxx diagnostic; a duplicate carries its first occurrence as an additional location.</summary>
    public static Diagnostic ToDiagnostic(AdrDiagnostic problem)
    {
        var descriptor = Descriptors.Find(problem.Id) ?? Descriptors.AdrUnreadable;
        var additional = problem.RelatedPath is { } relatedPath && problem.RelatedSpan is { } relatedSpan
            ? new[] { Create(relatedPath, relatedSpan) }
            : null;
        return Diagnostic.Create(descriptor, Create(problem.Path, problem.Span), ViolationReporter.ToDiagnosticSeverity(problem.Severity), additional, properties: null, problem.Message);
    }
}
