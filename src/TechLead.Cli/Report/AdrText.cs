using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownHeading = Markdig.Syntax.HeadingBlock;

namespace TechLead.Cli.Report;

/// <summary>
/// An ADR's own text (context, options, decision, consequences) for its report page, as Markdown both pages render:
/// the front matter and the title heading (the page has both) are left out, headings move one level down under the
/// page's "Decision" heading, and relative links are re-pointed from the ADR's folder to the report's. Raw HTML in the
/// ADR is shown as text, as everything else the report prints is.
/// </summary>
internal static class AdrText
{
    /// <summary>CommonMark with GitHub's pipe tables; front matter is recognised so it can be cut; raw HTML is escaped.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    /// <summary>The body of <paramref name="markdown"/> (the ADR file at <paramref name="adrPath"/>) ready for the report; empty when it has none.</summary>
    public static string Body(string markdown, string adrPath, Func<string, string> linkTo)
    {
        var text = markdown.ReplaceLineEndings("\n");
        var document = Markdown.Parse(text, Pipeline);
        var start = document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } front ? LineAfter(text, front.Span.End) : 0;
        var edits = new List<(int Start, int Length, string Replacement)>();
        var title = document.OfType<MarkdownHeading>().FirstOrDefault(h => h.Level == 1 && h.Span.Start >= start);
        if (title is not null)
        {
            edits.Add((title.Span.Start, LineAfter(text, title.Span.End) - title.Span.Start, string.Empty));
        }

        foreach (var heading in document.Descendants<MarkdownHeading>().Where(h => h != title && h.Level < 6 && h.Span.Start < text.Length && text[h.Span.Start] == '#'))
        {
            edits.Add((heading.Span.Start, 0, "#"));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(adrPath)) ?? string.Empty;
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url && IsRelative(url) && link.UrlSpan.Length > 0
                && text.AsSpan(link.UrlSpan.Start, link.UrlSpan.Length).SequenceEqual(url))
            {
                edits.Add((link.UrlSpan.Start, link.UrlSpan.Length, Repoint(url, folder, linkTo)));
            }
        }

        foreach (var (at, length, replacement) in edits.OrderByDescending(e => e.Start))
        {
            text = text.Remove(at, length).Insert(at, replacement);
        }

        return text[start..].Trim('\n') is { Length: > 0 } body ? body + "\n" : string.Empty;
    }

    public static string Html(string body) => Markdown.ToHtml(body, Pipeline);

    private static int LineAfter(string text, int end)
    {
        var newLine = text.IndexOf('\n', Math.Min(end, text.Length - 1));
        return newLine < 0 ? text.Length : newLine + 1;
    }

    /// <summary>A path beside the ADR (<c>0002-x.md</c>, <c>../diagrams/a.png</c>): not a URL with a scheme, not a fragment, not rooted.</summary>
    private static bool IsRelative(string url) =>
        !url.StartsWith('#') && !url.StartsWith('/') && !url.Contains(':', StringComparison.Ordinal) && !url.Contains(' ', StringComparison.Ordinal);

    private static string Repoint(string url, string folder, Func<string, string> linkTo)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (url, string.Empty) : (url[..hash], url[hash..]);
        return linkTo(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path)))) + fragment;
    }
}
