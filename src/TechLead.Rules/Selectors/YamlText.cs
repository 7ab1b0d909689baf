using System.Collections.Generic;
using System.Linq;

namespace TechLead.Rules.Selectors;

/// <summary>Writes a string the way YAML needs it: plain when it reads back unchanged, else double-quoted.</summary>
public static class YamlText
{
    /// <summary>
    /// For any place, flow collections included: <c>Shop.Domain.**</c> stays plain; <c>**.*Repository</c> (an alias
    /// marker first) and <c>a, b</c> (a comma ends a plain scalar inside <c>[...]</c>) become double-quoted.
    /// </summary>
    public static string Render(string value) => IsPlain(value, inFlow: true) ? value : Quoted(value);

    /// <summary>
    /// For the value of a block mapping (<c>title: Use Postgres, not MySQL</c>), where commas and brackets inside the
    /// text are plain text; what would start or end the scalar there is still quoted.
    /// </summary>
    public static string RenderBlockValue(string value) => IsPlain(value, inFlow: false) ? value : Quoted(value);

    /// <summary>A tool-made value on one line: a newline would silently end the scalar (or the heading).</summary>
    internal static string OneLine(string value) => value.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>A one-line flow list (<c>[a, "b, c"]</c>), each item on one line and quoted where a flow list needs it.</summary>
    internal static string FlowList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(value => Render(OneLine(value)))) + "]";

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static bool IsPlain(string value, bool inFlow)
    {
        if (value.Length == 0 || value.Trim() != value || "*&!|>'\"%@`#,[]{}?:-".IndexOf(value[0]) >= 0)
        {
            return false;
        }

        // Flow context (lists and mappings in one line) also ends a plain scalar at these.
        return value.IndexOf(": ", System.StringComparison.Ordinal) < 0 && value.IndexOf(" #", System.StringComparison.Ordinal) < 0
            && (!inFlow || value.IndexOfAny([',', '[', ']', '{', '}']) < 0) && !value.EndsWith(":", System.StringComparison.Ordinal);
    }
}
