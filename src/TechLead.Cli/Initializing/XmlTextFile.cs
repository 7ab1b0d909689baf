using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Initializing;

/// <summary>
/// An XML file (Directory.Build.props, Directory.Packages.props, NuGet.config) read with System.Xml.Linq and
/// edited by inserting text at positions the XML reader reports. XLinq's writer would re-quote attributes,
/// respace empty elements and normalize line endings of parts nobody asked to change; splicing keeps every
/// byte outside the insertion as the team wrote it (rules/0018).
/// </summary>
internal sealed class XmlTextFile
{
    private XmlTextFile(string path, string text, XDocument document, string newline, string indent)
    {
        Path = path;
        Text = text;
        Document = document;
        Newline = newline;
        Indent = indent;
    }

    public string Path { get; }

    /// <summary>The file's text as read, a byte order mark included (as U+FEFF) so that writing it back keeps it.</summary>
    public string Text { get; }

    public XDocument Document { get; }

    public XElement Root => Document.Root!;

    /// <summary>The file's own line ending: CRLF when its first line ends so, else LF.</summary>
    public string Newline { get; }

    /// <summary>One level of the file's own indentation (that of the root's first child element), else two spaces.</summary>
    public string Indent { get; }

    /// <summary>Reads and parses the file; malformed XML or another root than <paramref name="rootName"/> is bad input naming file:line.</summary>
    public static XmlTextFile Read(string path, string rootName) =>
        FromText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(File.ReadAllBytes(path)), rootName);

    /// <summary>Parses text that belongs at <paramref name="path"/> (a file as read, or as planned).</summary>
    public static XmlTextFile FromText(string path, string text, string rootName)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text.TrimStart('\uFEFF'), LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new BadInputException($"{PathDisplay.Relative(path)}:{e.LineNumber}: not well-formed XML ({WithoutPosition(e.Message)}); fix it and run techlead init again");
        }

        if (document.Root!.Name.LocalName != rootName)
        {
            throw new BadInputException($"{PathDisplay.Relative(path)}:{LineOf(document.Root)}: the root element is <{document.Root.Name.LocalName}>, expected <{rootName}>; fix it and run techlead init again");
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal) is var lf and > 0 && text[lf - 1] == '\r' ? "\r\n" : "\n";
        return new XmlTextFile(path, text, document, newline, IndentOf(document.Root));
    }

    /// <summary>
    /// The text with <paramref name="lines"/> (each already indented relative to <paramref name="parent"/>'s children)
    /// inserted as the last children of <paramref name="parent"/>, just before its end tag.
    /// </summary>
    public string InsertAtEndOf(XElement parent, params string[] lines)
    {
        var depth = parent.Ancestors().Count() + 1;
        var childIndent = string.Concat(Enumerable.Repeat(Indent, depth));
        var block = string.Concat(lines.Select(l => childIndent + l + Newline));
        if (parent.IsEmpty)
        {
            // <packageSources /> becomes <packageSources> ... </packageSources>.
            var (start, end) = EmptyElementClose(parent);
            var closing = Newline + block + string.Concat(Enumerable.Repeat(Indent, depth - 1)) + "</" + QualifiedName(parent) + ">";
            return string.Concat(Text.AsSpan(0, start), ">" + closing, Text.AsSpan(end));
        }

        var endTag = EndTagOffset(parent);
        var lineStart = Text.LastIndexOf('\n', endTag - 1) + 1;
        var beforeOnLine = Text.Substring(lineStart, endTag - lineStart);
        return beforeOnLine.Trim().Length == 0
            ? string.Concat(Text.AsSpan(0, lineStart), block, Text.AsSpan(lineStart))
            : string.Concat(Text.AsSpan(0, endTag), Newline + block, Text.AsSpan(endTag));
    }

    public static int LineOf(XObject node) => ((IXmlLineInfo)node).LineNumber;

    private static string QualifiedName(XElement element)
    {
        var prefix = element.GetPrefixOfNamespace(element.Name.Namespace);
        return string.IsNullOrEmpty(prefix) ? element.Name.LocalName : prefix + ":" + element.Name.LocalName;
    }

    /// <summary>Offset (into <see cref="Text"/>) of the '&lt;' of the end tag of <paramref name="element"/>.</summary>
    private int EndTagOffset(XElement element)
    {
        var target = ElementIndex(element);
        using var reader = XmlReader.Create(new StringReader(Text.TrimStart('\uFEFF')), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var info = (IXmlLineInfo)reader;
        var index = -1;
        var open = new System.Collections.Generic.Stack<int>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                index++;
                if (!reader.IsEmptyElement)
                {
                    open.Push(index);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && open.Pop() == target)
            {
                // The reader reports the position of the name, just after "</".
                return OffsetOf(info.LineNumber, info.LinePosition) - 2;
            }
        }

        throw new InvalidOperationException("the end tag of a parsed element was not found");
    }

    /// <summary>The span of "/>" (start, end) closing the empty element <paramref name="element"/>.</summary>
    private (int Start, int End) EmptyElementClose(XElement element)
    {
        var info = (IXmlLineInfo)element;
        var position = OffsetOf(info.LineNumber, info.LinePosition);
        var quote = '\0';
        for (var i = position; i < Text.Length - 1; i++)
        {
            var c = Text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '/' && Text[i + 1] == '>')
            {
                return (i, i + 2);
            }
        }

        throw new InvalidOperationException("the end of a parsed empty element was not found");
    }

    private int ElementIndex(XElement element) => Document.Descendants().TakeWhile(e => e != element).Count();

    /// <summary>Offset in <see cref="Text"/> of a 1-based line and column as XmlReader counts them (CRLF, CR and LF end a line).</summary>
    private int OffsetOf(int line, int column)
    {
        var bom = Text.Length > 0 && Text[0] == '\uFEFF' ? 1 : 0;
        var offset = bom;
        for (var current = 1; current < line; current++)
        {
            while (Text[offset] is not ('\n' or '\r'))
            {
                offset++;
            }

            offset += Text[offset] == '\r' && offset + 1 < Text.Length && Text[offset + 1] == '\n' ? 2 : 1;
        }

        return offset + column - 1;
    }

    private static string IndentOf(XElement root)
    {
        if (root.Elements().FirstOrDefault() is { } child && child.PreviousNode is XText { Value: var space })
        {
            var indent = space.Substring(space.LastIndexOf('\n') + 1);
            if (indent.Length > 0 && indent.Trim().Length == 0)
            {
                return indent;
            }
        }

        return "  ";
    }

    /// <summary>XmlException messages end with "Line 7, position 3."; the caller already names the line.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message.Substring(0, at) : message).TrimEnd('.', ' ');
    }
}
