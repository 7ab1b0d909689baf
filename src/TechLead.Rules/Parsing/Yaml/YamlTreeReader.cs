using System;
using System.Collections.Generic;
using System.IO;
using TechLead.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TechLead.Rules.Parsing.Yaml;

/// <summary>
/// Reads one YAML chunk of an ADR (front matter or a techlead block) into <see cref="YamlNode"/>s whose
/// spans point into the whole Markdown file. Refuses aliases (no alias bombs), deep nesting and
/// duplicate keys, each as a TL9001 at the offending node.
/// </summary>
internal sealed class YamlTreeReader
{
    public const int MaxDepth = 64;

    private const string UnquotedStarMessage = "a value starting with '*' is read as a YAML alias; quote the glob: ";

    private readonly LineMap map;
    private readonly int chunkOffset;
    private readonly string path;
    private readonly List<AdrDiagnostic> diagnostics;
    private readonly HashSet<string> anchors = new(StringComparer.Ordinal);
    private Parser parser = null!;
    private string chunkText = string.Empty;

    /// <summary>Where the last event YamlDotNet produced ended: where it noticed a problem it cannot name.</summary>
    private Mark lastEnd = Mark.Empty;

    private YamlTreeReader(LineMap map, int chunkOffset, string path, List<AdrDiagnostic> diagnostics)
    {
        this.map = map;
        this.chunkOffset = chunkOffset;
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /// <summary>Parses <paramref name="chunk"/> (which starts at <paramref name="chunkOffset"/> in the file); null when it cannot be read.</summary>
    public static YamlNode? Read(string chunk, int chunkOffset, LineMap map, string path, List<AdrDiagnostic> diagnostics)
    {
        var reader = new YamlTreeReader(map, chunkOffset, path, diagnostics);
        return reader.ReadDocument(chunk);
    }

    private YamlNode? ReadDocument(string chunk)
    {
        chunkText = chunk;
        try
        {
            parser = new Parser(new StringReader(chunk));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                Report(extra.Start, extra.End, "a second YAML document ('---') is not allowed here; keep one document per front matter or techlead block");
            }

            return root;
        }
        catch (NestingTooDeepException deep)
        {
            Report(deep.Start, deep.Start, $"YAML nested deeper than {MaxDepth} levels; ADR front matter and rules need only a few levels of nesting");
            return null;
        }
        catch (YamlException error)
        {
            ReportError(error);
            return null;
        }
#pragma warning disable CA1031 // YamlDotNet's scanner throws InvalidOperationException on some unclosed flow collections
        catch (Exception) when (UnclosedDelimiterFinder.Find(chunkText) is { } unclosed)
        {
            ReportUnclosed(unclosed);
            return null;
        }
        catch (Exception)
#pragma warning restore CA1031
        {
            Report(lastEnd, lastEnd, "invalid YAML after this point; check that every '[', '{' and quote on the next lines is closed and that the indentation is consistent");
            return null;
        }
    }

    private void ReportUnclosed(UnclosedDelimiterFinder.Opener unclosed) =>
        diagnostics.Add(Diagnostic(map.Span(chunkOffset + unclosed.Offset, chunkOffset + unclosed.Offset + 1), unclosed.Message));

    private YamlNode ReadNode(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new NestingTooDeepException(parser.Current!.Start);
        }

        lastEnd = parser.Current?.End ?? lastEnd;
        if (parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            anchors.Add(anchored.Anchor.Value);
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return new YamlScalar(SpanOf(scalar.Start, scalar.End), scalar.Value, scalar.Style == ScalarStyle.Plain);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlNode>();
            var end = sequenceStart.End;
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(depth + 1));
                end = parser.Current?.Start ?? end;
            }

            return new YamlSequence(SpanOf(sequenceStart.Start, items.Count > 0 ? EndOf(items[items.Count - 1]) : end), items);
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            return ReadMapping(mappingStart, depth);
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            throw anchors.Contains(alias.Value.Value)
                ? new YamlException(alias.Start, alias.End, $"alias '*{alias.Value}' is not supported in ADRs; write the value out in full")
                : UnquotedStar(alias);
        }

        var unexpected = parser.Current!;
        throw new YamlException(unexpected.Start, unexpected.End, $"unexpected {unexpected.GetType().Name}");
    }

    /// <summary>
    /// An alias with no anchor before it is almost always an unquoted glob such as <c>**.*Handler</c>:
    /// YAML reads a plain value starting with '*' as an alias. Point at the '*' and show the line quoted.
    /// </summary>
    private YamlException UnquotedStar(AnchorAlias alias)
    {
        var start = (int)alias.Start.Index;
        var written = "*" + alias.Value.Value;
        var lineStart = chunkText.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = chunkText.Substring(lineStart, start - lineStart).Trim();
        var lead = before.EndsWith(":", StringComparison.Ordinal) || before == "-" ? before + " " : string.Empty;
        var star = new Mark(alias.Start.Index + 1, alias.Start.Line, alias.Start.Column + 1);
        return new YamlException(alias.Start, star, $"{UnquotedStarMessage}{lead}\"{written}\"");
    }

    private YamlMapping ReadMapping(MappingStart start, int depth)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            if (keyNode is not YamlScalar key)
            {
                diagnostics.Add(Diagnostic(keyNode.Span, "a mapping key must be a plain name such as 'kind'; found " + keyNode.Describe()));
                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add(Diagnostic(key.Span, $"duplicate key '{key.Value}' (first at line {first.Span.DisplayLine}); keep one '{key.Value}:' and delete the other")
                    with { RelatedPath = path, RelatedSpan = first.Span });
                continue;
            }

            seen.Add(key.Value, key);
            entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        }

        var end = entries.Count > 0 ? entries[entries.Count - 1].Value.Span.Start + entries[entries.Count - 1].Value.Span.Length : chunkOffset + (int)start.End.Index;
        return new YamlMapping(map.Span(chunkOffset + (int)start.Start.Index, end), entries);
    }

    private void ReportError(YamlException error)
    {
        if (UnclosedDelimiterFinder.Find(chunkText) is { } unclosed && unclosed.Offset <= error.End.Index)
        {
            ReportUnclosed(unclosed);
            return;
        }

        var span = SpanOf(error.Start, error.End);
        var message = error.Message;
        if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 || LineHasTab(span.StartLine))
        {
            // YamlDotNet reports where the scanner gave up; point at the tab itself.
            var tab = map.Text.IndexOf('\t', map.LineStart(span.StartLine));
            var at = tab >= 0 ? map.Span(tab, tab + 1) : span;
            diagnostics.Add(Diagnostic(at, "YAML does not allow tabs for indentation; indent with spaces"));
            return;
        }

        diagnostics.Add(Diagnostic(span, Explain(message)));
    }

    private bool LineHasTab(int line) => line < map.LineCount && map.LineText(line).IndexOf('\t') >= 0;

    private static string Explain(string message)
    {
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        if (colon >= 0 && message.StartsWith("(", StringComparison.Ordinal))
        {
            message = message.Substring(colon + 3);
        }

        if (message.StartsWith("alias", StringComparison.Ordinal) || message.StartsWith(UnquotedStarMessage, StringComparison.Ordinal))
        {
            return message;
        }

        return $"invalid YAML: {message.TrimEnd('.')}; check the indentation and quoting on this line (quote values that contain ': ' or start with '*', '&', '[' or '{{')";
    }

    private Mark EndOf(YamlNode node) => new(node.Span.Start + node.Span.Length - chunkOffset, 1, 1);

    private SourceSpan SpanOf(Mark start, Mark end) =>
        map.Span(chunkOffset + (int)Math.Min(start.Index, int.MaxValue), chunkOffset + (int)Math.Min(end.Index, int.MaxValue));

    private void Report(Mark start, Mark end, string message) => diagnostics.Add(Diagnostic(SpanOf(start, end), message));

    private AdrDiagnostic Diagnostic(SourceSpan span, string message) =>
        new(DiagnosticIds.AdrUnreadable, message, path, span, RuleSeverity.Error);

#pragma warning disable CA1032, CA1064 // private control-flow exception, never escapes this reader
    private sealed class NestingTooDeepException(Mark start) : Exception
#pragma warning restore CA1032, CA1064
    {
        public Mark Start { get; } = start;
    }
}
