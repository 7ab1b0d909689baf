using System;
using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing;

/// <summary>
/// Parses one ADR Markdown file from text. Pure: no I/O, no shared state, safe to call concurrently
/// and to cache by content. Never throws on any input; every problem becomes a TL9xxx diagnostic.
/// </summary>
public static class AdrParser
{
    /// <summary>Files larger than this are refused (docs/adr-format.md).</summary>
    public const int MaxFileLength = 1024 * 1024;

    // No empty list of diagram files: enumerating a list of a struct of ours is JIT-compiled in every cold compiler process (rules/0060).
    public static AdrParseResult Parse(string path, string text) => Parse(path, text, diagramFiles: null);

    /// <summary>
    /// Parses an ADR whose folder holds <c>.puml</c> diagram files (<paramref name="diagramFiles"/>): a <c>diagram</c> rule
    /// may name one (rules/0037). Problems inside a file are reported at the file's path.
    /// </summary>
    public static AdrParseResult Parse(string path, string text, IReadOnlyList<AdrSourceFile>? diagramFiles)
    {
        var map = new LineMap(text ?? string.Empty);
        var context = new ParseContext(path, map);
        try
        {
            for (var index = 0; index < (diagramFiles?.Count ?? 0); index++)
            {
                context.Diagrams.Add(Diagrams.DiagramFile.Create(diagramFiles![index]));
            }

            return ParseCore(path, map, context);
        }
#pragma warning disable CA1031 // the contract is "never crash": anything unforeseen becomes a TL9001 on this file
        catch (Exception unexpected)
#pragma warning restore CA1031
        {
            context.Add(DiagnosticIds.AdrUnreadable, SourceSpan.FileStart, $"ADR file could not be parsed ({unexpected.GetType().Name}: {unexpected.Message}); please report this file to TechLead", RuleSeverity.Error);
            return new AdrParseResult(path, null, context.Diagnostics);
        }
    }

    private static AdrParseResult ParseCore(string path, LineMap map, ParseContext context)
    {
        if (map.Text.Length > MaxFileLength)
        {
            context.Add(DiagnosticIds.AdrUnreadable, SourceSpan.FileStart, $"ADR file is too large ({map.Text.Length} characters; the limit is {MaxFileLength}); split it or move long material out of the ADR", RuleSeverity.Error);
            return new AdrParseResult(path, null, context.Diagnostics);
        }

        var replacement = map.Text.IndexOf('\uFFFD');
        if (replacement >= 0)
        {
            context.Add(DiagnosticIds.AdrUnreadable, map.Span(replacement, replacement + 1), "ADR file is not valid UTF-8 here; save the file as UTF-8", RuleSeverity.Error);
            return new AdrParseResult(path, null, context.Diagnostics);
        }

        var layout = MarkdownLayout.Read(map, path, context.Diagnostics);
        if (layout.FrontMatter is null && layout.RuleBlocks.Count == 0 && IsIndexPage(path))
        {
            // The folder's table of contents (GitHub shows a README.md when browsing it), not a decision: rules/0018.
            return new AdrParseResult(path, null, context.Diagnostics);
        }

        var rules = new List<Rule>();
        AdrFrontMatter frontMatter;
        YamlNode? frontMatterRules = null;
        if (layout.FrontMatter is { } chunk)
        {
            var root = YamlChunkReader.Read(chunk.Text, chunk.Offset, map, path, context.Diagnostics);
            if (root is YamlMapping mapping)
            {
                frontMatter = FrontMatterReader.Read(mapping, context, layout.Heading, path);
                frontMatterRules = mapping.Get("rules");
            }
            else
            {
                if (root is not null and not YamlScalar { IsNull: true })
                {
                    context.InvalidRule(root.Span, $"front matter: expected a mapping of fields such as 'id: ADR-0007', got {root.Describe()}");
                }

                frontMatter = Derived(path, layout.Heading);
            }
        }
        else
        {
            frontMatter = Derived(path, layout.Heading);
        }

        foreach (var diagram in layout.DiagramBlocks)
        {
            context.Diagrams.Add(diagram);
        }

        var ruleReader = new RuleReader(context, frontMatter.Id);
        var hasRules = frontMatterRules is not null || layout.RuleBlocks.Count > 0;
        if (frontMatterRules is not null)
        {
            ruleReader.ReadList(frontMatterRules, "rules", rules);
        }

        foreach (var block in layout.RuleBlocks)
        {
            var root = YamlChunkReader.Read(block.Text, block.Offset, map, path, context.Diagnostics);
            if (root is not null)
            {
                ruleReader.ReadList(root, "techlead block", rules);
            }
        }

        var document = new AdrDocument(path, frontMatter, rules, hasRules);
        return new AdrParseResult(path, document, context.Diagnostics);
    }

    /// <summary>A prose-only ADR: id from the file name, title from the heading.</summary>
    /// <summary><c>README.md</c> or <c>index.md</c> in any letter case.</summary>
    private static bool IsIndexPage(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "index.md", StringComparison.OrdinalIgnoreCase);
    }

    private static AdrFrontMatter Derived(string path, string? heading)
    {
        var id = FrontMatterReader.DerivedId(path);
        return new AdrFrontMatter { Id = id, Title = heading ?? id, Status = AdrStatus.Proposed };
    }
}

/// <summary>One file's parse: the document (null when the file could not be read at all) and its diagnostics.</summary>
public sealed record AdrParseResult(string Path, AdrDocument? Document, IReadOnlyList<AdrDiagnostic> Diagnostics);
