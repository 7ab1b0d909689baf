using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TechLead.Rules.Baselines;

/// <summary>
/// The one writer of <c>techlead.baseline.json</c>, used by <c>techlead baseline create|update</c> and the
/// "Add to baseline" code fix: version 1, entries ordered by adr, rule, from, to (ordinal), fields in spec order,
/// two-space indentation, non-ASCII and HTML-sensitive characters written as <c>\uXXXX</c> (as System.Text.Json's
/// default encoder does), one final newline. The file then diffs cleanly whichever tool wrote it last.
/// </summary>
public static class BaselineWriter
{
    /// <summary>The file's text with <paramref name="newLine"/> (<c>\n</c> or an existing file's <c>\r\n</c>) as line ending.</summary>
    public static string Write(IEnumerable<BaselineEntry> entries, string newLine = "\n")
    {
        var ordered = entries.OrderBy(e => e.Key, BaselineKeyOrder.Instance).ToList();

        var text = new StringBuilder();
        text.Append('{').Append(newLine);
        text.Append("  \"version\": 1,").Append(newLine);
        if (ordered.Count == 0)
        {
            text.Append("  \"entries\": []").Append(newLine);
        }
        else
        {
            text.Append("  \"entries\": [").Append(newLine);
            for (var i = 0; i < ordered.Count; i++)
            {
                WriteEntry(text, ordered[i], newLine);
                text.Append(i < ordered.Count - 1 ? "," : string.Empty).Append(newLine);
            }

            text.Append("  ]").Append(newLine);
        }

        return text.Append('}').Append(newLine).ToString();
    }

    private static void WriteEntry(StringBuilder text, BaselineEntry entry, string newLine)
    {
        var fields = new List<string>
        {
            Field("adr", entry.Adr),
            Field("rule", entry.Rule),
            Field("from", entry.From),
            Field("to", entry.To),
            $"\"count\": {entry.Count.ToString(CultureInfo.InvariantCulture)}",
        };
        AddOptional(fields, "reason", entry.Reason);
        AddOptional(fields, "owner", entry.Owner);
        AddOptional(fields, "expires", entry.Expires);

        text.Append("    {").Append(newLine);
        text.Append("      ").Append(string.Join("," + newLine + "      ", fields)).Append(newLine);
        text.Append("    }");
    }

    private static void AddOptional(List<string> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(Field(name, value));
        }
    }

    private static string Field(string name, string value) => $"\"{name}\": \"{Escape(value)}\"";

    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': escaped.Append("\\\\"); break;
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                case '\b': escaped.Append("\\b"); break;
                case '\f': escaped.Append("\\f"); break;
                case < ' ' or > '~' or '"' or '<' or '>' or '&' or '\'' or '+' or '`':
                    escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
