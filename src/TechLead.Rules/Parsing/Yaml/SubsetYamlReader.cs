using System.Collections.Generic;

namespace TechLead.Rules.Parsing.Yaml;

/// <summary>
/// Reads the YAML that ADRs are written in (block mappings and sequences, one-line flow collections, one-line
/// plain and quoted scalars, comments) without YamlDotNet, whose start-up a compiler without a server pays in every
/// process (rules/0054). It answers only when the chunk is well inside that subset and well formed, with the tree
/// YamlDotNet's events give (same values, styles and spans); anything else (anchors, tags, block scalars, values
/// over several lines, empty values, duplicate keys, odd indentation, any error) returns false, and the caller
/// reads the chunk with YamlDotNet, so no text ever reads differently and every TL9001 stays YamlDotNet's.
/// </summary>
internal sealed class SubsetYamlReader
{
    /// <summary>Below <see cref="YamlTreeReader.MaxDepth"/>: deep trees are YamlDotNet's to refuse.</summary>
    private const int MaxDepth = 32;

    /// <summary>YamlDotNet refuses longer simple keys; leave them to it.</summary>
    private const int MaxKeyLength = 1000;

    private readonly string text;
    private readonly int chunkOffset;
    private readonly LineMap map;
    private readonly List<SubsetLine> lines;
    private int current;

    private SubsetYamlReader(string text, int chunkOffset, LineMap map, List<SubsetLine> lines)
    {
        this.text = text;
        this.chunkOffset = chunkOffset;
        this.map = map;
        this.lines = lines;
    }

    /// <summary>The tree of <paramref name="chunk"/> (at <paramref name="chunkOffset"/> in the file), or false when YamlDotNet must read it.</summary>
    public static bool TryRead(string chunk, int chunkOffset, LineMap map, out YamlNode? root)
    {
        root = null;
        var lines = SubsetLine.Split(chunk);
        if (lines is null || lines.Count == 0)
        {
            return false;
        }

        var reader = new SubsetYamlReader(chunk, chunkOffset, map, lines);
        root = reader.ReadBlock(lines[0].Indent, 0);
        if (root is null || reader.current != lines.Count)
        {
            root = null;
            return false;
        }

        return true;
    }

    private SubsetLine Line => lines[current];

    /// <summary>The block node whose first line is the current one, at <paramref name="indent"/>; null to give up.</summary>
    private YamlNode? ReadBlock(int indent, int depth)
    {
        if (depth > MaxDepth || Line.Indent != indent)
        {
            return null;
        }

        if (Line.IsDash(text))
        {
            return ReadSequence(indent, depth);
        }

        if (IsKey(Line.Content, Line.End))
        {
            return ReadMapping(indent, Line.Content, depth);
        }

        // A one-line flow collection as the whole chunk (a techlead block written as '[ ... ]').
        if (depth == 0 && text[Line.Content] is '[' or '{')
        {
            return ReadInlineValue(Line.Content, depth);
        }

        return null;
    }

    private YamlSequence? ReadSequence(int indent, int depth)
    {
        var items = new List<YamlNode>();
        var start = Line.Content;
        while (current < lines.Count && Line.Indent == indent && Line.IsDash(text))
        {
            var position = SkipSpaces(Line.Content + 1, Line.End);
            YamlNode? item;
            if (position == Line.End || text[position] == '#')
            {
                current++;
                item = current < lines.Count && Line.Indent > indent ? ReadBlock(Line.Indent, depth + 1) : null;
            }
            else if (text[position] == '-' && IsDashAt(position, Line.End))
            {
                item = null;
            }
            else if (IsKey(position, Line.End))
            {
                item = ReadMapping(position - Line.Start, position, depth + 1);
            }
            else
            {
                item = ReadInlineValue(position, depth + 1);
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (current < lines.Count && Line.Indent > indent)
            {
                return null;
            }
        }

        return new YamlSequence(Span(start, End(items[items.Count - 1])), items);
    }

    /// <summary>A block mapping at column <paramref name="indent"/> whose first key starts at <paramref name="firstKey"/> on the current line.</summary>
    private YamlMapping? ReadMapping(int indent, int firstKey, int depth)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var keyStart = firstKey;
        while (true)
        {
            var lineEnd = Line.End;
            var key = ReadKey(keyStart, lineEnd, out var afterColon);
            if (key is null || HasKey(entries, key.Value))
            {
                return null;
            }

            var position = SkipSpaces(afterColon, lineEnd);
            YamlNode? value;
            if (position == lineEnd || text[position] == '#')
            {
                current++;
                value = current >= lines.Count ? null
                    : Line.Indent > indent ? ReadBlock(Line.Indent, depth + 1)
                    : Line.Indent == indent && Line.IsDash(text) ? ReadSequence(indent, depth + 1)
                    : null;
            }
            else
            {
                value = ReadInlineValue(position, depth + 1);
            }

            if (value is null)
            {
                return null;
            }

            entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
            if (current >= lines.Count || Line.Indent < indent)
            {
                break;
            }

            if (Line.Indent > indent || Line.IsDash(text))
            {
                return null;
            }

            keyStart = Line.Content;
        }

        return new YamlMapping(Span(firstKey, End(entries[entries.Count - 1].Value)), entries);
    }

    /// <summary>A key and its ':' (followed by a space or the line end); null unless it is a one-line scalar the subset reads.</summary>
    private YamlScalar? ReadKey(int start, int lineEnd, out int afterColon)
    {
        afterColon = 0;
        YamlScalar? key;
        int end;
        if (text[start] is '"' or '\'')
        {
            key = ReadQuoted(start, lineEnd, out end);
            if (key is null)
            {
                return null;
            }

            end = SkipSpaces(end, lineEnd);
        }
        else
        {
            end = start;
            while (end < lineEnd && !(text[end] == ':' && (end + 1 == lineEnd || text[end + 1] == ' ')))
            {
                if (text[end] is '#' or '"' or '\'' or '[' or ']' or '{' or '}' or ',')
                {
                    return null;
                }

                end++;
            }

            var last = TrimEnd(start, end);
            if (last == start || last - start > MaxKeyLength || !CanStartPlain(start, lineEnd, flow: false))
            {
                return null;
            }

            key = new YamlScalar(Span(start, last), text.Substring(start, last - start), isPlain: true);
        }

        if (end >= lineEnd || text[end] != ':' || (end + 1 < lineEnd && text[end + 1] != ' '))
        {
            return null;
        }

        afterColon = end + 1;
        return key;
    }

    /// <summary>A scalar or flow collection that ends the current line (a comment may follow); moves to the next line.</summary>
    private YamlNode? ReadInlineValue(int start, int depth)
    {
        var lineEnd = Line.End;
        int end;
        YamlNode? node;
        if (text[start] is '[' or '{')
        {
            node = ReadFlow(start, lineEnd, depth, out end);
        }
        else if (text[start] is '"' or '\'')
        {
            node = ReadQuoted(start, lineEnd, out end);
        }
        else
        {
            node = ReadPlain(start, lineEnd, out end);
        }

        if (node is null || !EndsLine(end, lineEnd))
        {
            return null;
        }

        current++;
        return node;
    }

    /// <summary>A block plain scalar up to the line end or a comment; null if it holds ': ' or ends in ':' (YamlDotNet's errors).</summary>
    private YamlScalar? ReadPlain(int start, int lineEnd, out int end)
    {
        end = start;
        if (!CanStartPlain(start, lineEnd, flow: false))
        {
            return null;
        }

        while (end < lineEnd && !(text[end] == '#' && text[end - 1] == ' '))
        {
            if (text[end] == ':' && (end + 1 == lineEnd || text[end + 1] == ' '))
            {
                return null;
            }

            end++;
        }

        end = TrimEnd(start, end);
        return new YamlScalar(Span(start, end), text.Substring(start, end - start), isPlain: true);
    }

    /// <summary>A one-line flow sequence or mapping; <paramref name="end"/> is just after its closing bracket.</summary>
    private YamlNode? ReadFlow(int start, int lineEnd, int depth, out int end)
    {
        end = start;
        if (depth > MaxDepth)
        {
            return null;
        }

        var isSequence = text[start] == '[';
        var close = isSequence ? ']' : '}';
        var items = new List<YamlNode>();
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var position = SkipSpaces(start + 1, lineEnd);
        if (position < lineEnd && text[position] == close)
        {
            // YamlDotNet's empty collection ends where it starts.
            end = position + 1;
            return isSequence
                ? new YamlSequence(Span(start, start), items)
                : new YamlMapping(Span(start, start), entries);
        }

        while (true)
        {
            var node = ReadFlowNode(position, lineEnd, depth + 1, out position);
            if (node is null)
            {
                return null;
            }

            position = SkipSpaces(position, lineEnd);
            if (isSequence)
            {
                items.Add(node);
            }
            else
            {
                if (node is not YamlScalar key || HasKey(entries, key.Value) || position + 1 >= lineEnd || text[position] != ':' || text[position + 1] != ' ')
                {
                    return null;
                }

                var value = ReadFlowNode(SkipSpaces(position + 1, lineEnd), lineEnd, depth + 1, out position);
                if (value is null)
                {
                    return null;
                }

                entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
                position = SkipSpaces(position, lineEnd);
            }

            if (position >= lineEnd)
            {
                return null;
            }

            if (text[position] == close)
            {
                end = position + 1;
                var last = isSequence ? End(items[items.Count - 1]) : End(entries[entries.Count - 1].Value);
                return isSequence ? new YamlSequence(Span(start, last), items) : new YamlMapping(Span(start, last), entries);
            }

            // A comma then the next entry; a trailing comma is YamlDotNet's to read.
            position = text[position] == ',' ? SkipSpaces(position + 1, lineEnd) : lineEnd;
            if (position >= lineEnd || text[position] is ']' or '}' or ',')
            {
                return null;
            }
        }
    }

    private YamlNode? ReadFlowNode(int start, int lineEnd, int depth, out int end)
    {
        end = start;
        if (start >= lineEnd)
        {
            return null;
        }

        if (text[start] is '[' or '{')
        {
            return ReadFlow(start, lineEnd, depth, out end);
        }

        if (text[start] is '"' or '\'')
        {
            return ReadQuoted(start, lineEnd, out end);
        }

        if (!CanStartPlain(start, lineEnd, flow: true))
        {
            return null;
        }

        end = start;
        while (end < lineEnd && text[end] is not (',' or '[' or ']' or '{' or '}'))
        {
            if (text[end] == '#')
            {
                return null;
            }

            // 'M:System.Guid.NewGuid' is one value; ': ' ends a key; ':' before a bracket or comma is YamlDotNet's to read.
            if (text[end] == ':')
            {
                var next = end + 1 < lineEnd ? text[end + 1] : ' ';
                if (next == ' ')
                {
                    break;
                }

                if (next is ',' or '[' or ']' or '{' or '}')
                {
                    return null;
                }
            }

            end++;
        }

        var last = TrimEnd(start, end);
        return last == start ? null : new YamlScalar(Span(start, last), text.Substring(start, last - start), isPlain: true);
    }

    /// <summary>A quoted scalar closed on its line (escapes the subset knows); <paramref name="end"/> is just after the closing quote.</summary>
    private YamlScalar? ReadQuoted(int start, int lineEnd, out int end)
    {
        var value = SubsetQuotedScalar.Read(text, start, lineEnd, out end);
        return value is null ? null : new YamlScalar(Span(start, end), value, isPlain: false);
    }

    /// <summary>Whether a plain scalar may start here: not with an indicator YAML gives a meaning (anchors, tags, block scalars, ...).</summary>
    private bool CanStartPlain(int start, int lineEnd, bool flow)
    {
        var c = text[start];
        if (c == '-')
        {
            // '-1' or '-x' is a plain value; '- ' is an item and '-' at the end an empty one.
            var next = start + 1 < lineEnd ? text[start + 1] : ' ';
            return next != ' ' && !(flow && next is ',' or '[' or ']' or '{' or '}');
        }

        return c is not ('?' or ':' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or ',' or '[' or ']' or '{' or '}' or '"' or '\'');
    }

    /// <summary>After a value: only spaces, then the line end or a comment.</summary>
    private bool EndsLine(int position, int lineEnd)
    {
        var after = SkipSpaces(position, lineEnd);
        return after == lineEnd || (text[after] == '#' && after > position);
    }

    private bool IsKey(int start, int lineEnd)
    {
        if (text[start] is '"' or '\'')
        {
            var close = SubsetQuotedScalar.Close(text, start, lineEnd);
            var after = close < 0 ? lineEnd : SkipSpaces(close, lineEnd);
            return after < lineEnd && text[after] == ':';
        }

        if (text[start] is '[' or '{')
        {
            return false;
        }

        for (var i = start; i < lineEnd; i++)
        {
            if (text[i] == '#' && i > start && text[i - 1] == ' ')
            {
                return false;
            }

            if (text[i] == ':' && (i + 1 == lineEnd || text[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDashAt(int position, int lineEnd) => position + 1 == lineEnd || text[position + 1] == ' ';

    private int SkipSpaces(int position, int lineEnd)
    {
        while (position < lineEnd && text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    private static bool HasKey(List<KeyValuePair<YamlScalar, YamlNode>> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key.Value == key)
            {
                return true;
            }
        }

        return false;
    }

    private int End(YamlNode node) => node.Span.Start + node.Span.Length - chunkOffset;

    private Model.SourceSpan Span(int start, int end) => map.Span(chunkOffset + start, chunkOffset + end);
}
