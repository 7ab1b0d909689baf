using System;
using System.Collections.Generic;

namespace TechLead.Rules.Parsing.Yaml;

/// <summary>
/// Finds the <c>[</c>, <c>{</c> or quote that a broken YAML chunk left open, so the error can point at it
/// instead of where YamlDotNet gave up (often the next line, or nowhere when it throws an unexpected exception).
/// A flow collection or quoted value may span lines, but a later line that starts a block key or list item
/// at the opener's indentation or less means the opener was never closed.
/// </summary>
internal sealed class UnclosedDelimiterFinder
{
    private readonly string chunk;
    private readonly Stack<Opener> flow = new();
    private Opener? quote;
    private int blockScalarParent = -1;

    private UnclosedDelimiterFinder(string chunk) => this.chunk = chunk;

    /// <summary>The first opener left unclosed in <paramref name="chunk"/>, with its offset in the chunk; null when all are closed.</summary>
    public static Opener? Find(string chunk) => new UnclosedDelimiterFinder(chunk).Scan();

    private Opener? Scan()
    {
        var lineStart = 0;
        while (lineStart < chunk.Length)
        {
            var lineEnd = chunk.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? chunk.Length : lineEnd;
            var line = chunk.Substring(lineStart, lineEnd - lineStart).TrimEnd('\r');
            if (ScanLine(line, lineStart) is { } unclosed)
            {
                return unclosed;
            }

            lineStart = lineEnd + 1;
        }

        return quote ?? (flow.Count > 0 ? flow.Peek() : null);
    }

    private Opener? ScanLine(string line, int lineOffset)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        if (indent == line.Length)
        {
            return null;
        }

        if (blockScalarParent >= 0)
        {
            if (indent > blockScalarParent)
            {
                return null;
            }

            blockScalarParent = -1;
        }

        var open = quote ?? (flow.Count > 0 ? flow.Peek() : null);
        if (open is not null && indent <= open.Indent && StartsBlockNode(line, indent))
        {
            return open;
        }

        var position = indent;
        if (quote is not null)
        {
            position = SkipQuoted(line, position);
            if (quote is not null)
            {
                return null;
            }
        }

        return flow.Count > 0 ? ScanFlow(line, position, lineOffset, indent) : ScanBlock(line, position, lineOffset, indent);
    }

    /// <summary>Block context: only the start of a node (after '- ' or 'key: ') can open a bracket or quote.</summary>
    private Opener? ScanBlock(string line, int position, int lineOffset, int indent)
    {
        while (true)
        {
            while (position < line.Length && line[position] == ' ')
            {
                position++;
            }

            if (position >= line.Length || line[position] == '#')
            {
                return null;
            }

            var c = line[position];
            if (c == '-' && (position + 1 == line.Length || line[position + 1] == ' '))
            {
                position++;
                continue;
            }

            switch (c)
            {
                case '[' or '{':
                    flow.Push(new Opener(c, lineOffset + position, indent));
                    return ScanFlow(line, position + 1, lineOffset, indent);
                case '"' or '\'':
                    quote = new Opener(c, lineOffset + position, indent);
                    position = SkipQuoted(line, position + 1);
                    if (quote is not null)
                    {
                        return null;
                    }

                    break;
                case '|' or '>':
                    blockScalarParent = indent;
                    return null;
            }

            var colon = KeyEnd(line, position);
            if (colon < 0)
            {
                return null;
            }

            position = colon + 1;
        }
    }

    /// <summary>Flow context: brackets nest, quotes and comments hide what they contain.</summary>
    private Opener? ScanFlow(string line, int position, int lineOffset, int indent)
    {
        for (; position < line.Length; position++)
        {
            var c = line[position];
            switch (c)
            {
                case '#' when position == 0 || line[position - 1] == ' ':
                    return null;
                case '"' or '\'':
                    quote = new Opener(c, lineOffset + position, indent);
                    position = SkipQuoted(line, position + 1) - 1;
                    if (quote is not null)
                    {
                        return null;
                    }

                    break;
                case '[' or '{':
                    flow.Push(new Opener(c, lineOffset + position, indent));
                    break;
                case ']' or '}':
                    var top = flow.Peek();
                    if (top.Char != (c == ']' ? '[' : '{'))
                    {
                        return top;
                    }

                    flow.Pop();
                    if (flow.Count == 0)
                    {
                        return null;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Skips to just after the closing quote (clearing <see cref="quote"/>), or to the line end when it stays open.</summary>
    private int SkipQuoted(string line, int position)
    {
        var delimiter = quote!.Char;
        for (; position < line.Length; position++)
        {
            var c = line[position];
            if (delimiter == '"' && c == '\\')
            {
                position++;
            }
            else if (c == delimiter)
            {
                if (delimiter == '\'' && position + 1 < line.Length && line[position + 1] == '\'')
                {
                    position++;
                    continue;
                }

                quote = null;
                return position + 1;
            }
        }

        return line.Length;
    }

    /// <summary>The ':' that ends a plain key on this line (followed by a space or the line end), or -1.</summary>
    private static int KeyEnd(string line, int position)
    {
        for (var i = position; i < line.Length; i++)
        {
            if (line[i] == '#' && i > 0 && line[i - 1] == ' ')
            {
                return -1;
            }

            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>'- item' or 'key:' at the start of the line: what a block-context line looks like.</summary>
    private static bool StartsBlockNode(string line, int indent)
    {
        if (line[indent] == '-' && (indent + 1 == line.Length || line[indent + 1] == ' '))
        {
            return true;
        }

        var i = indent;
        while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '-' || line[i] == '_'))
        {
            i++;
        }

        return i > indent && i < line.Length && line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' ');
    }

    /// <summary>An opening bracket, brace or quote: which one, its offset in the chunk, and the indentation of its line.</summary>
    internal sealed record Opener(char Char, int Offset, int Indent)
    {
        /// <summary>What is wrong and what to write, per kind of opener.</summary>
        public string Message => Char switch
        {
            '[' => "'[' is never closed; end the list with ']' (e.g. 'from: [Shop.Domain.**, Shop.Api.**]'), or write one '- item' per line without brackets",
            '{' => "'{' is never closed; end the mapping with '}' (e.g. '- { name: Domain, types: Shop.Domain.** }')",
            '"' => "this quoted value is never closed; end it with '\"' on the same line (e.g. \"**.*Repository\")",
            _ => "this quoted value is never closed; end it with a single quote on the same line (e.g. '^I[A-Z]\\w*$'); inside it, write a quote as ''",
        };
    }
}
