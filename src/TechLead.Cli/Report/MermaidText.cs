using System.Text;

namespace TechLead.Cli.Report;

/// <summary>Safe Mermaid identifiers and labels for names that contain dots, quotes or generics.</summary>
internal static class MermaidText
{
    /// <summary>An identifier made of letters, digits and '_' only, unique per distinct name.</summary>
    public static string Id(string prefix, string name)
    {
        var id = new StringBuilder(prefix);
        foreach (var c in name)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        // Different names can sanitize alike (a.b vs a_b); the hash keeps them apart.
        return id.Append('_').Append(((uint)StableHash(name)).ToString("x8", System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>A quoted label: Mermaid's entity codes for quotes and angle brackets.</summary>
    public static string Label(string text) =>
        "\"" + text.Replace("\"", "#quot;", System.StringComparison.Ordinal).Replace("<", "#lt;", System.StringComparison.Ordinal).Replace(">", "#gt;", System.StringComparison.Ordinal) + "\"";

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
