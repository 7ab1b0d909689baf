using System.Collections.Generic;
using System.Text;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Writing;

/// <summary>
/// Writes an ADR's YAML front matter: the opening <c>---</c>, one line a field (values on one line, quoted only where
/// YAML needs it), comments, and the closing <c>---</c>. Every tool that writes a new ADR writes its front matter here.
/// </summary>
public sealed class FrontMatterWriter
{
    private readonly StringBuilder text;

    private FrontMatterWriter(StringBuilder text) => this.text = text;

    /// <summary>Starts the front matter at the end of <paramref name="text"/>.</summary>
    public static FrontMatterWriter Open(StringBuilder text)
    {
        text.Append("---\n");
        return new FrontMatterWriter(text);
    }

    /// <summary><c>key: value</c>.</summary>
    public FrontMatterWriter Scalar(string key, string value)
    {
        text.Append(key).Append(": ").Append(YamlText.RenderBlockValue(YamlText.OneLine(value))).Append('\n');
        return this;
    }

    /// <summary><c>key: [a, b]</c>; <c>key: []</c> for none.</summary>
    public FrontMatterWriter List(string key, IEnumerable<string> values)
    {
        text.Append(key).Append(": ").Append(YamlText.FlowList(values)).Append('\n');
        return this;
    }

    /// <summary>A <c># comment</c> line, for what a template shows but does not set.</summary>
    public FrontMatterWriter Comment(string line)
    {
        text.Append("# ").Append(line).Append('\n');
        return this;
    }

    /// <summary>Ends the front matter with its closing <c>---</c>.</summary>
    public void Close() => text.Append("---\n");
}
