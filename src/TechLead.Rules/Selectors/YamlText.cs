namespace TechLead.Rules.Selectors;

/// <summary>Writes a string the way YAML needs it: plain when it reads back unchanged, else double-quoted.</summary>
public static class YamlText
{
    /// <summary><c>Shop.Domain.**</c> stays plain; <c>**.*Repository</c> (an alias marker first) becomes <c>"**.*Repository"</c>.</summary>
    public static string Render(string value) => IsPlain(value) ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static bool IsPlain(string value)
    {
        if (value.Length == 0 || value.Trim() != value || "*&!|>'\"%@`#,[]{}?:-".IndexOf(value[0]) >= 0)
        {
            return false;
        }

        // Flow context (lists and mappings in one line) also ends a plain scalar at these.
        return value.IndexOf(": ", System.StringComparison.Ordinal) < 0 && value.IndexOf(" #", System.StringComparison.Ordinal) < 0
            && value.IndexOfAny([',', '[', ']', '{', '}']) < 0 && !value.EndsWith(":", System.StringComparison.Ordinal);
    }
}
