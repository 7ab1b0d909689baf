using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using TechLead.Cli.Output;

namespace TechLead.Cli.Report;

/// <summary>Renders report blocks as a self-contained HTML page (Mermaid loaded from the file beside it) and as Markdown.</summary>
internal static class ReportRenderers
{
    public const string MermaidScript = "mermaid.min.js";

    private const string Style = "body{font-family:system-ui,sans-serif;max-width:1200px;margin:2rem auto;padding:0 1rem;color:#1f2328}"
        + "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}"
        + "th{background:#f6f8fa}pre.mermaid{background:#fff}";

    public static string Html(ReportPage page)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(page.Title)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        foreach (var block in page.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    html.Append("<h").Append(heading.Level).Append(heading.Id is { } id ? $" id=\"{Encode(id)}\"" : string.Empty).Append('>').Append(Encode(heading.Text)).Append("</h").Append(heading.Level).Append(">\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
                    break;
                case TableBlock table:
                    html.Append("<table>\n<tr>").Append(string.Concat(table.Headers.Select(h => "<th>" + Encode(h) + "</th>"))).Append("</tr>\n");
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>").Append(string.Concat(row.Select(c => (c.Id is { } id ? $"<td id=\"{Encode(id)}\">" : "<td>") + HtmlCell(c) + "</td>"))).Append("</tr>\n");
                    }

                    html.Append("</table>\n");
                    break;
                case DiagramBlock diagram:
                    html.Append("<pre class=\"mermaid\">\n").Append(Encode(diagram.Mermaid)).Append("</pre>\n");
                    break;
                case MarkdownBlock text:
                    html.Append(AdrText.Html(text.Markdown));
                    break;
                case TrendBlock trend:
                    html.Append("<figure>").Append(TrendSvg.Render(trend)).Append("<figcaption>").Append(Encode(trend.Title)).Append("</figcaption></figure>\n");
                    break;
            }
        }

        if (page.Blocks.OfType<DiagramBlock>().Any())
        {
            // deterministicIds: by default mermaid names each diagram's svg after the clock, and two diagrams drawn in the same
            // millisecond share an id, so the second one's edges are drawn into the first (seen with the organization map).
            html.Append("<script src=\"").Append(MermaidScript).Append("\"></script>\n")
                .Append("<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict', deterministicIds: true });</script>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    public static string Markdown(ReportPage page)
    {
        var markdown = new StringBuilder();
        foreach (var block in page.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    markdown.Append('#', heading.Level).Append(' ').Append(heading.Id is { } id ? $"<a id=\"{id}\"></a>" : string.Empty).Append(heading.Text).Append("\n\n");
                    break;
                case ParagraphBlock paragraph:
                    markdown.Append(paragraph.Text).Append("\n\n");
                    break;
                case TableBlock table:
                    markdown.Append("| ").Append(string.Join(" | ", table.Headers.Select(MarkdownFormatter.Escape))).Append(" |\n")
                        .Append('|').Append(string.Concat(table.Headers.Select(_ => "---|"))).Append('\n');
                    foreach (var row in table.Rows)
                    {
                        markdown.Append("| ").Append(string.Join(" | ", row.Select(MarkdownCell))).Append(" |\n");
                    }

                    markdown.Append('\n');
                    break;
                case DiagramBlock diagram:
                    markdown.Append("```mermaid\n").Append(diagram.Mermaid).Append("```\n\n");
                    break;
                case MarkdownBlock text:
                    markdown.Append(text.Markdown).Append('\n');
                    break;
                case TrendBlock trend:
                    markdown.Append(trend.Title).Append("\n\n| Date | Commit | Reported | Baselined |\n|---|---|---|---|\n");
                    foreach (var point in trend.Points)
                    {
                        markdown.Append(CultureInfo.InvariantCulture, $"| {point.Date} | {(point.Commit is { } c ? "`" + c[..Math.Min(7, c.Length)] + "`" : "-")} | {point.New} | {point.Baselined} |\n");
                    }

                    markdown.Append('\n');
                    break;
            }
        }

        return markdown.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string HtmlCell(ReportCell cell) =>
        Target(cell, ".html") is { } href ? $"<a href=\"{Encode(href)}\">{Encode(cell.Text)}</a>" : Encode(cell.Text);

    /// <summary>Markdown has no cell ids: an empty anchor before the text is where links land (GitHub keeps it).</summary>
    private static string MarkdownCell(ReportCell cell) =>
        (cell.Id is { } id ? $"<a id=\"{id}\"></a>" : string.Empty)
        + (Target(cell, ".md") is { } href ? $"[{MarkdownFormatter.Escape(cell.Text)}](<{href}>)" : MarkdownFormatter.Escape(cell.Text));

    private static string? Target(ReportCell cell, string extension) =>
        cell.Page is { } page ? page + extension + (cell.Href is { } fragment ? "#" + fragment : string.Empty) : cell.Href;
}
