using System.Collections.Generic;

namespace TechLead.Cli.Report;

/// <summary>The report as format-neutral blocks, rendered once to HTML and once to Markdown so the twins never drift.</summary>
internal abstract record ReportBlock;

internal sealed record HeadingBlock(int Level, string Text) : ReportBlock;

internal sealed record ParagraphBlock(string Text) : ReportBlock;

internal sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows) : ReportBlock;

internal sealed record DiagramBlock(string Mermaid) : ReportBlock;

/// <summary>Counts over recorded checks, oldest first: an inline SVG chart in HTML, a table in Markdown.</summary>
internal sealed record TrendBlock(string Title, IReadOnlyList<TrendPoint> Points) : ReportBlock;

/// <summary>One recorded check: when, which commit, reported and baselined violations.</summary>
internal sealed record TrendPoint(string Date, string? Commit, int New, int Baselined);

/// <summary>A table cell: text, optionally a link.</summary>
internal sealed record ReportCell(string Text, string? Href = null)
{
    public static implicit operator ReportCell(string text) => new(text);

    public static ReportCell FromString(string text) => new(text);
}
