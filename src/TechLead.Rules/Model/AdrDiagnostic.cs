namespace TechLead.Rules.Model;

/// <summary>
/// A problem with an ADR file (TL9xxx): where it is in the Markdown file and what to write instead.
/// <see cref="RelatedPath"/>/<see cref="RelatedSpan"/> point at the other half of a conflict (the first duplicate).
/// </summary>
public sealed record AdrDiagnostic(string Id, string Message, string Path, SourceSpan Span, RuleSeverity Severity)
{
    public string? RelatedPath { get; init; }

    public SourceSpan? RelatedSpan { get; init; }

    /// <summary><c>path(line,col): TL9002: message</c>, the shape compilers print.</summary>
    public override string ToString() => $"{Path}({Span.DisplayLine},{Span.DisplayColumn}): {Id}: {Message}";
}
