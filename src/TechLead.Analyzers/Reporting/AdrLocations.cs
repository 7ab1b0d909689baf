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

    /// <summary>A TL9xxx diagnostic at its own severity; a duplicate carries its first occurrence as an additional location.</summary>
    public static Diagnostic ToDiagnostic(AdrDiagnostic problem) => ToDiagnostic(problem, problem.Severity, pinned: false);

    /// <summary>
    /// A TL9xxx diagnostic at <paramref name="severity"/>; <paramref name="pinned"/> marks it not configurable, so bulk
    /// options cannot raise a problem that an ADR's status keeps at info (rules/0015).
    /// </summary>
    public static Diagnostic ToDiagnostic(AdrDiagnostic problem, RuleSeverity severity, bool pinned)
    {
        var template = Descriptors.Find(problem.Id) ?? Descriptors.AdrUnreadable;
        var diagnosticSeverity = ViolationReporter.ToDiagnosticSeverity(severity);
        var descriptor = pinned ? Descriptors.WithHelpLink(template, template.HelpLinkUri, diagnosticSeverity, notConfigurable: true) : template;
        var additional = problem.RelatedPath is { } relatedPath && problem.RelatedSpan is { } relatedSpan
            ? new[] { Create(relatedPath, relatedSpan) }
            : null;
        return Diagnostic.Create(descriptor, Create(problem.Path, problem.Span), diagnosticSeverity, additional, properties: null, problem.Message);
    }
}
