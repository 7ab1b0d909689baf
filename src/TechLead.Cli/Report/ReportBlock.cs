using System.Collections.Generic;

namespace TechLead.Cli.Report;

/// <summary>The report as format-neutral blocks, rendered once to HTML and once to Markdown so the twins never drift.</summary>
internal abstract record ReportBlock;

internal sealed record HeadingBlock(int Level, string Text) : ReportBlock;

internal sealed record ParagraphBlock(string Text) : ReportBlock;

internal sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows) : ReportBlock;

internal sealed record DiagramBlock(string Mermaid) : ReportBlock;

/// <summary>A table cell: text, optionally a link.</summary>
internal sealed record ReportCell(string Text, string? Href = null)
{
    public static implicit operator ReportCell(string text) => new(text);

    public static ReportCell FromString(string text) => new(text);
}
