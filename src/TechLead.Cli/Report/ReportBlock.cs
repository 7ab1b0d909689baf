using System.Collections.Generic;

namespace TechLead.Cli.Report;

/// <summary>The report as format-neutral blocks, rendered once to HTML and once to Markdown so the twins never drift.</summary>
internal abstract record ReportBlock;

/// <summary>A heading; <paramref name="Id"/> is the element id links land on.</summary>
internal sealed record HeadingBlock(int Level, string Text, string? Id = null) : ReportBlock;

internal sealed record ParagraphBlock(string Text) : ReportBlock;

internal sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows) : ReportBlock;

internal sealed record DiagramBlock(string Mermaid) : ReportBlock;

/// <summary>Markdown written by a person (an ADR's own text): kept as is in Markdown, rendered by <see cref="AdrText"/> in HTML.</summary>
internal sealed record MarkdownBlock(string Markdown) : ReportBlock;

/// <summary>Counts over recorded checks, oldest first: an inline SVG chart in HTML, a table in Markdown.</summary>
internal sealed record TrendBlock(string Title, IReadOnlyList<TrendPoint> Points) : ReportBlock;

/// <summary>One recorded check: when, which commit, reported and baselined violations.</summary>
internal sealed record TrendPoint(string Date, string? Commit, int New, int Baselined);

/// <summary>A table cell: text, optionally a link.</summary>
internal sealed record ReportCell(string Text, string? Href = null)
{
    /// <summary>
    /// A page of the report (its name, without extension) the cell links to, <see cref="Href"/> being the fragment:
    /// each format links to its own twin (<c>ADR-0002.html#rule</c>, <c>ADR-0002.md#rule</c>).
    /// </summary>
    public string? Page { get; init; }

    /// <summary>The element id the cell carries, so that links land on its row (a rule's id).</summary>
    public string? Id { get; init; }

    /// <summary>A link to <paramref name="fragment"/> on the report page <paramref name="page"/>.</summary>
    public static ReportCell ToPage(string text, string page, string? fragment = null) => new(text, fragment) { Page = page };

    public static implicit operator ReportCell(string text) => new(text);

    public static ReportCell FromString(string text) => new(text);
}

/// <summary>One page of the report: <c>Name.html</c> and its Markdown twin <c>Name.md</c>.</summary>
internal sealed record ReportPage(string Name, string Title, IReadOnlyList<ReportBlock> Blocks);
