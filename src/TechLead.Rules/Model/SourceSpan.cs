namespace TechLead.Rules.Model;

/// <summary>
/// A range of text inside an ADR Markdown file: character offset and length plus zero-based
/// line/column of both ends, so every engine can point at the exact YAML node.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The first character of the file (used only when nothing better is known).</summary>
    public static SourceSpan FileStart { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>One-based line, as humans and <c>file:line:col</c> read it.</summary>
    public int DisplayLine => StartLine + 1;

    /// <summary>One-based column, as humans and <c>file:line:col</c> read it.</summary>
    public int DisplayColumn => StartColumn + 1;
}
